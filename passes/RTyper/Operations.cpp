//===- Operations.cpp - The rules of flow operations ----------------------===//
//
// PyPy's `rtype_*` methods: each flow operation, given its operands'
// annotations, becomes low-level operations (or a call of a runtime
// helper, for strings).
//
//===----------------------------------------------------------------------===//

#include "passes/RTyper/RTyperImpl.h"

#include "dialects/ann/Lattice.h"
#include "dialects/flow/FlowDialect.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/ADT/TypeSwitch.h"

#include <limits>

using namespace mlir;
using namespace rpy;
using namespace rpy::rtyper::detail;

static bool isNumber(Type annotation) {
  return isa<ann::IntType, ann::BoolType, ann::FloatType>(annotation);
}

LogicalResult RTyper::convertOp(Operation *op) {
  if (auto constant = dyn_cast<flow::ConstantOp>(op))
    return convertConstant(constant);
  if (auto iter = dyn_cast<flow::IterOp>(op))
    return convertIter(iter);
  if (isa<flow::SimpleCallOp, flow::CallArgsOp>(op))
    return convertCall(op);
  if (auto newList = dyn_cast<flow::NewListOp>(op))
    return convertNewList(newList);
  // A method of a built-in type read for a call: the call uses the object.
  // (An instance's attribute holding functions is a field like any other.)
  if (auto getattr = dyn_cast<flow::GetAttrOp>(op);
      getattr && isa<ann::PbcType>(getattr.getType()) &&
      llvm::all_of(cast<ann::PbcType>(getattr.getType()).getMembers(),
                   llvm::IsaPred<flow::BuiltinAttr>))
    return produce(op, lltype::ConstantOp::create(builder, op->getLoc(),
                                                  lltype::VoidType::get(ctx),
                                                  builder.getUnitAttr()));
  Location loc = op->getLoc();
  if (isa<flow::IsTrueOp, flow::NotOp>(op)) {
    Value value = truth(loc, lookup(op->getOperand(0)),
                        op->getOperand(0).getType(), op);
    if (!value)
      return failure();
    if (isa<flow::NotOp>(op))
      value = lltype::BoolNotOp::create(builder, loc, value);
    return produce(op, value);
  }
  auto types = op->getOperandTypes();
  // A tuple made only to be %-formatted is never built (Formatting.cpp).
  if (isa<flow::NewTupleOp>(op) &&
      llvm::all_of(op->getUsers(), llvm::IsaPred<flow::ModOp>))
    return produce(op, lltype::ConstantOp::create(builder, op->getLoc(),
                                                  lltype::VoidType::get(ctx),
                                                  builder.getUnitAttr()));
  if (isa<flow::ModOp>(op) && isString(*types.begin()))
    return convertFormat(op);
  if (isa<flow::FormatOp>(op))
    return convertFormatField(op);
  if (isa<flow::NewTupleOp>(op) ||
      (isa<flow::GetItemOp, flow::EqOp, flow::NeOp, flow::ContainsOp>(op) &&
       isa<ann::TupleType>(*types.begin())))
    return convertTupleOp(op);
  if (isa<flow::IsInstanceOp, flow::IsOp>(op) ||
      (isa<flow::GetAttrOp, flow::SetAttrOp>(op) &&
       isa<ann::InstanceType>(op->getOperand(0).getType())))
    return convertInstanceOp(op);
  if (isa<flow::NewSetOp>(op) ||
      (!types.empty() && isa<ann::SetType>(*types.begin()) &&
       !isa<flow::ContainsOp>(op)))
    return convertSetOp(op);
  if (isa<flow::NewDictOp>(op) ||
      (!types.empty() && isa<ann::DictType, ann::SetType>(*types.begin())))
    return convertDictOp(op);
  if (!types.empty() && llvm::all_of(types, isNumber))
    return convertNumberOp(op);
  // A list first: its items may be strings (`l[i] = "x"`).
  if (!types.empty() && isa<ann::ListType>(*types.begin()))
    return convertListOp(op);
  if (!types.empty() && llvm::any_of(types, isString))
    return convertStrOp(op);
  std::string described;
  for (Type type : types)
    described += (described.empty() ? " of " : " and ") + ann::describe(type);
  return error(op, "the rtyper does not support '" +
                       op->getName().getStringRef() + "'" + described +
                       " yet");
}

