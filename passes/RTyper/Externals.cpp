//===- Externals.cpp - os functions and the helpers that raise ------------===//
//
// `os.read/write/open/close` call the runtime, which reports a failure by
// its result (a null string, -1); the RTyper then raises OSError with the
// runtime's description of the error, through a helper function made once
// per built-in exception class (`ll_raise.OSError`). Also the helper of
// `[x] * n`.
//
//===----------------------------------------------------------------------===//

#include "passes/RTyper/RTyperImpl.h"

#include <limits>

#include "dialects/ann/Lattice.h"
#include "dialects/flow/FlowDialect.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::rtyper::detail;

FlatSymbolRefAttr RTyper::raiseHelper(StringRef cls) {
  std::string name = ("ll_raise." + cls).str();
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  // The class is in the tree: collectClasses adds the ones the RTyper
  // raises by itself.
  auto classAttr = flow::BuiltinAttr::get(ctx, cls);
  if (!classInfos.count(classAttr))
    return nullptr;
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  Type string = stringType();
  auto func = lltype::FuncOp::create(
      builder, loc, name, FunctionType::get(ctx, {string}, {}), StringAttr(),
      ArrayAttr(), ArrayAttr());
  func->setAttr("lltype.cold", builder.getUnitAttr());
  symbols.insert(func);
  Block *entry = func.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  Value instance = lltype::MallocOp::create(builder, loc, instanceType(classAttr));
  Attribute root = classOrder.front();
  Value vtable = lltype::AddressOfOp::create(
      builder, loc, lltype::PtrType::get(ctx, vtableStruct(classAttr)),
      vtableGlobal(classAttr));
  lltype::SetFieldOp::create(
      builder, loc, castInstance(loc, instance, root), "typeptr",
      lltype::CastPointerOp::create(
          builder, loc, lltype::PtrType::get(ctx, vtableStruct(root)), vtable));
  Attribute base = exceptionBase(classAttr);
  lltype::SetFieldOp::create(builder, loc, castInstance(loc, instance, base),
                             "message", entry->getArgument(0));
  lltype::RaiseOp::create(builder, loc, castInstance(loc, instance, root));
  return FlatSymbolRefAttr::get(ctx, name);
}

void RTyper::raiseIf(Location loc, Value condition, StringRef cls,
                     StringRef message) {
  Block *here = builder.getInsertionBlock();
  Region *body = here->getParent();
  auto *fail = new Block(), *ok = new Block();
  body->push_back(fail);
  body->push_back(ok);
  lltype::CondBrOp::create(builder, loc, condition, ValueRange(), ValueRange(),
                           fail, ok);
  builder.setInsertionPointToStart(fail);
  lltype::DirectCallOp::create(builder, loc, TypeRange(), raiseHelper(cls),
                               ValueRange{stringLiteral(loc, message)},
                               ArrayAttr(), ArrayAttr());
  lltype::UnreachableOp::create(builder, loc);
  builder.setInsertionPointToStart(ok);
}

void RTyper::createStackOverflowHelper() {
  // `ll_stack_overflow()`: what lltype-stack-check calls when the stack is
  // near its end (PyPy's stack_check_slowpath), with CPython's message.
  OpBuilder::InsertionGuard guard(builder);
  FlatSymbolRefAttr raise = raiseHelper("RecursionError");
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  auto func = lltype::FuncOp::create(builder, loc, "ll_stack_overflow",
                                     FunctionType::get(ctx, {}, {}),
                                     StringAttr(), ArrayAttr(), ArrayAttr());
  func->setAttr("lltype.cold", builder.getUnitAttr());
  symbols.insert(func);
  builder.setInsertionPointToStart(func.addEntryBlock());
  lltype::DirectCallOp::create(
      builder, loc, TypeRange(), raise,
      ValueRange{stringLiteral(loc, "maximum recursion depth exceeded")},
      ArrayAttr(), ArrayAttr());
  lltype::UnreachableOp::create(builder, loc);
}

