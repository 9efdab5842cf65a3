//===- Calls.cpp - Calls of functions, built-ins and methods --------------===//
//
// A call of a constant function becomes a `direct_call` with its arguments
// bound to the parameters (keywords, defaults) and converted to their
// representations; a built-in or a method of a built-in type becomes
// low-level operations or runtime helpers.
//
//===----------------------------------------------------------------------===//

#include "passes/RTyper/RTyperImpl.h"

#include "dialects/ann/Lattice.h"
#include "dialects/ann/ModuleClassHierarchy.h"
#include "dialects/flow/FlowDialect.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::rtyper::detail;

Value RTyper::select(Location loc, Value cond, Value a, Value b) {
  Block *current = builder.getInsertionBlock();
  Region *region = current->getParent();
  auto *join = new Block();
  region->getBlocks().insertAfter(current->getIterator(), join);
  Value result = join->addArgument(a.getType(), loc);
  lltype::CondBrOp::create(builder, loc, cond, ValueRange{a}, ValueRange{b},
                           join, join);
  builder.setInsertionPointToStart(join);
  return result;
}

LogicalResult RTyper::convertCall(Operation *op) {
  Location loc = op->getLoc();
  SmallVector<StringRef> keywords;
  bool star = false;
  if (auto callArgs = dyn_cast<flow::CallArgsOp>(op)) {
    star = callArgs.getStar();
    for (Attribute keyword : callArgs.getKeywords())
      keywords.push_back(cast<StringAttr>(keyword).getValue());
  }
  ValueRange args = op->getOperands().drop_front();
  SmallVector<Value> values;
  SmallVector<Type> types;
  // A bound method: its function with the object first.
  Type calleeType = op->getOperand(0).getType();
  auto method = dyn_cast<ann::MethodType>(calleeType);
  auto getattr = op->getOperand(0).getDefiningOp<flow::GetAttrOp>();
  // The method's name: the getattr's, or (a bound method kept as a value,
  // represented by its object) its functions'.
  std::string methodName;
  if (method) {
    if (getattr) {
      values.push_back(lookup(getattr.getObject()));
      types.push_back(getattr.getObject().getType());
      methodName = getattr.getName().str();
    } else {
      values.push_back(lookup(op->getOperand(0)));
      types.push_back(method.getSelfType());
      methodName = boundMethodName(method);
      if (methodName.empty())
        return error(op, "the rtyper supports values of bound methods of one "
                         "name only, not " +
                             ann::describe(calleeType));
    }
    calleeType = ann::PbcType::get(ctx, method.getFunctions().getValue());
  }
  // f(a, *t): t's items are more positional arguments, before the
  // keywords' values.
  ValueRange given = star ? args.drop_back() : args;
  size_t positional = given.size() - keywords.size();
  for (Value arg : given.take_front(positional)) {
    values.push_back(lookup(arg));
    types.push_back(arg.getType());
  }
  if (star) {
    auto tuple = dyn_cast<ann::TupleType>(args.back().getType());
    if (!tuple)
      return error(op, "the rtyper supports f(*args) of a tuple only");
    for (auto [index, element] : llvm::enumerate(tuple.getElementTypes())) {
      Value item = tupleItem(loc, lookup(args.back()), tuple, index, op);
      if (!item)
        return failure();
      values.push_back(item);
      types.push_back(element);
    }
  }
  for (Value arg : given.drop_front(positional)) {
    values.push_back(lookup(arg));
    types.push_back(arg.getType());
  }
  // A method with overrides: through the vtable.
  if (method && method.getFunctions().size() > 1 &&
      isa<ann::InstanceType>(method.getSelfType())) {
    if (!keywords.empty())
      return error(op, "the rtyper does not support keyword arguments to "
                       "methods with overrides yet");
    FailureOr<Value> result =
        callMethodSlot(op, method, methodName, values, types);
    if (failed(result))
      return failure();
    auto first = symbols.lookup<flow::FuncOp>(
        cast<FlatSymbolRefAttr>(method.getFunctions()[0]).getValue());
    if (!*result)
      return produce(op, lltype::ConstantOp::create(
                             builder, loc, lltype::VoidType::get(ctx),
                             builder.getUnitAttr()));
    Type resultAnnotation = first.getFunctionType().getResult(0);
    if (Type family = familyResults.lookup(first.getSymNameAttr()))
      resultAnnotation = family;
    Value converted =
        convert(*result, resultAnnotation, op->getResult(0).getType(), op);
    return converted ? produce(op, converted) : failure();
  }
  auto pbc = dyn_cast<ann::PbcType>(calleeType);
  // A class chosen at run time: instantiated after testing its vtable.
  if (pbc && pbc.getMembers().size() > 1 && !method && isClassSet(pbc)) {
    if (star || !keywords.empty())
      return error(op, "the rtyper calls a class chosen at run time with "
                       "positional arguments only yet");
    return callClassPointer(op, pbc, args, types);
  }
  // A function chosen at run time: through its pointer.
  if (pbc && (pbc.getNullable() || pbc.getMembers().size() > 1) && !method)
    return callFunctionPointer(op, pbc, values, types, keywords);
  if (!pbc || pbc.getNullable() || pbc.getMembers().size() != 1)
    return error(op, "the rtyper does not support calling " +
                         ann::describe(calleeType) + " yet");
  Attribute callee = pbc.getMembers()[0];

  if (auto builtin = dyn_cast<flow::BuiltinAttr>(callee)) {
    if (star)
      return error(op, "the rtyper does not support *args in calls of "
                       "built-ins yet");
    if (ann::isBuiltinExceptionClass(builtin.getName()))
      return instantiate(op, builtin, args, types);
    return convertBuiltinCall(op, builtin.getName(), args, types);
  }
  auto ref = dyn_cast<FlatSymbolRefAttr>(callee);
  if (ref && symbols.lookup<flow::ClassOp>(ref.getValue()))
    return instantiate(op, ref, args, types);
  auto func = ref ? symbols.lookup<flow::FuncOp>(ref.getValue())
                  : flow::FuncOp();
  if (!func)
    return error(op, "the rtyper does not support calling " +
                         ann::describe(calleeType) + " yet");
  FailureOr<Value> result = callFunction(op, func, values, types, keywords);
  if (failed(result))
    return failure();
  if (!*result)
    return produce(op, lltype::ConstantOp::create(builder, loc,
                                                  lltype::VoidType::get(ctx),
                                                  builder.getUnitAttr()));
  Value converted = convert(*result, func.getFunctionType().getResult(0),
                            op->getResult(0).getType(), op);
  return converted ? produce(op, converted) : failure();
}

