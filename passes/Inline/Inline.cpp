//===- Inline.cpp - Small functions inlined into their callers ------------===//
//
// See Passes.td. MLIR's inlining utility does the cloning; this file
// chooses the calls (PyPy's heuristics, bottom-up over the call graph) and
// tells the utility how lltype's return becomes a branch.
//
//===----------------------------------------------------------------------===//

#include "passes/Inline/Passes.h"

#include "passes/Analysis/CallGraph.h"

#include "dialects/lltype/LLTypeOps.h"

#include "mlir/IR/IRMapping.h"
#include "mlir/Transforms/InliningUtils.h"

namespace rpy::inline_ {
#define GEN_PASS_DEF_INLINE
#include "passes/Inline/Passes.h.inc"
} // namespace rpy::inline_

using namespace mlir;
using namespace rpy;

namespace {
/// Every lltype operation can be inlined; a return becomes a branch to the
/// operations after the call, carrying the result.
struct LLTypeInliner : InlinerInterface {
  using InlinerInterface::InlinerInterface;

  bool isLegalToInline(Operation *, Operation *, bool) const override {
    return true;
  }
  bool isLegalToInline(Region *, Region *, bool, IRMapping &) const override {
    return true;
  }
  bool isLegalToInline(Operation *, Region *, bool,
                       IRMapping &) const override {
    return true;
  }
  void handleTerminator(Operation *op, Block *newDest) const override {
    auto ret = dyn_cast<lltype::ReturnOp>(op);
    if (!ret)
      return;
    OpBuilder builder(op);
    lltype::BrOp::create(builder, op->getLoc(), ret->getOperands(), newDest);
    op->erase();
  }
  void handleTerminator(Operation *op, ValueRange results) const override {
    for (auto [result, value] : llvm::zip(results, op->getOperands()))
      result.replaceAllUsesWith(value);
  }
  // The defaults ask the dialect's inliner interface, which lltype does
  // not register: this class is its only one.
  bool shouldAnalyzeRecursively(Operation *) const override { return true; }
  Value handleArgument(OpBuilder &, Operation *, Operation *, Value argument,
                       DictionaryAttr) const override {
    return argument;
  }
  Value handleResult(OpBuilder &, Operation *, Operation *, Value result,
                     DictionaryAttr) const override {
    return result;
  }
  void processInlinedCallBlocks(
      Operation *, iterator_range<Region::iterator>) const override {}
  /// One block is spliced in place only when it returns (not when it
  /// raises).
  bool allowSingleBlockOptimization(
      iterator_range<Region::iterator> blocks) const override {
    return isa<lltype::ReturnOp>(blocks.begin()->getTerminator());
  }
};

/// The operations that cost something: not constants, addresses of
/// globals, pointer casts, branches or returns (which become branches);
/// PyPy's static instruction count leaves out what the backend makes free.
unsigned sizeOf(lltype::FuncOp func) {
  unsigned size = 0;
  func.walk([&](Operation *op) {
    if (!isa<lltype::FuncOp, lltype::ConstantOp, lltype::NullOp,
             lltype::AddressOfOp, lltype::CastPointerOp, lltype::BrOp,
             lltype::ReturnOp>(op))
      ++size;
  });
  return size;
}

struct InlinePass : inline_::impl::InlineBase<InlinePass> {
  using InlineBase::InlineBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    analysis::CallGraph graph(module);
    SmallVector<SmallVector<unsigned>> order;
    SmallVector<unsigned> component;
    graph.components(order, component);
    LLTypeInliner interface(&getContext());
    DenseMap<unsigned, unsigned> sizes;
    unsigned inlined = 0;
    // Callees first: each function is measured after its own inlining.
    for (ArrayRef<unsigned> members : order) {
      for (unsigned caller : members) {
        SmallVector<lltype::DirectCallOp> calls;
        graph.funcs[caller].walk([&](lltype::DirectCallOp call) {
          std::optional<unsigned> callee = graph.indexOf(call.getCallee());
          if (callee && component[*callee] != component[caller] &&
              worthInlining(graph.funcs[*callee], *callee, sizes, call))
            calls.push_back(call);
        });
        for (lltype::DirectCallOp call : calls) {
          lltype::FuncOp callee = graph.funcs[*graph.indexOf(call.getCallee())];
          if (failed(inlineCall(interface, cloneInto, call, callee,
                                &callee.getBody())))
            continue;
          if (remarks)
            call.emitRemark() << "inlined @" << callee.getSymName();
          call.erase();
          ++inlined;
        }
      }
      for (unsigned member : members)
        sizes[member] = sizeOf(graph.funcs[member]);
    }
    if (remarks)
      module.emitRemark() << "inlined " << inlined << " calls";
  }

  bool worthInlining(lltype::FuncOp callee, unsigned index,
                     const DenseMap<unsigned, unsigned> &sizes,
                     lltype::DirectCallOp call) const {
    if (callee->hasAttr("lltype.dont_inline") || callee->hasAttr("lltype.cold"))
      return false;
    // Inside a try, the callee's raises would have to reach the handlers.
    if (isa_and_nonnull<lltype::CatchOp>(call->getNextNode()))
      return false;
    return callee->hasAttr("lltype.always_inline") ||
           sizes.lookup(index) <= threshold;
  }

  static void cloneInto(OpBuilder &, Region *src, Block *inlineBlock,
                        Block *postInsertBlock, IRMapping &mapper,
                        bool shouldCloneInlinedRegion) {
    src->cloneInto(inlineBlock->getParent(), postInsertBlock->getIterator(),
                   mapper);
  }
};
} // namespace
