//===- LLTypeOps.cpp - Operations of the lltype dialect -------------------===//

#include "dialects/lltype/LLTypeOps.h"

#include "dialects/common/CatchHandlers.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/FunctionImplementation.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::lltype;
// lltype's Float, not MLIR's builtin FloatType.
using rpy::lltype::FloatType;

bool lltype::isPrimitive(Type type) {
  return isa<SignedType, UnsignedType, FloatType, CharType, BoolType>(type);
}

/// Whether `type` can be stored in a field, an array item or a variable:
/// primitives, pointers and function pointers.
static bool isStorable(Type type) {
  return isPrimitive(type) || isa<PtrType, FuncPtrType>(type);
}

//===----------------------------------------------------------------------===//
// Container definitions
//===----------------------------------------------------------------------===//

/// `@name gc (a: T, b: U)`.
ParseResult StructOp::parse(OpAsmParser &parser, OperationState &result) {
  StringAttr name;
  if (parser.parseSymbolName(name, getSymNameAttrName(result.name),
                             result.attributes))
    return failure();
  if (succeeded(parser.parseOptionalKeyword("gc")))
    result.addAttribute(getGcAttrName(result.name),
                        parser.getBuilder().getUnitAttr());
  SmallVector<Attribute> names, types;
  if (parser.parseCommaSeparatedList(
          OpAsmParser::Delimiter::Paren, [&]() -> ParseResult {
            std::string field;
            Type type;
            if (parser.parseKeywordOrString(&field) || parser.parseColon() ||
                parser.parseType(type))
              return failure();
            names.push_back(parser.getBuilder().getStringAttr(field));
            types.push_back(TypeAttr::get(type));
            return success();
          }))
    return failure();
  result.addAttribute(getFieldNamesAttrName(result.name),
                      parser.getBuilder().getArrayAttr(names));
  result.addAttribute(getFieldTypesAttrName(result.name),
                      parser.getBuilder().getArrayAttr(types));
  return parser.parseOptionalAttrDict(result.attributes);
}

void StructOp::print(OpAsmPrinter &printer) {
  printer << ' ';
  printer.printSymbolName(getSymName());
  if (getGc())
    printer << " gc";
  printer << " (";
  llvm::interleaveComma(
      llvm::zip(getFieldNames(), getFieldTypes()), printer, [&](auto field) {
        printer.printKeywordOrString(
            cast<StringAttr>(std::get<0>(field)).getValue());
        printer << ": " << cast<TypeAttr>(std::get<1>(field)).getValue();
      });
  printer << ')';
  printer.printOptionalAttrDict((*this)->getAttrs(),
                                {getSymNameAttrName(), getGcAttrName(),
                                 getFieldNamesAttrName(),
                                 getFieldTypesAttrName()});
}

LogicalResult StructOp::verify() {
  if (getFieldNames().size() != getFieldTypes().size())
    return emitOpError("has ") << getFieldNames().size() << " field name(s) but "
                               << getFieldTypes().size() << " type(s)";
  llvm::StringSet<> seen;
  size_t count = getFieldTypes().size();
  for (auto [index, name, typeAttr] :
       llvm::enumerate(getFieldNames(), getFieldTypes())) {
    StringRef field = cast<StringAttr>(name).getValue();
    if (!seen.insert(field).second)
      return emitOpError("has two fields named '") << field << "'";
    auto type = dyn_cast<TypeAttr>(typeAttr);
    if (!type)
      return emitOpError("field '") << field << "' has no type";
    Type fieldType = type.getValue();
    if (auto array = dyn_cast<ArrayType>(fieldType)) {
      if (index + 1 != count)
        return emitOpError("inline array field '")
               << field << "' must be the last field";
      if (!isStorable(array.getItemType()))
        return emitOpError("inline array field '")
               << field << "' has items of type " << array.getItemType();
      continue;
    }
    if (!isStorable(fieldType) && !isa<InlineType>(fieldType))
      return emitOpError("field '")
             << field << "' has type " << fieldType
             << ", which a struct cannot hold";
  }
  return success();
}

