//===- StackCheck.cpp - RecursionError instead of a stack overflow --------===//
//
// See Passes.td. A depth-first walk of the call graph marks the functions
// that a back edge enters; each gets `lltype.stack_too_deep` at its entry
// and a call of `ll_stack_overflow` when that holds.
//
//===----------------------------------------------------------------------===//

#include "passes/StackCheck/Passes.h"

#include "dialects/lltype/LLTypeOps.h"

#include "llvm/ADT/SetVector.h"

namespace rpy::stackcheck {
#define GEN_PASS_DEF_STACKCHECK
#include "passes/StackCheck/Passes.h.inc"
} // namespace rpy::stackcheck

using namespace mlir;
using namespace rpy;

namespace {
/// The functions with bodies and their calls, as indices in module order.
struct CallGraph {
  explicit CallGraph(ModuleOp module);

  /// The functions a back edge enters, in a depth-first walk from each
  /// function in module order.
  llvm::SetVector<unsigned> cycleEntries() const;

  SmallVector<lltype::FuncOp> funcs;
  SmallVector<llvm::SetVector<unsigned>> callees;
};
} // namespace

CallGraph::CallGraph(ModuleOp module) {
  DenseMap<StringRef, unsigned> index;
  for (auto func : module.getOps<lltype::FuncOp>())
    if (!func.isExternal()) {
      index[func.getSymName()] = funcs.size();
      funcs.push_back(func);
    }
  // An indirect call may reach any function whose address is taken (by
  // `lltype.addressof`, or in a global: a vtable's method slots) and whose
  // signature it has.
  DenseMap<FunctionType, SmallVector<unsigned>> addressTaken;
  if (auto uses = SymbolTable::getSymbolUses(&module.getBodyRegion())) {
    llvm::SmallDenseSet<unsigned> seen;
    for (const SymbolTable::SymbolUse &use : *uses) {
      if (auto call = dyn_cast<lltype::DirectCallOp>(use.getUser()))
        if (call.getCalleeAttr() == use.getSymbolRef())
          continue;
      auto it = index.find(use.getSymbolRef().getRootReference());
      if (it != index.end() && seen.insert(it->second).second)
        addressTaken[funcs[it->second].getFunctionType()].push_back(
            it->second);
    }
  }
  callees.resize(funcs.size());
  for (auto [caller, func] : llvm::enumerate(funcs))
    func.walk([&, caller = caller](Operation *op) {
      if (auto call = dyn_cast<lltype::DirectCallOp>(op)) {
        auto it = index.find(call.getCallee());
        if (it != index.end())
          callees[caller].insert(it->second);
      } else if (auto call = dyn_cast<lltype::IndirectCallOp>(op)) {
        auto pointer = cast<lltype::FuncPtrType>(call.getCallee().getType());
        for (unsigned target : addressTaken.lookup(pointer.getSignature()))
          callees[caller].insert(target);
      }
    });
}

llvm::SetVector<unsigned> CallGraph::cycleEntries() const {
  enum Color : uint8_t { Unseen, OnPath, Done };
  SmallVector<Color> color(funcs.size(), Unseen);
  llvm::SetVector<unsigned> entries;
  // The path: each function with the position of its next callee
  // (iterative, as a program's call chains can be long).
  SmallVector<std::pair<unsigned, unsigned>> path;
  for (unsigned root = 0; root < funcs.size(); ++root) {
    if (color[root] != Unseen)
      continue;
    color[root] = OnPath;
    path.push_back({root, 0});
    while (!path.empty()) {
      auto &[func, next] = path.back();
      if (next == callees[func].size()) {
        color[func] = Done;
        path.pop_back();
        continue;
      }
      unsigned callee = callees[func][next++];
      if (color[callee] == OnPath)
        entries.insert(callee);
      else if (color[callee] == Unseen) {
        color[callee] = OnPath;
        path.push_back({callee, 0});
      }
    }
  }
  return entries;
}

/// At the entry of `func`: if the stack is too deep, `ll_stack_overflow()`.
static void insertCheck(lltype::FuncOp func, FlatSymbolRefAttr overflow) {
  Block *entry = &func.getBody().front();
  Block *body = entry->splitBlock(entry->begin());
  auto *tooDeep = new Block();
  func.getBody().getBlocks().insertAfter(entry->getIterator(), tooDeep);
  Location loc = func.getLoc();
  OpBuilder builder = OpBuilder::atBlockEnd(entry);
  Value deep = lltype::StackTooDeepOp::create(builder, loc);
  lltype::CondBrOp::create(builder, loc, deep, ValueRange(), ValueRange(),
                           tooDeep, body);
  builder.setInsertionPointToStart(tooDeep);
  lltype::DirectCallOp::create(builder, loc, TypeRange(), overflow,
                               ValueRange(), ArrayAttr(), ArrayAttr());
  lltype::UnreachableOp::create(builder, loc);
}

namespace {
struct StackCheckPass : stackcheck::impl::StackCheckBase<StackCheckPass> {
  using StackCheckBase::StackCheckBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    CallGraph graph(module);
    llvm::SetVector<unsigned> entries = graph.cycleEntries();
    if (entries.empty())
      return;
    auto overflow = module.lookupSymbol<lltype::FuncOp>("ll_stack_overflow");
    if (!overflow) {
      module.emitError("lltype-stack-check needs @ll_stack_overflow, which "
                       "rtype-lltype makes");
      return signalPassFailure();
    }
    FlatSymbolRefAttr callee = FlatSymbolRefAttr::get(overflow.getSymNameAttr());
    for (unsigned entry : entries) {
      insertCheck(graph.funcs[entry], callee);
      if (remarks)
        graph.funcs[entry].emitRemark("stack check: a recursion cycle enters "
                                      "here");
    }
    if (remarks)
      module.emitRemark() << "stack checks in " << entries.size() << " of "
                          << graph.funcs.size() << " functions";
  }
};
} // namespace
