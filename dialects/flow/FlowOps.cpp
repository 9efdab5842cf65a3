//===- FlowOps.cpp - Operations of the flow dialect -----------------------===//

#include "dialects/flow/FlowOps.h"
#include "dialects/flow/Links.h"
#include "dialects/common/CatchHandlers.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/FunctionImplementation.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::flow;

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

bool rpy::flow::isConstantValue(Attribute attr) {
  // Tuples nest; walk them with a worklist (no recursion on user data).
  SmallVector<Attribute> worklist{attr};
  while (!worklist.empty()) {
    Attribute a = worklist.pop_back_val();
    if (auto array = dyn_cast<ArrayAttr>(a)) {
      llvm::append_range(worklist, array.getValue());
      continue;
    }
    if (!isa<IntegerAttr, FloatAttr, BoolAttr, StringAttr, NoneAttr,
             BuiltinAttr, SymbolRefAttr>(a))
      return false;
  }
  return true;
}

static bool isObj(Type type) { return isa<ObjType>(type); }

ParseResult rpy::flow::parseSimpleOp(OpAsmParser &parser,
                                     OperationState &result,
                                     unsigned numResults,
                                     bool parenOperands) {
  SmallVector<OpAsmParser::UnresolvedOperand> operands;
  auto delimiter = parenOperands ? OpAsmParser::Delimiter::Paren
                                 : OpAsmParser::Delimiter::None;
  if (parser.parseOperandList(operands, delimiter) ||
      parser.parseOptionalAttrDict(result.attributes))
    return failure();

  Type obj = ObjType::get(parser.getContext());
  SmallVector<Type> operandTypes(operands.size(), obj);
  SmallVector<Type> resultTypes(numResults, obj);
  if (succeeded(parser.parseOptionalColon())) {
    llvm::SMLoc typeLoc = parser.getCurrentLocation();
    FunctionType type;
    if (parser.parseType(type))
      return failure();
    if (type.getNumInputs() != operands.size() ||
        type.getNumResults() != numResults)
      return parser.emitError(typeLoc)
             << "expected " << operands.size() << " operand type(s) and "
             << numResults << " result type(s)";
    operandTypes.assign(type.getInputs().begin(), type.getInputs().end());
    resultTypes.assign(type.getResults().begin(), type.getResults().end());
  }
  if (parser.resolveOperands(operands, operandTypes, parser.getNameLoc(),
                             result.operands))
    return failure();
  result.addTypes(resultTypes);
  return success();
}

void rpy::flow::printSimpleOp(OpAsmPrinter &printer, Operation *op,
                              bool parenOperands) {
  if (parenOperands)
    printer << '(' << op->getOperands() << ')';
  else
    printer << ' ' << op->getOperands();
  printer.printOptionalAttrDict(op->getAttrs());
  bool allObj = llvm::all_of(op->getOperandTypes(), isObj) &&
                llvm::all_of(op->getResultTypes(), isObj);
  if (!allObj)
    printer << " : "
            << FunctionType::get(op->getContext(), op->getOperandTypes(),
                                 op->getResultTypes());
}

/// `%v [: type]`, the type omitted when it is `!flow.obj`.
static ParseResult parseObjOperand(OpAsmParser &parser,
                                   OpAsmParser::UnresolvedOperand &operand,
                                   Type &type) {
  if (parser.parseOperand(operand))
    return failure();
  if (succeeded(parser.parseOptionalColon()))
    return parser.parseType(type);
  type = ObjType::get(parser.getContext());
  return success();
}

static void printObjOperand(OpAsmPrinter &printer, Operation *, Value operand,
                            Type type) {
  printer << operand;
  if (!isObj(type))
    printer << " : " << type;
}

/// `value [-> type]` for flow.constant: a colon after a literal would be
/// parsed as the literal's own type, hence the arrow.
static ParseResult parseConstantValue(OpAsmParser &parser, Attribute &value,
                                      Type &type) {
  if (parser.parseAttribute(value))
    return failure();
  if (succeeded(parser.parseOptionalArrow()))
    return parser.parseType(type);
  type = ObjType::get(parser.getContext());
  return success();
}