std::optional<unsigned> StructOp::getFieldIndex(StringRef name) {
  for (auto [index, field] : llvm::enumerate(getFieldNames()))
    if (cast<StringAttr>(field).getValue() == name)
      return index;
  return std::nullopt;
}

Type StructOp::getFieldType(StringRef name) {
  std::optional<unsigned> index = getFieldIndex(name);
  if (!index)
    return nullptr;
  return cast<TypeAttr>(getFieldTypes()[*index]).getValue();
}

bool StructOp::isVarSize() {
  return !getFieldTypes().empty() &&
         isa<ArrayType>(cast<TypeAttr>(getFieldTypes().getValue().back())
                            .getValue());
}

LogicalResult ArrayOp::verify() {
  Type item = getItemType();
  if (!isStorable(item) && !isa<InlineType>(item))
    return emitOpError("items of type ")
           << item << " cannot be stored in an array";
  return success();
}

/// The `lltype.struct` or `lltype.array` named `ref`, or null.
static Operation *lookupContainer(SymbolTableCollection &symbols,
                                  Operation *from, FlatSymbolRefAttr ref) {
  Operation *target = symbols.lookupNearestSymbolFrom(from, ref);
  return isa_and_nonnull<StructOp, ArrayOp>(target) ? target : nullptr;
}

/// Checks that the containers a field or item type names exist: a struct
/// embedded by value, the target of a pointer. `what` names the place.
static LogicalResult verifyNamedTypes(Operation *op,
                                      SymbolTableCollection &symbols,
                                      Type type, const Twine &what) {
  if (auto array = dyn_cast<ArrayType>(type))
    type = array.getItemType();
  if (auto inlined = dyn_cast<InlineType>(type)) {
    auto target =
        symbols.lookupNearestSymbolFrom<StructOp>(op, inlined.getTarget());
    if (!target)
      return op->emitOpError()
             << what << " embeds " << inlined.getTarget()
             << ", which is not an lltype.struct";
  }
  if (auto ptr = dyn_cast<PtrType>(type);
      ptr && !lookupContainer(symbols, op, ptr.getTarget()))
    return op->emitOpError()
           << what << " points to " << ptr.getTarget()
           << ", which is not an lltype.struct or lltype.array";
  return success();
}

LogicalResult StructOp::verifySymbolUses(SymbolTableCollection &symbols) {
  for (auto [name, type] : llvm::zip(getFieldNames(), getFieldTypes()))
    if (failed(verifyNamedTypes(
            *this, symbols, cast<TypeAttr>(type).getValue(),
            "field '" + cast<StringAttr>(name).getValue() + "'")))
      return failure();
  // A struct cannot contain itself by value, directly or through others.
  SmallVector<StructOp> worklist{*this};
  llvm::DenseSet<Operation *> seen;
  while (!worklist.empty()) {
    StructOp current = worklist.pop_back_val();
    for (Attribute type : current.getFieldTypes()) {
      auto inlined = dyn_cast<InlineType>(cast<TypeAttr>(type).getValue());
      if (!inlined)
        continue;
      auto inner = symbols.lookupNearestSymbolFrom<StructOp>(
          *this, inlined.getTarget());
      if (inner == *this)
        return emitOpError("contains itself by value (through ")
               << FlatSymbolRefAttr::get(current.getSymNameAttr()) << ")";
      if (inner && seen.insert(inner).second)
        worklist.push_back(inner);
    }
  }
  return success();
}

LogicalResult ArrayOp::verifySymbolUses(SymbolTableCollection &symbols) {
  return verifyNamedTypes(*this, symbols, getItemType(), "the item type");
}

//===----------------------------------------------------------------------===//
// Prebuilt data
//===----------------------------------------------------------------------===//

namespace {
/// Checks the contents of `lltype.global` against its type, recursively
/// (bounded by the nesting of struct definitions, which a verifier of
/// well-formed definitions keeps finite).
struct GlobalChecker {
  GlobalOp global;
  SymbolTableCollection symbols;
  unsigned depth = 0;