Value RTyper::checkedIndex(Location loc, Value index, Value length,
                           StringRef message) {
  // One helper per message: the index from the end when negative, or
  // IndexError(message) when out of range.
  std::string name = "ll_checkindex." + std::to_string(llvm::hash_value(message));
  auto signed_ = lltype::SignedType::get(ctx);
  if (!symbols.lookup(name)) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToEnd(module.getBody());
    Location at = module.getLoc();
    auto func = lltype::FuncOp::create(
        builder, at, name, FunctionType::get(ctx, {signed_, signed_}, {signed_}),
        StringAttr(), ArrayAttr(), ArrayAttr());
    symbols.insert(func);
    Block *entry = func.addEntryBlock();
    builder.setInsertionPointToStart(entry);
    Value i = normalizeIndex(at, entry->getArgument(0), entry->getArgument(1));
    // 0 <= i < length, as one unsigned comparison.
    Value inside = lltype::UintLtOp::create(
        builder, at, lltype::CastIntToUintOp::create(builder, at, i),
        lltype::CastIntToUintOp::create(builder, at, entry->getArgument(1)));
    raiseIf(at, lltype::BoolNotOp::create(builder, at, inside), "IndexError",
            message);
    lltype::ReturnOp::create(builder, at, i);
  }
  return lltype::DirectCallOp::create(builder, loc, TypeRange{signed_},
                                      FlatSymbolRefAttr::get(ctx, name),
                                      ValueRange{index, length}, ArrayAttr(),
                                      ArrayAttr())
      .getResult(0);
}

void RTyper::checkDivisor(Location loc, Value divisor, StringRef message) {
  // One helper per message and divisor type: ZeroDivisionError(message)
  // when the divisor is zero.
  Type type = divisor.getType();
  std::string name = "ll_checkdivisor." + typeName(type) + "." +
                     std::to_string(llvm::hash_value(message));
  if (!symbols.lookup(name)) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToEnd(module.getBody());
    Location at = module.getLoc();
    auto func = lltype::FuncOp::create(builder, at, name,
                                       FunctionType::get(ctx, {type}, {}),
                                       StringAttr(), ArrayAttr(), ArrayAttr());
    symbols.insert(func);
    Block *entry = func.addEntryBlock();
    builder.setInsertionPointToStart(entry);
    Value d = entry->getArgument(0);
    Value zero;
    if (isa<lltype::FloatType>(type))
      zero = lltype::FloatEqOp::create(
          builder, at, d,
          lltype::ConstantOp::create(builder, at, type,
                                     builder.getF64FloatAttr(0)));
    else if (isa<lltype::UnsignedType>(type))
      zero = lltype::UintEqOp::create(
          builder, at, d,
          lltype::ConstantOp::create(builder, at, type,
                                     builder.getI64IntegerAttr(0)));
    else
      zero = lltype::IntEqOp::create(
          builder, at, d,
          lltype::ConstantOp::create(builder, at, type,
                                     builder.getI64IntegerAttr(0)));
    raiseIf(at, zero, "ZeroDivisionError", message);
    lltype::ReturnOp::create(builder, at, Value());
  }
  lltype::DirectCallOp::create(builder, loc, TypeRange(),
                               FlatSymbolRefAttr::get(ctx, name),
                               ValueRange{divisor}, ArrayAttr(), ArrayAttr());
}

