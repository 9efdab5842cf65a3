//===- Sets.cpp - Sets as dicts of their items ----------------------------===//
//
// A set is a dict whose keys are its items and whose values are unused
// (`!ann.set<T>` is represented as the dict of `!ann.set<T>`'s items to
// None, see Dicts.cpp), so membership, iteration and `len` are the dict's.
// The set methods and operators are helpers made once per set type, built
// from four loops over an array of items: add them all, keep those that are
// (or are not) in another set, count those in another set, discard them.
//
//===----------------------------------------------------------------------===//

#include "passes/RTyper/RTyperImpl.h"

#include "dialects/ann/Lattice.h"
#include "dialects/flow/FlowDialect.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::rtyper::detail;

ann::DictType RTyper::dictOfSet(Type type) {
  if (auto dict = dyn_cast<ann::DictType>(type))
    return dict;
  auto set = cast<ann::SetType>(type);
  return ann::DictType::get(ctx, set.getElementType(), ann::NoneType::get(ctx),
                            set.getNullable());
}

FlatSymbolRefAttr RTyper::setHelper(const DictRepr &repr, StringRef what,
                                    Type item) {
  StringRef dictName = repr.dict.getTarget().getValue();
  std::string name = ("ll_set" + what + "." + dictName.drop_front(5)).str();
  if (item && item != repr.key)
    name += "." + typeName(item);
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  // The dict helpers these use, made first (each has its own guard).
  FlatSymbolRefAttr setitem = dictHelper(repr, "setitem");
  FlatSymbolRefAttr newdict = dictHelper(repr, "newdict");
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  auto boolean = lltype::BoolType::get(ctx);
  auto constant = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  lltype::PtrType keys = itemArrayType(repr.key);
  FunctionType type;
  if (what == "addall")
    type = FunctionType::get(ctx, {repr.dict, itemArrayType(item), signed_}, {});
  else if (what == "addchars")
    type = FunctionType::get(ctx, {repr.dict, stringType(), signed_}, {});
  else if (what == "filter")
    type = FunctionType::get(ctx, {repr.dict, keys, signed_, opaqueType(),
                                   boolean},
                             {});
  else if (what == "countin")
    type = FunctionType::get(ctx, {keys, signed_, opaqueType()}, {signed_});
  else if (what == "discardall")
    type = FunctionType::get(ctx, {repr.dict, keys, signed_}, {});
  else if (what == "pop")
    type = FunctionType::get(ctx, {repr.dict}, {repr.key});
  else // clear
    type = FunctionType::get(ctx, {repr.dict}, {});
  auto func = lltype::FuncOp::create(builder, loc, name, type, StringAttr(),
                                     ArrayAttr(), ArrayAttr());
  symbols.insert(func);
  Block *entry = func.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  Region &body = func.getBody();
  auto arg = [&](unsigned i) { return entry->getArgument(i); };
  // A set's (unused) value.
  auto unused = [&]() -> Value {
    return lltype::ConstantOp::create(builder, loc, repr.value,
                                      builder.getBoolAttr(false));
  };
  // `in other` (a set or dict of the same kind of keys, as an opaque
  // pointer): whether the runtime finds the key.
  auto contains = [&](Value other, Value key) -> Value {
    return lltype::IntGeOp::create(
        builder, loc, dictFind(loc, repr, "lookup", other, key),
        constant(0));
  };
  // `for i in range(n): body(i)`.
  auto each = [&](Value n, function_ref<void(Value)> fill) {
    countingLoop(loc, body, constant(0), n, 1,
                 [&](Value i, ValueRange) -> SmallVector<Value> {
                   fill(i);
                   return {};
                 });
  };
  // The item as the set stores it (a char or a bool as an int, a char as
  // a one-character string).
  auto stored = [&](Value value) -> Value {
    if (value.getType() == repr.key)
      return value;
    if (isa<lltype::CharType>(value.getType()) && repr.key == Type(stringType()))
      return callRuntime(loc, "rpy_str_from_char", value, repr.key);
    if (isa<lltype::CharType>(value.getType()))
      return lltype::CastCharToIntOp::create(builder, loc, value);
    return lltype::CastBoolToIntOp::create(builder, loc, value);
  };
  if (what == "addall" || what == "addchars") {
    StringAttr chars =
        what == "addchars" ? builder.getStringAttr("chars") : StringAttr();
    each(arg(2), [&](Value i) {
      Value value =
          lltype::GetArrayItemOp::create(builder, loc, item, arg(1), chars, i);
      lltype::DirectCallOp::create(builder, loc, TypeRange(), setitem,
                                   ValueRange{arg(0), stored(value), unused()},
                                   ArrayAttr(), ArrayAttr());
    });
    lltype::ReturnOp::create(builder, loc, Value());
  } else if (what == "filter") {
    // Adds to arg 0 the keys that are (arg 4) or are not in arg 3.
    each(arg(2), [&](Value i) {
      Value key = lltype::GetArrayItemOp::create(builder, loc, repr.key,
                                                 arg(1), StringAttr(), i);
      Value keep = lltype::IntEqOp::create(
          builder, loc,
          lltype::CastBoolToIntOp::create(builder, loc, contains(arg(3), key)),
          lltype::CastBoolToIntOp::create(builder, loc, arg(4)));
      auto *add = new Block(), *next = new Block();
      body.push_back(add);
      body.push_back(next);
      lltype::CondBrOp::create(builder, loc, keep, ValueRange(), ValueRange(),
                               add, next);
      builder.setInsertionPointToStart(add);
      lltype::DirectCallOp::create(builder, loc, TypeRange(), setitem,
                                   ValueRange{arg(0), key, unused()},
                                   ArrayAttr(), ArrayAttr());
      lltype::BrOp::create(builder, loc, ValueRange(), next);
      builder.setInsertionPointToStart(next);
    });
    lltype::ReturnOp::create(builder, loc, Value());
  } else if (what == "countin") {
    SmallVector<Value> total = countingLoop(
        loc, body, constant(0), arg(1), 1,
        [&](Value i, ValueRange state) -> SmallVector<Value> {
          Value key = lltype::GetArrayItemOp::create(builder, loc, repr.key,
                                                     arg(0), StringAttr(), i);
          Value in = lltype::CastBoolToIntOp::create(builder, loc,
                                                     contains(arg(2), key));
          return {lltype::IntAddOp::create(builder, loc, state[0], in)};
        },
        ValueRange{constant(0)});
    lltype::ReturnOp::create(builder, loc, total[0]);
  } else if (what == "discardall") {
    each(arg(2), [&](Value i) {
      Value key = lltype::GetArrayItemOp::create(builder, loc, repr.key,
                                                 arg(1), StringAttr(), i);
      dictFind(loc, repr, "delete", arg(0), key);
    });
    lltype::ReturnOp::create(builder, loc, Value());
  } else if (what == "pop") {
    // The first live entry's key, removed; KeyError when empty.
    Value at = callRuntime(loc, "rpy_dt_next",
                           {opaque(loc, arg(0)), constant(0)}, signed_);
    raiseIf(loc, lltype::IntLtOp::create(builder, loc, at, constant(0)),
            "KeyError", "'pop from an empty set'");
    Value entries =
        lltype::GetFieldOp::create(builder, loc, repr.entries, arg(0), "entries");
    Value key = lltype::GetInteriorFieldOp::create(builder, loc, repr.key,
                                                   entries, at, "key");
    dictFind(loc, repr, "delete", arg(0), key);
    lltype::ReturnOp::create(builder, loc, key);
  } else {
    // clear: the parts of a new empty set.
    Value fresh = lltype::DirectCallOp::create(builder, loc,
                                               TypeRange{repr.dict}, newdict,
                                               ValueRange(), ArrayAttr(),
                                               ArrayAttr())
                      .getResult(0);
    for (StringRef field : {"length", "used"})
      lltype::SetFieldOp::create(builder, loc, arg(0), field, constant(0));
    lltype::SetFieldOp::create(
        builder, loc, arg(0), "entries",
        lltype::GetFieldOp::create(builder, loc, repr.entries, fresh,
                                   "entries"));
    lltype::SetFieldOp::create(
        builder, loc, arg(0), "index",
        lltype::GetFieldOp::create(builder, loc, itemArrayType(signed_), fresh,
                                   "index"));
    lltype::ReturnOp::create(builder, loc, Value());
  }
  return FlatSymbolRefAttr::get(ctx, name);
}