  LogicalResult error(const Twine &message) {
    return global.emitOpError() << message;
  }

  LogicalResult checkValue(Type type, Attribute value, const Twine &where) {
    if (isa<SignedType, UnsignedType, CharType>(type))
      return isa<IntegerAttr>(value)
                 ? success()
                 : error(where + " must be an integer, not " +
                         debugString(value));
    if (isa<BoolType>(type))
      return isa<BoolAttr, IntegerAttr>(value)
                 ? success()
                 : error(where + " must be a bool");
    if (isa<lltype::FloatType>(type))
      return isa<FloatAttr>(value) ? success()
                                   : error(where + " must be a float");
    if (isa<PtrType, FuncPtrType>(type)) {
      if (isa<UnitAttr>(value))
        return success();
      auto ref = dyn_cast<FlatSymbolRefAttr>(value);
      if (!ref || !symbols.lookupNearestSymbolFrom(global, ref))
        return error(where + " must be `unit` or a symbol defined in the "
                             "module, not " +
                     debugString(value));
      return success();
    }
    if (auto inlined = dyn_cast<InlineType>(type))
      return checkContainer(inlined.getTarget(), value, where);
    if (auto array = dyn_cast<ArrayType>(type))
      return checkItems(array.getItemType(), value, where);
    return error(where + " has type " + debugString(type) +
                 ", which has no prebuilt value");
  }

  LogicalResult checkItems(Type item, Attribute value, const Twine &where) {
    if (isa<StringAttr>(value))
      return isa<CharType>(item)
                 ? success()
                 : error(where + ": only arrays of chars take a string");
    auto items = dyn_cast<ArrayAttr>(value);
    if (!items)
      return error(where + " must be a list of items");
    for (auto [index, itemValue] : llvm::enumerate(items))
      if (failed(checkValue(item, itemValue, where + "[" + Twine(index) + "]")))
        return failure();
    return success();
  }

  LogicalResult checkContainer(FlatSymbolRefAttr ref, Attribute value,
                               const Twine &where) {
    if (++depth > 64)
      return error(where + " nests structs too deeply");
    Operation *target = lookupContainer(symbols, global, ref);
    if (!target)
      return error(where + ": " + debugString(ref) +
                   " is not an lltype.struct or lltype.array");
    if (auto array = dyn_cast<ArrayOp>(target))
      return checkItems(array.getItemType(), value, where);
    auto structOp = cast<StructOp>(target);
    auto fields = dyn_cast<ArrayAttr>(value);
    if (!fields || fields.size() != structOp.getFieldTypes().size())
      return error(where + " must list the " +
                   Twine(structOp.getFieldTypes().size()) + " field(s) of " +
                   debugString(ref));
    for (auto [name, typeAttr, fieldValue] :
         llvm::zip(structOp.getFieldNames(), structOp.getFieldTypes(),
                   fields))
      if (failed(checkValue(cast<TypeAttr>(typeAttr).getValue(), fieldValue,
                            where + "." + cast<StringAttr>(name).getValue())))
        return failure();
    --depth;
    return success();
  }

  static std::string debugString(Attribute attr) {
    std::string text;
    llvm::raw_string_ostream os(text);
    os << attr;
    return text;
  }
  static std::string debugString(Type type) {
    std::string text;
    llvm::raw_string_ostream os(text);
    os << type;
    return text;
  }
};
} // namespace

LogicalResult GlobalOp::verify() {
  GlobalChecker checker{*this, {}};
  return checker.checkContainer(getTypeAttr(), getValue(), "the value");
}

//===----------------------------------------------------------------------===//
// Functions
//===----------------------------------------------------------------------===//