LogicalResult RTyper::convertMathCall(Operation *op, StringRef name,
                                      ValueRange args,
                                      ArrayRef<Type> argTypes) {
  // The runtime's rpy_math_<name> (libm), then CPython's errors: a NaN
  // from numbers is a domain error, an infinity from finite numbers a
  // range error (a domain error for the logarithms, whose pole it is).
  Location loc = op->getLoc();
  auto floatType = lltype::FloatType::get(ctx);
  static constexpr llvm::StringLiteral unary[] = {
      "sqrt", "exp", "log", "log10", "log2", "sin", "cos", "tan", "asin",
      "acos", "atan", "sinh", "cosh", "tanh", "fabs", "floor", "ceil", "trunc",
      "isnan", "isinf", "isfinite"};
  static constexpr llvm::StringLiteral binary[] = {"atan2", "pow", "fmod",
                                                   "hypot", "copysign"};
  size_t arity = llvm::is_contained(unary, name)    ? 1
                 : llvm::is_contained(binary, name) ? 2
                                                    : 0;
  if (!arity || args.size() != arity)
    return error(op, "the rtyper does not support math." + name + "() with " +
                         Twine(args.size()) + " argument(s) yet");
  SmallVector<Value> operands;
  for (auto [value, type] : llvm::zip(args, argTypes)) {
    operands.push_back(
        convert(lookup(value), type, ann::FloatType::get(ctx), op));
    if (!operands.back())
      return failure();
  }
  std::string function = ("rpy_math_" + name).str();
  Type resultAnnotation = op->getResult(0).getType();
  if (isa<ann::BoolType>(resultAnnotation))
    return produce(op, callRuntime(loc, function, operands,
                                   lltype::BoolType::get(ctx)));
  Value result = callRuntime(loc, function, operands, floatType);
  if (isa<ann::IntType>(resultAnnotation))
    return produce(op, lltype::CastFloatToIntOp::create(builder, loc, result));
  bool isLog = name.starts_with("log");
  std::string helper = isLog ? "ll_mathcheck_log" : "ll_mathcheck";
  if (!symbols.lookup(helper)) {
    FlatSymbolRefAttr domain = raiseHelper("ValueError");
    FlatSymbolRefAttr range = raiseHelper("OverflowError");
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToEnd(module.getBody());
    Location at = module.getLoc();
    auto func = lltype::FuncOp::create(
        builder, at, helper,
        FunctionType::get(ctx, {floatType, floatType, floatType}, {floatType}),
        StringAttr(), ArrayAttr(), ArrayAttr());
    symbols.insert(func);
    Block *entry = func.addEntryBlock();
    builder.setInsertionPointToStart(entry);
    Value r = entry->getArgument(0), a = entry->getArgument(1),
          b = entry->getArgument(2);
    auto isNan = [&](Value v) -> Value {
      return lltype::FloatNeOp::create(builder, at, v, v);
    };
    auto isInf = [&](Value v) -> Value {
      return lltype::FloatEqOp::create(
          builder, at, lltype::FloatAbsOp::create(builder, at, v),
          lltype::ConstantOp::create(
              builder, at, floatType,
              builder.getF64FloatAttr(std::numeric_limits<double>::infinity())));
    };
    auto asInt = [&](Value condition) -> Value {
      return lltype::CastBoolToIntOp::create(builder, at, condition);
    };
    auto both = [&](Value x, Value y) -> Value {
      return lltype::IntIsTrueOp::create(
          builder, at, lltype::IntAndOp::create(builder, at, asInt(x), asInt(y)));
    };
    auto none = [&](Value x, Value y) -> Value {
      return lltype::BoolNotOp::create(
          builder, at,
          lltype::IntIsTrueOp::create(
              builder, at,
              lltype::IntOrOp::create(builder, at, asInt(x), asInt(y))));
    };
    Value domainError = both(isNan(r), none(isNan(a), isNan(b)));
    Value rangeError = both(isInf(r), none(isInf(a), isInf(b)));
    Region &body = func.getBody();
    auto *fail = new Block(), *checkRange = new Block(), *rangeFail = new Block(),
         *ok = new Block();
    for (Block *block : {fail, checkRange, rangeFail, ok})
      body.push_back(block);
    lltype::CondBrOp::create(builder, at, domainError, ValueRange(),
                             ValueRange(), fail, checkRange);
    auto raise = [&](Block *block, FlatSymbolRefAttr cls, StringRef message) {
      builder.setInsertionPointToStart(block);
      lltype::DirectCallOp::create(builder, at, TypeRange(), cls,
                                   ValueRange{stringLiteral(at, message)},
                                   ArrayAttr(), ArrayAttr());
      lltype::UnreachableOp::create(builder, at);
    };
    raise(fail, domain, "math domain error");
    builder.setInsertionPointToStart(checkRange);
    lltype::CondBrOp::create(builder, at, rangeError, ValueRange(),
                             ValueRange(), isLog ? fail : rangeFail, ok);
    raise(rangeFail, range, "math range error");
    builder.setInsertionPointToStart(ok);
    lltype::ReturnOp::create(builder, at, r);
  }
  return produce(op, lltype::DirectCallOp::create(
                         builder, loc, TypeRange{floatType},
                         FlatSymbolRefAttr::get(ctx, helper),
                         ValueRange{result, operands[0], operands.back()},
                         ArrayAttr(), ArrayAttr())
                         .getResult(0));
}

Value RTyper::exitStatus(Location loc) {
  // The status sys.exit() gives, in a static struct: the SystemExit
  // instance needs no field of its own for it.
  static constexpr llvm::StringLiteral global = "rpy_exit_status",
                                       holder = "holder.exit_status";
  auto signed_ = lltype::SignedType::get(ctx);
  if (!symbols.lookup(global)) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    define(lltype::StructOp::create(builder, module.getLoc(),
                                    builder.getStringAttr(holder), UnitAttr(),
                                    builder.getStrArrayAttr({"value"}),
                                    builder.getTypeArrayAttr({signed_})));
    define(lltype::GlobalOp::create(
        builder, module.getLoc(), builder.getStringAttr(global),
        FlatSymbolRefAttr::get(ctx, holder),
        builder.getArrayAttr({builder.getI64IntegerAttr(0)})));
  }
  return lltype::AddressOfOp::create(
      builder, loc,
      lltype::PtrType::get(ctx, FlatSymbolRefAttr::get(ctx, holder)),
      FlatSymbolRefAttr::get(ctx, global));
}