LogicalResult RTyper::convertConstant(flow::ConstantOp op) {
  Location loc = op.getLoc();
  Type annotation = op.getResult().getType();
  Attribute value = op.getValue();
  Type low = lowType(annotation, op);
  if (!low)
    return failure();
  if (isa<lltype::VoidType>(low))
    return produce(op, lltype::ConstantOp::create(builder, loc, low,
                                                  builder.getUnitAttr()));
  if (isa<ann::StrType>(annotation) && isa<StringAttr>(value))
    return produce(op, stringLiteral(loc, cast<StringAttr>(value).getValue()));
  if (auto tuple = dyn_cast<ann::TupleType>(annotation);
      tuple && isa<ArrayAttr>(value)) {
    FlatSymbolRefAttr global = staticTuple(loc, cast<ArrayAttr>(value), tuple);
    if (!global)
      return failure();
    return produce(op, lltype::AddressOfOp::create(builder, loc, low, global));
  }
  if (auto instance = dyn_cast<ann::InstanceType>(annotation);
      instance && isa<FlatSymbolRefAttr>(value)) {
    FlatSymbolRefAttr global =
        staticInstance(cast<FlatSymbolRefAttr>(value), loc);
    if (!global)
      return failure();
    // As the annotated class (the prebuilt's may be a subclass).
    Value object = lltype::AddressOfOp::create(
        builder, loc,
        instanceType(symbols.lookup<flow::PrebuiltOp>(
                             cast<FlatSymbolRefAttr>(value).getValue())
                         .getClsAttr()),
        global);
    return produce(op, castInstance(loc, object, instance.getClassRef()));
  }
  if (auto list = dyn_cast<ann::ListType>(annotation);
      list && isa<FlatSymbolRefAttr>(value)) {
    Value result = prebuiltList(loc, cast<FlatSymbolRefAttr>(value), list);
    return result ? produce(op, result) : failure();
  }
  if (isa<ann::DictType, ann::SetType>(annotation) &&
      isa<FlatSymbolRefAttr>(value)) {
    Value result = prebuiltDict(loc, cast<FlatSymbolRefAttr>(value),
                                dictOfSet(annotation));
    return result ? produce(op, result) : failure();
  }
  Attribute lowValue;
  if (auto text = dyn_cast<StringAttr>(value); text && isa<ann::CharType>(annotation))
    lowValue = builder.getI64IntegerAttr(
        static_cast<unsigned char>(text.getValue()[0]));
  else if (auto boolean = dyn_cast<BoolAttr>(value))
    lowValue = isa<lltype::BoolType>(low)
                   ? Attribute(boolean)
                   : builder.getI64IntegerAttr(boolean.getValue());
  else if (auto integer = dyn_cast<IntegerAttr>(value))
    lowValue = isa<lltype::FloatType>(low)
                   ? Attribute(builder.getF64FloatAttr(integer.getInt()))
                   : Attribute(builder.getI64IntegerAttr(integer.getInt()));
  else if (auto number = dyn_cast<FloatAttr>(value))
    lowValue = builder.getF64FloatAttr(number.getValueAsDouble());
  if (!lowValue)
    return error(op, "the rtyper does not support the constant of type " +
                         ann::describe(annotation) + " yet");
  return produce(op, lltype::ConstantOp::create(builder, loc, low, lowValue));
}

Value RTyper::truth(Location loc, Value value, Type annotation,
                    Operation *at) {
  auto signed_ = lltype::SignedType::get(ctx);
  return TypeSwitch<Type, Value>(annotation)
      .Case([&](ann::BoolType) { return value; })
      .Case([&](ann::IntType integer) -> Value {
        if (integer.getIsUnsigned())
          return lltype::UintIsTrueOp::create(builder, loc, value);
        return lltype::IntIsTrueOp::create(builder, loc, value);
      })
      .Case([&](ann::FloatType) {
        return lltype::FloatIsTrueOp::create(builder, loc, value);
      })
      .Case([&](ann::CharType) -> Value {
        // A char is a one-character string: always true.
        return lltype::ConstantOp::create(builder, loc,
                                          lltype::BoolType::get(ctx),
                                          builder.getBoolAttr(true));
      })
      .Case([&](ann::StrType str) -> Value {
        // Not None, and not empty.
        Value length = lltype::GetArraySizeOp::create(
            builder, loc, value, builder.getStringAttr("chars"));
        if (!str.getNullable())
          return lltype::IntIsTrueOp::create(builder, loc, length)
              .getResult();
        length.getDefiningOp()->erase();
        Value nonNull = lltype::PtrNonzeroOp::create(builder, loc, value);
        Block *current = builder.getInsertionBlock();
        auto *check = new Block(), *join = new Block();
        current->getParent()->getBlocks().insertAfter(current->getIterator(),
                                                      check);
        current->getParent()->getBlocks().insertAfter(check->getIterator(),
                                                      join);
        Value result = join->addArgument(lltype::BoolType::get(ctx), loc);
        lltype::CondBrOp::create(builder, loc, nonNull, ValueRange(),
                                 ValueRange{nonNull}, check, join);
        builder.setInsertionPointToStart(check);
        Value size = lltype::GetArraySizeOp::create(
            builder, loc, value, builder.getStringAttr("chars"));
        lltype::BrOp::create(builder, loc,
                             ValueRange{lltype::IntIsTrueOp::create(
                                 builder, loc, size)},
                             join);
        builder.setInsertionPointToStart(join);
        return result;
      })
      .Case([&](ann::NoneType) -> Value {
        return lltype::ConstantOp::create(builder, loc,
                                          lltype::BoolType::get(ctx),
                                          builder.getBoolAttr(false));
      })
      .Case<ann::DictType, ann::SetType>([&](Type) -> Value {
        Value length = lltype::GetFieldOp::create(builder, loc, signed_, value,
                                                  "length");
        return lltype::IntIsTrueOp::create(builder, loc, length);
      })
      .Case([&](ann::InstanceType) -> Value {
        // An instance is true; None is false.
        return lltype::PtrNonzeroOp::create(builder, loc, value);
      })
      .Case([&](ann::PbcType pbc) -> Value {
        // A function is true; None is false.
        if (isa<lltype::FuncPtrType>(value.getType()))
          return lltype::PtrNonzeroOp::create(builder, loc, value);
        return lltype::ConstantOp::create(builder, loc,
                                          lltype::BoolType::get(ctx),
                                          builder.getBoolAttr(true));
      })
      .Case([&](ann::ListType list) -> Value {
        Value length;
        if (list.getFixed())
          length = lltype::GetArraySizeOp::create(builder, loc, value,
                                                  StringAttr());
        else
          length = lltype::GetFieldOp::create(builder, loc, signed_, value,
                                              "length");
        return lltype::IntIsTrueOp::create(builder, loc, length);
      })
      .Default([&](Type) -> Value {
        (void)error(at, "the rtyper does not support the truth of " +
                            ann::describe(annotation) + " yet");
        return nullptr;
      });
}

namespace {
/// The machine arithmetic an operation on numbers uses.
enum class Arith { Int, Uint, Float, Char };
} // namespace