ParseResult FuncOp::parse(OpAsmParser &parser, OperationState &result) {
  auto buildFuncType = [](Builder &builder, ArrayRef<Type> argTypes,
                          ArrayRef<Type> results,
                          function_interface_impl::VariadicFlag,
                          std::string &) {
    return builder.getFunctionType(argTypes, results);
  };
  return function_interface_impl::parseFunctionOp(
      parser, result, /*allowVariadic=*/false,
      getFunctionTypeAttrName(result.name), buildFuncType,
      getArgAttrsAttrName(result.name), getResAttrsAttrName(result.name));
}

void FuncOp::print(OpAsmPrinter &printer) {
  function_interface_impl::printFunctionOp(
      printer, *this, /*isVariadic=*/false, getFunctionTypeAttrName(),
      getArgAttrsAttrName(), getResAttrsAttrName());
}

LogicalResult FuncOp::verify() {
  FunctionType type = getFunctionType();
  if (type.getNumResults() > 1)
    return emitOpError("returns at most one value, not ")
           << type.getNumResults();
  for (Type input : type.getInputs())
    if (!isStorable(input) && !isa<VoidType>(input))
      return emitOpError("takes a parameter of type ")
             << input << ", which is not an lltype value";
  for (Type output : type.getResults())
    if (!isStorable(output))
      return emitOpError("returns a value of type ")
             << output << " (Void functions return nothing)";
  // FunctionOpInterface checks the entry block's arguments.
  return success();
}

