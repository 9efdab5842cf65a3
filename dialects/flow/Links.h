//===- Links.h - Types on links and what branches test ----------*- C++ -*-===//
//
// PyPy lets a link carry a value whose annotation differs from the block
// argument it feeds: more specific (a bool into an int), or more general on
// the edges of a test that narrows it (`isinstance(x, C)` makes `x` an
// instance of C on the true edge: PyPy's knowntypedata). The flow dialect
// knows no types but its own `!flow.obj`; the dialect whose types refine it
// (ann) says through `LinkTypeInterface` which types a link may carry.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_DIALECTS_FLOW_LINKS_H
#define RPY_DIALECTS_FLOW_LINKS_H

#include "mlir/IR/DialectInterface.h"
#include "mlir/IR/Value.h"

#include <optional>

namespace rpy::flow {

class CondBrOp;
class FuncOp;

/// Implemented by a dialect whose types flow values may have: which operand
/// types a link may pass into a block argument of one of its types.
class LinkTypeInterface
    : public mlir::DialectInterface::Base<LinkTypeInterface> {
public:
  explicit LinkTypeInterface(mlir::Dialect *dialect) : Base(dialect) {}

  /// Whether a link may pass a value of type `operand` into a block argument
  /// of type `argument` (a different type of this dialect). `link` is the
  /// branch, for context such as the module's classes.
  virtual bool acceptsLink(mlir::Type operand, mlir::Type argument,
                           mlir::Operation *link) const = 0;
};

/// Whether a link may pass `operand` into a block argument of type
/// `argument`: equal types, or as the argument's dialect accepts.
bool linkAccepts(mlir::Type operand, mlir::Type argument,
                 mlir::Operation *link);

/// What a two-way branch tests about one value: its truth, whether it is an
/// instance of a class, or whether it is None (through any number of
/// `flow.not_`). The annotator narrows the value on the branch's edges.
struct BranchTest {
  enum class Kind { Truth, IsInstance, IsNone };
  Kind kind;
  /// The value tested.
  mlir::Value value;
  /// For IsInstance: the class (or tuple of classes) operand.
  mlir::Value cls;
  /// Whether the branch's true edge is taken when the test fails.
  bool negated = false;
};

/// The test that `branch` makes, or nullopt when its condition is not
/// `flow.is_true` of a value.
std::optional<BranchTest> branchTest(CondBrOp branch);

/// Gives the value each two-way branch of `func` tests its own block
/// argument on each edge that goes on to use it, and rewrites the uses the
/// edge's block dominates to the argument (a pi-node, as in e-SSA form), so
/// that the annotator can give the value a narrower type after the test.
/// Only edges into blocks with the branch as their single predecessor are
/// split.
void splitTestedValues(FuncOp func);

} // namespace rpy::flow

#endif // RPY_DIALECTS_FLOW_LINKS_H
