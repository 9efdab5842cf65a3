//===- AnnDialect.cpp - The ann dialect -----------------------------------===//

#include "dialects/ann/AnnDialect.h"
#include "dialects/ann/Lattice.h"
#include "dialects/ann/ModuleClassHierarchy.h"
#include "dialects/flow/FlowDialect.h"
#include "dialects/flow/Links.h"

#include "mlir/IR/BuiltinOps.h"

using namespace mlir;
using namespace rpy::ann;

#include "dialects/ann/AnnDialect.cpp.inc"

namespace {
/// The hierarchy where classes are related only to themselves: enough for
/// every containment that does not compare two different classes.
struct NoSubclasses : ClassHierarchy {
  Attribute commonBase(Attribute a, Attribute b) const override {
    return a == b ? a : nullptr;
  }
};

/// A link may carry a value of a type that the block argument's type
/// contains, as PyPy's links carry a bool into an int. An argument of a
/// block the annotator never reached (`!ann.impossible`) accepts anything:
/// the link is never taken.
struct AnnLinkTypes : rpy::flow::LinkTypeInterface {
  using LinkTypeInterface::LinkTypeInterface;

  bool acceptsLink(Type operand, Type argument,
                   Operation *link) const override {
    if (isa<ImpossibleType>(argument))
      return true;
    if (!isa<AnnDialect>(operand.getDialect()))
      return false;
    if (contains(argument, operand, NoSubclasses()))
      return true;
    // Only instances of two classes need the module's class hierarchy.
    auto module = link->getParentOfType<ModuleOp>();
    return module && contains(argument, operand, ModuleClassHierarchy(module));
  }
};
} // namespace

void AnnDialect::initialize() {
  registerTypes();
  addInterfaces<AnnLinkTypes>();
}