//===----------------------------------------------------------------------===//
// Operations and methods
//===----------------------------------------------------------------------===//

FailureOr<RTyper::Items> RTyper::itemsOf(Location loc, Value value,
                                         Type annotation, Operation *at) {
  auto signed_ = lltype::SignedType::get(ctx);
  if (auto list = dyn_cast<ann::ListType>(annotation)) {
    Type item = listItemType(list, at);
    if (!item)
      return failure();
    if (list.getFixed())
      return Items{value,
                   lltype::GetArraySizeOp::create(builder, loc, value,
                                                  StringAttr()),
                   item};
    return Items{lltype::GetFieldOp::create(builder, loc, itemArrayType(item),
                                            value, "items"),
                 lltype::GetFieldOp::create(builder, loc, signed_, value,
                                            "length"),
                 item};
  }
  if (isa<ann::SetType, ann::DictType>(annotation)) {
    FailureOr<DictRepr> repr = dictRepr(dictOfSet(annotation), loc);
    if (failed(repr))
      return failure();
    Value keys = lltype::DirectCallOp::create(
                     builder, loc, TypeRange{itemArrayType(repr->key)},
                     dictHelper(*repr, "keys", repr->key), ValueRange{value},
                     ArrayAttr(), ArrayAttr())
                     .getResult(0);
    return Items{keys,
                 lltype::GetArraySizeOp::create(builder, loc, keys,
                                                StringAttr()),
                 repr->key};
  }
  if (auto str = dyn_cast<ann::StrType>(annotation); str && !str.getNullable())
    return Items{value,
                 lltype::GetArraySizeOp::create(builder, loc, value,
                                                builder.getStringAttr("chars")),
                 lltype::CharType::get(ctx), /*chars=*/true};
  (void)error(at, "the rtyper supports sets of the items of lists, sets, "
                  "dicts and strings only yet, not of " +
                      ann::describe(annotation));
  return failure();
}