FailureOr<SmallVector<Value>>
RTyper::convertArguments(Operation *op, ArrayRef<Value> args,
                         ArrayRef<Type> argTypes, TypeRange params) {
  SmallVector<Value> converted;
  for (auto [value, annotation, param] : llvm::zip(args, argTypes, params)) {
    Type low = lowType(param, op);
    if (!low)
      return failure();
    if (isa<lltype::VoidType>(low))
      continue; // a Void parameter is not passed
    Value arg = convert(value, annotation, param, op);
    if (!arg)
      return failure();
    converted.push_back(arg);
  }
  return converted;
}

LogicalResult RTyper::callFunctionPointer(Operation *op, ann::PbcType pbc,
                                          ArrayRef<Value> args,
                                          ArrayRef<Type> argTypes,
                                          ArrayRef<StringRef> keywords) {
  Location loc = op->getLoc();
  lltype::FuncPtrType pointerType = functionPointerType(pbc, loc);
  if (!pointerType)
    return failure();
  // The family's parameters (the annotator made them agree): the first
  // member's, all given by position.
  auto first = symbols.lookup<flow::FuncOp>(
      cast<FlatSymbolRefAttr>(pbc.getMembers()[0]).getValue());
  FunctionType flowType = first.getFunctionType();
  if (!keywords.empty() || args.size() != flowType.getNumInputs())
    return error(op, "the rtyper calls a function chosen at run time with "
                     "all its arguments by position only yet");
  FailureOr<SmallVector<Value>> llArgs =
      convertArguments(op, args, argTypes, flowType.getInputs());
  if (failed(llArgs))
    return failure();
  Value callee = lookup(op->getOperand(0));
  auto call = lltype::IndirectCallOp::create(
      builder, loc, pointerType.getSignature().getResults(), callee, *llArgs,
      ArrayAttr(), ArrayAttr());
  if (!call.getNumResults())
    return produce(op, lltype::ConstantOp::create(builder, loc,
                                                  lltype::VoidType::get(ctx),
                                                  builder.getUnitAttr()));
  Value converted = convert(call.getResult(0), flowType.getResult(0),
                            op->getResult(0).getType(), op);
  return converted ? produce(op, converted) : failure();
}

FailureOr<Value> RTyper::callFunction(Operation *op, flow::FuncOp func,
                                      ArrayRef<Value> args,
                                      ArrayRef<Type> argTypes,
                                      ArrayRef<StringRef> keywords) {
  Location loc = op->getLoc();
  // Bind the arguments as the annotator did: positional, keywords, then the
  // defaults of the parameters left; with *args, the positional arguments
  // beyond the others make its tuple.
  ArrayAttr names = func.getArgNames();
  size_t numPositional = args.size() - keywords.size();
  SmallVector<Value> bound(names.size());
  SmallVector<Type> boundTypes(names.size());
  size_t named = func.getVararg() ? names.size() - 1 : names.size();
  for (size_t i = 0; i < std::min(numPositional, named); ++i) {
    bound[i] = args[i];
    boundTypes[i] = argTypes[i];
  }
  if (func.getVararg()) {
    auto tuple = cast<ann::TupleType>(func.getFunctionType().getInput(named));
    size_t extra = numPositional > named ? numPositional - named : 0;
    if (extra != tuple.getElementTypes().size())
      return error(op, "the rtyper found " + Twine(extra) +
                           " arguments for *" +
                           cast<StringAttr>(names[named]).getValue() +
                           ", where the annotator saw " +
                           Twine(tuple.getElementTypes().size()));
    Value made = buildTuple(loc, args.slice(named, extra),
                            argTypes.slice(named, extra), tuple, op);
    if (!made)
      return failure();
    bound[named] = made;
    boundTypes[named] = tuple;
  }
  for (auto [keyword, arg, type] :
       llvm::zip(keywords, args.drop_front(numPositional),
                 argTypes.drop_front(numPositional)))
    for (auto [index, name] : llvm::enumerate(names))
      if (cast<StringAttr>(name).getValue() == keyword) {
        bound[index] = arg;
        boundTypes[index] = type;
      }
  ArrayAttr defaults = func.getDefaultsAttr();
  FunctionType flowType = func.getFunctionType();
  SmallVector<Value> llArgs;
  for (size_t i = 0; i < names.size(); ++i) {
    Type param = flowType.getInput(i);
    Type low = lowType(param, op);
    if (!low)
      return failure();
    if (isa<lltype::VoidType>(low))
      continue;
    Value value = bound[i];
    Type annotation = boundTypes[i];
    if (!value) {
      // A default: a constant of the parameter's type.
      size_t first = names.size() - (defaults ? defaults.size() : 0);
      Attribute constant = defaults[i - first];
      if (auto text = dyn_cast<StringAttr>(constant)) {
        value = isa<lltype::CharType>(low)
                    ? Value(lltype::ConstantOp::create(
                          builder, loc, low,
                          builder.getI64IntegerAttr(
                              static_cast<unsigned char>(text.getValue()[0]))))
                    : stringLiteral(loc, text.getValue());
      } else if (isa<flow::NoneAttr>(constant) &&
                 isa<lltype::PtrType>(low)) {
        value = lltype::NullOp::create(builder, loc, low);
      } else if (auto integer = dyn_cast<IntegerAttr>(constant)) {
        value = lltype::ConstantOp::create(
            builder, loc, low,
            isa<lltype::BoolType>(low)
                ? Attribute(builder.getBoolAttr(integer.getInt() != 0))
            : isa<lltype::FloatType>(low)
                ? Attribute(builder.getF64FloatAttr(integer.getInt()))
                : Attribute(builder.getI64IntegerAttr(integer.getInt())));
      } else if (auto number = dyn_cast<FloatAttr>(constant)) {
        value = lltype::ConstantOp::create(builder, loc, low, number);
      } else {
        return error(op, "the rtyper does not support the default value of "
                         "parameter '" +
                             cast<StringAttr>(names[i]).getValue() + "' yet");
      }
      annotation = param;
    }
    value = convert(value, annotation, param, op);
    if (!value)
      return failure();
    llArgs.push_back(value);
  }
  lltype::FuncOp target = functions.lookup(func.getSymName());
  auto call = lltype::DirectCallOp::create(
      builder, loc, target.getFunctionType().getResults(),
      FlatSymbolRefAttr::get(target), llArgs, ArrayAttr(), ArrayAttr());
  return call.getNumResults() ? call.getResult(0) : Value();
}