static void printConstantValue(OpAsmPrinter &printer, Operation *,
                               Attribute value, Type type) {
  // i64 and f64 are what bare literals parse as: leave them implicit.
  auto intValue = dyn_cast<IntegerAttr>(value);
  auto floatValue = dyn_cast<FloatAttr>(value);
  if ((intValue && intValue.getType().isSignlessInteger(64)) ||
      (floatValue && floatValue.getType().isF64()))
    printer.printAttributeWithoutType(value);
  else
    printer.printAttribute(value);
  if (!isObj(type))
    printer << " -> " << type;
}

//===----------------------------------------------------------------------===//
// FuncOp
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
  if (type.getNumResults() != 1)
    return emitOpError("must return exactly one value, not ")
           << type.getNumResults();
  if (getArgNames().size() != type.getNumInputs())
    return emitOpError("has ")
           << type.getNumInputs() << " parameter(s) but "
           << getArgNames().size() << " name(s) in 'arg_names'";
  if (auto defaults = getDefaults()) {
    if (defaults->size() > type.getNumInputs() - (getVararg() ? 1 : 0))
      return emitOpError("has more defaults than parameters");
    for (Attribute value : *defaults)
      if (!isConstantValue(value))
        return emitOpError("default ") << value << " is not a constant";
  }
  if (getVararg() && type.getNumInputs() == 0)
    return emitOpError("'vararg' needs a parameter to collect *args");
  if (getBody().empty())
    return emitOpError("must have a body");
  Block &entry = getBody().front();
  if (entry.getNumArguments() != type.getNumInputs())
    return emitOpError("entry block has ")
           << entry.getNumArguments() << " argument(s) but the function has "
           << type.getNumInputs() << " parameter(s)";
  for (auto [arg, expected] :
       llvm::zip(entry.getArgumentTypes(), type.getInputs()))
    if (arg != expected)
      return emitOpError("entry block argument type ")
             << arg << " differs from parameter type " << expected;
  return success();
}

void FuncOp::getAsmBlockArgumentNames(Region &region,
                                      OpAsmSetValueNameFn setNameFn) {
  if (region.empty())
    return;
  ArrayAttr names = getArgNames();
  for (auto [arg, name] : llvm::zip(region.front().getArguments(), names))
    setNameFn(arg, cast<StringAttr>(name).getValue());
}

//===----------------------------------------------------------------------===//
// ClassOp and PrebuiltOp
//===----------------------------------------------------------------------===//

LogicalResult ClassOp::verify() {
  for (Attribute base : getBases())
    if (!isa<FlatSymbolRefAttr, BuiltinAttr>(base))
      return emitOpError("base ") << base << " is not a class";
  for (NamedAttribute member : getMembers()) {
    Attribute value = member.getValue();
    if (!isConstantValue(value) &&
        !isa<StaticMethodAttr, ClassMethodAttr>(value))
      return emitOpError("member '")
             << member.getName().getValue() << "' is not a constant";
  }
  return success();
}

LogicalResult PrebuiltOp::verify() {
  StringRef kind = getKind();
  if (kind == "instance") {
    if (!getCls() || !getFields() || getItems())
      return emitOpError("an instance needs 'cls' and 'fields' only");
    if (!isa<FlatSymbolRefAttr, BuiltinAttr>(*getCls()))
      return emitOpError("'cls' must be a class, not ") << *getCls();
    for (NamedAttribute field : getFieldsAttr())
      if (!isConstantValue(field.getValue()))
        return emitOpError("field '")
               << field.getName().getValue() << "' is not a constant";
    return success();
  }
  if (kind != "list" && kind != "dict" && kind != "set")
    return emitOpError("unknown kind '")
           << kind << "' (expected instance, list, dict or set)";
  if (!getItems() || getCls() || getFields())
    return emitOpError("a ") << kind << " needs 'items' only";
  for (Attribute item : getItemsAttr()) {
    if (!isConstantValue(item))
      return emitOpError("item ") << item << " is not a constant";
    auto pair = dyn_cast<ArrayAttr>(item);
    if (kind == "dict" && (!pair || pair.size() != 2))
      return emitOpError("dict items must be [key, value] pairs");
  }
  return success();
}

//===----------------------------------------------------------------------===//
// ConstantOp
//===----------------------------------------------------------------------===//

LogicalResult ConstantOp::verify() {
  if (!isConstantValue(getValue()))
    return emitOpError("value ") << getValue() << " is not a constant";
  return success();
}

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