Value RTyper::newSetOf(Location loc, const DictRepr &repr, Value value,
                       Type annotation, Operation *at) {
  Value set = lltype::DirectCallOp::create(builder, loc, TypeRange{repr.dict},
                                           dictHelper(repr, "newdict"),
                                           ValueRange(), ArrayAttr(),
                                           ArrayAttr())
                  .getResult(0);
  if (value && failed(addAll(loc, repr, set, value, annotation, at)))
    return nullptr;
  return set;
}

LogicalResult RTyper::addAll(Location loc, const DictRepr &repr, Value set,
                             Value value, Type annotation, Operation *at) {
  FailureOr<Items> items = itemsOf(loc, value, annotation, at);
  if (failed(items))
    return failure();
  Type item = items->item;
  bool storable =
      item == repr.key ||
      (repr.kind == "int" && isa<lltype::CharType, lltype::BoolType>(item)) ||
      (repr.kind == "str" && isa<lltype::CharType>(item));
  if (!storable)
    return error(at, "the rtyper cannot store items of " +
                         ann::describe(annotation) + " in this set yet");
  lltype::DirectCallOp::create(
      builder, loc, TypeRange(),
      setHelper(repr, items->chars ? "addchars" : "addall", item),
      ValueRange{set, items->array, items->length}, ArrayAttr(), ArrayAttr());
  return success();
}