LogicalResult RTyper::convertBuiltinCall(Operation *op, StringRef name,
                                         ValueRange args,
                                         ArrayRef<Type> argTypes) {
  Location loc = op->getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  Type string = stringType();
  auto unit = [&]() -> Value {
    return lltype::ConstantOp::create(builder, loc, lltype::VoidType::get(ctx),
                                      builder.getUnitAttr());
  };
  SmallVector<StringRef> keywords;
  if (auto callArgs = dyn_cast<flow::CallArgsOp>(op))
    for (Attribute keyword : callArgs.getKeywords())
      keywords.push_back(cast<StringAttr>(keyword).getValue());
  size_t numPositional = args.size() - keywords.size();
  auto arg = [&](size_t i) { return lookup(args[i]); };

  if (name == "print") {
    Value sep = stringLiteral(loc, " "), end = stringLiteral(loc, "\n");
    StringRef write = "rpy_stdout_write";
    for (auto [keyword, value, type] :
         llvm::zip(keywords, args.drop_front(numPositional),
                   argTypes.drop_front(numPositional))) {
      if (keyword == "file") {
        auto pbc = cast<ann::PbcType>(type);
        auto stream = symbols.lookup<flow::PrebuiltOp>(
            cast<FlatSymbolRefAttr>(pbc.getMembers()[0]).getValue());
        auto streamName =
            cast<StringAttr>(stream.getFieldsAttr().get("name")).getValue();
        if (streamName == "<stderr>")
          write = "rpy_stderr_write";
        continue;
      }
      Value text = isa<ann::NoneType>(type)
                       ? stringLiteral(loc, keyword == "sep" ? " " : "\n")
                       : toStr(loc, lookup(value), type, op);
      if (!text)
        return failure();
      (keyword == "sep" ? sep : end) = text;
    }
    for (size_t i = 0; i < numPositional; ++i) {
      if (i > 0)
        callRuntime(loc, write, sep, Type());
      Value text = toStr(loc, arg(i), argTypes[i], op);
      if (!text)
        return failure();
      callRuntime(loc, write, text, Type());
    }
    callRuntime(loc, write, end, Type());
    return produce(op, unit());
  }
  if (name == "len" && args.size() == 1) {
    Type type = argTypes[0];
    if (isa<ann::CharType>(type))
      return produce(op, lltype::ConstantOp::create(
                             builder, loc, signed_, builder.getI64IntegerAttr(1)));
    if (isa<ann::StrType>(type))
      return produce(op, lltype::GetArraySizeOp::create(
                             builder, loc, arg(0), builder.getStringAttr("chars")));
    if (isa<ann::DictType, ann::SetType>(type))
      return produce(op, lltype::GetFieldOp::create(builder, loc, signed_,
                                                    arg(0), "length"));
    if (auto tuple = dyn_cast<ann::TupleType>(type))
      return produce(op, lltype::ConstantOp::create(
                             builder, loc, signed_,
                             builder.getI64IntegerAttr(
                                 tuple.getElementTypes().size())));
    if (auto list = dyn_cast<ann::ListType>(type)) {
      if (list.getFixed())
        return produce(op, lltype::GetArraySizeOp::create(builder, loc, arg(0),
                                                          StringAttr()));
      return produce(op, lltype::GetFieldOp::create(builder, loc, signed_,
                                                    arg(0), "length"));
    }
  }
  if ((name == "str" || name == "repr") && args.size() == 1) {
    if (name == "repr" && isString(argTypes[0])) {
      Value text = toStr(loc, arg(0), argTypes[0], op);
      return text ? produce(op, callRuntime(loc, "rpy_str_repr", text, string))
                  : failure();
    }
    Value text = toStr(loc, arg(0), argTypes[0], op);
    return text ? produce(op, text) : failure();
  }
  if ((name == "hex" || name == "oct") && args.size() == 1) {
    // As "%#x" and "%#o" format: "-0xff", "0o10".
    FormatSpec spec{name == "hex" ? 'x' : 'o', /*flags=*/16, 0, -1};
    Value text = formatValue(loc, arg(0), argTypes[0], spec, false, op);
    return text ? produce(op, text) : failure();
  }
  if (name == "hash" && args.size() == 1) {
    // CPython's: an int is its own hash, except -1 (-2); a str's is the
    // runtime's (CPython randomises it, so no program prints it).
    Type type = argTypes[0];
    if (isString(type)) {
      Value text = toStr(loc, arg(0), type, op);
      return text ? produce(op, callRuntime(loc, "rpy_str_hash", text, signed_))
                  : failure();
    }
    if (isa<ann::FloatType>(type))
      return produce(op, callRuntime(loc, "rpy_float_hash", arg(0), signed_));
    Value value = convert(arg(0), type, ann::IntType::get(ctx, false, false), op);
    if (!value)
      return failure();
    Value minusOne = lltype::ConstantOp::create(builder, loc, signed_,
                                                builder.getI64IntegerAttr(-1));
    return produce(op, select(loc,
                              lltype::IntEqOp::create(builder, loc, value,
                                                      minusOne),
                              lltype::ConstantOp::create(
                                  builder, loc, signed_,
                                  builder.getI64IntegerAttr(-2)),
                              value));
  }
  if ((name == "sorted" || name == "list") && numPositional == 1) {
    // A new list of the items (sorted: then sorted, and reversed when
    // asked, which for ints, floats and strings is the same as sorting
    // downwards).
    auto result = cast<ann::ListType>(op->getResult(0).getType());
    Type item = listItemType(result, op);
    FailureOr<Items> items = itemsOf(loc, arg(0), argTypes[0], op);
    if (!item || failed(items))
      return failure();
    if (items->chars || items->item != item)
      return error(op, "the rtyper supports " + name +
                           "() of lists, sets and dicts of the result's "
                           "items only yet");
    Value zero = lltype::ConstantOp::create(builder, loc, signed_,
                                            builder.getI64IntegerAttr(0));
    Value copy = lltype::DirectCallOp::create(
                     builder, loc, TypeRange{itemArrayType(item)},
                     listSliceHelper(item),
                     ValueRange{items->array, items->length, zero,
                                items->length},
                     ArrayAttr(), ArrayAttr())
                     .getResult(0);
    if (name == "sorted") {
      if (failed(sortItems(op, copy, items->length, item,
                           result.getElementType())))
        return failure();
      for (auto [keyword, value, type] :
           llvm::zip(keywords, args.drop_front(numPositional),
                     argTypes.drop_front(numPositional))) {
        if (keyword != "reverse")
          return error(op, "the rtyper does not support sorted(" + keyword +
                               "=...) yet");
        Value reverse = truth(loc, lookup(value), type, op);
        if (!reverse)
          return failure();
        Block *current = builder.getInsertionBlock();
        auto *flip = new Block(), *join = new Block();
        current->getParent()->getBlocks().insertAfter(current->getIterator(),
                                                      flip);
        current->getParent()->getBlocks().insertAfter(flip->getIterator(),
                                                      join);
        lltype::CondBrOp::create(builder, loc, reverse, ValueRange(),
                                 ValueRange(), flip, join);
        builder.setInsertionPointToStart(flip);
        lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                     listHelper("reverse", item),
                                     ValueRange{copy, items->length},
                                     ArrayAttr(), ArrayAttr());
        lltype::BrOp::create(builder, loc, ValueRange(), join);
        builder.setInsertionPointToStart(join);
      }
    } else if (!keywords.empty()) {
      return error(op, "list() takes no keyword arguments");
    }
    if (result.getFixed())
      return produce(op, copy);
    Value list = lltype::MallocOp::create(builder, loc, listType(item, true));
    lltype::SetFieldOp::create(builder, loc, list, "length", items->length);
    lltype::SetFieldOp::create(builder, loc, list, "items", copy);
    return produce(op, list);
  }
  if (name == "object" && args.empty())
    return instantiate(op, classOrder.front(), args, argTypes);
  if (name == "dict" && args.empty()) {
    FailureOr<DictRepr> repr =
        dictRepr(cast<ann::DictType>(op->getResult(0).getType()), loc);
    if (failed(repr))
      return failure();
    return produce(op, lltype::DirectCallOp::create(
                           builder, loc, TypeRange{repr->dict},
                           dictHelper(*repr, "newdict"), ValueRange(),
                           ArrayAttr(), ArrayAttr())
                           .getResult(0));
  }
  if (name == "tuple" && args.size() == 1 &&
      isa<ann::TupleType>(argTypes[0])) {
    Value same = convert(arg(0), argTypes[0], op->getResult(0).getType(), op);
    return same ? produce(op, same) : failure();
  }
  if (name == "set" && args.size() <= 1) {
    FailureOr<DictRepr> repr =
        dictRepr(dictOfSet(op->getResult(0).getType()), loc);
    if (failed(repr))
      return failure();
    Value set = newSetOf(loc, *repr, args.empty() ? Value() : arg(0),
                         args.empty() ? Type() : argTypes[0], op);
    return set ? produce(op, set) : failure();
  }
  // rarithmetic: machine-word conversions, and ovfcheck(x op y) as the
  // checked form of the operation.
  if (StringRef what = name;
      what.consume_front("rpython.rlib.rarithmetic.") && args.size() == 1) {
    if (what == "ovfcheck")
      return convertOvfCheck(op, args[0]);
    bool toUnsigned = what == "r_uint";
    if (toUnsigned || what == "intmask") {
      Value value = arg(0);
      Type from = argTypes[0];
      if (auto integer = dyn_cast<ann::IntType>(from);
          integer && integer.getIsUnsigned() != toUnsigned)
        value = toUnsigned
                    ? Value(lltype::CastIntToUintOp::create(builder, loc, value))
                    : Value(lltype::CastUintToIntOp::create(builder, loc, value));
      else
        value = convert(value, from,
                        ann::IntType::get(ctx, false, toUnsigned), op);
      return value ? produce(op, value) : failure();
    }
  }
  if (name == "bool" && args.size() == 1) {
    Value value = truth(loc, arg(0), argTypes[0], op);
    return value ? produce(op, value) : failure();
  }
  if (name == "int" && args.size() == 1) {
    Type type = argTypes[0];
    if (isa<ann::FloatType>(type))
      return produce(op, lltype::CastFloatToIntOp::create(builder, loc, arg(0)));
    if (isa<ann::IntType, ann::BoolType>(type)) {
      Value value = convert(arg(0), type, op->getResult(0).getType(), op);
      return value ? produce(op, value) : failure();
    }
    if (isString(type)) {
      Value text = toStr(loc, arg(0), type, op);
      return produce(op, lltype::DirectCallOp::create(
                             builder, loc, TypeRange{signed_},
                             parseHelper("int"), ValueRange{text},
                             ArrayAttr(), ArrayAttr())
                             .getResult(0));
    }
  }
  if (name == "float" && args.size() == 1) {
    Type type = argTypes[0];
    auto float_ = lltype::FloatType::get(ctx);
    if (isString(type)) {
      Value text = toStr(loc, arg(0), type, op);
      return produce(op, lltype::DirectCallOp::create(
                             builder, loc, TypeRange{float_},
                             parseHelper("float"), ValueRange{text},
                             ArrayAttr(), ArrayAttr())
                             .getResult(0));
    }
    Value value = convert(arg(0), type, ann::FloatType::get(ctx), op);
    return value ? produce(op, value) : failure();
  }
  if (name == "abs" && args.size() == 1) {
    if (isa<ann::FloatType>(argTypes[0]))
      return produce(op, lltype::FloatAbsOp::create(builder, loc, arg(0)));
    Value value = convert(arg(0), argTypes[0], ann::IntType::get(ctx, false, false), op);
    return value ? produce(op, lltype::IntAbsOp::create(builder, loc, value))
                 : failure();
  }
  if (name == "chr" && args.size() == 1) {
    Value value = convert(arg(0), argTypes[0], ann::IntType::get(ctx, false, false), op);
    return value ? produce(op, lltype::CastIntToCharOp::create(builder, loc, value))
                 : failure();
  }
  if (name == "ord" && args.size() == 1) {
    Value chr = arg(0);
    if (isa<ann::StrType>(argTypes[0])) {
      Value zero = lltype::ConstantOp::create(builder, loc, signed_,
                                              builder.getI64IntegerAttr(0));
      chr = lltype::GetArrayItemOp::create(builder, loc,
                                           lltype::CharType::get(ctx), chr,
                                           builder.getStringAttr("chars"), zero);
    }
    return produce(op, lltype::CastCharToIntOp::create(builder, loc, chr));
  }
  if ((name == "min" || name == "max") && args.size() == 1) {
    auto list = cast<ann::ListType>(argTypes[0]);
    Type item = listItemType(list, op);
    if (!item)
      return failure();
    Value items = arg(0), length;
    if (list.getFixed()) {
      length = lltype::GetArraySizeOp::create(builder, loc, items, StringAttr());
    } else {
      length = lltype::GetFieldOp::create(builder, loc, signed_, items, "length");
      items = lltype::GetFieldOp::create(builder, loc, itemArrayType(item),
                                         items, "items");
    }
    return produce(op, lltype::DirectCallOp::create(
                           builder, loc, TypeRange{item}, listHelper(name, item),
                           ValueRange{items, length}, ArrayAttr(), ArrayAttr())
                           .getResult(0));
  }
  if (name == "min" || name == "max") {
    // Left to right, keeping the first of equal values as CPython does.
    Type result = op->getResult(0).getType();
    Value best = convert(arg(0), argTypes[0], result, op);
    if (!best)
      return failure();
    for (size_t i = 1; i < args.size(); ++i) {
      Value next = convert(arg(i), argTypes[i], result, op);
      if (!next)
        return failure();
      Value better = name == "min" ? itemLess(loc, next, best)
                                   : itemLess(loc, best, next);
      best = select(loc, better, next, best);
    }
    return produce(op, best);
  }
  if (name == "zip" && !args.empty()) {
    // A new list of tuples, as long as the shortest list.
    auto result = cast<ann::ListType>(op->getResult(0).getType());
    auto tuple = cast<ann::TupleType>(result.getElementType());
    lltype::PtrType tupleType = this->tupleType(tuple, loc);
    if (!tupleType)
      return failure();
    SmallVector<Value> arrays, lengths;
    for (size_t i = 0; i < args.size(); ++i) {
      auto list = cast<ann::ListType>(argTypes[i]);
      Type item = listItemType(list, op);
      if (!item)
        return failure();
      if (list.getFixed()) {
        arrays.push_back(arg(i));
        lengths.push_back(
            lltype::GetArraySizeOp::create(builder, loc, arg(i), StringAttr()));
      } else {
        arrays.push_back(lltype::GetFieldOp::create(
            builder, loc, itemArrayType(item), arg(i), "items"));
        lengths.push_back(
            lltype::GetFieldOp::create(builder, loc, signed_, arg(i), "length"));
      }
    }
    Value length = lengths.front();
    for (Value other : llvm::drop_begin(lengths))
      length = select(loc, lltype::IntLeOp::create(builder, loc, length, other),
                      length, other);
    Value items = lltype::MallocVarsizeOp::create(
        builder, loc, itemArrayType(tupleType), length);
    // for i in range(length): items[i] = (a[i], b[i], ...)
    Block *current = builder.getInsertionBlock();
    Region *region = current->getParent();
    auto *loop = new Block(), *body = new Block(), *done = new Block();
    region->getBlocks().insertAfter(current->getIterator(), loop);
    region->getBlocks().insertAfter(loop->getIterator(), body);
    region->getBlocks().insertAfter(body->getIterator(), done);
    auto constant = [&](int64_t v) -> Value {
      return lltype::ConstantOp::create(builder, loc, signed_,
                                        builder.getI64IntegerAttr(v));
    };
    lltype::BrOp::create(builder, loc, ValueRange{constant(0)}, loop);
    Value index = loop->addArgument(signed_, loc);
    builder.setInsertionPointToStart(loop);
    lltype::CondBrOp::create(builder, loc,
                             lltype::IntLtOp::create(builder, loc, index, length),
                             ValueRange(), ValueRange(), body, done);
    builder.setInsertionPointToStart(body);
    Value pair = lltype::MallocOp::create(builder, loc, tupleType);
    for (size_t i = 0; i < args.size(); ++i) {
      auto list = cast<ann::ListType>(argTypes[i]);
      Type item = listItemType(list, op);
      Value value = lltype::GetArrayItemOp::create(builder, loc, item,
                                                   arrays[i], StringAttr(),
                                                   index);
      value = convert(value, list.getElementType(),
                      tuple.getElementTypes()[i], op);
      if (!value)
        return failure();
      lltype::SetFieldOp::create(builder, loc, pair,
                                 "item" + std::to_string(i), value);
    }
    lltype::SetArrayItemOp::create(builder, loc, items, StringAttr(), index,
                                   pair);
    lltype::BrOp::create(
        builder, loc,
        ValueRange{lltype::IntAddOp::create(builder, loc, index, constant(1))},
        loop);
    builder.setInsertionPointToStart(done);
    if (result.getFixed())
      return produce(op, items);
    Value list = lltype::MallocOp::create(builder, loc, listType(tupleType, true));
    lltype::SetFieldOp::create(builder, loc, list, "length", length);
    lltype::SetFieldOp::create(builder, loc, list, "items", items);
    return produce(op, list);
  }
  if ((name == "enumerate" || name == "reversed") && args.size() == 1) {
    auto iter = cast<ann::IterType>(op->getResult(0).getType());
    Value it = makeIterator(loc, iter, arg(0), argTypes[0]);
    if (!it)
      return error(op, "the rtyper does not support " + ann::describe(iter) +
                           " yet");
    return produce(op, it);
  }
  if (name == "range" && args.size() >= 1 && args.size() <= 3) {
    SmallVector<Value, 3> bounds;
    for (size_t i = 0; i < args.size(); ++i) {
      Value value = convert(arg(i), argTypes[i],
                            ann::IntType::get(ctx, false, false), op);
      if (!value)
        return failure();
      bounds.push_back(value);
    }
    auto constant = [&](int64_t v) -> Value {
      return lltype::ConstantOp::create(builder, loc, signed_,
                                        builder.getI64IntegerAttr(v));
    };
    if (bounds.size() == 1)
      bounds.insert(bounds.begin(), constant(0));
    if (bounds.size() == 2)
      bounds.push_back(constant(1));
    // Only loops iterate over it: no list, only the bounds (Iterators.cpp).
    if (llvm::all_of(op->getResult(0).getUsers(),
                     [](Operation *user) { return isa<flow::IterOp>(user); })) {
      ranges[op->getResult(0)] = bounds;
      return produce(op, unit());
    }
    // Otherwise the list of its numbers, as PyPy makes it.
    auto list = cast<ann::ListType>(op->getResult(0).getType());
    Value items = lltype::DirectCallOp::create(
                      builder, loc, TypeRange{itemArrayType(signed_)},
                      listHelper("range", signed_), bounds, ArrayAttr(),
                      ArrayAttr())
                      .getResult(0);
    if (list.getFixed())
      return produce(op, items);
    Value result = lltype::MallocOp::create(builder, loc, listType(signed_, true));
    lltype::SetFieldOp::create(
        builder, loc, result, "length",
        lltype::GetArraySizeOp::create(builder, loc, items, StringAttr()));
    lltype::SetFieldOp::create(builder, loc, result, "items", items);
    return produce(op, result);
  }
  // The JIT's hints do nothing until there is a JIT.
  if (name.starts_with("rpython.rlib.jit.JitDriver."))
    return produce(op, unit());
  if ((name == "rpython.rlib.jit.promote" || name == "rpython.rlib.jit.hint") &&
      !args.empty())
    return produce(op, arg(0));
  // sys: exit by raising SystemExit (so finally blocks run, and
  // `except BaseException` sees it), and the standard streams.
  if (name == "sys.exit") {
    Value status = args.empty() || isa<ann::NoneType>(argTypes[0])
                       ? Value(lltype::ConstantOp::create(
                             builder, loc, signed_,
                             builder.getI64IntegerAttr(0)))
                       : convert(arg(0), argTypes[0],
                                 ann::IntType::get(ctx, false, false), op);
    if (!status)
      return failure();
    lltype::DirectCallOp::create(builder, loc, TypeRange(), sysExitHelper(),
                                 ValueRange{status}, ArrayAttr(), ArrayAttr());
    return produce(op, unit());
  }
  if ((name == "sys.stdout.write" || name == "sys.stderr.write") &&
      args.size() == 1) {
    Value text = toStr(loc, arg(0), argTypes[0], op);
    if (!text)
      return failure();
    callRuntime(loc,
                name == "sys.stdout.write" ? "rpy_stdout_write"
                                           : "rpy_stderr_write",
                text, Type());
    return produce(op, lltype::GetArraySizeOp::create(
                           builder, loc, text, builder.getStringAttr("chars")));
  }
  if (name == "sys.stdout.flush" || name == "sys.stderr.flush") {
    if (name == "sys.stdout.flush")
      callRuntime(loc, "rpy_stdout_flush", {}, Type());
    return produce(op, unit());
  }
  if (name == "time.time" || name == "time.perf_counter")
    return produce(op, callRuntime(loc,
                                   name == "time.time" ? "rpy_time_time"
                                                       : "rpy_time_perf_counter",
                                   {}, lltype::FloatType::get(ctx)));
  if (name.consume_front("math."))
    return convertMathCall(op, name, args, argTypes);
  if (name.consume_front("os."))
    return convertOsCall(op, name, args, argTypes);
  // Methods of strings and lists: the object is the getattr's.
  auto getattr = op->getOperand(0).getDefiningOp<flow::GetAttrOp>();
  Value self = getattr ? lookup(getattr.getObject()) : Value();
  Type selfType = getattr ? getattr.getObject().getType() : Type();
  if (name == "str.decode" || name == "str.encode")
    return produce(op, toStr(loc, self, selfType, op));
  if (name.starts_with("str.") && name != "str.join")
    return convertStrMethod(op, name.drop_front(4), self, selfType, args,
                            argTypes);
  if (StringRef method = name; method.consume_front(
                                   "rpython.rlib.rstring.StringBuilder")) {
    method.consume_front(".");
    return convertBuilderCall(op, method, self, args, argTypes);
  }
  if (name.starts_with("set."))
    return convertSetMethod(op, name.drop_front(4), self, selfType, args,
                            argTypes);
  if (name == "dict.get" && (args.size() == 1 || args.size() == 2)) {
    auto dictType = cast<ann::DictType>(selfType);
    FailureOr<DictRepr> repr = dictRepr(dictType, loc);
    if (failed(repr))
      return failure();
    Value key = dictKey(loc, *repr, arg(0), argTypes[0],
                        dictType.getKeyType(), op);
    // The default (None without one), as the result's representation.
    Type result = op->getResult(0).getType();
    Value fallback =
        args.size() == 2
            ? convert(arg(1), argTypes[1], result, op)
            : convert(unit(), ann::NoneType::get(ctx), result, op);
    if (!key || !fallback)
      return failure();
    if (fallback.getType() != repr->value)
      return error(op, "the rtyper supports dict.get() only with a default "
                       "of the values' type yet");
    Value value = lltype::DirectCallOp::create(
                      builder, loc, TypeRange{repr->value},
                      dictHelper(*repr, "get"),
                      ValueRange{self, key, fallback}, ArrayAttr(), ArrayAttr())
                      .getResult(0);
    return produce(op, value);
  }
  if (name == "dict.setdefault" && args.size() == 2) {
    // d.get(k, default), stored back: the same value when k was there.
    auto dictType = cast<ann::DictType>(selfType);
    FailureOr<DictRepr> repr = dictRepr(dictType, loc);
    if (failed(repr))
      return failure();
    Value key = dictKey(loc, *repr, arg(0), argTypes[0],
                        dictType.getKeyType(), op);
    Value fallback = convert(arg(1), argTypes[1], dictType.getValueType(), op);
    if (!key || !fallback)
      return failure();
    Value value = lltype::DirectCallOp::create(
                      builder, loc, TypeRange{repr->value},
                      dictHelper(*repr, "get"),
                      ValueRange{self, key, fallback}, ArrayAttr(), ArrayAttr())
                      .getResult(0);
    lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                 dictHelper(*repr, "setitem"),
                                 ValueRange{self, key, value}, ArrayAttr(),
                                 ArrayAttr());
    Value result = convert(value, dictType.getValueType(),
                           op->getResult(0).getType(), op);
    return result ? produce(op, result) : failure();
  }
  if (name == "dict.pop" && (args.size() == 1 || args.size() == 2)) {
    auto dictType = cast<ann::DictType>(selfType);
    FailureOr<DictRepr> repr = dictRepr(dictType, loc);
    if (failed(repr))
      return failure();
    Value key = dictKey(loc, *repr, arg(0), argTypes[0],
                        dictType.getKeyType(), op);
    if (!key)
      return failure();
    Value last;
    if (args.size() == 2) {
      last = convert(arg(1), argTypes[1], dictType.getValueType(), op);
    } else {
      // The key's repr for the KeyError message.
      last = toStr(loc, arg(0), argTypes[0], op);
      if (last && isString(argTypes[0]))
        last = callRuntime(loc, "rpy_str_repr", last, string);
    }
    if (!last)
      return failure();
    Value value = lltype::DirectCallOp::create(
                      builder, loc, TypeRange{repr->value},
                      dictHelper(*repr, args.size() == 2 ? "popdefault" : "pop"),
                      ValueRange{self, key, last}, ArrayAttr(), ArrayAttr())
                      .getResult(0);
    Value result = convert(value, dictType.getValueType(),
                           op->getResult(0).getType(), op);
    return result ? produce(op, result) : failure();
  }
  if ((name == "dict.clear" || name == "dict.copy") && args.empty()) {
    FailureOr<DictRepr> repr = dictRepr(cast<ann::DictType>(selfType), loc);
    if (failed(repr))
      return failure();
    StringRef what = name.drop_front(5);
    bool copy = what == "copy";
    Value result =
        lltype::DirectCallOp::create(
            builder, loc, copy ? TypeRange{repr->dict} : TypeRange(),
            copy ? dictHelper(*repr, "copy") : setHelper(*repr, "clear"),
            ValueRange{self}, ArrayAttr(), ArrayAttr())
            ->getResults()
            .front();
    return produce(op, copy ? result : unit());
  }
  if ((name == "dict.keys" || name == "dict.values" || name == "dict.items") &&
      args.empty()) {
    auto dictType = cast<ann::DictType>(selfType);
    FailureOr<DictRepr> repr = dictRepr(dictType, loc);
    if (failed(repr))
      return failure();
    auto result = cast<ann::ListType>(op->getResult(0).getType());
    Type item = listItemType(result, op);
    if (!item)
      return failure();
    FlatSymbolRefAttr helper = dictHelper(*repr, name.drop_front(5), item);
    Value items = lltype::DirectCallOp::create(
                      builder, loc, TypeRange{itemArrayType(item)}, helper,
                      ValueRange{self}, ArrayAttr(), ArrayAttr())
                      .getResult(0);
    if (result.getFixed())
      return produce(op, items);
    Value list = lltype::MallocOp::create(builder, loc, listType(item, true));
    lltype::SetFieldOp::create(
        builder, loc, list, "length",
        lltype::GetArraySizeOp::create(builder, loc, items, StringAttr()));
    lltype::SetFieldOp::create(builder, loc, list, "items", items);
    return produce(op, list);
  }
  if (name == "str.join" && args.size() == 1) {
    auto list = cast<ann::ListType>(argTypes[0]);
    Value items = arg(0), length;
    Type itemType = listItemType(list, op);
    if (!itemType)
      return failure();
    if (list.getFixed()) {
      length = lltype::GetArraySizeOp::create(builder, loc, items, StringAttr());
    } else {
      length = lltype::GetFieldOp::create(builder, loc, signed_, items, "length");
      items = lltype::GetFieldOp::create(builder, loc, itemArrayType(itemType),
                                         items, "items");
    }
    Value separator = toStr(loc, self, selfType, op);
    if (isa<lltype::CharType>(itemType))
      return produce(op, callRuntime(loc, "rpy_str_join_chars",
                                     {separator, items, length}, string));
    // The runtime's: a resizable list, or a fixed one's array.
    if (list.getFixed())
      return produce(op, callRuntime(loc, "rpy_str_join_array",
                                     {separator, items}, string));
    return produce(op,
                   callRuntime(loc, "rpy_str_join", {separator, arg(0)}, string));
  }
  if (name == "list.pop" && args.size() <= 1) {
    // ll_pop: the item at the index (the last by default), removed;
    // IndexError as CPython says it.
    auto list = cast<ann::ListType>(selfType);
    Type item = listItemType(list, op);
    Value index =
        args.empty()
            ? Value(lltype::ConstantOp::create(builder, loc, signed_,
                                               builder.getI64IntegerAttr(-1)))
            : convert(arg(0), argTypes[0], ann::IntType::get(ctx, false, false),
                      op);
    if (!item || !index)
      return failure();
    return produce(op, lltype::DirectCallOp::create(
                           builder, loc, TypeRange{item},
                           listHelper("pop", item), ValueRange{self, index},
                           ArrayAttr(), ArrayAttr())
                           .getResult(0));
  }
  if (name.starts_with("list.") && name != "list.append" &&
      name != "list.pop")
    return convertListMethod(op, name.drop_front(5), self,
                             cast<ann::ListType>(selfType), args, argTypes);
  if (name == "list.append" && args.size() == 1) {
    auto list = cast<ann::ListType>(getattr.getObject().getType());
    Type item = listItemType(list, op);
    Value stored = item ? convert(arg(0), argTypes[0], list.getElementType(), op)
                        : Value();
    if (!stored)
      return failure();
    lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                 listAppendHelper(item),
                                 ValueRange{lookup(getattr.getObject()), stored},
                                 ArrayAttr(), ArrayAttr());
    return produce(op, unit());
  }
  return error(op, "the rtyper does not support calling the built-in '" +
                       name + "' yet");
}