LogicalResult RTyper::convertNumberOp(Operation *op) {
  Location loc = op->getLoc();
  StringRef name = op->getName().stripDialect();
  name.consume_front("inplace_");
  SmallVector<Type> annotations(op->getOperandTypes());
  Type resultAnnotation = op->getResult(0).getType();
  // Bools compute as ints, ints with floats as floats.
  bool anyFloat = llvm::any_of(annotations, llvm::IsaPred<ann::FloatType>) ||
                  isa<ann::FloatType>(resultAnnotation) || name == "truediv";
  bool anyUnsigned = llvm::any_of(annotations, [](Type type) {
    auto integer = dyn_cast<ann::IntType>(type);
    return integer && integer.getIsUnsigned();
  });
  Arith arith = anyFloat ? Arith::Float : anyUnsigned ? Arith::Uint : Arith::Int;
  Type work = arith == Arith::Float  ? Type(lltype::FloatType::get(ctx))
              : arith == Arith::Uint ? Type(lltype::UnsignedType::get(ctx))
                                     : Type(lltype::SignedType::get(ctx));
  Type workAnnotation = arith == Arith::Float
                            ? Type(ann::FloatType::get(ctx))
                            : Type(ann::IntType::get(ctx, false,
                                                     arith == Arith::Uint));
  SmallVector<Value> operands;
  for (auto [operand, annotation] : llvm::zip(op->getOperands(), annotations)) {
    Value value = convert(lookup(operand), annotation, workAnnotation, op);
    if (!value)
      return failure();
    operands.push_back(value);
  }

  Value result;
  if (op->getNumOperands() == 1) {
    Value x = operands[0];
    if (name == "neg")
      result = arith == Arith::Float
                   ? Value(lltype::FloatNegOp::create(builder, loc, x))
                   : Value(lltype::IntNegOp::create(builder, loc, x));
    else if (name == "pos")
      result = x;
    else if (name == "invert" && arith == Arith::Int)
      result = lltype::IntInvertOp::create(builder, loc, x);
    else if (name == "invert" && arith == Arith::Uint)
      result = lltype::UintInvertOp::create(builder, loc, x);
  } else if (op->getNumOperands() == 2) {
    Value a = operands[0], b = operands[1];
    OperationName opName(
        ("lltype." +
         StringRef(arith == Arith::Float  ? "float_"
                   : arith == Arith::Uint ? "uint_"
                                          : "int_") +
         llvm::StringSwitch<StringRef>(name)
             .Case("and_", "and")
             .Case("or_", "or")
             .Default(name))
            .str(),
        ctx);
    // Inside a try that catches it: ZeroDivisionError, as CPython says it.
    if (raiseImplicitly &&
        llvm::is_contained({"floordiv", "mod", "truediv"}, name)) {
      StringRef message =
          arith == Arith::Float
              ? llvm::StringSwitch<StringRef>(name)
                    .Case("floordiv", "float floor division by zero")
                    .Case("mod", "float modulo")
                    .Default(isa<ann::FloatType>(annotations[0]) ||
                                     isa<ann::FloatType>(annotations[1])
                                 ? "float division by zero"
                                 : "division by zero")
              : name == "mod" ? "integer modulo by zero"
                              : "integer division or modulo by zero";
      checkDivisor(loc, b, message);
    }
    if (name == "pow" && arith != Arith::Float) {
      result = callRuntime(loc, "rpy_int_pow", {a, b}, work);
    } else if (opName.isRegistered()) {
      bool comparison =
          llvm::is_contained({"lt", "le", "eq", "ne", "gt", "ge"}, name);
      OperationState state(loc, opName);
      state.addOperands({a, b});
      state.addTypes(comparison ? Type(lltype::BoolType::get(ctx)) : work);
      result = builder.create(state)->getResult(0);
    }
  }
  if (!result)
    return error(op, "the rtyper does not support '" +
                         op->getName().getStringRef() + "' of " +
                         ann::describe(annotations[0]) + " yet");
  // `bool & bool` and friends are bools again.
  if (isa<ann::BoolType>(resultAnnotation) &&
      !isa<lltype::BoolType>(result.getType()))
    result = lltype::IntIsTrueOp::create(builder, loc, result);
  return produce(op, result);
}

LogicalResult RTyper::convertOvfCheck(Operation *op, Value arg) {
  // ovfcheck(a op b): the operation again, checked, in a helper raising
  // OverflowError (the unchecked one before it is dead code for LLVM).
  Location loc = op->getLoc();
  Operation *def = arg.getDefiningOp();
  StringRef what;
  if (def && llvm::all_of(def->getOperandTypes(), [](Type type) {
        auto integer = dyn_cast<ann::IntType>(type);
        return isa<ann::BoolType>(type) ||
               (integer && !integer.getIsUnsigned());
      })) {
    StringRef name = def->getName().stripDialect();
    name.consume_front("inplace_");
    if (llvm::is_contained({"add", "sub", "mul", "lshift", "neg"}, name))
      what = name;
  }
  if (what.empty()) {
    // A value computed otherwise always fits.
    Value value = convert(lookup(arg), arg.getType(),
                          ann::IntType::get(ctx, false, false), op);
    return value ? produce(op, value) : failure();
  }
  SmallVector<Value> operands;
  for (Value operand : def->getOperands()) {
    operands.push_back(convert(lookup(operand), operand.getType(),
                               ann::IntType::get(ctx, false, false), op));
    if (!operands.back())
      return failure();
  }
  return produce(op, lltype::DirectCallOp::create(
                         builder, loc, TypeRange{lltype::SignedType::get(ctx)},
                         ovfHelper(what), operands, ArrayAttr(), ArrayAttr())
                         .getResult(0));
}