Value RTyper::lookupTable(Location loc, const DictRepr &repr, Value value,
                          Type annotation, Operation *at) {
  if (isa<ann::SetType, ann::DictType>(annotation))
    return opaque(loc, value);
  Value set = newSetOf(loc, repr, value, annotation, at);
  return set ? opaque(loc, set) : nullptr;
}

Value RTyper::setCombination(Location loc, StringRef how, Value a, Type aType,
                             Value b, Type bType, Type resultType,
                             Operation *at) {
  FailureOr<DictRepr> repr = dictRepr(dictOfSet(resultType), loc);
  FailureOr<DictRepr> mine = dictRepr(dictOfSet(aType), loc);
  if (failed(repr) || failed(mine))
    return nullptr;
  if (how == "union") {
    Value result = newSetOf(loc, *repr, a, aType, at);
    if (!result || failed(addAll(loc, *repr, result, b, bType, at)))
      return nullptr;
    return result;
  }
  // Keeps a's keys that are (intersection) or are not (difference) in b;
  // the symmetric difference also keeps b's keys not in a.
  Value result = newSetOf(loc, *repr, nullptr, nullptr, at);
  auto filter = [&](Value from, Type fromType, Value table, bool keep) {
    FailureOr<Items> keys = itemsOf(loc, from, fromType, at);
    if (failed(keys))
      return failure();
    if (keys->item != repr->key || keys->chars)
      return error(at, "the rtyper cannot combine sets of " +
                           ann::describe(fromType) + " and " +
                           ann::describe(resultType) + " yet");
    lltype::DirectCallOp::create(
        builder, loc, TypeRange(), setHelper(*repr, "filter"),
        ValueRange{result, keys->array, keys->length, table,
                   lltype::ConstantOp::create(builder, loc,
                                              lltype::BoolType::get(ctx),
                                              builder.getBoolAttr(keep))},
        ArrayAttr(), ArrayAttr());
    return success();
  };
  Value table = lookupTable(loc, *mine, b, bType, at);
  if (!table || failed(filter(a, aType, table, how == "intersection")))
    return nullptr;
  if (how == "symmetric_difference" &&
      failed(filter(b, bType, opaque(loc, a), false)))
    return nullptr;
  return result;
}

Value RTyper::setCount(Location loc, Value a, Type aType, Value b, Type bType,
                       Operation *at) {
  // How many of a's items are in b.
  FailureOr<DictRepr> lookupRepr = dictRepr(
      dictOfSet(isa<ann::ListType>(bType) ? aType : bType), loc);
  if (failed(lookupRepr))
    return nullptr;
  Value table = lookupTable(loc, *lookupRepr, b, bType, at);
  FailureOr<Items> items = itemsOf(loc, a, aType, at);
  if (!table || failed(items))
    return nullptr;
  if (items->item != lookupRepr->key || items->chars) {
    (void)error(at, "the rtyper cannot compare sets of " +
                        ann::describe(aType) + " and " +
                        ann::describe(bType) + " yet");
    return nullptr;
  }
  return lltype::DirectCallOp::create(
             builder, loc, TypeRange{lltype::SignedType::get(ctx)},
             setHelper(*lookupRepr, "countin"),
             ValueRange{items->array, items->length, table}, ArrayAttr(),
             ArrayAttr())
      .getResult(0);
}