FlatSymbolRefAttr RTyper::sysExitHelper() {
  // ll_sysexit(status): the status kept, SystemExit raised.
  static constexpr llvm::StringLiteral name = "ll_sysexit";
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  auto func = lltype::FuncOp::create(
      builder, loc, name,
      FunctionType::get(ctx, {lltype::SignedType::get(ctx)}, {}), StringAttr(),
      ArrayAttr(), ArrayAttr());
  symbols.insert(func);
  Block *entry = func.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  lltype::SetFieldOp::create(builder, loc, exitStatus(loc), "value",
                             entry->getArgument(0));
  Attribute cls = flow::BuiltinAttr::get(ctx, "SystemExit");
  Value instance = lltype::MallocOp::create(builder, loc, instanceType(cls));
  Attribute root = classOrder.front();
  lltype::SetFieldOp::create(builder, loc, castInstance(loc, instance, root),
                             "typeptr", classPointer(loc, cls));
  lltype::SetFieldOp::create(builder, loc,
                             castInstance(loc, instance, exceptionBase(cls)),
                             "message", stringLiteral(loc, ""));
  lltype::RaiseOp::create(builder, loc, castInstance(loc, instance, root));
  return FlatSymbolRefAttr::get(ctx, name);
}

FlatSymbolRefAttr RTyper::osErrorCheck() {
  // ll_oscheck(failed, path): OSError with the runtime's message for
  // errno, and the path (when not null) as CPython adds it.
  static constexpr llvm::StringLiteral name = "ll_oscheck";
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  FlatSymbolRefAttr raise = raiseHelper("OSError");
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  auto func = lltype::FuncOp::create(
      builder, loc, name,
      FunctionType::get(ctx, {lltype::BoolType::get(ctx), stringType()}, {}),
      StringAttr(), ArrayAttr(), ArrayAttr());
  symbols.insert(func);
  Block *entry = func.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  auto *fail = new Block(), *ok = new Block();
  func.getBody().push_back(fail);
  func.getBody().push_back(ok);
  lltype::CondBrOp::create(builder, loc, entry->getArgument(0), ValueRange(),
                           ValueRange(), fail, ok);
  builder.setInsertionPointToStart(fail);
  Value message =
      callRuntime(loc, "rpy_os_error_message", ValueRange(), stringType());
  Value path = entry->getArgument(1);
  auto *withPath = new Block(), *report = new Block();
  func.getBody().push_back(withPath);
  func.getBody().push_back(report);
  Value text = report->addArgument(stringType(), loc);
  lltype::CondBrOp::create(builder, loc,
                           lltype::PtrNonzeroOp::create(builder, loc, path),
                           ValueRange(), ValueRange{message}, withPath, report);
  builder.setInsertionPointToStart(withPath);
  Value suffix = callRuntime(
      loc, "rpy_str_concat",
      {stringLiteral(loc, ": "), callRuntime(loc, "rpy_str_repr", path,
                                             stringType())},
      stringType());
  lltype::BrOp::create(
      builder, loc,
      ValueRange{callRuntime(loc, "rpy_str_concat", {message, suffix},
                             stringType())},
      report);
  builder.setInsertionPointToStart(report);
  lltype::DirectCallOp::create(builder, loc, TypeRange(), raise,
                               ValueRange{text}, ArrayAttr(), ArrayAttr());
  lltype::UnreachableOp::create(builder, loc);
  builder.setInsertionPointToStart(ok);
  lltype::ReturnOp::create(builder, loc, Value());
  return FlatSymbolRefAttr::get(ctx, name);
}

