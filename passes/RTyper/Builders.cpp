//===- Builders.cpp - rpython.rlib.rstring.StringBuilder ------------------===//
//
// A StringBuilder is a resizable list of chars (`@list.char`): append adds
// the chars of a string (or one char) with the list's growth policy, and
// build() makes the string of them through the runtime, in linear time.
//
//===----------------------------------------------------------------------===//

#include "passes/RTyper/RTyperImpl.h"

#include "dialects/ann/Lattice.h"
#include "dialects/flow/FlowDialect.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::rtyper::detail;

static constexpr llvm::StringLiteral kStringBuilder =
    "rpython.rlib.rstring.StringBuilder";

bool RTyper::isStringBuilder(Type annotation) {
  auto instance = dyn_cast<ann::InstanceType>(annotation);
  auto cls = instance ? dyn_cast<flow::BuiltinAttr>(instance.getClassRef())
                      : flow::BuiltinAttr();
  return cls && cls.getName() == kStringBuilder;
}

FlatSymbolRefAttr RTyper::builderAppendHelper(bool repeat) {
  // ll_sbappend(builder, string): each char of the string appended;
  // ll_sbappendn(builder, char, n): the char appended n times.
  std::string name = repeat ? "ll_sbappendn" : "ll_sbappend";
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  auto charType = lltype::CharType::get(ctx);
  auto signed_ = lltype::SignedType::get(ctx);
  FlatSymbolRefAttr append = listAppendHelper(charType);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  lltype::PtrType list = listType(charType, true);
  SmallVector<Type> inputs{list};
  if (repeat)
    inputs.append({charType, signed_});
  else
    inputs.push_back(stringType());
  auto func = lltype::FuncOp::create(builder, loc, name,
                                     FunctionType::get(ctx, inputs, {}),
                                     StringAttr(), ArrayAttr(), ArrayAttr());
  symbols.insert(func);
  Block *entry = func.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  Value count =
      repeat ? entry->getArgument(2)
             : Value(lltype::GetArraySizeOp::create(
                   builder, loc, entry->getArgument(1),
                   builder.getStringAttr("chars")));
  countingLoop(loc, func.getBody(),
               lltype::ConstantOp::create(builder, loc, signed_,
                                          builder.getI64IntegerAttr(0)),
               count, 1, [&](Value i, ValueRange) -> SmallVector<Value> {
                 Value c = repeat ? entry->getArgument(1)
                                  : Value(lltype::GetArrayItemOp::create(
                                        builder, loc, charType,
                                        entry->getArgument(1),
                                        builder.getStringAttr("chars"), i));
                 lltype::DirectCallOp::create(
                     builder, loc, TypeRange(), append,
                     ValueRange{entry->getArgument(0), c}, ArrayAttr(),
                     ArrayAttr());
                 return {};
               });
  lltype::ReturnOp::create(builder, loc, Value());
  return FlatSymbolRefAttr::get(ctx, name);
}

LogicalResult RTyper::convertBuilderCall(Operation *op, StringRef method,
                                         Value self, ValueRange args,
                                         ArrayRef<Type> argTypes) {
  Location loc = op->getLoc();
  auto charType = lltype::CharType::get(ctx);
  auto signed_ = lltype::SignedType::get(ctx);
  auto unit = [&]() -> Value {
    return lltype::ConstantOp::create(builder, loc, lltype::VoidType::get(ctx),
                                      builder.getUnitAttr());
  };
  if (method.empty()) {
    // StringBuilder() or StringBuilder(size hint): an empty list of chars.
    Value items = lltype::MallocVarsizeOp::create(
        builder, loc, itemArrayType(charType),
        lltype::ConstantOp::create(builder, loc, signed_,
                                   builder.getI64IntegerAttr(0)));
    Value list = lltype::MallocOp::create(builder, loc, listType(charType, true));
    lltype::SetFieldOp::create(builder, loc, list, "items", items);
    return produce(op, list);
  }
  if (method == "append" && args.size() == 1) {
    Value value = lookup(args[0]);
    if (isa<ann::CharType>(argTypes[0]))
      lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                   listAppendHelper(charType),
                                   ValueRange{self, value}, ArrayAttr(),
                                   ArrayAttr());
    else
      lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                   builderAppendHelper(false),
                                   ValueRange{self, value}, ArrayAttr(),
                                   ArrayAttr());
    return produce(op, unit());
  }
  if (method == "append_multiple_char" && args.size() == 2) {
    Value times = convert(lookup(args[1]), argTypes[1],
                          ann::IntType::get(ctx, false, false), op);
    if (!times)
      return failure();
    lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                 builderAppendHelper(true),
                                 ValueRange{self, lookup(args[0]), times},
                                 ArrayAttr(), ArrayAttr());
    return produce(op, unit());
  }
  Value length = lltype::GetFieldOp::create(builder, loc, signed_, self,
                                            "length");
  if (method == "getlength")
    return produce(op, length);
  if (method == "build") {
    Value items = lltype::GetFieldOp::create(
        builder, loc, itemArrayType(charType), self, "items");
    return produce(op, callRuntime(loc, "rpy_str_join_chars",
                                   {stringLiteral(loc, ""), items, length},
                                   stringType()));
  }
  return error(op, "the rtyper does not support StringBuilder." + method +
                       "() yet");
}