LogicalResult RTyper::convertSetOp(Operation *op) {
  Location loc = op->getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  if (isa<flow::NewSetOp>(op)) {
    Type setType = op->getResult(0).getType();
    FailureOr<DictRepr> repr = dictRepr(dictOfSet(setType), loc);
    if (failed(repr))
      return failure();
    Value set = newSetOf(loc, *repr, nullptr, nullptr, op);
    Value unused = lltype::ConstantOp::create(builder, loc, repr->value,
                                              builder.getBoolAttr(false));
    for (Value operand : op->getOperands()) {
      Value key = dictKey(loc, *repr, lookup(operand), operand.getType(),
                          cast<ann::SetType>(setType).getElementType(), op);
      if (!key)
        return failure();
      lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                   dictHelper(*repr, "setitem"),
                                   ValueRange{set, key, unused}, ArrayAttr(),
                                   ArrayAttr());
    }
    return produce(op, set);
  }
  Value a = lookup(op->getOperand(0)), b = lookup(op->getOperand(1));
  Type aType = op->getOperand(0).getType(), bType = op->getOperand(1).getType();
  auto length = [&](Value set) -> Value {
    return lltype::GetFieldOp::create(builder, loc, signed_, set, "length");
  };
  if (isa<flow::EqOp, flow::NeOp>(op)) {
    // Equal: as many items, and all of a's in b.
    Value count = setCount(loc, a, aType, b, bType, op);
    if (!count)
      return failure();
    auto asInt = [&](Value condition) -> Value {
      return lltype::CastBoolToIntOp::create(builder, loc, condition);
    };
    Value equal = lltype::IntIsTrueOp::create(
        builder, loc,
        lltype::IntAndOp::create(
            builder, loc,
            asInt(lltype::IntEqOp::create(builder, loc, count, length(a))),
            asInt(lltype::IntEqOp::create(builder, loc, length(a),
                                          length(b)))));
    if (isa<flow::NeOp>(op))
      equal = lltype::BoolNotOp::create(builder, loc, equal);
    return produce(op, equal);
  }
  StringRef how = llvm::TypeSwitch<Operation *, StringRef>(op)
                      .Case<flow::OrOp, flow::InplaceOrOp>(
                          [](auto) { return "union"; })
                      .Case<flow::AndOp, flow::InplaceAndOp>(
                          [](auto) { return "intersection"; })
                      .Case<flow::SubOp, flow::InplaceSubOp>(
                          [](auto) { return "difference"; })
                      .Case<flow::XorOp, flow::InplaceXorOp>(
                          [](auto) { return "symmetric_difference"; })
                      .Default([](Operation *) { return ""; });
  if (how.empty())
    return error(op, "the rtyper does not support '" +
                         op->getName().getStringRef() + "' of " +
                         ann::describe(aType) + " yet");
  bool inplace = isa<flow::InplaceOrOp, flow::InplaceAndOp, flow::InplaceSubOp,
                     flow::InplaceXorOp>(op);
  Type resultType = op->getResult(0).getType();
  if (!inplace) {
    Value result = setCombination(loc, how, a, aType, b, bType, resultType, op);
    return result ? produce(op, result) : failure();
  }
  // In place: a itself changes (other names for it see the change).
  FailureOr<DictRepr> repr = dictRepr(dictOfSet(aType), loc);
  if (failed(repr))
    return failure();
  if (how == "union") {
    if (failed(addAll(loc, *repr, a, b, bType, op)))
      return failure();
    return produce(op, a);
  }
  if (how == "difference") {
    FailureOr<Items> keys = itemsOf(loc, b, bType, op);
    if (failed(keys))
      return failure();
    if (keys->item != repr->key || keys->chars)
      return error(op, "the rtyper cannot combine these sets yet");
    lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                 setHelper(*repr, "discardall"),
                                 ValueRange{a, keys->array, keys->length},
                                 ArrayAttr(), ArrayAttr());
    return produce(op, a);
  }
  Value combined = setCombination(loc, how, a, aType, b, bType, aType, op);
  if (!combined)
    return failure();
  lltype::DirectCallOp::create(builder, loc, TypeRange(),
                               setHelper(*repr, "clear"), ValueRange{a},
                               ArrayAttr(), ArrayAttr());
  if (failed(addAll(loc, *repr, a, combined, aType, op)))
    return failure();
  return produce(op, a);
}

