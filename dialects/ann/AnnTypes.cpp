//===- AnnTypes.cpp - The types of the ann dialect ------------------------===//
//
// Flag syntax (the custom directives of AnnTypes.td), the verifiers, and the
// helpers the builders use.
//
//===----------------------------------------------------------------------===//

#include "dialects/ann/AnnDialect.h"
#include "dialects/flow/FlowDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;

namespace rpy::ann {

//===----------------------------------------------------------------------===//
// IterKind
//===----------------------------------------------------------------------===//

StringRef stringifyIterKind(IterKind kind) {
  switch (kind) {
  case IterKind::Plain:
    return "";
  case IterKind::Range:
    return "range";
  case IterKind::Values:
    return "values";
  case IterKind::Items:
    return "items";
  case IterKind::Reversed:
    return "reversed";
  case IterKind::Enumerate:
    return "enumerate";
  }
  llvm_unreachable("unknown IterKind");
}

std::optional<IterKind> symbolizeIterKind(StringRef keyword) {
  return llvm::StringSwitch<std::optional<IterKind>>(keyword)
      .Case("range", IterKind::Range)
      .Case("values", IterKind::Values)
      .Case("items", IterKind::Items)
      .Case("reversed", IterKind::Reversed)
      .Case("enumerate", IterKind::Enumerate)
      .Default(std::nullopt);
}

//===----------------------------------------------------------------------===//
// Custom directives: keyword flags
//===----------------------------------------------------------------------===//

namespace {
/// A flag keyword and the parameter it sets.
struct Flag {
  StringRef keyword;
  bool &value;
};
} // namespace

/// Parses `keyword (, keyword)*`, each keyword one of `flags`, in any order,
/// each at most once.
static ParseResult parseFlags(AsmParser &parser, ArrayRef<Flag> flags) {
  return parser.parseCommaSeparatedList([&]() -> ParseResult {
    SMLoc loc = parser.getCurrentLocation();
    StringRef keyword;
    if (parser.parseKeyword(&keyword))
      return failure();
    for (const Flag &flag : flags) {
      if (flag.keyword != keyword)
        continue;
      if (flag.value)
        return parser.emitError(loc, "flag '") << keyword << "' is repeated";
      flag.value = true;
      return success();
    }
    InFlightDiagnostic diag = parser.emitError(loc, "unknown flag '")
                              << keyword << "', expected ";
    for (auto [i, flag] : llvm::enumerate(flags)) {
      if (i > 0)
        diag << (i + 1 == flags.size() ? " or " : ", ");
      diag << "'" << flag.keyword << "'";
    }
    return diag;
  });
}

/// Prints the set flags, comma-separated, in declaration order.
static void printFlags(AsmPrinter &printer, ArrayRef<Flag> flags) {
  llvm::interleaveComma(llvm::make_filter_range(
                            flags, [](const Flag &flag) { return flag.value; }),
                        printer,
                        [&](const Flag &flag) { printer << flag.keyword; });
}

static ParseResult parseIntFlags(AsmParser &parser, bool &nonneg,
                                 bool &isUnsigned) {
  return parseFlags(parser, {{"nonneg", nonneg}, {"unsigned", isUnsigned}});
}

static void printIntFlags(AsmPrinter &printer, bool nonneg, bool isUnsigned) {
  printFlags(printer, {{"nonneg", nonneg}, {"unsigned", isUnsigned}});
}

static ParseResult parseCharFlags(AsmParser &parser, bool &noNul) {
  return parseFlags(parser, {{"no_nul", noNul}});
}

static void printCharFlags(AsmPrinter &printer, bool noNul) {
  printFlags(printer, {{"no_nul", noNul}});
}

static ParseResult parseStrFlags(AsmParser &parser, bool &nullable,
                                 bool &noNul) {
  return parseFlags(parser, {{"nullable", nullable}, {"no_nul", noNul}});
}

static void printStrFlags(AsmPrinter &printer, bool nullable, bool noNul) {
  printFlags(printer, {{"nullable", nullable}, {"no_nul", noNul}});
}

static ParseResult parseListFlags(AsmParser &parser, bool &fixed, bool &mutated,
                                  bool &nullable) {
  return parseFlags(
      parser, {{"fixed", fixed}, {"mutated", mutated}, {"nullable", nullable}});
}

static void printListFlags(AsmPrinter &printer, bool fixed, bool mutated,
                           bool nullable) {
  printFlags(printer,
             {{"fixed", fixed}, {"mutated", mutated}, {"nullable", nullable}});
}

static ParseResult parseNullableFlag(AsmParser &parser, bool &nullable) {
  return parseFlags(parser, {{"nullable", nullable}});
}

static void printNullableFlag(AsmPrinter &printer, bool nullable) {
  printFlags(printer, {{"nullable", nullable}});
}

static ParseResult parseIterKind(AsmParser &parser, IterKind &kind) {
  SMLoc loc = parser.getCurrentLocation();
  StringRef keyword;
  if (parser.parseKeyword(&keyword))
    return failure();
  std::optional<IterKind> parsed = symbolizeIterKind(keyword);
  if (!parsed)
    return parser.emitError(loc, "unknown iterator kind '")
           << keyword
           << "', expected 'range', 'values', 'items', 'reversed' or "
              "'enumerate'";
  kind = *parsed;
  return success();
}

static void printIterKind(AsmPrinter &printer, IterKind kind) {
  printer << stringifyIterKind(kind);
}

//===----------------------------------------------------------------------===//
// PBC member order
//===----------------------------------------------------------------------===//

/// The order of PBC and method members: symbols by name, then built-ins by
/// name. It depends only on names, so printed IR is deterministic.
static std::pair<int, StringRef> memberKey(Attribute member) {
  if (auto symbol = dyn_cast<FlatSymbolRefAttr>(member))
    return {0, symbol.getValue()};
  if (auto builtin = dyn_cast<rpy::flow::BuiltinAttr>(member))
    return {1, builtin.getName()};
  return {2, ""};
}

/// `members`, sorted by memberKey and without duplicates.
static ArrayAttr sortedMembers(MLIRContext *context,
                               ArrayRef<Attribute> members) {
  SmallVector<Attribute> sorted(members);
  llvm::sort(sorted, [](Attribute a, Attribute b) {
    return memberKey(a) < memberKey(b);
  });
  sorted.erase(llvm::unique(sorted), sorted.end());
  return ArrayAttr::get(context, sorted);
}

//===----------------------------------------------------------------------===//
// Generated definitions
//===----------------------------------------------------------------------===//

} // namespace rpy::ann