LogicalResult ConstantOp::verifySymbolUses(SymbolTableCollection &symbols) {
  auto ref = dyn_cast<FlatSymbolRefAttr>(getValue());
  if (!ref)
    return success();
  Operation *target = symbols.lookupNearestSymbolFrom(*this, ref);
  if (!target)
    return emitOpError("refers to undefined symbol ") << ref;
  if (!isa<FuncOp, ClassOp, PrebuiltOp>(target))
    return emitOpError("symbol ")
           << ref << " is not a function, class or prebuilt object";
  return success();
}

//===----------------------------------------------------------------------===//
// Other verifiers
//===----------------------------------------------------------------------===//

LogicalResult CallArgsOp::verify() {
  size_t needed = getKeywords().size() + (getStar() ? 1 : 0);
  if (getArgs().size() < needed)
    return emitOpError("has ")
           << getArgs().size() << " argument(s) but needs at least " << needed
           << " for its keywords and star argument";
  return success();
}

LogicalResult NewDictOp::verify() {
  if (getKeysAndValues().size() % 2 != 0)
    return emitOpError("needs an even number of operands (keys and values)");
  return success();
}

//===----------------------------------------------------------------------===//
// Terminators
//===----------------------------------------------------------------------===//

SuccessorOperands BrOp::getSuccessorOperands(unsigned) {
  return SuccessorOperands(getDestOperandsMutable());
}

Block *BrOp::getSuccessorForOperands(ArrayRef<Attribute>) { return getDest(); }

bool BrOp::areTypesCompatible(Type operand, Type argument) {
  return linkAccepts(operand, argument, *this);
}

SuccessorOperands CondBrOp::getSuccessorOperands(unsigned index) {
  return SuccessorOperands(index == 0 ? getTrueDestOperandsMutable()
                                      : getFalseDestOperandsMutable());
}

Block *CondBrOp::getSuccessorForOperands(ArrayRef<Attribute> operands) {
  if (auto value = dyn_cast_or_null<BoolAttr>(operands.front()))
    return value.getValue() ? getTrueDest() : getFalseDest();
  return nullptr;
}

bool CondBrOp::areTypesCompatible(Type operand, Type argument) {
  // Either way: the value the condition tests may also be narrowed, which
  // verify() checks knowing the operands.
  return linkAccepts(operand, argument, *this) ||
         linkAccepts(argument, operand, *this);
}

LogicalResult CondBrOp::verify() {
  if (!getCondition().getDefiningOp<IsTrueOp>() &&
      !isa<BlockArgument>(getCondition()) &&
      !getCondition().getDefiningOp<ConstantOp>())
    return emitOpError("condition must be a truth value (the result of "
                       "flow.is_true, a constant or a block argument)");
  std::optional<BranchTest> test = branchTest(*this);
  for (unsigned i = 0; i < 2; ++i) {
    Block *dest = getSuccessor(i);
    OperandRange operands =
        i == 0 ? getTrueDestOperands() : getFalseDestOperands();
    if (operands.size() != dest->getNumArguments())
      continue; // reported by the branch interface
    for (auto [index, operand] : llvm::enumerate(operands)) {
      Type argument = dest->getArgument(index).getType();
      if (linkAccepts(operand.getType(), argument, *this) ||
          (test && operand == test->value))
        continue;
      return emitOpError("narrows operand #")
             << index << " of successor #" << i << " from "
             << operand.getType() << " to " << argument
             << ", but only the value its condition tests may be narrowed";
    }
  }
  return success();
}

SuccessorOperands CatchOp::getSuccessorOperands(unsigned index) {
  if (index == 0)
    return SuccessorOperands(getNormalOperandsMutable());
  // A handler receives the caught exception as its first block argument.
  return SuccessorOperands(/*producedOperandCount=*/1,
                           getHandlerOperandsMutable()[index - 1]);
}

bool CatchOp::areTypesCompatible(Type operand, Type argument) {
  return linkAccepts(operand, argument, *this);
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
  for (auto [cls, handler] :
       llvm::zip(getExceptionClasses(), getHandlers())) {
    if (!isa<FlatSymbolRefAttr, BuiltinAttr>(cls))
      return emitOpError("exception class ") << cls << " is not a class";
    if (handler->getNumArguments() == 0)
      return emitOpError("handler block must take the exception as its "
                         "first argument");
  }
  return success();
}

#define GET_OP_CLASSES
#include "dialects/flow/FlowOps.cpp.inc"