LogicalResult RTyper::convertOsCall(Operation *op, StringRef name,
                                    ValueRange args, ArrayRef<Type> argTypes) {
  Location loc = op->getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  Type string = stringType();
  SmallVector<Value> values;
  for (auto [arg, type] : llvm::zip(args, argTypes)) {
    Value value = lookup(arg);
    if (isa<ann::IntType, ann::BoolType>(type))
      value = convert(value, type, ann::IntType::get(ctx, false, false), op);
    else if (isa<ann::CharType>(type))
      value = callRuntime(loc, "rpy_str_from_char", value, string);
    if (!value)
      return failure();
    values.push_back(value);
  }
  // The call, and whether it failed.
  Value result, failed;
  if (name == "read") {
    result = callRuntime(loc, "rpy_os_read", values, string);
    failed = lltype::PtrIsZeroOp::create(builder, loc, result);
  } else {
    StringRef function = llvm::StringSwitch<StringRef>(name)
                             .Case("open", "rpy_os_open")
                             .Case("write", "rpy_os_write")
                             .Case("close", "rpy_os_close")
                             .Default("rpy_os_lseek");
    result = callRuntime(loc, function, values, signed_);
    failed = lltype::IntLtOp::create(
        builder, loc, result,
        lltype::ConstantOp::create(builder, loc, signed_,
                                   builder.getI64IntegerAttr(0)));
  }
  // The check in a helper: inside a try, its call is the operation that
  // raises, last in the block.
  Value path = name == "open" ? values[0]
                              : Value(lltype::NullOp::create(builder, loc,
                                                             string));
  lltype::DirectCallOp::create(builder, loc, TypeRange(), osErrorCheck(),
                               ValueRange{failed, path}, ArrayAttr(),
                               ArrayAttr());
  if (name == "close")
    return produce(op, lltype::ConstantOp::create(builder, loc,
                                                  lltype::VoidType::get(ctx),
                                                  builder.getUnitAttr()));
  return produce(op, result);
}

FlatSymbolRefAttr RTyper::listRepeatHelper(Type item) {
  lltype::PtrType arrayPtr = itemArrayType(item);
  std::string name =
      "ll_mul." + arrayPtr.getTarget().getValue().drop_front(6).str();
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  auto func = lltype::FuncOp::create(
      builder, loc, name,
      FunctionType::get(ctx, {arrayPtr, signed_, signed_}, {arrayPtr}),
      StringAttr(), ArrayAttr(), ArrayAttr());
  symbols.insert(func);
  auto constant = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  // result[i] = items[i % length] for i in range(length * max(times, 0)).
  Block *entry = func.addEntryBlock();
  Value items = entry->getArgument(0), length = entry->getArgument(1),
        times = entry->getArgument(2);
  builder.setInsertionPointToStart(entry);
  Value positive = lltype::IntGtOp::create(builder, loc, times, constant(0));
  Value count = lltype::IntMulOp::create(
      builder, loc, length,
      lltype::IntMulOp::create(
          builder, loc, times,
          lltype::CastBoolToIntOp::create(builder, loc, positive)));
  Value result = lltype::MallocVarsizeOp::create(builder, loc, arrayPtr, count);
  Region &body = func.getBody();
  auto *loop = new Block(), *step = new Block(), *done = new Block();
  for (Block *block : {loop, step, done})
    body.push_back(block);
  lltype::BrOp::create(builder, loc, ValueRange{constant(0)}, loop);
  Value index = loop->addArgument(signed_, loc);
  builder.setInsertionPointToStart(loop);
  lltype::CondBrOp::create(builder, loc,
                           lltype::IntLtOp::create(builder, loc, index, count),
                           ValueRange(), ValueRange(), step, done);
  builder.setInsertionPointToStart(step);
  Value source = lltype::IntModOp::create(builder, loc, index, length);
  Value value = lltype::GetArrayItemOp::create(builder, loc, item, items,
                                               StringAttr(), source);
  lltype::SetArrayItemOp::create(builder, loc, result, StringAttr(), index,
                                 value);
  lltype::BrOp::create(
      builder, loc,
      ValueRange{lltype::IntAddOp::create(builder, loc, index, constant(1))},
      loop);
  builder.setInsertionPointToStart(done);
  lltype::ReturnOp::create(builder, loc, result);
  return FlatSymbolRefAttr::get(ctx, name);
}

Value RTyper::sliceBound(Location loc, Value bound, Value length) {
  auto signed_ = lltype::SignedType::get(ctx);
  auto constant = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  // length & (bound >> 63): the length when the bound is negative.
  Value sign = lltype::IntRShiftOp::create(builder, loc, bound, constant(63));
  Value fromEnd = lltype::IntAddOp::create(
      builder, loc, bound, lltype::IntAndOp::create(builder, loc, length, sign));
  Value low =
      select(loc, lltype::IntGeOp::create(builder, loc, fromEnd, constant(0)),
             fromEnd, constant(0));
  return select(loc, lltype::IntLeOp::create(builder, loc, low, length), low,
                length);
}

