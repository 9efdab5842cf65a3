//===- StringBuilders.cpp - rpython.rlib.rstring.StringBuilder ------------===//
//
// RPython's StringBuilder is a built-in class: `StringBuilder()` makes an
// `!ann.instance<#flow.builtin<"rpython.rlib.rstring.StringBuilder">>`,
// whose methods have fixed signatures (it only ever holds a str), so they
// need no receiver: reading one gives the built-in method as a PBC.
//
//===----------------------------------------------------------------------===//

#include "passes/Annotate/AnnotatorImpl.h"

#include "dialects/ann/AnnTypes.h"
#include "dialects/flow/FlowDialect.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::annotate;
using namespace rpy::annotate::detail;

static constexpr StringLiteral kStringBuilder =
    "rpython.rlib.rstring.StringBuilder";

/// The number of arguments of a StringBuilder method, or -1 if it has none
/// of that name.
static int builderArity(StringRef name) {
  return llvm::StringSwitch<int>(name)
      .Case("append", 1)
      .Case("append_multiple_char", 2)
      .Case("build", 0)
      .Case("getlength", 0)
      .Default(-1);
}

static bool isStrOrChar(Type type) {
  auto str = dyn_cast<ann::StrType>(type);
  return isa<ann::CharType>(type) || (str && !str.getNullable());
}

std::optional<Step> Annotator::flowBuilderAttr(Operation *op,
                                               ArrayRef<Type> operands) {
  auto getattr = dyn_cast<flow::GetAttrOp>(op);
  auto instance =
      getattr ? dyn_cast<ann::InstanceType>(operands[0]) : ann::InstanceType();
  auto cls = instance ? dyn_cast<flow::BuiltinAttr>(instance.getClassRef())
                      : flow::BuiltinAttr();
  if (!cls || cls.getName() != kStringBuilder)
    return std::nullopt;
  StringRef name = getattr.getName();
  if (builderArity(name) < 0) {
    report(op, "flow.getattr '" + name + "' of StringBuilder is not supported");
    return Step::Error;
  }
  auto method =
      flow::BuiltinAttr::get(ctx, (kStringBuilder + "." + name).str());
  return finish(op, ann::PbcType::get(ctx, ArrayRef<Attribute>{method}));
}

FailureOr<Type> Annotator::callBuilder(Operation *op, StringRef name,
                                       ArrayRef<Type> args) {
  auto fail = [&](const Twine &message) -> FailureOr<Type> {
    report(op, message);
    return failure();
  };
  // The constructor, with an optional size hint.
  if (name.empty()) {
    if (args.size() > 1)
      return fail("StringBuilder() takes 0 to 1 arguments, got " +
                  Twine(args.size()));
    if (!args.empty() && !isa<ann::IntType, ann::BoolType>(args[0]))
      return fail("StringBuilder() of " + describe(args[0]) +
                  ": the size hint must be an int");
    auto cls = flow::BuiltinAttr::get(ctx, kStringBuilder);
    return Type(ann::InstanceType::get(ctx, cls, /*nullable=*/false));
  }
  int arity = builderArity(name);
  if (int(args.size()) != arity)
    return fail("StringBuilder." + name + "() takes " + Twine(arity) +
                " argument(s), got " + Twine(args.size()));
  if (name == "append") {
    if (!isStrOrChar(args[0]))
      return fail("StringBuilder.append() of " + describe(args[0]) +
                  ": expected a str");
    return Type(ann::NoneType::get(ctx));
  }
  if (name == "append_multiple_char") {
    if (!isa<ann::CharType>(args[0]) ||
        !isa<ann::IntType, ann::BoolType>(args[1]))
      return fail("StringBuilder.append_multiple_char() of " +
                  describe(args[0]) + ", " + describe(args[1]) +
                  ": expected a char and an int");
    return Type(ann::NoneType::get(ctx));
  }
  if (name == "build")
    return Type(ann::StrType::get(ctx, /*nullable=*/false, /*noNul=*/false));
  return Type(ann::IntType::get(ctx, /*nonneg=*/true, false));
}