FlatSymbolRefAttr RTyper::ovfHelper(StringRef what) {
  std::string name = ("ll_ovfcheck." + what).str();
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  FlatSymbolRefAttr raise = raiseHelper("OverflowError");
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  bool unary = what == "neg";
  SmallVector<Type> inputs(unary ? 1 : 2, signed_);
  auto func = lltype::FuncOp::create(builder, loc, name,
                                     FunctionType::get(ctx, inputs, {signed_}),
                                     StringAttr(), ArrayAttr(), ArrayAttr());
  symbols.insert(func);
  Block *entry = func.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  Value a = entry->getArgument(0), b = unary ? a : entry->getArgument(1);
  auto constant = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  auto negative = [&](Value v) -> Value {
    return lltype::IntLtOp::create(builder, loc, v, constant(0));
  };
  // The wrapped result, and whether the true one does not fit: the sign
  // tests of Hacker's Delight for + and -, the runtime for * and <<.
  Value result, overflow;
  if (what == "add") {
    result = lltype::IntAddOp::create(builder, loc, a, b);
    overflow = negative(lltype::IntAndOp::create(
        builder, loc, lltype::IntXorOp::create(builder, loc, a, result),
        lltype::IntXorOp::create(builder, loc, b, result)));
  } else if (what == "sub") {
    result = lltype::IntSubOp::create(builder, loc, a, b);
    overflow = negative(lltype::IntAndOp::create(
        builder, loc, lltype::IntXorOp::create(builder, loc, a, b),
        lltype::IntXorOp::create(builder, loc, a, result)));
  } else if (what == "neg") {
    result = lltype::IntNegOp::create(builder, loc, a);
    overflow = lltype::IntEqOp::create(builder, loc, a,
                                       constant(INT64_MIN));
  } else {
    overflow = callRuntime(loc, ("rpy_int_" + what + "_overflows").str(),
                           {a, b}, lltype::BoolType::get(ctx));
    result = what == "mul"
                 ? Value(lltype::IntMulOp::create(builder, loc, a, b))
                 : Value(lltype::IntLShiftOp::create(builder, loc, a, b));
  }
  auto *fail = new Block(), *ok = new Block();
  func.getBody().push_back(fail);
  func.getBody().push_back(ok);
  lltype::CondBrOp::create(builder, loc, overflow, ValueRange(), ValueRange(),
                           fail, ok);
  builder.setInsertionPointToStart(fail);
  lltype::DirectCallOp::create(
      builder, loc, TypeRange(), raise,
      ValueRange{stringLiteral(loc, "signed integer expression did overflow")},
      ArrayAttr(), ArrayAttr());
  lltype::UnreachableOp::create(builder, loc);
  builder.setInsertionPointToStart(ok);
  lltype::ReturnOp::create(builder, loc, result);
  return FlatSymbolRefAttr::get(ctx, name);
}

Value RTyper::toStr(Location loc, Value value, Type annotation,
                    Operation *at) {
  Type string = stringType();
  return TypeSwitch<Type, Value>(annotation)
      .Case([&](ann::StrType str) -> Value {
        if (!str.getNullable())
          return value;
        // None prints as "None".
        Value nonNull = lltype::PtrNonzeroOp::create(builder, loc, value);
        return select(loc, nonNull, value, stringLiteral(loc, "None"));
      })
      .Case([&](ann::CharType) {
        return callRuntime(loc, "rpy_str_from_char", value, string);
      })
      .Case([&](ann::IntType integer) {
        return callRuntime(loc,
                           integer.getIsUnsigned() ? "rpy_uint_str"
                                                   : "rpy_int_str",
                           value, string);
      })
      .Case([&](ann::BoolType) {
        return select(loc, value, stringLiteral(loc, "True"),
                      stringLiteral(loc, "False"));
      })
      .Case([&](ann::FloatType) {
        return callRuntime(loc, "rpy_float_repr", value, string);
      })
      .Case([&](ann::NoneType) { return stringLiteral(loc, "None"); })
      .Case([&](ann::TupleType tuple) -> Value {
        // "(a, b)", "(a,)": the items' reprs.
        SmallVector<Value> pieces{stringLiteral(loc, "(")};
        size_t count = tuple.getElementTypes().size();
        for (auto [index, element] : llvm::enumerate(tuple.getElementTypes())) {
          Value item = tupleItem(loc, value, tuple, index, at);
          Value text = item ? reprOf(loc, item, element, at) : Value();
          if (!text)
            return nullptr;
          if (index > 0)
            pieces.push_back(stringLiteral(loc, ", "));
          pieces.push_back(text);
        }
        pieces.push_back(stringLiteral(loc, count == 1 ? ",)" : ")"));
        Value result = pieces.front();
        for (Value piece : llvm::drop_begin(pieces))
          result = callRuntime(loc, "rpy_str_concat", {result, piece}, string);
        return result;
      })
      .Case<ann::DictType, ann::SetType>([&](Type type) -> Value {
        return dictToStr(loc, value, type, at);
      })
      .Case([&](ann::ListType list) -> Value {
        if (list.getNullable()) {
          (void)error(at, "the rtyper does not support str() of " +
                              ann::describe(annotation) + " yet");
          return nullptr;
        }
        return listToStr(loc, value, list, at);
      })
      .Case([&](ann::InstanceType instance) -> Value {
        // str() of an exception: its message ("" without one).
        Attribute base = exceptionBase(instance.getClassRef());
        if (!base && !instance.getNullable()) {
          // Another instance: "<C object>" of its class, as PyPy's
          // ll_str (CPython adds the module and an address).
          Attribute root = classOrder.front();
          Value vtable = lltype::GetFieldOp::create(
              builder, loc, lltype::PtrType::get(ctx, vtableStruct(root)),
              castInstance(loc, value, root), "typeptr");
          Value name =
              lltype::GetFieldOp::create(builder, loc, string, vtable, "name");
          Value text = callRuntime(loc, "rpy_str_concat",
                                   {stringLiteral(loc, "<"), name}, string);
          return callRuntime(loc, "rpy_str_concat",
                             {text, stringLiteral(loc, " object>")}, string);
        }
        if (!base || instance.getNullable()) {
          (void)error(at, "the rtyper does not support str() of " +
                              ann::describe(annotation) + " yet");
          return nullptr;
        }
        // Every exception made has a message, "" without arguments.
        return lltype::GetFieldOp::create(builder, loc, string,
                                          castInstance(loc, value, base),
                                          "message");
      })
      .Default([&](Type) -> Value {
        (void)error(at, "the rtyper does not support str() of " +
                            ann::describe(annotation) + " yet");
        return nullptr;
      });
}