LogicalResult RTyper::convertSetMethod(Operation *op, StringRef name,
                                       Value self, Type selfType,
                                       ValueRange args,
                                       ArrayRef<Type> argTypes) {
  Location loc = op->getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  auto set = cast<ann::SetType>(selfType);
  FailureOr<DictRepr> repr = dictRepr(dictOfSet(set), loc);
  if (failed(repr))
    return failure();
  auto unit = [&]() -> Value {
    return lltype::ConstantOp::create(builder, loc, lltype::VoidType::get(ctx),
                                      builder.getUnitAttr());
  };
  auto call = [&](FlatSymbolRefAttr helper, ValueRange operands,
                  TypeRange results = {}) {
    return lltype::DirectCallOp::create(builder, loc, results, helper,
                                        operands, ArrayAttr(), ArrayAttr());
  };
  Value other = args.empty() ? Value() : lookup(args[0]);
  Type otherType = args.empty() ? Type() : argTypes[0];
  auto key = [&]() {
    return dictKey(loc, *repr, other, otherType, set.getElementType(), op);
  };
  if (name == "add" || name == "discard") {
    Value k = key();
    if (!k)
      return failure();
    if (name == "add")
      call(dictHelper(*repr, "setitem"),
           {self, k,
            lltype::ConstantOp::create(builder, loc, repr->value,
                                       builder.getBoolAttr(false))});
    else
      dictFind(loc, *repr, "delete", self, k);
    return produce(op, unit());
  }
  if (name == "remove") {
    // KeyError(repr(x)) when missing, as del of a dict's key.
    Value k = key();
    Value text = toStr(loc, other, otherType, op);
    if (!k || !text)
      return failure();
    if (isString(otherType))
      text = callRuntime(loc, "rpy_str_repr", text, stringType());
    call(dictHelper(*repr, "delitem"), {self, k, text});
    return produce(op, unit());
  }
  if (name == "pop") {
    Value k = call(setHelper(*repr, "pop"), {self}, repr->key).getResult(0);
    Type low = lowType(op->getResult(0).getType(), op);
    if (isa<lltype::CharType>(low))
      k = lltype::CastIntToCharOp::create(builder, loc, k);
    else if (isa<lltype::BoolType>(low))
      k = lltype::IntIsTrueOp::create(builder, loc, k);
    return produce(op, k);
  }
  if (name == "clear") {
    call(setHelper(*repr, "clear"), {self});
    return produce(op, unit());
  }
  if (name == "copy") {
    Value copy = newSetOf(loc, *repr, self, selfType, op);
    return copy ? produce(op, copy) : failure();
  }
  if (name == "update") {
    if (failed(addAll(loc, *repr, self, other, otherType, op)))
      return failure();
    return produce(op, unit());
  }
  if (llvm::is_contained({"union", "intersection", "difference"}, name)) {
    Value result = setCombination(loc, name, self, selfType, other, otherType,
                                  op->getResult(0).getType(), op);
    return result ? produce(op, result) : failure();
  }
  if (llvm::is_contained({"issubset", "issuperset", "isdisjoint"}, name)) {
    // issubset: all of self's items in the other; issuperset: all of the
    // other's in self; isdisjoint: none of self's in the other.
    bool super = name == "issuperset";
    Value count = super ? setCount(loc, other, otherType, self, selfType, op)
                        : setCount(loc, self, selfType, other, otherType, op);
    if (!count)
      return failure();
    Value expected;
    if (name == "isdisjoint") {
      expected = lltype::ConstantOp::create(builder, loc, signed_,
                                            builder.getI64IntegerAttr(0));
    } else if (super) {
      FailureOr<Items> items = itemsOf(loc, other, otherType, op);
      if (failed(items))
        return failure();
      expected = items->length;
    } else {
      expected = lltype::GetFieldOp::create(builder, loc, signed_, self,
                                            "length");
    }
    return produce(op, lltype::IntEqOp::create(builder, loc, count, expected));
  }
  return error(op, "the rtyper does not support calling the set method '" +
                       name + "' yet");
}
