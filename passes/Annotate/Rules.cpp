//===- Rules.cpp - The annotation rules of single operations --------------===//
//
// The rules follow PyPy's rpython/annotator/binaryop.py and unaryop.py for
// the kinds supported so far; `nonneg` is kept exactly where PyPy keeps it.
//
//===----------------------------------------------------------------------===//

#include "passes/Annotate/Rules.h"

#include "dialects/ann/AnnTypes.h"
#include "dialects/ann/Lattice.h"
#include "dialects/flow/FlowDialect.h"
#include "dialects/flow/FlowOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/StringSwitch.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::annotate;

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

/// The annotation of a constant that is not a tuple; null if it has none.
static Type annotateScalar(Attribute value, std::string &error) {
  MLIRContext *ctx = value.getContext();
  if (auto boolean = dyn_cast<BoolAttr>(value))
    return ann::BoolType::get(ctx);
  if (auto integer = dyn_cast<IntegerAttr>(value)) {
    if (integer.getType().isUnsignedInteger())
      return ann::IntType::get(ctx, !integer.getValue().isSignBitSet(),
                               /*isUnsigned=*/true);
    return ann::IntType::get(ctx, !integer.getValue().isNegative(),
                             /*isUnsigned=*/false);
  }
  if (isa<FloatAttr>(value))
    return ann::FloatType::get(ctx);
  if (auto str = dyn_cast<StringAttr>(value)) {
    bool noNul = !str.getValue().contains('\0');
    if (str.getValue().size() == 1)
      return ann::CharType::get(ctx, noNul);
    return ann::StrType::get(ctx, /*nullable=*/false, noNul);
  }
  if (isa<flow::NoneAttr>(value))
    return ann::NoneType::get(ctx);
  if (isa<SymbolRefAttr, flow::BuiltinAttr>(value))
    return ann::PbcType::get(ctx, ArrayRef<Attribute>{value});
  error = "constants like this one are not supported yet";
  return nullptr;
}

Type annotate::annotateConstant(Attribute value, std::string &error) {
  if (!isa<ArrayAttr>(value))
    return annotateScalar(value, error);
  // Tuples of tuples: post-order with an explicit stack, since the nesting
  // comes from the program.
  struct Frame {
    ArrayAttr tuple;
    size_t next = 0;
    SmallVector<Type> items;
  };
  SmallVector<Frame> stack;
  stack.push_back({cast<ArrayAttr>(value), 0, {}});
  Type done;
  while (!stack.empty()) {
    Frame &top = stack.back();
    if (done) {
      top.items.push_back(done);
      done = nullptr;
    }
    if (top.next == top.tuple.size()) {
      done = ann::TupleType::get(value.getContext(), top.items);
      stack.pop_back();
      continue;
    }
    Attribute item = top.tuple[top.next++];
    if (auto nested = dyn_cast<ArrayAttr>(item)) {
      stack.push_back({nested, 0, {}});
      continue;
    }
    done = annotateScalar(item, error);
    if (!done)
      return nullptr;
  }
  return done;
}

//===----------------------------------------------------------------------===//
// Numbers
//===----------------------------------------------------------------------===//

namespace {
/// An operand seen as a number: bool, int or float.
struct Number {
  enum Kind { None, Bool, Int, Float } kind = None;
  bool nonneg = false;
  bool isUnsigned = false;
};
} // namespace

static Number asNumber(Type type) {
  if (isa<ann::BoolType>(type))
    return {Number::Bool, true, false};
  if (auto integer = dyn_cast<ann::IntType>(type))
    return {Number::Int, integer.getNonneg(), integer.getIsUnsigned()};
  if (isa<ann::FloatType>(type))
    return {Number::Float};
  return {};
}

static bool isStr(Type type) { return isa<ann::StrType, ann::CharType>(type); }

bool rpy::annotate::hasNoNul(Type type) {
  if (auto str = dyn_cast<ann::StrType>(type))
    return str.getNoNul();
  if (auto chr = dyn_cast<ann::CharType>(type))
    return chr.getNoNul();
  return false;
}

bool rpy::annotate::isHashable(Type type) {
  if (auto tuple = dyn_cast<ann::TupleType>(type))
    return llvm::all_of(tuple.getElementTypes(), isHashable);
  return isa<ann::IntType, ann::BoolType, ann::FloatType, ann::CharType,
             ann::StrType, ann::NoneType, ann::ImpossibleType,
             ann::InstanceType, ann::PbcType>(type);
}