LogicalResult RTyper::convertStrOp(Operation *op) {
  Location loc = op->getLoc();
  StringRef name = op->getName().stripDialect();
  name.consume_front("inplace_");
  Type string = stringType();
  auto boolean = lltype::BoolType::get(ctx);
  auto signed_ = lltype::SignedType::get(ctx);
  SmallVector<Type> annotations(op->getOperandTypes());
  // Operands as strings (a char as a one-character string).
  auto asString = [&](unsigned i) -> Value {
    Value value = lookup(op->getOperand(i));
    if (isa<ann::CharType>(annotations[i]))
      return callRuntime(loc, "rpy_str_from_char", value, string);
    return value;
  };
  bool bothStrings = annotations.size() == 2 && isString(annotations[0]) &&
                     isString(annotations[1]);

  if (isa<flow::BuildStrOp>(op)) {
    // An f-string: the pieces, each already formatted, concatenated.
    Value result = stringLiteral(loc, "");
    for (unsigned i = 0; i < op->getNumOperands(); ++i) {
      Value piece = toStr(loc, lookup(op->getOperand(i)), annotations[i], op);
      if (!piece)
        return failure();
      result = callRuntime(loc, "rpy_str_concat", {result, piece}, string);
    }
    return produce(op, result);
  }
  if (bothStrings && isa<ann::CharType>(annotations[0]) &&
      isa<ann::CharType>(annotations[1]) &&
      llvm::is_contained({"lt", "le", "eq", "ne", "gt", "ge"}, name)) {
    OperationState state(loc, ("lltype.char_" + name).str());
    state.addOperands({lookup(op->getOperand(0)), lookup(op->getOperand(1))});
    state.addTypes(boolean);
    return produce(op, builder.create(state)->getResult(0));
  }
  if (bothStrings && name == "add")
    return produce(op, callRuntime(loc, "rpy_str_concat",
                                   {asString(0), asString(1)}, string));
  if (bothStrings && (name == "eq" || name == "ne")) {
    Value equal =
        callRuntime(loc, "rpy_str_eq", {asString(0), asString(1)}, boolean);
    if (name == "ne")
      equal = lltype::BoolNotOp::create(builder, loc, equal);
    return produce(op, equal);
  }
  if (bothStrings &&
      llvm::is_contained({"lt", "le", "gt", "ge"}, name)) {
    Value order =
        callRuntime(loc, "rpy_str_cmp", {asString(0), asString(1)}, signed_);
    Value zero = lltype::ConstantOp::create(builder, loc, signed_,
                                            builder.getI64IntegerAttr(0));
    OperationState state(loc, ("lltype.int_" + name).str());
    state.addOperands({order, zero});
    state.addTypes(boolean);
    return produce(op, builder.create(state)->getResult(0));
  }
  if (bothStrings && name == "contains")
    return produce(op, callRuntime(loc, "rpy_str_contains",
                                   {asString(0), asString(1)}, boolean));
  if (name == "mul" && annotations.size() == 2) {
    unsigned text = isString(annotations[0]) ? 0 : 1;
    Value count = convert(lookup(op->getOperand(1 - text)),
                          annotations[1 - text],
                          ann::IntType::get(ctx, false, false), op);
    if (!count)
      return failure();
    return produce(op, callRuntime(loc, "rpy_str_mul",
                                   {asString(text), count}, string));
  }
  if (isa<flow::GetSliceOp>(op) && isa<ann::StrType>(annotations[0])) {
    // s[a:b]: a bound that is None is the start or the end; the runtime
    // clamps the bounds and counts negative ones from the end.
    Value str = lookup(op->getOperand(0));
    Value length = lltype::GetArraySizeOp::create(
        builder, loc, str, builder.getStringAttr("chars"));
    auto bound = [&](unsigned i, Value whenNone) -> Value {
      Type type = annotations[i];
      if (isa<ann::NoneType>(type))
        return whenNone;
      return convert(lookup(op->getOperand(i)), type,
                     ann::IntType::get(ctx, false, false), op);
    };
    Value start = bound(1, lltype::ConstantOp::create(
                               builder, loc, signed_,
                               builder.getI64IntegerAttr(0)));
    Value stop = bound(2, length);
    if (!start || !stop)
      return failure();
    return produce(op, callRuntime(loc, "rpy_str_slice", {str, start, stop},
                                   string));
  }
  if (isa<flow::GetItemOp>(op) && isa<ann::StrType>(annotations[0])) {
    Value index = lookup(op->getOperand(1));
    Value str = lookup(op->getOperand(0));
    // A negative index counts from the end (the bounds are the
    // annotator's and the runtime's to check).
    Value length = lltype::GetArraySizeOp::create(
        builder, loc, str, builder.getStringAttr("chars"));
    index = raiseImplicitly
                ? checkedIndex(loc, index, length, "string index out of range")
                : normalizeIndex(loc, index, length);
    return produce(op, lltype::GetArrayItemOp::create(
                           builder, loc, lltype::CharType::get(ctx), str,
                           builder.getStringAttr("chars"), index));
  }
  std::string described;
  for (Type type : annotations)
    described += (described.empty() ? " of " : " and ") + ann::describe(type);
  return error(op, "the rtyper does not support '" +
                       op->getName().getStringRef() + "'" + described +
                       " yet");
}

