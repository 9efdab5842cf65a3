//===- Specialize.cpp - Specialisation policies ---------------------------===//
//
// PyPy's specialisation policies (rpython/annotator/specialize.py), read
// from `rpy.annspecialcase = "specialize:..."` on a flow.func: `argtype(i,
// ...)` makes one copy of the function per tuple of argument types at those
// positions, `arg(i, ...)` one per tuple of constant arguments,
// `call_location` one per call site, and `memo` one per tuple of constant
// (or prebuilt) arguments, all of them. A copy is a clone with a suffixed
// symbol; the call sites are redirected to it once the fixpoint is reached.
//
//===----------------------------------------------------------------------===//

#include "passes/Annotate/AnnotatorImpl.h"

#include "dialects/ann/AnnTypes.h"
#include "dialects/flow/FlowDialect.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::annotate;
using namespace rpy::annotate::detail;

/// The part of a type that `argtype` tells apart: PyPy keys on the
/// annotation's `knowntype`, so `int` and `int<nonneg>` share a copy, and so
/// do a char and a str.
static std::string argtypeKey(Type type) {
  if (isa<ann::IntType>(type))
    return "int";
  if (isa<ann::BoolType>(type))
    return "bool";
  if (isa<ann::FloatType>(type))
    return "float";
  if (isa<ann::StrType, ann::CharType>(type))
    return "str";
  if (isa<ann::NoneType>(type))
    return "None";
  if (isa<ann::ListType>(type))
    return "list";
  if (isa<ann::DictType>(type))
    return "dict";
  if (isa<ann::TupleType>(type))
    return "tuple";
  if (auto instance = dyn_cast<ann::InstanceType>(type))
    if (auto ref = dyn_cast<FlatSymbolRefAttr>(instance.getClassRef()))
      return ref.getValue().str();
  return "obj";
}

/// A constant as `arg` keys its copy: numbers and strings by their value.
static std::string constantKey(Attribute value) {
  if (auto integer = dyn_cast<IntegerAttr>(value))
    return std::to_string(integer.getInt());
  if (auto boolean = dyn_cast<BoolAttr>(value))
    return boolean.getValue() ? "True" : "False";
  if (auto str = dyn_cast<StringAttr>(value))
    return str.getValue().str();
  if (auto ref = dyn_cast<FlatSymbolRefAttr>(value))
    return ref.getValue().str();
  if (auto builtin = dyn_cast<flow::BuiltinAttr>(value))
    return builtin.getName().str();
  if (isa<flow::NoneAttr>(value))
    return "None";
  std::string printed;
  llvm::raw_string_ostream os(printed);
  os << value;
  return printed;
}

/// `key` with only the characters a readable symbol suffix keeps.
static std::string symbolSuffix(StringRef key) {
  std::string suffix;
  for (char c : key)
    suffix.push_back(llvm::isAlnum(c) ? c : '_');
  return suffix;
}