FlatSymbolRefAttr RTyper::listSliceHelper(Type item) {
  lltype::PtrType arrayPtr = itemArrayType(item);
  std::string name =
      "ll_slice." + arrayPtr.getTarget().getValue().drop_front(6).str();
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  auto func = lltype::FuncOp::create(
      builder, loc, name,
      FunctionType::get(ctx, {arrayPtr, signed_, signed_, signed_}, {arrayPtr}),
      StringAttr(), ArrayAttr(), ArrayAttr());
  symbols.insert(func);
  auto constant = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  Block *entry = func.addEntryBlock();
  Value items = entry->getArgument(0), length = entry->getArgument(1);
  builder.setInsertionPointToStart(entry);
  Value start = sliceBound(loc, entry->getArgument(2), length);
  Value end = sliceBound(loc, entry->getArgument(3), length);
  Value stop = select(loc, lltype::IntGeOp::create(builder, loc, end, start),
                      end, start);
  Value count = lltype::IntSubOp::create(builder, loc, stop, start);
  Value result = lltype::MallocVarsizeOp::create(builder, loc, arrayPtr, count);
  Block *last = builder.getInsertionBlock();
  Region &body = func.getBody();
  auto *loop = new Block(), *step = new Block(), *done = new Block();
  for (Block *block : {loop, step, done})
    body.push_back(block);
  builder.setInsertionPointToEnd(last);
  lltype::BrOp::create(builder, loc, ValueRange{constant(0)}, loop);
  Value index = loop->addArgument(signed_, loc);
  builder.setInsertionPointToStart(loop);
  lltype::CondBrOp::create(builder, loc,
                           lltype::IntLtOp::create(builder, loc, index, count),
                           ValueRange(), ValueRange(), step, done);
  builder.setInsertionPointToStart(step);
  Value value = lltype::GetArrayItemOp::create(
      builder, loc, item, items, StringAttr(),
      lltype::IntAddOp::create(builder, loc, start, index));
  lltype::SetArrayItemOp::create(builder, loc, result, StringAttr(), index,
                                 value);
  lltype::BrOp::create(
      builder, loc,
      ValueRange{lltype::IntAddOp::create(builder, loc, index, constant(1))},
      loop);
  builder.setInsertionPointToStart(done);
  lltype::ReturnOp::create(builder, loc, result);
  return FlatSymbolRefAttr::get(ctx, name);
}

FlatSymbolRefAttr RTyper::parseHelper(StringRef what) {
  std::string name = ("ll_parse_" + what).str();
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  Type string = stringType();
  auto signed_ = lltype::SignedType::get(ctx);
  Type result = what == "int" ? Type(signed_) : Type(lltype::FloatType::get(ctx));
  auto func = lltype::FuncOp::create(builder, loc, name,
                                     FunctionType::get(ctx, {string}, {result}),
                                     StringAttr(), ArrayAttr(), ArrayAttr());
  symbols.insert(func);
  Block *entry = func.addEntryBlock();
  Value text = entry->getArgument(0);
  builder.setInsertionPointToStart(entry);
  Value value = callRuntime(loc, ("rpy_parse_" + what).str(), text, result);
  Value status = callRuntime(loc, "rpy_parse_status", ValueRange(), signed_);
  auto *fail = new Block(), *ok = new Block();
  func.getBody().push_back(fail);
  func.getBody().push_back(ok);
  lltype::CondBrOp::create(builder, loc,
                           lltype::IntIsTrueOp::create(builder, loc, status),
                           ValueRange(), ValueRange(), fail, ok);
  builder.setInsertionPointToStart(fail);
  // CPython's messages.
  StringRef prefix = what == "int" ? "invalid literal for int() with base 10: "
                                   : "could not convert string to float: ";
  Value message = callRuntime(
      loc, "rpy_str_concat",
      {stringLiteral(loc, prefix), callRuntime(loc, "rpy_str_repr", text, string)},
      string);
  lltype::DirectCallOp::create(builder, loc, TypeRange(),
                               raiseHelper("ValueError"), ValueRange{message},
                               ArrayAttr(), ArrayAttr());
  lltype::UnreachableOp::create(builder, loc);
  builder.setInsertionPointToStart(ok);
  lltype::ReturnOp::create(builder, loc, value);
  return FlatSymbolRefAttr::get(ctx, name);
}