LogicalResult RTyper::convertNewList(flow::NewListOp op) {
  Location loc = op.getLoc();
  auto list = cast<ann::ListType>(op.getResult().getType());
  Type item = listItemType(list, op);
  if (!item)
    return failure();
  auto signed_ = lltype::SignedType::get(ctx);
  Value count = lltype::ConstantOp::create(
      builder, loc, signed_, builder.getI64IntegerAttr(op.getNumOperands()));
  Value items = lltype::MallocVarsizeOp::create(builder, loc,
                                                itemArrayType(item), count);
  for (auto [index, operand] : llvm::enumerate(op.getOperands())) {
    Value value = convert(lookup(operand), operand.getType(),
                          list.getElementType(), op);
    if (!value)
      return failure();
    if (isa<lltype::VoidType>(value.getType()))
      value = zeroOf(loc, item); // None in a list of placeholders
    Value position = lltype::ConstantOp::create(
        builder, loc, signed_, builder.getI64IntegerAttr(index));
    lltype::SetArrayItemOp::create(builder, loc, items, StringAttr(), position,
                                   value);
  }
  if (list.getFixed())
    return produce(op, items);
  Value result = lltype::MallocOp::create(builder, loc, listType(item, true));
  lltype::SetFieldOp::create(builder, loc, result, "length", count);
  lltype::SetFieldOp::create(builder, loc, result, "items", items);
  return produce(op, result);
}