#define GET_TYPEDEF_CLASSES
#include "dialects/ann/AnnTypes.cpp.inc"

namespace rpy::ann {

void AnnDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "dialects/ann/AnnTypes.cpp.inc"
      >();
}

//===----------------------------------------------------------------------===//
// Verifiers
//===----------------------------------------------------------------------===//

using EmitErrorFn = function_ref<InFlightDiagnostic()>;

static bool isAnnType(Type type) { return isa<AnnDialect>(type.getDialect()); }

/// Checks that a parameter of a container type is an `ann` type.
static LogicalResult verifyAnnType(EmitErrorFn emitError, Type type,
                                   StringRef what) {
  if (isAnnType(type))
    return success();
  return emitError() << what << " must be an !ann type, not " << type;
}

/// Whether values of `type` can be dict keys and set items (RPYTHON.md).
static bool isHashable(Type type) {
  if (auto tuple = dyn_cast<TupleType>(type))
    return llvm::all_of(tuple.getElementTypes(), isHashable);
  return isa<IntType, BoolType, FloatType, CharType, StrType, NoneType,
             ImpossibleType, InstanceType, PbcType>(type);
}

static LogicalResult verifyKeyType(EmitErrorFn emitError, Type type,
                                   StringRef what) {
  if (failed(verifyAnnType(emitError, type, what)))
    return failure();
  if (isHashable(type))
    return success();
  return emitError() << what << " " << type << " is not hashable";
}

/// Checks that `members` is non-empty, sorted and unique, and that every
/// member is accepted by `isMember`.
static LogicalResult verifyMembers(EmitErrorFn emitError, ArrayAttr members,
                                   StringRef what,
                                   function_ref<bool(Attribute)> isMember,
                                   StringRef expected) {
  if (members.empty())
    return emitError() << what << " must not be empty (use !ann.impossible)";
  for (Attribute member : members)
    if (!isMember(member))
      return emitError() << what << " member " << member << " is not "
                         << expected;
  for (auto [prev, next] : llvm::zip(members, members.getValue().drop_front()))
    if (!(memberKey(prev) < memberKey(next)))
      return emitError() << what
                         << " members must be sorted (symbols, then "
                            "built-ins, by name) and unique, but "
                         << prev << " precedes " << next;
  return success();
}

LogicalResult TupleType::verify(EmitErrorFn emitError,
                                ArrayRef<Type> elementTypes) {
  for (Type type : elementTypes)
    if (failed(verifyAnnType(emitError, type, "tuple element type")))
      return failure();
  return success();
}

