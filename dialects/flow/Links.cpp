//===- Links.cpp - Types on links and what branches test ------------------===//

#include "dialects/flow/Links.h"
#include "dialects/flow/FlowOps.h"

#include "mlir/IR/Dominance.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::flow;

bool flow::linkAccepts(Type operand, Type argument, Operation *link) {
  if (operand == argument)
    return true;
  auto *links =
      argument.getDialect().getRegisteredInterface<LinkTypeInterface>();
  return links && links->acceptsLink(operand, argument, link);
}

/// Whether `value` is the constant None.
static bool isNone(Value value) {
  auto constant = value.getDefiningOp<ConstantOp>();
  return constant && isa<NoneAttr>(constant.getValue());
}

std::optional<BranchTest> flow::branchTest(CondBrOp branch) {
  auto truth = branch.getCondition().getDefiningOp<IsTrueOp>();
  if (!truth)
    return std::nullopt;
  BranchTest test{BranchTest::Kind::Truth, truth.getOperand(), {}, false};
  while (auto negation = test.value.getDefiningOp<NotOp>()) {
    test.value = negation.getOperand();
    test.negated = !test.negated;
  }
  if (auto isInstance = test.value.getDefiningOp<IsInstanceOp>()) {
    test.kind = BranchTest::Kind::IsInstance;
    test.value = isInstance.getObject();
    test.cls = isInstance.getCls();
  } else if (auto is = test.value.getDefiningOp<IsOp>()) {
    if (isNone(is.getRhs()) == isNone(is.getLhs()))
      return std::nullopt; // `x is y`, `None is None`: nothing to narrow
    test.kind = BranchTest::Kind::IsNone;
    test.value = isNone(is.getRhs()) ? is.getLhs() : is.getRhs();
  }
  return test;
}

/// Whether `value` is the result of a comparison: a bool, never None, so
/// that testing its truth teaches nothing.
static bool isComparison(Value value) {
  Operation *op = value.getDefiningOp();
  return op && isa<LtOp, LeOp, EqOp, NeOp, GtOp, GeOp, IsOp, ContainsOp,
                   IsInstanceOp, NotOp, IsTrueOp>(op);
}

void flow::splitTestedValues(FuncOp func) {
  SmallVector<CondBrOp> branches;
  func.walk([&](CondBrOp branch) { branches.push_back(branch); });
  DominanceInfo dominance(func);
  // In order, so that a test nested in another's edge sees the outer edge's
  // argument as its tested value.
  for (CondBrOp branch : branches) {
    std::optional<BranchTest> test = branchTest(branch);
    if (!test || test->value.getDefiningOp<ConstantOp>() ||
        (test->kind == BranchTest::Kind::Truth && isComparison(test->value)) ||
        branch.getTrueDest() == branch.getFalseDest())
      continue;
    Value tested = test->value;
    for (unsigned i = 0; i < 2; ++i) {
      Block *dest = branch->getSuccessor(i);
      if (dest->getSinglePredecessor() != branch->getBlock())
        continue;
      auto dominated = [&](OpOperand &use) {
        return dominance.dominates(dest, use.getOwner()->getBlock());
      };
      if (llvm::none_of(tested.getUses(), dominated))
        continue;
      BlockArgument narrowed =
          dest->addArgument(tested.getType(), tested.getLoc());
      tested.replaceUsesWithIf(narrowed, dominated);
      (i == 0 ? branch.getTrueDestOperandsMutable()
              : branch.getFalseDestOperandsMutable())
          .append(tested);
    }
  }
}