Value RTyper::normalizeIndex(Location loc, Value index, Value length) {
  // index + (length if index < 0 else 0), without a branch: the sign
  // (index >> 63) is all ones for a negative index.
  auto signed_ = lltype::SignedType::get(ctx);
  Value shift = lltype::ConstantOp::create(builder, loc, signed_,
                                           builder.getI64IntegerAttr(63));
  Value sign = lltype::IntRShiftOp::create(builder, loc, index, shift);
  Value offset = lltype::IntAndOp::create(builder, loc, length, sign);
  return lltype::IntAddOp::create(builder, loc, index, offset);
}

LogicalResult RTyper::convertListOp(Operation *op) {
  Location loc = op->getLoc();
  auto list = cast<ann::ListType>(op->getOperand(0).getType());
  Value value = lookup(op->getOperand(0));
  auto signed_ = lltype::SignedType::get(ctx);
  Type item = listItemType(list, op);
  if (!item)
    return failure();
  // The items array, and the length.
  Value items = value, length;
  if (list.getFixed()) {
    length = lltype::GetArraySizeOp::create(builder, loc, value, StringAttr());
  } else {
    items = lltype::GetFieldOp::create(builder, loc, itemArrayType(item),
                                       value, "items");
    length = lltype::GetFieldOp::create(builder, loc, signed_, value, "length");
  }
  if (isa<flow::ContainsOp>(op))
    return convertListContains(op);
  if (isa<flow::AddOp, flow::InplaceAddOp>(op)) {
    // a + b: a new list of both; a += b: b's items appended to a.
    auto other = dyn_cast<ann::ListType>(op->getOperand(1).getType());
    if (!other || listItemType(other, op) != item)
      return error(op, "the rtyper concatenates lists of the same items only "
                       "yet");
    Value source = lookup(op->getOperand(1)), count;
    if (other.getFixed()) {
      count = lltype::GetArraySizeOp::create(builder, loc, source, StringAttr());
    } else {
      count = lltype::GetFieldOp::create(builder, loc, signed_, source, "length");
      source = lltype::GetFieldOp::create(builder, loc, itemArrayType(item),
                                          source, "items");
    }
    auto result = cast<ann::ListType>(op->getResult(0).getType());
    Value target = value;
    Value zero = lltype::ConstantOp::create(builder, loc, signed_,
                                            builder.getI64IntegerAttr(0));
    auto copyOf = [&](Value array, Value size) -> Value {
      return lltype::DirectCallOp::create(
                 builder, loc, TypeRange{itemArrayType(item)},
                 listSliceHelper(item), ValueRange{array, size, zero, size},
                 ArrayAttr(), ArrayAttr())
          .getResult(0);
    };
    if (isa<flow::AddOp>(op) || list.getFixed()) {
      target = lltype::MallocOp::create(builder, loc, listType(item, true));
      lltype::SetFieldOp::create(builder, loc, target, "length", length);
      lltype::SetFieldOp::create(builder, loc, target, "items",
                                 copyOf(items, length));
    }
    lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                 listHelper("extend", item),
                                 ValueRange{target, source, count}, ArrayAttr(),
                                 ArrayAttr());
    if (!result.getFixed())
      return produce(op, target);
    // A fixed list is exactly its items.
    Value total =
        lltype::GetFieldOp::create(builder, loc, signed_, target, "length");
    return produce(op, copyOf(lltype::GetFieldOp::create(
                                  builder, loc, itemArrayType(item), target,
                                  "items"),
                              total));
  }
  if (isa<flow::EqOp, flow::NeOp>(op)) {
    auto other = dyn_cast<ann::ListType>(op->getOperand(1).getType());
    if (!other)
      return error(op, "the rtyper compares a list with a list only");
    Value equal = listsEqual(loc, value, list, lookup(op->getOperand(1)),
                             other, op);
    if (!equal)
      return failure();
    if (isa<flow::NeOp>(op))
      equal = lltype::BoolNotOp::create(builder, loc, equal);
    return produce(op, equal);
  }
  // A slice's bound: None as the end is the length (INT64_MAX clamps to it).
  auto sliceArgument = [&](unsigned i, int64_t whenNone) -> Value {
    Type type = op->getOperand(i).getType();
    if (isa<ann::NoneType>(type))
      return lltype::ConstantOp::create(builder, loc, signed_,
                                        builder.getI64IntegerAttr(whenNone));
    return convert(lookup(op->getOperand(i)), type,
                   ann::IntType::get(ctx, false, false), op);
  };
  if (isa<flow::GetSliceOp>(op)) {
    // l[a:b]: a new list of those items (ll_slice.T, Python's bounds).
    Value start = sliceArgument(1, 0);
    Value stop = sliceArgument(2, std::numeric_limits<int64_t>::max());
    if (!start || !stop)
      return failure();
    Value sliced = lltype::DirectCallOp::create(
                       builder, loc, TypeRange{itemArrayType(item)},
                       listSliceHelper(item),
                       ValueRange{items, length, start, stop}, ArrayAttr(),
                       ArrayAttr())
                       .getResult(0);
    auto result = cast<ann::ListType>(op->getResult(0).getType());
    if (result.getFixed())
      return produce(op, sliced);
    Value list = lltype::MallocOp::create(builder, loc, listType(item, true));
    lltype::SetFieldOp::create(
        builder, loc, list, "length",
        lltype::GetArraySizeOp::create(builder, loc, sliced, StringAttr()));
    lltype::SetFieldOp::create(builder, loc, list, "items", sliced);
    return produce(op, list);
  }
  if (isa<flow::DelSliceOp>(op) && !list.getFixed()) {
    // del l[a:b] (ll_delslice.T, Python's bounds).
    Value start = sliceArgument(1, 0);
    Value stop = sliceArgument(2, std::numeric_limits<int64_t>::max());
    if (!start || !stop)
      return failure();
    lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                 listHelper("delslice", item),
                                 ValueRange{value, start, stop}, ArrayAttr(),
                                 ArrayAttr());
    return success();
  }
  if (isa<flow::MulOp, flow::InplaceMulOp>(op) &&
      isa<ann::IntType, ann::BoolType>(op->getOperand(1).getType())) {
    // `[x] * n`: a new list of the items repeated (ll_mul.T).
    Value times = convert(lookup(op->getOperand(1)),
                          op->getOperand(1).getType(),
                          ann::IntType::get(ctx, false, false), op);
    if (!times)
      return failure();
    auto result = cast<ann::ListType>(op->getResult(0).getType());
    Type resultItem = listItemType(result, op);
    if (!resultItem)
      return failure();
    Value repeated;
    if (isa<ann::NoneType, ann::ImpossibleType>(list.getElementType()) &&
        resultItem != item) {
      // `[None] * n` of a list of instances (or strings...): n zeros, None
      // in the items' representation.
      Value count = lltype::IntMulOp::create(
          builder, loc, length,
          select(loc,
                 lltype::IntGtOp::create(
                     builder, loc, times,
                     lltype::ConstantOp::create(builder, loc, signed_,
                                                builder.getI64IntegerAttr(0))),
                 times,
                 lltype::ConstantOp::create(builder, loc, signed_,
                                            builder.getI64IntegerAttr(0))));
      repeated = lltype::MallocVarsizeOp::create(
          builder, loc, itemArrayType(resultItem), count);
      item = resultItem;
    } else {
      repeated = lltype::DirectCallOp::create(
                     builder, loc, TypeRange{itemArrayType(item)},
                     listRepeatHelper(item), ValueRange{items, length, times},
                     ArrayAttr(), ArrayAttr())
                     .getResult(0);
    }
    if (result.getFixed())
      return produce(op, repeated);
    Value list = lltype::MallocOp::create(builder, loc, listType(item, true));
    lltype::SetFieldOp::create(builder, loc, list, "length",
                               lltype::GetArraySizeOp::create(
                                   builder, loc, repeated, StringAttr()));
    lltype::SetFieldOp::create(builder, loc, list, "items", repeated);
    return produce(op, list);
  }
  if (isa<flow::GetItemOp, flow::SetItemOp>(op) &&
      isa<ann::IntType, ann::BoolType>(op->getOperand(1).getType())) {
    Value index = convert(lookup(op->getOperand(1)), op->getOperand(1).getType(),
                          ann::IntType::get(ctx, false, false), op);
    if (!index)
      return failure();
    // The value first: inside a try, the index check must be the last call.
    Value stored;
    if (isa<flow::SetItemOp>(op)) {
      stored = convert(lookup(op->getOperand(2)), op->getOperand(2).getType(),
                       list.getElementType(), op);
      if (!stored)
        return failure();
    }
    // Inside a try that catches it: IndexError, as CPython says it.
    index = !raiseImplicitly ? normalizeIndex(loc, index, length)
            : isa<flow::GetItemOp>(op)
                ? checkedIndex(loc, index, length, "list index out of range")
                : checkedIndex(loc, index, length,
                               "list assignment index out of range");
    if (isa<flow::GetItemOp>(op))
      return produce(op, lltype::GetArrayItemOp::create(
                             builder, loc, item, items, StringAttr(), index));
    lltype::SetArrayItemOp::create(builder, loc, items, StringAttr(), index,
                                   stored);
    return success();
  }
  if (isa<flow::DelItemOp>(op) && !list.getFixed() &&
      isa<ann::IntType, ann::BoolType>(op->getOperand(1).getType())) {
    // del l[i]: the items after it move down (ll_delitem.T).
    Value index = convert(lookup(op->getOperand(1)), op->getOperand(1).getType(),
                          ann::IntType::get(ctx, false, false), op);
    if (!index)
      return failure();
    // Inside a try that catches it, the helper checks the index itself:
    // the call that raises must be the last one here.
    if (!raiseImplicitly)
      index = normalizeIndex(loc, index, length);
    lltype::DirectCallOp::create(
        builder, loc, TypeRange(),
        listHelper(raiseImplicitly ? "checkeddelitem" : "delitem", item),
        ValueRange{value, index}, ArrayAttr(), ArrayAttr());
    return success();
  }
  return error(op, "the rtyper does not support '" +
                       op->getName().getStringRef() + "' of " +
                       ann::describe(list) + " yet");
}

