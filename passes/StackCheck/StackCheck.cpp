//===- StackCheck.cpp - RecursionError instead of a stack overflow --------===//
//
// See Passes.td. A depth-first walk of the call graph marks the functions
// that a back edge enters; each gets `lltype.stack_too_deep` at its entry
// and a call of `ll_stack_overflow` when that holds.
//
//===----------------------------------------------------------------------===//

#include "passes/StackCheck/Passes.h"

#include "passes/Analysis/CallGraph.h"

#include "dialects/lltype/LLTypeOps.h"

namespace rpy::stackcheck {
#define GEN_PASS_DEF_STACKCHECK
#include "passes/StackCheck/Passes.h.inc"
} // namespace rpy::stackcheck

using namespace mlir;
using namespace rpy;

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
    analysis::CallGraph graph(module);
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