LogicalResult ReturnOp::verify() {
  auto func = (*this)->getParentOfType<FuncOp>();
  ArrayRef<Type> results = func.getFunctionType().getResults();
  if (results.empty() != !getValue())
    return emitOpError(results.empty()
                           ? "returns a value from a function returning nothing"
                           : "must return a value");
  if (getValue() && getValue().getType() != results.front())
    return emitOpError("returns ")
           << getValue().getType() << " from a function returning "
           << results.front();
  return success();
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

/// `42 : !lltype.signed`, `2.5 : !lltype.float`, `true : !lltype.bool`,
/// `unit : !lltype.void`. The value is stored as an i64 integer, a bool, an
/// f64 float or unit; a hexadecimal integer given for a float is its bits.
ParseResult ConstantOp::parse(OpAsmParser &parser, OperationState &result) {
  Builder &builder = parser.getBuilder();
  Attribute value;
  APInt integer;
  double number;
  if (succeeded(parser.parseOptionalKeyword("true")))
    value = builder.getBoolAttr(true);
  else if (succeeded(parser.parseOptionalKeyword("false")))
    value = builder.getBoolAttr(false);
  else if (succeeded(parser.parseOptionalKeyword("unit")))
    value = builder.getUnitAttr();
  else {
    // The sign first: after it, either an integer or a float follows.
    bool negative = succeeded(parser.parseOptionalMinus());
    if (OptionalParseResult parsed = parser.parseOptionalInteger(integer);
        parsed.has_value()) {
      if (failed(*parsed))
        return failure();
      int64_t magnitude = integer.getSExtValue();
      value = builder.getI64IntegerAttr(
          negative ? static_cast<int64_t>(0 - static_cast<uint64_t>(magnitude))
                   : magnitude);
    } else if (succeeded(parser.parseFloat(number))) {
      value = builder.getF64FloatAttr(negative ? -number : number);
    } else {
      return failure();
    }
  }
  Type type;
  if (parser.parseOptionalAttrDict(result.attributes) || parser.parseColon() ||
      parser.parseType(type))
    return failure();
  if (auto bits = dyn_cast<IntegerAttr>(value); bits && isa<FloatType>(type))
    value = builder.getF64FloatAttr(
        llvm::bit_cast<double>(bits.getValue().getZExtValue()));
  result.addAttribute(getValueAttrName(result.name), value);
  result.addTypes(type);
  return success();
}

void ConstantOp::print(OpAsmPrinter &printer) {
  printer << ' ';
  if (isa<UnitAttr>(getValue()))
    printer << "unit";
  else
    printer.printAttributeWithoutType(getValue());
  printer.printOptionalAttrDict((*this)->getAttrs(), {getValueAttrName()});
  printer << " : " << getType();
}

LogicalResult ConstantOp::verify() {
  Type type = getType();
  Attribute value = getValue();
  bool ok =
      TypeSwitch<Type, bool>(type)
          .Case<SignedType, UnsignedType, CharType>([&](Type) {
            auto integer = dyn_cast<IntegerAttr>(value);
            return integer && !isa<BoolAttr>(value);
          })
          .Case([&](BoolType) { return isa<BoolAttr>(value); })
          .Case([&](FloatType) { return isa<FloatAttr>(value); })
          .Case([&](VoidType) { return isa<UnitAttr>(value); })
          .Default([](Type) { return false; });
  if (!ok)
    return emitOpError("value ") << value << " is not a constant of type "
                                 << type;
  if (auto integer = dyn_cast<IntegerAttr>(value);
      integer && isa<CharType>(type) &&
      (integer.getValue().getSExtValue() < 0 ||
       integer.getValue().getSExtValue() > 255))
    return emitOpError("char constant ")
           << integer.getValue().getSExtValue() << " is not in 0..255";
  return success();
}

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

OpFoldResult NullOp::fold(FoldAdaptor) { return UnitAttr::get(getContext()); }

LogicalResult
AddressOfOp::verifySymbolUses(SymbolTableCollection &symbols) {
  Operation *target = symbols.lookupNearestSymbolFrom(*this, getSymbolAttr());
  Type type = getType();
  if (auto global = dyn_cast_or_null<GlobalOp>(target)) {
    auto ptr = dyn_cast<PtrType>(type);
    if (!ptr || ptr.getTarget() != global.getTypeAttr())
      return emitOpError("the address of ")
             << getSymbolAttr() << " is a "
             << PtrType::get(getContext(), global.getTypeAttr()) << ", not "
             << type;
    return success();
  }
  if (auto func = dyn_cast_or_null<FuncOp>(target)) {
    auto funcPtr = dyn_cast<FuncPtrType>(type);
    if (!funcPtr || funcPtr.getSignature() != func.getFunctionType())
      return emitOpError("the address of ")
             << getSymbolAttr() << " is a "
             << FuncPtrType::get(getContext(), func.getFunctionType())
             << ", not " << type;
    return success();
  }
  return emitOpError("refers to ")
         << getSymbolAttr() << ", which is not an lltype.global or lltype.func";
}

//===----------------------------------------------------------------------===//
// Memory
//===----------------------------------------------------------------------===//

/// Checks that `ptr` points to a GC container, variable-sized or not as
/// `varsize` says.
static LogicalResult verifyAllocation(Operation *op,
                                      SymbolTableCollection &symbols,
                                      PtrType ptr, bool varsize) {
  Operation *target = lookupContainer(symbols, op, ptr.getTarget());
  if (!target)
    return op->emitOpError("allocates ")
           << ptr.getTarget() << ", which is not an lltype.struct or array";
  auto structOp = dyn_cast<StructOp>(target);
  bool gc = structOp ? structOp.getGc() : cast<ArrayOp>(target).getGc();
  if (!gc)
    return op->emitOpError("allocates ")
           << ptr.getTarget() << ", which is not a GC container";
  bool isVarSize = !structOp || structOp.isVarSize();
  if (isVarSize != varsize)
    return op->emitOpError() << ptr.getTarget() << " is "
                             << (isVarSize ? "" : "not ")
                             << "variable-sized: use lltype."
                             << (isVarSize ? "malloc_varsize" : "malloc");
  return success();
}

LogicalResult MallocOp::verifySymbolUses(SymbolTableCollection &symbols) {
  return verifyAllocation(*this, symbols, getType(), /*varsize=*/false);
}

LogicalResult
MallocVarsizeOp::verifySymbolUses(SymbolTableCollection &symbols) {
  return verifyAllocation(*this, symbols, getType(), /*varsize=*/true);
}

/// The type of the field `field` of the struct `object` points to, which
/// must be a primitive or a pointer; null after an error.
static Type fieldType(Operation *op, SymbolTableCollection &symbols,
                      Value object, StringRef field) {
  auto ptr = cast<PtrType>(object.getType());
  auto structOp = symbols.lookupNearestSymbolFrom<StructOp>(op, ptr.getTarget());
  if (!structOp) {
    op->emitOpError() << ptr.getTarget() << " is not an lltype.struct";
    return nullptr;
  }
  Type type = structOp.getFieldType(field);
  if (!type) {
    op->emitOpError() << ptr.getTarget() << " has no field '" << field << "'";
    return nullptr;
  }
  if (!isStorable(type)) {
    op->emitOpError("field '")
        << field << "' of " << ptr.getTarget() << " has type " << type
        << ": read it with "
        << (isa<ArrayType>(type) ? "lltype.getarrayitem" : "lltype.cast_pointer");
    return nullptr;
  }
  return type;
}

LogicalResult GetFieldOp::verifySymbolUses(SymbolTableCollection &symbols) {
  Type type = fieldType(*this, symbols, getObject(), getField());
  if (!type)
    return failure();
  if (type != getType())
    return emitOpError("field '")
           << getField() << "' has type " << type << ", not " << getType();
  return success();
}

LogicalResult SetFieldOp::verifySymbolUses(SymbolTableCollection &symbols) {
  Type type = fieldType(*this, symbols, getObject(), getField());
  if (!type)
    return failure();
  if (type != getValue().getType())
    return emitOpError("field '") << getField() << "' has type " << type
                                  << ", not " << getValue().getType();
  return success();
}

/// The item type of the array `object` points to, or of its inline array
/// `field`; null after an error.
static Type itemType(Operation *op, SymbolTableCollection &symbols,
                     Value object, std::optional<StringRef> field,
                     bool readWhole = true) {
  auto ptr = cast<PtrType>(object.getType());
  Operation *target = lookupContainer(symbols, op, ptr.getTarget());
  Type item;
  if (auto array = dyn_cast_or_null<ArrayOp>(target)) {
    if (field) {
      op->emitOpError() << ptr.getTarget() << " is an array, with no field '"
                        << *field << "'";
      return nullptr;
    }
    item = array.getItemType();
  } else if (auto structOp = dyn_cast_or_null<StructOp>(target)) {
    auto array = field ? dyn_cast_or_null<ArrayType>(
                             structOp.getFieldType(*field))
                       : ArrayType();
    if (!array) {
      op->emitOpError() << ptr.getTarget() << " has no inline array "
                        << (field ? "'" + field->str() + "'"
                                  : std::string("(name the field)"));
      return nullptr;
    }
    item = array.getItemType();
  } else {
    op->emitOpError() << ptr.getTarget()
                      << " is not an lltype.struct or lltype.array";
    return nullptr;
  }
  if (readWhole && !isStorable(item)) {
    op->emitOpError("items of ")
        << ptr.getTarget() << " have type " << item
        << ", which is not read or written whole";
    return nullptr;
  }
  return item;
}

/// `[%i]` for an array, `["chars", %i]` for a struct's inline array.
static ParseResult parseArrayIndex(OpAsmParser &parser, StringAttr &field,
                                   OpAsmParser::UnresolvedOperand &index) {
  if (parser.parseLSquare())
    return failure();
  std::string name;
  if (succeeded(parser.parseOptionalString(&name))) {
    field = parser.getBuilder().getStringAttr(name);
    if (parser.parseComma())
      return failure();
  }
  return failure(parser.parseOperand(index) || parser.parseRSquare());
}

static void printArrayIndex(OpAsmPrinter &printer, Operation *,
                            StringAttr field, Value index) {
  printer << '[';
  if (field) {
    printer.printAttributeWithoutType(field);
    printer << ", ";
  }
  printer << index << ']';
}

LogicalResult
GetArrayItemOp::verifySymbolUses(SymbolTableCollection &symbols) {
  Type item = itemType(*this, symbols, getObject(), getField());
  if (!item)
    return failure();
  if (item != getType())
    return emitOpError("items have type ") << item << ", not " << getType();
  return success();
}

LogicalResult
SetArrayItemOp::verifySymbolUses(SymbolTableCollection &symbols) {
  Type item = itemType(*this, symbols, getObject(), getField());
  if (!item)
    return failure();
  if (item != getValue().getType())
    return emitOpError("items have type ")
           << item << ", not " << getValue().getType();
  return success();
}

LogicalResult
GetArraySizeOp::verifySymbolUses(SymbolTableCollection &symbols) {
  // The length of any array, its items structs or not.
  return success(itemType(*this, symbols, getObject(), getField(),
                          /*readWhole=*/false) != nullptr);
}

/// The type of field `field` of the struct items of the array `object`
/// points to; null after an error.
static Type interiorFieldType(Operation *op, SymbolTableCollection &symbols,
                              Value object, StringRef field) {
  auto ptr = cast<PtrType>(object.getType());
  auto array = symbols.lookupNearestSymbolFrom<ArrayOp>(op, ptr.getTarget());
  auto item = array ? dyn_cast<InlineType>(array.getItemType()) : InlineType();
  auto structOp =
      item ? symbols.lookupNearestSymbolFrom<StructOp>(op, item.getTarget())
           : StructOp();
  if (!structOp) {
    op->emitOpError() << ptr.getTarget()
                      << " is not an lltype.array of structs";
    return nullptr;
  }
  Type type = structOp.getFieldType(field);
  if (!type || !isStorable(type)) {
    op->emitOpError() << item.getTarget() << " has no field '" << field
                      << "' to read or write whole";
    return nullptr;
  }
  return type;
}

LogicalResult
GetInteriorFieldOp::verifySymbolUses(SymbolTableCollection &symbols) {
  Type type = interiorFieldType(*this, symbols, getObject(), getField());
  if (!type)
    return failure();
  if (type != getType())
    return emitOpError("field '")
           << getField() << "' has type " << type << ", not " << getType();
  return success();
}

LogicalResult
SetInteriorFieldOp::verifySymbolUses(SymbolTableCollection &symbols) {
  Type type = interiorFieldType(*this, symbols, getObject(), getField());
  if (!type)
    return failure();
  if (type != getValue().getType())
    return emitOpError("field '") << getField() << "' has type " << type
                                  << ", not " << getValue().getType();
  return success();
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

LogicalResult
DirectCallOp::verifySymbolUses(SymbolTableCollection &symbols) {
  auto func = symbols.lookupNearestSymbolFrom<FuncOp>(*this, getCalleeAttr());
  if (!func)
    return emitOpError("calls ")
           << getCalleeAttr() << ", which is not an lltype.func";
  FunctionType type = func.getFunctionType();
  if (!llvm::equal(type.getInputs(), getArgs().getTypes()) ||
      !llvm::equal(type.getResults(), getResultTypes()))
    return emitOpError("calls ")
           << getCalleeAttr() << " of type " << type << " with "
           << FunctionType::get(getContext(), getArgs().getTypes(),
                                getResultTypes());
  return success();
}

/// The function pointer's type, which gives the argument and result types.
static ParseResult parseSignatureTypes(OpAsmParser &parser, Type &callee,
                                       SmallVectorImpl<Type> &args,
                                       SmallVectorImpl<Type> &results) {
  FuncPtrType funcPtr;
  if (parser.parseType(funcPtr))
    return failure();
  callee = funcPtr;
  llvm::append_range(args, funcPtr.getSignature().getInputs());
  llvm::append_range(results, funcPtr.getSignature().getResults());
  return success();
}

static void printSignatureTypes(OpAsmPrinter &printer, Operation *,
                                Type callee, TypeRange, TypeRange) {
  printer << callee;
}

LogicalResult IndirectCallOp::verify() {
  FunctionType type = getCallee().getType().getSignature();
  if (!llvm::equal(type.getInputs(), getArgs().getTypes()) ||
      !llvm::equal(type.getResults(), getResultTypes()))
    return emitOpError("calls a function of type ")
           << type << " with "
           << FunctionType::get(getContext(), getArgs().getTypes(),
                                getResultTypes());
  return success();
}

static LogicalResult verifySlot(Operation *op, int64_t slot, int64_t slots) {
  if (slot < 0 || slot >= slots)
    return op->emitOpError("slot ")
           << slot << " is not in a frame of " << slots << " slot(s)";
  return success();
}

LogicalResult GcSaveRootOp::verify() {
  return verifySlot(*this, getSlot(), getSlots());
}

LogicalResult GcLoadRootOp::verify() {
  return verifySlot(*this, getSlot(), getSlots());
}

//===----------------------------------------------------------------------===//
// Terminators
//===----------------------------------------------------------------------===//

SuccessorOperands BrOp::getSuccessorOperands(unsigned) {
  return SuccessorOperands(getDestOperandsMutable());
}

Block *BrOp::getSuccessorForOperands(ArrayRef<Attribute>) { return getDest(); }

SuccessorOperands CondBrOp::getSuccessorOperands(unsigned index) {
  return SuccessorOperands(index == 0 ? getTrueDestOperandsMutable()
                                      : getFalseDestOperandsMutable());
}

Block *CondBrOp::getSuccessorForOperands(ArrayRef<Attribute> operands) {
  if (auto value = dyn_cast_or_null<BoolAttr>(operands.front()))
    return value.getValue() ? getTrueDest() : getFalseDest();
  return nullptr;
}

SuccessorOperands CatchOp::getSuccessorOperands(unsigned index) {
  if (index == 0)
    return SuccessorOperands(getNormalOperandsMutable());
  // A handler receives the caught exception as its first block argument.
  return SuccessorOperands(/*producedOperandCount=*/1,
                           getHandlerOperandsMutable()[index - 1]);
}

LogicalResult CatchOp::verify() {
  Operation *raising = getOperation()->getPrevNode();
  if (!raising || !raising->hasTrait<OpTrait::CanRaise>())
    return emitOpError("must follow an operation that can raise");
  if (getExceptionClasses().size() != getHandlers().size())
    return emitOpError("has ")
           << getExceptionClasses().size() << " exception class(es) for "
           << getHandlers().size() << " handler(s)";
  if (getHandlers().empty())
    return emitOpError("needs at least one handler");
  for (auto [cls, handler] : llvm::zip(getExceptionClasses(), getHandlers())) {
    if (!isa<FlatSymbolRefAttr>(cls))
      return emitOpError("exception class ") << cls << " is not a vtable";
    if (handler->getNumArguments() == 0 ||
        !isa<PtrType>(handler->getArgument(0).getType()))
      return emitOpError("handler block must take the exception (a pointer) "
                         "as its first argument");
  }
  return success();
}

LogicalResult CatchOp::verifySymbolUses(SymbolTableCollection &symbols) {
  for (Attribute cls : getExceptionClasses())
    if (!symbols.lookupNearestSymbolFrom<GlobalOp>(
            *this, cast<FlatSymbolRefAttr>(cls)))
      return emitOpError("exception class ")
             << cls << " is not an lltype.global (a vtable)";
  return success();
}

#define GET_OP_CLASSES
#include "dialects/lltype/LLTypeOps.cpp.inc"

Value rpy::lltype::buildZero(OpBuilder &builder, Location loc, Type type) {
  if (isa<PtrType, FuncPtrType>(type))
    return NullOp::create(builder, loc, type);
  if (isa<FloatType>(type))
    return ConstantOp::create(builder, loc, type, builder.getF64FloatAttr(0));
  if (isa<BoolType>(type))
    return ConstantOp::create(builder, loc, type, builder.getBoolAttr(false));
  if (isa<VoidType>(type))
    return ConstantOp::create(builder, loc, type, builder.getUnitAttr());
  return ConstantOp::create(builder, loc, type, builder.getI64IntegerAttr(0));
}