LogicalResult RTyper::convertTupleOp(Operation *op) {
  Location loc = op->getLoc();
  if (isa<flow::NewTupleOp>(op)) {
    SmallVector<Value> items;
    for (Value operand : op->getOperands())
      items.push_back(lookup(operand));
    Value result =
        buildTuple(loc, items, llvm::to_vector(op->getOperandTypes()),
                   cast<ann::TupleType>(op->getResult(0).getType()), op);
    return result ? produce(op, result) : failure();
  }
  if (isa<flow::EqOp, flow::NeOp>(op)) {
    Value equal = valuesEqual(loc, lookup(op->getOperand(0)),
                              op->getOperand(0).getType(),
                              lookup(op->getOperand(1)),
                              op->getOperand(1).getType(), op);
    if (!equal)
      return failure();
    if (isa<flow::NeOp>(op))
      equal = lltype::BoolNotOp::create(builder, loc, equal);
    return produce(op, equal);
  }
  if (isa<flow::ContainsOp>(op)) {
    // x in (a, b): x == a or x == b.
    auto tuple = cast<ann::TupleType>(op->getOperand(0).getType());
    Value found = lltype::ConstantOp::create(
        builder, loc, lltype::BoolType::get(ctx), builder.getBoolAttr(false));
    for (auto [index, element] : llvm::enumerate(tuple.getElementTypes())) {
      Value item = tupleItem(loc, lookup(op->getOperand(0)), tuple, index, op);
      Value same = item ? valuesEqual(loc, item, element,
                                      lookup(op->getOperand(1)),
                                      op->getOperand(1).getType(), op)
                        : Value();
      if (!same)
        return failure();
      found = lltype::IntIsTrueOp::create(
          builder, loc,
          lltype::IntOrOp::create(
              builder, loc, lltype::CastBoolToIntOp::create(builder, loc, found),
              lltype::CastBoolToIntOp::create(builder, loc, same)));
    }
    return produce(op, found);
  }
  // t[i]: the annotator accepts only constant indices.
  auto tuple = cast<ann::TupleType>(op->getOperand(0).getType());
  auto constant = op->getOperand(1).getDefiningOp<flow::ConstantOp>();
  auto index = constant ? dyn_cast<IntegerAttr>(constant.getValue())
                        : IntegerAttr();
  if (!index)
    return error(op, "a tuple can only be indexed by a constant");
  int64_t size = tuple.getElementTypes().size();
  int64_t i = index.getInt() < 0 ? index.getInt() + size : index.getInt();
  Value value = tupleItem(loc, lookup(op->getOperand(0)), tuple, i, op);
  if (!value)
    return failure();
  Value result = convert(value, tuple.getElementTypes()[i],
                         op->getResult(0).getType(), op);
  return result ? produce(op, result) : failure();
}

