//===- Narrowing.cpp - Types on the edges of tests ------------------------===//
//
// PyPy's knowntypedata: after `if isinstance(x, C):`, `if x is None:` or
// `if x:`, the annotator knows more about `x` on each edge. The front end
// passes the tested value to the edges' blocks as an argument of their own
// (flow::splitTestedValues), which gets the narrowed type.
//
//===----------------------------------------------------------------------===//

#include "passes/Annotate/AnnotatorImpl.h"

#include "dialects/flow/Links.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::annotate::detail;

/// The classes an `isinstance` tests against: a PBC of classes or a tuple of
/// them; empty if any is something else.
static SmallVector<Attribute> testedClasses(Type cls) {
  SmallVector<Attribute> classes;
  auto add = [&](Type type) {
    auto pbc = dyn_cast<ann::PbcType>(type);
    if (!pbc || pbc.getNullable())
      return false;
    llvm::append_range(classes, pbc.getMembers());
    return true;
  };
  if (auto tuple = dyn_cast<ann::TupleType>(cls)) {
    for (Type item : tuple.getElementTypes())
      if (!add(item))
        return {};
  } else if (!add(cls)) {
    return {};
  }
  return classes;
}

Type Annotator::narrowInstance(Type type, Type cls) {
  if (isa<ann::NoneType>(type))
    return ann::ImpossibleType::get(ctx);
  auto instance = dyn_cast<ann::InstanceType>(type);
  SmallVector<Attribute> classes = testedClasses(cls);
  if (!instance || classes.empty())
    return type;
  // The union over the classes tested of what an instance of each can be.
  Type result = ann::ImpossibleType::get(ctx);
  for (Attribute tested : classes) {
    Attribute known = instance.getClassRef();
    Type narrowed;
    if (lists.isSubclass(known, tested))
      narrowed = ann::InstanceType::get(ctx, known, false);
    else if (lists.isSubclass(tested, known))
      narrowed = ann::InstanceType::get(ctx, tested, false);
    else
      continue; // single inheritance: never an instance of both
    result = ann::unionOf(result, narrowed, lists);
    if (!result)
      return ann::withoutNone(type);
  }
  return result;
}

Type Annotator::narrowed(flow::CondBrOp branch, unsigned successor,
                         Value operand) {
  Type type = get(operand);
  std::optional<flow::BranchTest> test = flow::branchTest(branch);
  if (!type || !test || operand != test->value)
    return type;
  bool holds = (successor == 0) != test->negated;
  switch (test->kind) {
  case flow::BranchTest::Kind::Truth:
    // None is false; every other value of a nullable type may be either.
    return holds ? ann::withoutNone(type) : type;
  case flow::BranchTest::Kind::IsNone:
    if (!holds)
      return ann::withoutNone(type);
    return isa<ann::NoneType>(type) || ann::withoutNone(type) != type
               ? Type(ann::NoneType::get(ctx))
               : Type(ann::ImpossibleType::get(ctx));
  case flow::BranchTest::Kind::IsInstance: {
    Type cls = get(test->cls);
    return holds && cls ? narrowInstance(type, cls) : type;
  }
  }
  return type;
}