LogicalResult ListType::verify(EmitErrorFn emitError, Type elementType,
                               bool fixed, bool mutated, bool nullable) {
  return verifyAnnType(emitError, elementType, "list element type");
}

LogicalResult DictType::verify(EmitErrorFn emitError, Type keyType,
                               Type valueType, bool nullable) {
  if (failed(verifyKeyType(emitError, keyType, "dict key type")))
    return failure();
  return verifyAnnType(emitError, valueType, "dict value type");
}

LogicalResult SetType::verify(EmitErrorFn emitError, Type elementType,
                              bool nullable) {
  return verifyKeyType(emitError, elementType, "set element type");
}

LogicalResult InstanceType::verify(EmitErrorFn emitError, Attribute classRef,
                                   bool nullable) {
  if (isa<FlatSymbolRefAttr, rpy::flow::BuiltinAttr>(classRef))
    return success();
  return emitError() << "instance class must be a flow.class symbol or a "
                        "#flow.builtin class, not "
                     << classRef;
}

LogicalResult PbcType::verify(EmitErrorFn emitError, ArrayAttr members,
                              bool nullable) {
  return verifyMembers(
      emitError, members, "PBC set",
      [](Attribute member) {
        return isa<FlatSymbolRefAttr, rpy::flow::BuiltinAttr>(member);
      },
      "a symbol or a #flow.builtin");
}

LogicalResult MethodType::verify(EmitErrorFn emitError, ArrayAttr functions,
                                 Type selfType) {
  if (failed(verifyMembers(
          emitError, functions, "method set",
          [](Attribute member) { return isa<FlatSymbolRefAttr>(member); },
          "a flow.func symbol")))
    return failure();
  // A class method is bound to its class: a PBC of classes.
  auto self = dyn_cast<InstanceType>(selfType);
  auto cls = dyn_cast<PbcType>(selfType);
  if ((!self || self.getNullable()) && (!cls || cls.getNullable()))
    return emitError() << "method self type must be a non-nullable "
                          "!ann.instance or !ann.pbc, not "
                       << selfType;
  return success();
}

//===----------------------------------------------------------------------===//
// IterType
//===----------------------------------------------------------------------===//

/// The items of iterating `container` as `kind`, or null if that is not
/// supported (see the table in AnnTypes.td).
static Type iterItemType(Type container, IterKind kind) {
  MLIRContext *context = container.getContext();
  // The single-character items of a str or char.
  auto chars = [&]() -> Type {
    bool noNul = TypeSwitch<Type, bool>(container)
                     .Case([](StrType str) { return str.getNoNul(); })
                     .Case([](CharType chr) { return chr.getNoNul(); })
                     .Default(false);
    return CharType::get(context, noNul);
  };
  // The items of a sequence walked forward or backward.
  auto sequenceItems = [&]() -> Type {
    if (auto list = dyn_cast<ListType>(container))
      return list.getElementType();
    if (isa<StrType, CharType>(container))
      return chars();
    return nullptr;
  };
  switch (kind) {
  case IterKind::Plain:
    if (auto set = dyn_cast<SetType>(container))
      return set.getElementType();
    if (auto dict = dyn_cast<DictType>(container))
      return dict.getKeyType();
    return sequenceItems();
  case IterKind::Range:
    return isa<IntType>(container) ? container : nullptr;
  case IterKind::Values:
    if (auto dict = dyn_cast<DictType>(container))
      return dict.getValueType();
    return nullptr;
  case IterKind::Items:
    if (auto dict = dyn_cast<DictType>(container))
      return TupleType::get(context, {dict.getKeyType(), dict.getValueType()});
    return nullptr;
  case IterKind::Reversed:
    return sequenceItems();
  case IterKind::Enumerate:
    if (Type item = sequenceItems())
      return TupleType::get(
          context, {IntType::get(context, /*nonneg=*/true, false), item});
    return nullptr;
  }
  llvm_unreachable("unknown IterKind");
}

Type IterType::getItemType() const {
  return iterItemType(getContainerType(), getKind());
}

LogicalResult IterType::verify(EmitErrorFn emitError, Type containerType,
                               IterKind kind) {
  if (failed(verifyAnnType(emitError, containerType, "iterator container")))
    return failure();
  if (iterItemType(containerType, kind))
    return success();
  InFlightDiagnostic diag = emitError()
                            << "cannot iterate over " << containerType;
  if (kind != IterKind::Plain)
    diag << " as '" << stringifyIterKind(kind) << "'";
  return diag;
}

} // namespace rpy::ann