Value RTyper::valuesEqual(Location loc, Value a, Type aType, Value b,
                          Type bType, Operation *at) {
  // Python's ==: item by item for tuples and lists, by value for strings
  // and numbers (an int equal to a float), by identity for instances.
  auto aTuple = dyn_cast<ann::TupleType>(aType);
  auto bTuple = dyn_cast<ann::TupleType>(bType);
  if (aTuple || bTuple) {
    auto boolType = lltype::BoolType::get(ctx);
    if (!aTuple || !bTuple ||
        aTuple.getElementTypes().size() != bTuple.getElementTypes().size())
      return lltype::ConstantOp::create(builder, loc, boolType,
                                        builder.getBoolAttr(false));
    Value all = lltype::ConstantOp::create(builder, loc, boolType,
                                           builder.getBoolAttr(true));
    for (size_t i = 0; i < aTuple.getElementTypes().size(); ++i) {
      Value x = tupleItem(loc, a, aTuple, i, at);
      Value y = tupleItem(loc, b, bTuple, i, at);
      Value same = x && y ? valuesEqual(loc, x, aTuple.getElementTypes()[i], y,
                                        bTuple.getElementTypes()[i], at)
                          : Value();
      if (!same)
        return nullptr;
      all = lltype::IntIsTrueOp::create(
          builder, loc,
          lltype::IntAndOp::create(
              builder, loc, lltype::CastBoolToIntOp::create(builder, loc, all),
              lltype::CastBoolToIntOp::create(builder, loc, same)));
    }
    return all;
  }
  if (auto aList = dyn_cast<ann::ListType>(aType))
    if (auto bList = dyn_cast<ann::ListType>(bType))
      return listsEqual(loc, a, aList, b, bList, at);
  if (isString(aType) && isString(bType)) {
    Value x = toStr(loc, a, aType, at), y = toStr(loc, b, bType, at);
    return x && y ? callRuntime(loc, "rpy_str_eq", {x, y},
                                lltype::BoolType::get(ctx))
                  : Value();
  }
  if (isNumber(aType) && isNumber(bType) && aType != bType) {
    Type wider = isa<ann::FloatType>(aType) || isa<ann::FloatType>(bType)
                     ? Type(ann::FloatType::get(ctx))
                     : Type(ann::IntType::get(ctx, false, false));
    a = convert(a, aType, wider, at);
    b = convert(b, bType, wider, at);
    return a && b ? itemsEqual(loc, a, b) : Value();
  }
  if (a.getType() != b.getType()) {
    (void)error(at, "the rtyper does not compare " + ann::describe(aType) +
                        " with " + ann::describe(bType) + " yet");
    return nullptr;
  }
  return itemsEqual(loc, a, b);
}

Value RTyper::buildTuple(Location loc, ValueRange items,
                         ArrayRef<Type> annotations, ann::TupleType tuple,
                         Operation *at) {
  lltype::PtrType type = tupleType(tuple, loc);
  if (!type)
    return nullptr;
  Value result = lltype::MallocOp::create(builder, loc, type);
  for (auto [index, item, annotation, element] :
       llvm::enumerate(items, annotations, tuple.getElementTypes())) {
    Value value = convert(item, annotation, element, at);
    if (!value)
      return nullptr;
    if (isa<lltype::VoidType>(value.getType()))
      continue; // None: nothing stored
    lltype::SetFieldOp::create(builder, loc, result,
                               "item" + std::to_string(index), value);
  }
  return result;
}

Value RTyper::tupleItem(Location loc, Value tuple, ann::TupleType type,
                        int64_t index, Operation *at) {
  Type low = lowType(type.getElementTypes()[index], at);
  if (!low)
    return nullptr;
  if (isa<lltype::VoidType>(low))
    return lltype::ConstantOp::create(builder, loc, low,
                                      builder.getUnitAttr());
  return lltype::GetFieldOp::create(builder, loc, low, tuple,
                                    "item" + std::to_string(index));
}