FlatSymbolRefAttr RTyper::listAppendHelper(Type item) {
  lltype::PtrType listPtr = listType(item, true);
  lltype::PtrType arrayPtr = itemArrayType(item);
  std::string name =
      "ll_append." + listPtr.getTarget().getValue().drop_front(5).str();
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  auto func = lltype::FuncOp::create(
      builder, loc, name, FunctionType::get(ctx, {listPtr, item}, {}),
      StringAttr(), ArrayAttr(), ArrayAttr());
  symbols.insert(func);
  auto signed_ = lltype::SignedType::get(ctx);
  auto constant = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  // PyPy's ll_append: grow the items array when full (by about 1/8, as
  // CPython's list_resize), then store at the end.
  Block *entry = func.addEntryBlock();
  Value list = entry->getArgument(0), value = entry->getArgument(1);
  builder.setInsertionPointToStart(entry);
  Value length = lltype::GetFieldOp::create(builder, loc, signed_, list, "length");
  Value items = lltype::GetFieldOp::create(builder, loc, arrayPtr, list, "items");
  Value capacity = lltype::GetArraySizeOp::create(builder, loc, items, StringAttr());
  Value full = lltype::IntGeOp::create(builder, loc, length, capacity);
  Region &body = func.getBody();
  auto *grow = new Block(), *copy = new Block(), *copyBody = new Block(),
       *copied = new Block(), *store = new Block();
  for (Block *block : {grow, copy, copyBody, copied, store})
    body.push_back(block);
  Value storeItems = store->addArgument(arrayPtr, loc);
  lltype::CondBrOp::create(builder, loc, full, ValueRange(), ValueRange{items},
                           grow, store);

  builder.setInsertionPointToStart(grow);
  Value newLength = lltype::IntAddOp::create(builder, loc, length, constant(1));
  Value extra = lltype::IntAddOp::create(
      builder, loc,
      lltype::IntRShiftOp::create(builder, loc, newLength, constant(3)),
      constant(6));
  Value newCapacity = lltype::IntAddOp::create(builder, loc, newLength, extra);
  Value newItems =
      lltype::MallocVarsizeOp::create(builder, loc, arrayPtr, newCapacity);
  lltype::BrOp::create(builder, loc, ValueRange{constant(0)}, copy);

  Value index = copy->addArgument(signed_, loc);
  builder.setInsertionPointToStart(copy);
  Value more = lltype::IntLtOp::create(builder, loc, index, length);
  lltype::CondBrOp::create(builder, loc, more, ValueRange(), ValueRange(),
                           copyBody, copied);

  builder.setInsertionPointToStart(copyBody);
  Value moved = lltype::GetArrayItemOp::create(builder, loc, item, items,
                                               StringAttr(), index);
  lltype::SetArrayItemOp::create(builder, loc, newItems, StringAttr(), index,
                                 moved);
  lltype::BrOp::create(
      builder, loc,
      ValueRange{lltype::IntAddOp::create(builder, loc, index, constant(1))},
      copy);

  builder.setInsertionPointToStart(copied);
  lltype::SetFieldOp::create(builder, loc, list, "items", newItems);
  lltype::BrOp::create(builder, loc, ValueRange{newItems}, store);

  builder.setInsertionPointToStart(store);
  lltype::SetArrayItemOp::create(builder, loc, storeItems, StringAttr(), length,
                                 value);
  lltype::SetFieldOp::create(
      builder, loc, list, "length",
      lltype::IntAddOp::create(builder, loc, length, constant(1)));
  lltype::ReturnOp::create(builder, loc, Value());
  return FlatSymbolRefAttr::get(ctx, name);
}