/// The rule of an arithmetic or bitwise operation (`name` without `inplace_`)
/// on two numbers; null if they do not combine.
static Type numberRule(StringRef name, Number a, Number b, MLIRContext *ctx) {
  if (a.kind == Number::None || b.kind == Number::None)
    return nullptr;
  // Arithmetic with a float operand is float arithmetic, as in PyPy and
  // CPython (an int never becomes a float at a merge, though).
  bool isFloat = a.kind == Number::Float || b.kind == Number::Float;
  if (isFloat) {
    if (llvm::is_contained(
            {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow"}, name))
      return ann::FloatType::get(ctx);
    return nullptr;
  }
  if (name == "truediv")
    return ann::FloatType::get(ctx);
  bool bothBool = a.kind == Number::Bool && b.kind == Number::Bool;
  if (bothBool && llvm::is_contained({"and_", "or_", "xor"}, name))
    return ann::BoolType::get(ctx);
  bool isUnsigned = a.isUnsigned || b.isUnsigned;
  bool nonneg = llvm::StringSwitch<bool>(name)
                    .Cases({"add", "mul", "floordiv", "mod", "or_", "xor"},
                           a.nonneg && b.nonneg)
                    .Case("and_", a.nonneg || b.nonneg)
                    .Cases({"rshift", "pow"}, a.nonneg)
                    .Default(false);
  if (!llvm::is_contained({"add", "sub", "mul", "floordiv", "mod", "pow",
                           "lshift", "rshift", "and_", "or_", "xor"},
                          name))
    return nullptr;
  return ann::IntType::get(ctx, nonneg, isUnsigned);
}

/// The rule of `+` and `*` and `%` on strings; null if it does not apply.
static Type strRule(StringRef name, Type a, Type b, MLIRContext *ctx) {
  if (name == "add" && isStr(a) && isStr(b))
    return ann::StrType::get(ctx, false, hasNoNul(a) && hasNoNul(b));
  Number::Kind count = Number::None;
  if (name == "mul" && isStr(a))
    count = asNumber(b).kind;
  else if (name == "mul" && isStr(b))
    count = asNumber(a).kind;
  if (count == Number::Int || count == Number::Bool)
    return ann::StrType::get(ctx, false, hasNoNul(isStr(a) ? a : b));
  // Formatting checks nothing about the values yet; the rtyper will.
  if (name == "mod" && isStr(a))
    return ann::StrType::get(ctx, false, false);
  return nullptr;
}

/// The rule of `<`, `==`, ...: numbers with numbers (an int with a float
/// compares as floats), strings with strings; `==` and `!=` accept any pair
/// whose union exists.
static bool comparable(StringRef name, Type a, Type b) {
  Number x = asNumber(a), y = asNumber(b);
  if (x.kind != Number::None && y.kind != Number::None)
    return true;
  if (isStr(a) && isStr(b))
    return true;
  if (name == "eq" || name == "ne")
    return a == b || isa<ann::NoneType>(a) || isa<ann::NoneType>(b);
  return false;
}

static std::string binaryError(Operation *op, Type a, Type b) {
  return (op->getName().getStringRef() + " of " + ann::describe(a) + " and " +
          ann::describe(b) + " is not supported")
      .str();
}

//===----------------------------------------------------------------------===//
// The dispatcher
//===----------------------------------------------------------------------===//

/// The constant integer value of `value`, if it is made by `flow.constant`.
static std::optional<int64_t> constantIndex(Value value) {
  auto constant = value.getDefiningOp<flow::ConstantOp>();
  if (!constant)
    return std::nullopt;
  auto integer = dyn_cast<IntegerAttr>(constant.getValue());
  if (!integer || isa<BoolAttr>(constant.getValue()))
    return std::nullopt;
  return integer.getInt();
}

RuleResult annotate::applyRule(Operation *op, ArrayRef<Type> operands) {
  MLIRContext *ctx = op->getContext();
  StringRef name = op->getName().stripDialect();
  RuleResult result;
  result.handled = true;
  auto fail = [&](std::string message) {
    result.error = std::move(message);
    return result;
  };
  auto ok = [&](Type type) {
    result.type = type;
    return result;
  };

  if (llvm::is_contained({"is_true", "not_", "is_", "isinstance"}, name))
    return ok(ann::BoolType::get(ctx));

  if (llvm::is_contained({"lt", "le", "eq", "ne", "gt", "ge"}, name)) {
    if (!comparable(name, operands[0], operands[1]))
      return fail(binaryError(op, operands[0], operands[1]));
    return ok(ann::BoolType::get(ctx));
  }

  if (llvm::is_contained({"neg", "pos", "invert"}, name)) {
    Number x = asNumber(operands[0]);
    if (x.kind == Number::Float && name != "invert")
      return ok(ann::FloatType::get(ctx));
    if (x.kind == Number::Int || x.kind == Number::Bool)
      return ok(
          ann::IntType::get(ctx, name == "pos" && x.nonneg, x.isUnsigned));
    return fail((op->getName().getStringRef() + " of " +
                 ann::describe(operands[0]) + " is not supported")
                    .str());
  }

  if (op->getNumOperands() == 2 && op->getNumResults() == 1 &&
      isa<flow::AddOp, flow::SubOp, flow::MulOp, flow::TrueDivOp,
          flow::FloorDivOp, flow::ModOp, flow::PowOp, flow::LShiftOp,
          flow::RShiftOp, flow::AndOp, flow::OrOp, flow::XorOp,
          flow::InplaceAddOp, flow::InplaceSubOp, flow::InplaceMulOp,
          flow::InplaceTrueDivOp, flow::InplaceFloorDivOp, flow::InplaceModOp,
          flow::InplacePowOp, flow::InplaceLShiftOp, flow::InplaceRShiftOp,
          flow::InplaceAndOp, flow::InplaceOrOp, flow::InplaceXorOp>(op)) {
    // `x += y` on immutable values is `x = x + y`.
    name.consume_front("inplace_");
    if (Type type =
            numberRule(name, asNumber(operands[0]), asNumber(operands[1]), ctx))
      return ok(type);
    if (Type type = strRule(name, operands[0], operands[1], ctx))
      return ok(type);
    return fail(binaryError(op, operands[0], operands[1]));
  }

  if (isa<flow::ContainsOp>(op)) {
    // `item in container`: the container is the first operand.
    Type container = operands[0], item = operands[1];
    bool fits = isStr(container)
                    ? isStr(item)
                    : isa<ann::TupleType, ann::ListType>(container);
    if (!fits)
      return fail(binaryError(op, container, item));
    return ok(ann::BoolType::get(ctx));
  }

  if (isa<flow::GetSliceOp>(op)) {
    Type object = operands[0];
    for (Type bound : operands.drop_front()) {
      Number index = asNumber(bound);
      if (index.kind != Number::Int && index.kind != Number::Bool &&
          !isa<ann::NoneType>(bound))
        return fail("slicing " + ann::describe(object) + " by " +
                    ann::describe(bound) + " is not supported");
    }
    if (isStr(object))
      return ok(ann::StrType::get(ctx, false, hasNoNul(object)));
    return fail("slicing " + ann::describe(object) + " is not supported");
  }

  if (isa<flow::NewTupleOp>(op))
    return ok(ann::TupleType::get(ctx, operands));

  if (isa<flow::BuildStrOp, flow::FormatOp>(op))
    return ok(ann::StrType::get(ctx, false, false));

  if (isa<flow::GetItemOp>(op)) {
    Type object = operands[0];
    if (auto tuple = dyn_cast<ann::TupleType>(object)) {
      std::optional<int64_t> index = constantIndex(op->getOperand(1));
      if (!index)
        return fail("a tuple can only be indexed by a constant");
      int64_t size = tuple.getElementTypes().size();
      int64_t position = *index < 0 ? *index + size : *index;
      if (position < 0 || position >= size)
        return fail("tuple index " + std::to_string(*index) +
                    " out of range for " + ann::describe(tuple));
      return ok(tuple.getElementTypes()[position]);
    }
    if (isStr(object)) {
      Number index = asNumber(operands[1]);
      if (index.kind != Number::Int && index.kind != Number::Bool)
        return fail(binaryError(op, operands[0], operands[1]));
      return ok(ann::CharType::get(ctx, hasNoNul(object)));
    }
    // Dicts come with the DictDef tracking.
    result.handled = false;
    return result;
  }

  result.handled = false;
  return result;
}