/// The positions listed in `text` ("0, 2"), or nullopt if it is not a list
/// of numbers.
static std::optional<SmallVector<unsigned>> parsePositions(StringRef text) {
  SmallVector<StringRef> parts;
  text.split(parts, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  SmallVector<unsigned> positions;
  for (StringRef part : parts) {
    unsigned position;
    if (part.trim().getAsInteger(10, position))
      return std::nullopt;
    positions.push_back(position);
  }
  if (positions.empty())
    return std::nullopt;
  return positions;
}

FailureOr<flow::FuncOp> Annotator::specialize(Operation *call,
                                              flow::FuncOp func,
                                              ArrayRef<Type> args,
                                              ArrayRef<StringRef> keywords) {
  auto policy = func->getAttrOfType<StringAttr>("rpy.annspecialcase");
  // Without a policy, a function with `*args` is specialised per number of
  // star arguments (PyPy's default_specialize), so that each copy's `args`
  // is one tuple type; called through a variable, it is not.
  auto callee = call->getOperand(0).getDefiningOp<flow::ConstantOp>();
  bool calledDirectly =
      callee && callee.getValue() == FlatSymbolRefAttr::get(func);
  if (!policy && (!func.getVararg() || !calledDirectly))
    return func;
  StringRef name = func.getSymName();
  auto fail = [&](const Twine &message) -> FailureOr<flow::FuncOp> {
    report(call, message);
    return failure();
  };
  // Policies that read the call's operands need them one per argument.
  auto callArgs = dyn_cast<flow::CallArgsOp>(call);
  if (policy && callArgs && callArgs.getStar())
    return fail("calling the specialised function " + name +
                "() with *args is not supported yet");
  // The copy is chosen by the call site's constant callee, which is what
  // gets redirected.
  if (!calledDirectly)
    return fail("calling the specialised function " + name +
                "() through a variable or as a method is not supported yet");

  StringRef text = policy ? policy.getValue() : StringRef();
  std::string key;
  size_t numPositional = args.size() - keywords.size();
  size_t numFixed = func.getArgNames().size() - (func.getVararg() ? 1 : 0);
  auto at = [&](unsigned position) -> std::optional<Value> {
    if (position >= numPositional)
      return std::nullopt;
    return call->getOperand(1 + position);
  };
  if (!policy) {
    key = "star" + std::to_string(
                       numPositional > numFixed ? numPositional - numFixed : 0);
  } else if (text == "specialize:call_location") {
    key = "site" + std::to_string(specialisedSites.size());
    auto it = specialisedSites.find(call);
    if (it != specialisedSites.end())
      return it->second;
  } else if (text.consume_front("specialize:argtype(") &&
             text.consume_back(")")) {
    std::optional<SmallVector<unsigned>> positions = parsePositions(text);
    if (!positions)
      return fail("the specialisation '" + policy.getValue() + "' of " + name +
                  "() is not supported");
    for (unsigned position : *positions) {
      if (!at(position))
        return fail("specialize:argtype of " + name + "(): argument " +
                    Twine(position) + " is not given by position");
      key += (key.empty() ? "" : "_") + argtypeKey(args[position]);
    }
  } else if (text.consume_front("specialize:arg(") && text.consume_back(")")) {
    std::optional<SmallVector<unsigned>> positions = parsePositions(text);
    if (!positions)
      return fail("the specialisation '" + policy.getValue() + "' of " + name +
                  "() is not supported");
    for (unsigned position : *positions) {
      std::optional<Value> arg = at(position);
      auto constant =
          arg ? arg->getDefiningOp<flow::ConstantOp>() : flow::ConstantOp();
      if (!constant)
        return fail("specialize:arg of " + name + "(): argument " +
                    Twine(position) + " is not a constant");
      key += (key.empty() ? "" : "_") + constantKey(constant.getValue());
    }
  } else if (text == "specialize:memo") {
    // PyPy runs the function at annotation time for every combination of
    // the (prebuilt) arguments and calls a table lookup. Our flow IR cannot
    // run at annotation time, so the call calls a copy per tuple of
    // constant arguments; an argument that is a set of prebuilt objects or
    // a bool keys on its annotation, and is computed at run time.
    ArrayAttr names = func.getArgNames();
    for (size_t i = 0; i < args.size(); ++i) {
      Value arg = call->getOperand(1 + i);
      std::string part;
      if (auto constant = arg.getDefiningOp<flow::ConstantOp>())
        part = constantKey(constant.getValue());
      else if (auto pbc = dyn_cast<ann::PbcType>(args[i])) {
        for (Attribute member : pbc.getMembers())
          part += (part.empty() ? "" : "_or_") + constantKey(member);
        if (pbc.getNullable())
          part += "_or_None";
      } else if (isa<ann::BoolType>(args[i]))
        part = "bool";
      else {
        StringRef param = i >= numPositional ? keywords[i - numPositional]
                          : i < names.size()
                              ? cast<StringAttr>(names[i]).getValue()
                              : StringRef();
        return fail("specialize:memo of " + name + "(): argument " +
                    (param.empty() ? Twine(i) : "'" + param + "'") + " (" +
                    describe(args[i]) +
                    ") is not a constant, a prebuilt object or a bool");
      }
      if (i >= numPositional)
        part = (keywords[i - numPositional] + "_" + part).str();
      key += (key.empty() ? "" : "_") + part;
    }
    if (key.empty())
      key = "memo";
  } else {
    return fail("the specialisation '" + policy.getValue() + "' of " + name +
                "() is not supported yet");
  }

  flow::FuncOp &copy = specialisations[{func, key}];
  if (!copy) {
    copy = func.clone();
    copy->removeAttr("rpy.annspecialcase");
    copy.setSymName((name + "__" + symbolSuffix(key)).str());
    // Renames the copy if the suffixed name is taken.
    symbols.insert(copy, std::next(func->getIterator()));
  }
  specialisedSites[call] = copy;
  return copy;
}

void Annotator::redirectSpecialisedCalls() {
  for (auto [call, copy] : specialisedSites) {
    auto old = call->getOperand(0).getDefiningOp<flow::ConstantOp>();
    OpBuilder builder(call);
    auto ref = FlatSymbolRefAttr::get(copy);
    auto constant = flow::ConstantOp::create(builder, old.getLoc(), ref);
    annotations[constant.getResult()] =
        ann::PbcType::get(ctx, ArrayRef<Attribute>{ref});
    call->setOperand(0, constant.getResult());
    // The original stays only while something else still calls it.
    if (old->use_empty()) {
      annotations.erase(old.getResult());
      old->erase();
    }
  }
}
