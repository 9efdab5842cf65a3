//===- Dicts.cpp - Insertion-ordered dicts --------------------------------===//
//
// A dict is CPython 3.6's compact dict (docs/runtime-abi.md, "Dicts"): a
// GC struct `@dict.K.V (length, used, entries, index)` whose entries are a
// GC array of `(hash, live, key, value)` structs in insertion order, and
// whose index maps hash slots to entries. The runtime finds keys (one
// function per kind of key: int, str, identity, float) and rehashes; the
// compiled code allocates the arrays (their type ids are the compiler's)
// and reads and writes the values. Bools and chars are keys as ints.
//
//===----------------------------------------------------------------------===//

#include "passes/RTyper/RTyperImpl.h"

#include "dialects/ann/Lattice.h"
#include "dialects/flow/FlowDialect.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::rtyper::detail;

FailureOr<RTyper::DictRepr> RTyper::dictRepr(ann::DictType dict, Location at) {
  Type key = lowType(dict.getKeyType(), at);
  Type value = lowType(dict.getValueType(), at);
  if (!key || !value)
    return failure();
  DictRepr repr;
  auto signed_ = lltype::SignedType::get(ctx);
  // A dict never given a key (`{}` only printed or tested) has keys of
  // any kind: ints.
  if (isa<ann::ImpossibleType>(dict.getKeyType()) ||
      isa<lltype::SignedType, lltype::BoolType, lltype::CharType,
          lltype::UnsignedType>(key)) {
    repr.kind = "int";
    key = signed_;
  } else if (key == Type(stringType())) {
    repr.kind = "str";
  } else if (isa<lltype::FloatType>(key)) {
    repr.kind = "float";
  } else if (isa<ann::InstanceType>(dict.getKeyType())) {
    repr.kind = "ptr";
  } else if (isa<ann::TupleType>(dict.getKeyType())) {
    repr.kind = "tuple";
  } else {
    (void)error(at, "the rtyper does not support dict keys of type " +
                        ann::describe(dict.getKeyType()) + " yet");
    return failure();
  }
  if (isa<lltype::VoidType>(value))
    value = lltype::BoolType::get(ctx); // a set: the value is unused
  repr.key = key;
  repr.value = value;
  repr.keyAnnotation = dict.getKeyType();
  std::string suffix = typeName(key) + "." + typeName(value);
  std::string entry = "entry." + suffix, entries = "entries." + suffix,
              name = "dict." + suffix;
  if (!symbols.lookup(name)) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    define(lltype::StructOp::create(
        builder, module.getLoc(), builder.getStringAttr(entry), UnitAttr(),
        builder.getStrArrayAttr({"hash", "live", "key", "value"}),
        builder.getTypeArrayAttr({signed_, signed_, key, value})));
    define(lltype::ArrayOp::create(
        builder, module.getLoc(), builder.getStringAttr(entries),
        builder.getUnitAttr(),
        TypeAttr::get(lltype::InlineType::get(
            ctx, FlatSymbolRefAttr::get(ctx, entry)))));
    define(lltype::StructOp::create(
        builder, module.getLoc(), builder.getStringAttr(name),
        builder.getUnitAttr(),
        builder.getStrArrayAttr({"length", "used", "entries", "index"}),
        builder.getTypeArrayAttr(
            {signed_, signed_,
             lltype::PtrType::get(ctx, FlatSymbolRefAttr::get(ctx, entries)),
             itemArrayType(signed_)})));
  }
  repr.dict = lltype::PtrType::get(ctx, FlatSymbolRefAttr::get(ctx, name));
  repr.entries =
      lltype::PtrType::get(ctx, FlatSymbolRefAttr::get(ctx, entries));
  return repr;
}

Value RTyper::dictKey(Location loc, const DictRepr &repr, Value key,
                      Type annotation, Type keyAnnotation, Operation *at) {
  if (repr.kind == "int") {
    if (isa<ann::CharType>(annotation))
      return lltype::CastCharToIntOp::create(builder, loc, key);
    return convert(key, annotation, ann::IntType::get(ctx, false, false), at);
  }
  return convert(key, annotation, keyAnnotation, at);
}

FlatSymbolRefAttr RTyper::dictHelper(const DictRepr &repr, StringRef what,
                                     Type keyItem) {
  StringRef dictName = repr.dict.getTarget().getValue();
  std::string name = ("ll_" + what + "." + dictName.drop_front(5)).str();
  if (keyItem && keyItem != repr.key)
    name += "." + typeName(keyItem);
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  auto constant = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  lltype::PtrType index = itemArrayType(signed_);
  std::string kind = repr.kind.str();
  // Arrays of `capacity` entries and the index that goes with them, given
  // to the runtime to move the live entries into.
  auto rehash = [&](Value dict, Value capacity) {
    Value entries =
        lltype::MallocVarsizeOp::create(builder, loc, repr.entries, capacity);
    Value slots = callRuntime(loc, "rpy_dt_index_size", capacity, signed_);
    Value table = lltype::MallocVarsizeOp::create(builder, loc, index, slots);
    callRuntime(loc, "rpy_dt_rehash",
                {opaque(loc, dict), opaque(loc, entries), opaque(loc, table)},
                Type());
  };
  lltype::FuncOp func;
  if (what == "keys" || what == "values" || what == "items") {
    // A new items array of the keys (or values, or (key, value) tuples), in
    // insertion order.
    Type item = what == "values" ? repr.value : keyItem;
    lltype::PtrType arrayPtr = itemArrayType(item);
    func = lltype::FuncOp::create(builder, loc, name,
                                  FunctionType::get(ctx, {repr.dict}, {arrayPtr}),
                                  StringAttr(), ArrayAttr(), ArrayAttr());
    Block *entry = func.addEntryBlock();
    Value dict = entry->getArgument(0);
    builder.setInsertionPointToStart(entry);
    Value length =
        lltype::GetFieldOp::create(builder, loc, signed_, dict, "length");
    Value items =
        lltype::MallocVarsizeOp::create(builder, loc, itemArrayType(item), length);
    auto *loop = new Block(), *take = new Block(), *done = new Block();
    for (Block *block : {loop, take, done})
      func.getBody().push_back(block);
    lltype::BrOp::create(builder, loc, ValueRange{constant(0), constant(0)},
                         loop);
    Value position = loop->addArgument(signed_, loc);
    Value count = loop->addArgument(signed_, loc);
    builder.setInsertionPointToStart(loop);
    Value at = callRuntime(loc, "rpy_dt_next", {opaque(loc, dict), position},
                           signed_);
    lltype::CondBrOp::create(
        builder, loc, lltype::IntGeOp::create(builder, loc, at, constant(0)),
        ValueRange(), ValueRange(), take, done);
    builder.setInsertionPointToStart(take);
    Value entries =
        lltype::GetFieldOp::create(builder, loc, repr.entries, dict, "entries");
    // Chars and bools are stored as ints.
    auto asStored = [&](Value value, Type type) -> Value {
      if (isa<lltype::CharType>(type) && value.getType() != type)
        return lltype::CastIntToCharOp::create(builder, loc, value);
      if (isa<lltype::BoolType>(type) && value.getType() != type)
        return lltype::IntIsTrueOp::create(builder, loc, value);
      return value;
    };
    Value value;
    if (what == "items") {
      auto tupleType = cast<lltype::PtrType>(item);
      auto tupleDef = symbols.lookup<lltype::StructOp>(
          tupleType.getTarget().getValue());
      value = lltype::MallocOp::create(builder, loc, tupleType);
      Value key = lltype::GetInteriorFieldOp::create(builder, loc, repr.key,
                                                     entries, at, "key");
      lltype::SetFieldOp::create(builder, loc, value, "item0",
                                 asStored(key, tupleDef.getFieldType("item0")));
      Value stored = lltype::GetInteriorFieldOp::create(
          builder, loc, repr.value, entries, at, "value");
      lltype::SetFieldOp::create(builder, loc, value, "item1", stored);
    } else {
      value = asStored(lltype::GetInteriorFieldOp::create(
                           builder, loc, what == "keys" ? repr.key : repr.value,
                           entries, at, what == "keys" ? "key" : "value"),
                       item);
    }
    lltype::SetArrayItemOp::create(builder, loc, items, StringAttr(), count,
                                   value);
    lltype::BrOp::create(
        builder, loc,
        ValueRange{lltype::IntAddOp::create(builder, loc, at, constant(1)),
                   lltype::IntAddOp::create(builder, loc, count, constant(1))},
        loop);
    builder.setInsertionPointToStart(done);
    lltype::ReturnOp::create(builder, loc, items);
  } else if (what == "copy") {
    // A new dict of the same entries, in the same order.
    FlatSymbolRefAttr keysOf = dictHelper(repr, "keys", repr.key);
    FlatSymbolRefAttr valuesOf = dictHelper(repr, "values");
    FlatSymbolRefAttr newdict = dictHelper(repr, "newdict");
    FlatSymbolRefAttr setitem = dictHelper(repr, "setitem");
    builder.setInsertionPointToEnd(module.getBody());
    func = lltype::FuncOp::create(builder, loc, name,
                                  FunctionType::get(ctx, {repr.dict}, {repr.dict}),
                                  StringAttr(), ArrayAttr(), ArrayAttr());
    Block *entry = func.addEntryBlock();
    builder.setInsertionPointToStart(entry);
    Value dict = entry->getArgument(0);
    auto call = [&](FlatSymbolRefAttr helper, Type result, ValueRange args) {
      return lltype::DirectCallOp::create(builder, loc, TypeRange{result},
                                          helper, args, ArrayAttr(),
                                          ArrayAttr())
          .getResult(0);
    };
    Value keys = call(keysOf, itemArrayType(repr.key), dict);
    Value values = call(valuesOf, itemArrayType(repr.value), dict);
    Value copy = call(newdict, repr.dict, {});
    countingLoop(loc, func.getBody(), constant(0),
                 lltype::GetArraySizeOp::create(builder, loc, keys, StringAttr()),
                 1, [&](Value i, ValueRange) -> SmallVector<Value> {
                   lltype::DirectCallOp::create(
                       builder, loc, TypeRange(), setitem,
                       ValueRange{copy,
                                  lltype::GetArrayItemOp::create(
                                      builder, loc, repr.key, keys,
                                      StringAttr(), i),
                                  lltype::GetArrayItemOp::create(
                                      builder, loc, repr.value, values,
                                      StringAttr(), i)},
                       ArrayAttr(), ArrayAttr());
                   return {};
                 });
    lltype::ReturnOp::create(builder, loc, copy);
  } else if (llvm::is_contained({"get", "getitem", "delitem", "pop",
                                  "popdefault"},
                                 what)) {
    // The key's entry: its value (get, getitem, pop, popdefault), removed
    // (delitem, pop, popdefault). A missing key gives the default (get,
    // popdefault; the third argument) or KeyError with the key's repr (the
    // third argument).
    bool hasDefault = what == "get" || what == "popdefault";
    bool remove = what == "delitem" || what == "pop" || what == "popdefault";
    bool returnsValue = what != "delitem";
    func = lltype::FuncOp::create(
        builder, loc, name,
        FunctionType::get(
            ctx, {repr.dict, repr.key, hasDefault ? repr.value : stringType()},
            returnsValue ? TypeRange{repr.value} : TypeRange()),
        StringAttr(), ArrayAttr(), ArrayAttr());
    Block *entry = func.addEntryBlock();
    Value dict = entry->getArgument(0), key = entry->getArgument(1);
    builder.setInsertionPointToStart(entry);
    Value found = dictFind(loc, repr,
                           remove && !returnsValue ? "delete" : "lookup", dict,
                           key);
    auto *missing = new Block(), *present = new Block();
    func.getBody().push_back(missing);
    func.getBody().push_back(present);
    lltype::CondBrOp::create(
        builder, loc, lltype::IntLtOp::create(builder, loc, found, constant(0)),
        ValueRange(), ValueRange(), missing, present);
    builder.setInsertionPointToStart(missing);
    if (hasDefault) {
      lltype::ReturnOp::create(builder, loc, entry->getArgument(2));
    } else {
      lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                   raiseHelper("KeyError"),
                                   ValueRange{entry->getArgument(2)},
                                   ArrayAttr(), ArrayAttr());
      lltype::UnreachableOp::create(builder, loc);
    }
    builder.setInsertionPointToStart(present);
    if (!returnsValue) {
      lltype::ReturnOp::create(builder, loc, Value());
    } else {
      Value entries = lltype::GetFieldOp::create(builder, loc, repr.entries,
                                                 dict, "entries");
      Value value = lltype::GetInteriorFieldOp::create(
          builder, loc, repr.value, entries, found, "value");
      if (remove)
        dictFind(loc, repr, "delete", dict, key);
      lltype::ReturnOp::create(builder, loc, value);
    }
  } else if (what == "newdict") {
    func = lltype::FuncOp::create(builder, loc, name,
                                  FunctionType::get(ctx, {}, {repr.dict}),
                                  StringAttr(), ArrayAttr(), ArrayAttr());
    builder.setInsertionPointToStart(func.addEntryBlock());
    Value dict = lltype::MallocOp::create(builder, loc, repr.dict);
    rehash(dict, constant(8));
    lltype::ReturnOp::create(builder, loc, dict);
  } else {
    // setitem: the entry of the key (growing the entries when full), then
    // its value.
    func = lltype::FuncOp::create(
        builder, loc, name,
        FunctionType::get(ctx, {repr.dict, repr.key, repr.value}, {}),
        StringAttr(), ArrayAttr(), ArrayAttr());
    Block *entry = func.addEntryBlock();
    Value dict = entry->getArgument(0), key = entry->getArgument(1),
          value = entry->getArgument(2);
    builder.setInsertionPointToStart(entry);
    Value found = dictFind(loc, repr, "insert", dict, key);
    auto *grow = new Block(), *store = new Block();
    func.getBody().push_back(grow);
    func.getBody().push_back(store);
    Value at = store->addArgument(signed_, loc);
    Value full = lltype::IntLtOp::create(builder, loc, found, constant(0));
    lltype::CondBrOp::create(builder, loc, full, ValueRange(),
                             ValueRange{found}, grow, store);
    builder.setInsertionPointToStart(grow);
    Value length =
        lltype::GetFieldOp::create(builder, loc, signed_, dict, "length");
    rehash(dict, lltype::IntAddOp::create(
                     builder, loc,
                     lltype::IntMulOp::create(builder, loc, length, constant(2)),
                     constant(8)));
    Value again = dictFind(loc, repr, "insert", dict, key);
    lltype::BrOp::create(builder, loc, ValueRange{again}, store);
    builder.setInsertionPointToStart(store);
    Value entries =
        lltype::GetFieldOp::create(builder, loc, repr.entries, dict, "entries");
    lltype::SetInteriorFieldOp::create(builder, loc, entries, at, "value",
                                       value);
    lltype::ReturnOp::create(builder, loc, Value());
  }
  symbols.insert(func);
  return FlatSymbolRefAttr::get(ctx, name);
}

LogicalResult RTyper::convertDictOp(Operation *op) {
  Location loc = op->getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  if (auto newDict = dyn_cast<flow::NewDictOp>(op)) {
    auto dictType = cast<ann::DictType>(newDict.getResult().getType());
    FailureOr<DictRepr> repr = dictRepr(dictType, loc);
    if (failed(repr))
      return failure();
    Value dict = lltype::DirectCallOp::create(
                     builder, loc, TypeRange{repr->dict},
                     dictHelper(*repr, "newdict"), ValueRange(), ArrayAttr(),
                     ArrayAttr())
                     .getResult(0);
    for (size_t i = 0; i + 1 < op->getNumOperands(); i += 2) {
      Value key = dictKey(loc, *repr, lookup(op->getOperand(i)),
                          op->getOperand(i).getType(), dictType.getKeyType(),
                          op);
      Value value = convert(lookup(op->getOperand(i + 1)),
                            op->getOperand(i + 1).getType(),
                            dictType.getValueType(), op);
      if (!key || !value)
        return failure();
      lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                   dictHelper(*repr, "setitem"),
                                   ValueRange{dict, key, value}, ArrayAttr(),
                                   ArrayAttr());
    }
    return produce(op, dict);
  }
  ann::DictType dictType = dictOfSet(op->getOperand(0).getType());
  FailureOr<DictRepr> repr = dictRepr(dictType, loc);
  if (failed(repr))
    return failure();
  Value dict = lookup(op->getOperand(0));
  auto key = [&](unsigned i) {
    return dictKey(loc, *repr, lookup(op->getOperand(i)),
                   op->getOperand(i).getType(), dictType.getKeyType(), op);
  };
  if (isa<flow::SetItemOp>(op)) {
    Value k = key(1);
    Value value = convert(lookup(op->getOperand(2)), op->getOperand(2).getType(),
                          dictType.getValueType(), op);
    if (!k || !value)
      return failure();
    lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                 dictHelper(*repr, "setitem"),
                                 ValueRange{dict, k, value}, ArrayAttr(),
                                 ArrayAttr());
    return success();
  }
  if (isa<flow::ContainsOp>(op)) {
    Value k = key(1);
    if (!k)
      return failure();
    Value found = dictFind(loc, *repr, "lookup", dict, k);
    return produce(op, lltype::IntGeOp::create(
                           builder, loc, found,
                           lltype::ConstantOp::create(
                               builder, loc, signed_,
                               builder.getI64IntegerAttr(0))));
  }
  if (isa<flow::DelItemOp>(op)) {
    Value k = key(1);
    if (!k)
      return failure();
    Type keyAnnotation = op->getOperand(1).getType();
    Value text = toStr(loc, lookup(op->getOperand(1)), keyAnnotation, op);
    if (!text)
      return failure();
    if (isString(keyAnnotation))
      text = callRuntime(loc, "rpy_str_repr", text, stringType());
    lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                 dictHelper(*repr, "delitem"),
                                 ValueRange{dict, k, text}, ArrayAttr(),
                                 ArrayAttr());
    return success();
  }
  if (isa<flow::GetItemOp>(op)) {
    Value k = key(1);
    if (!k)
      return failure();
    // The key's repr for the KeyError message is made first (PyPy makes it
    // only on failure; this keeps the lookup a single call).
    Type keyAnnotation = op->getOperand(1).getType();
    Value text = toStr(loc, lookup(op->getOperand(1)), keyAnnotation, op);
    if (!text)
      return failure();
    if (isString(keyAnnotation))
      text = callRuntime(loc, "rpy_str_repr", text, stringType());
    return produce(op, lltype::DirectCallOp::create(
                           builder, loc, TypeRange{repr->value},
                           dictHelper(*repr, "getitem"),
                           ValueRange{dict, k, text}, ArrayAttr(), ArrayAttr())
                           .getResult(0));
  }
  return error(op, "the rtyper does not support '" +
                       op->getName().getStringRef() + "' of " +
                       ann::describe(dictType) + " yet");
}

Value RTyper::prebuiltDict(Location loc, FlatSymbolRefAttr ref,
                           ann::DictType type) {
  FailureOr<DictRepr> repr = dictRepr(type, loc);
  if (failed(repr))
    return nullptr;
  std::string holderStruct =
      "holder." + repr->dict.getTarget().getValue().str();
  std::string holderName = "prebuilt." + ref.getValue().str();
  if (!symbols.lookup(holderName)) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    // A GC struct holding the pointer: a static root of the collector.
    if (!symbols.lookup(holderStruct))
      define(lltype::StructOp::create(
          builder, module.getLoc(), builder.getStringAttr(holderStruct),
          builder.getUnitAttr(), builder.getStrArrayAttr({"value"}),
          builder.getTypeArrayAttr({repr->dict})));
    define(lltype::GlobalOp::create(
        builder, module.getLoc(), builder.getStringAttr(holderName),
        FlatSymbolRefAttr::get(ctx, holderStruct),
        builder.getArrayAttr({builder.getUnitAttr()})));
    prebuiltDicts.push_back({ref, FlatSymbolRefAttr::get(ctx, holderName), type});
  }
  Value holder = lltype::AddressOfOp::create(
      builder, loc,
      lltype::PtrType::get(ctx, FlatSymbolRefAttr::get(ctx, holderStruct)),
      FlatSymbolRefAttr::get(ctx, holderName));
  return lltype::GetFieldOp::create(builder, loc, repr->dict, holder, "value");
}

Value RTyper::materialize(Location loc, Attribute value, Type type) {
  Type low = lowType(type, loc);
  if (!low)
    return nullptr;
  if (auto text = dyn_cast<StringAttr>(value)) {
    if (isa<lltype::CharType>(low))
      return lltype::ConstantOp::create(
          builder, loc, low,
          builder.getI64IntegerAttr(static_cast<unsigned char>(
              text.getValue().empty() ? 0 : text.getValue()[0])));
    return stringLiteral(loc, text.getValue());
  }
  if (isa<flow::NoneAttr>(value) && isa<lltype::PtrType>(low))
    return lltype::NullOp::create(builder, loc, low);
  if (auto boolean = dyn_cast<BoolAttr>(value))
    return lltype::ConstantOp::create(
        builder, loc, low,
        isa<lltype::BoolType>(low)
            ? Attribute(boolean)
            : Attribute(builder.getI64IntegerAttr(boolean.getValue())));
  if (auto integer = dyn_cast<IntegerAttr>(value))
    return lltype::ConstantOp::create(
        builder, loc, low,
        isa<lltype::FloatType>(low)
            ? Attribute(builder.getF64FloatAttr(integer.getInt()))
            : Attribute(builder.getI64IntegerAttr(integer.getInt())));
  if (auto number = dyn_cast<FloatAttr>(value))
    return lltype::ConstantOp::create(builder, loc, low,
                                      builder.getF64FloatAttr(
                                          number.getValueAsDouble()));
  if (auto ref = dyn_cast<FlatSymbolRefAttr>(value);
      ref && isa<lltype::FuncPtrType>(low))
    return lltype::AddressOfOp::create(builder, loc, low, ref);
  if (auto pbc = dyn_cast<ann::PbcType>(type);
      pbc && isClassSet(pbc) && isa<FlatSymbolRefAttr>(value))
    return classPointer(loc, value);
  (void)error(loc, "the rtyper does not support this prebuilt value yet");
  return nullptr;
}

FailureOr<FlatSymbolRefAttr> RTyper::createPrebuiltInit() {
  if (prebuiltDicts.empty())
    return FlatSymbolRefAttr();
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  auto func = lltype::FuncOp::create(builder, loc, "rpy_init_prebuilt",
                                     FunctionType::get(ctx, {}, {}),
                                     StringAttr(), ArrayAttr(), ArrayAttr());
  builder.setInsertionPointToStart(func.addEntryBlock());
  // Building one may add another (a dict of dicts): by index.
  for (size_t i = 0; i < prebuiltDicts.size(); ++i) {
    PrebuiltDict entry = prebuiltDicts[i];
    FailureOr<DictRepr> repr = dictRepr(entry.type, loc);
    auto prebuilt = symbols.lookup<flow::PrebuiltOp>(entry.prebuilt.getValue());
    if (failed(repr) || !prebuilt || !prebuilt.getItems())
      return failure();
    Value dict = lltype::DirectCallOp::create(
                     builder, loc, TypeRange{repr->dict},
                     dictHelper(*repr, "newdict"), ValueRange(), ArrayAttr(),
                     ArrayAttr())
                     .getResult(0);
    ArrayAttr items = *prebuilt.getItems();
    bool isSet = prebuilt.getKind() == "set";
    for (Attribute item : items) {
      // A dict's items are (key, value) pairs; a set's are its keys.
      Value key = materialize(loc, isSet ? item : cast<ArrayAttr>(item)[0],
                              entry.type.getKeyType());
      Value value =
          isSet ? Value(lltype::ConstantOp::create(builder, loc, repr->value,
                                                   builder.getBoolAttr(false)))
                : materialize(loc, cast<ArrayAttr>(item)[1],
                              entry.type.getValueType());
      if (!key || !value)
        return failure();
      key = dictKey(loc, *repr, key, entry.type.getKeyType(),
                    entry.type.getKeyType(), func);
      lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                   dictHelper(*repr, "setitem"),
                                   ValueRange{dict, key, value}, ArrayAttr(),
                                   ArrayAttr());
    }
    auto holderType = cast<lltype::PtrType>(
        lltype::PtrType::get(ctx, symbols.lookup<lltype::GlobalOp>(
                                          entry.holder.getValue())
                                      .getTypeAttr()));
    Value holder =
        lltype::AddressOfOp::create(builder, loc, holderType, entry.holder);
    lltype::SetFieldOp::create(builder, loc, holder, "value", dict);
  }
  lltype::ReturnOp::create(builder, loc, Value());
  symbols.insert(func);
  return FlatSymbolRefAttr::get(func.getSymNameAttr());
}

FlatSymbolRefAttr RTyper::staticTuple(Location loc, ArrayAttr value,
                                      ann::TupleType type) {
  lltype::PtrType tuple = tupleType(type, loc);
  if (!tuple)
    return nullptr;
  SmallVector<Attribute> items;
  for (auto [item, element] : llvm::zip(value, type.getElementTypes())) {
    Attribute converted = staticValue(item, element);
    if (isa<ann::NoneType>(element))
      converted = builder.getBoolAttr(false); // the placeholder field
    if (!converted) {
      (void)error(loc, "the rtyper does not support this constant tuple yet");
      return nullptr;
    }
    items.push_back(converted);
  }
  auto contents = builder.getArrayAttr(items);
  FlatSymbolRefAttr &ref = staticTuples[{tuple, contents}];
  if (!ref) {
    std::string name = "const.tuple." + std::to_string(staticTuples.size() - 1);
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    define(lltype::GlobalOp::create(builder, module.getLoc(),
                                    builder.getStringAttr(name),
                                    tuple.getTarget(), contents));
    ref = FlatSymbolRefAttr::get(ctx, name);
  }
  return ref;
}

Attribute RTyper::staticValue(Attribute value, Type type) {
  if (auto tuple = dyn_cast<ann::TupleType>(type))
    if (auto items = dyn_cast<ArrayAttr>(value))
      return staticTuple(UnknownLoc::get(ctx), items, tuple);
  if (auto text = dyn_cast<StringAttr>(value)) {
    if (isa<ann::CharType>(type))
      return builder.getI64IntegerAttr(
          static_cast<unsigned char>(text.getValue().empty()
                                         ? 0
                                         : text.getValue()[0]));
    return stringGlobal(text.getValue());
  }
  if (isa<flow::NoneAttr>(value))
    return builder.getUnitAttr();
  if (auto boolean = dyn_cast<BoolAttr>(value))
    return isa<ann::BoolType>(type) ? Attribute(boolean)
                                    : builder.getI64IntegerAttr(
                                          boolean.getValue());
  if (auto integer = dyn_cast<IntegerAttr>(value))
    return isa<ann::FloatType>(type)
               ? Attribute(builder.getF64FloatAttr(integer.getInt()))
               : Attribute(builder.getI64IntegerAttr(integer.getInt()));
  if (auto number = dyn_cast<FloatAttr>(value))
    return builder.getF64FloatAttr(number.getValueAsDouble());
  // A function in a table of functions: its address; a class: its vtable.
  if (auto ref = dyn_cast<FlatSymbolRefAttr>(value);
      ref && isa<ann::PbcType>(type) && functions.lookup(ref.getValue()))
    return ref;
  if (auto pbc = dyn_cast<ann::PbcType>(type);
      pbc && isClassSet(pbc) && isa<FlatSymbolRefAttr>(value))
    return vtableGlobal(value);
  return nullptr;
}

Value RTyper::prebuiltList(Location loc, FlatSymbolRefAttr ref,
                           ann::ListType type) {
  Type item = listItemType(type, loc);
  if (!item)
    return nullptr;
  lltype::PtrType listPtr = listType(item, !type.getFixed());
  std::string name = "prebuilt." + ref.getValue().str();
  if (!symbols.lookup(name)) {
    auto prebuilt = symbols.lookup<flow::PrebuiltOp>(ref.getValue());
    if (!prebuilt || !prebuilt.getItems()) {
      (void)error(loc, "the rtyper does not support this prebuilt list yet");
      return nullptr;
    }
    SmallVector<Attribute> items;
    ArrayAttr values = *prebuilt.getItems();
    for (Attribute value : values) {
      Attribute item = staticValue(value, type.getElementType());
      if (!item) {
        (void)error(loc, "the rtyper does not support the items of this "
                         "prebuilt list yet");
        return nullptr;
      }
      items.push_back(item);
    }
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    lltype::PtrType arrayPtr = itemArrayType(item);
    std::string arrayName = type.getFixed() ? name : name + ".items";
    define(lltype::GlobalOp::create(builder, module.getLoc(),
                                    builder.getStringAttr(arrayName),
                                    arrayPtr.getTarget(),
                                    builder.getArrayAttr(items)));
    if (!type.getFixed())
      define(lltype::GlobalOp::create(
          builder, module.getLoc(), builder.getStringAttr(name),
          listPtr.getTarget(),
          builder.getArrayAttr({builder.getI64IntegerAttr(items.size()),
                                FlatSymbolRefAttr::get(ctx, arrayName)})));
  }
  return lltype::AddressOfOp::create(builder, loc, listPtr,
                                     FlatSymbolRefAttr::get(ctx, name));
}

Value RTyper::dictToStr(Location loc, Value dict, Type annotation,
                        Operation *at) {
  // "{k: v, ...}" ("{a, b}" for a set, "set()" when empty): the reprs of
  // the keys and values, in insertion order, joined by the runtime.
  bool isSet = isa<ann::SetType>(annotation);
  ann::DictType dictType = dictOfSet(annotation);
  if (isa<ann::ImpossibleType>(dictType.getKeyType()))
    return stringLiteral(loc, isSet ? "set()" : "{}"); // never given a key
  FailureOr<DictRepr> repr = dictRepr(dictType, loc);
  Type keyLow = lowType(dictType.getKeyType(), at);
  if (failed(repr) || !keyLow)
    return nullptr;
  std::string name =
      ("ll_" + Twine(isSet ? "setrepr." : "dictrepr.") +
       repr->dict.getTarget().getValue().drop_front(5))
          .str();
  if (!symbols.lookup(name)) {
    FlatSymbolRefAttr keysOf = dictHelper(*repr, "keys", keyLow);
    FlatSymbolRefAttr valuesOf = isSet ? nullptr : dictHelper(*repr, "values");
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToEnd(module.getBody());
    Location here = module.getLoc();
    auto signed_ = lltype::SignedType::get(ctx);
    Type string = stringType();
    auto func = lltype::FuncOp::create(
        builder, here, name, FunctionType::get(ctx, {repr->dict}, {string}),
        StringAttr(), ArrayAttr(), ArrayAttr());
    symbols.insert(func);
    Block *entry = func.addEntryBlock();
    builder.setInsertionPointToStart(entry);
    Value self = entry->getArgument(0);
    Value keys = lltype::DirectCallOp::create(
                     builder, here, TypeRange{itemArrayType(keyLow)}, keysOf,
                     ValueRange{self}, ArrayAttr(), ArrayAttr())
                     .getResult(0);
    Value values =
        isSet ? Value()
              : lltype::DirectCallOp::create(
                    builder, here, TypeRange{itemArrayType(repr->value)},
                    valuesOf, ValueRange{self}, ArrayAttr(), ArrayAttr())
                    .getResult(0);
    Value count =
        lltype::GetArraySizeOp::create(builder, here, keys, StringAttr());
    Value pieces = lltype::MallocVarsizeOp::create(
        builder, here, itemArrayType(string), count);
    bool failedItem = false;
    countingLoop(
        here, func.getBody(),
        lltype::ConstantOp::create(builder, here, signed_,
                                   builder.getI64IntegerAttr(0)),
        count, 1, [&](Value i, ValueRange) -> SmallVector<Value> {
          Value key = reprOf(here,
                             lltype::GetArrayItemOp::create(
                                 builder, here, keyLow, keys, StringAttr(), i),
                             dictType.getKeyType(), at);
          Value text = key;
          if (key && !isSet) {
            Value value = reprOf(
                here,
                lltype::GetArrayItemOp::create(builder, here, repr->value,
                                               values, StringAttr(), i),
                dictType.getValueType(), at);
            text = value ? callRuntime(
                               here, "rpy_str_concat",
                               {callRuntime(here, "rpy_str_concat",
                                            {key, stringLiteral(here, ": ")},
                                            string),
                                value},
                               string)
                         : Value();
          }
          if (!text) {
            failedItem = true;
            text = stringLiteral(here, "");
          }
          lltype::SetArrayItemOp::create(builder, here, pieces, StringAttr(),
                                         i, text);
          return {};
        });
    if (failedItem)
      return nullptr;
    Value joined = callRuntime(here, "rpy_str_join_array",
                               {stringLiteral(here, ", "), pieces}, string);
    Value text = callRuntime(
        here, "rpy_str_concat",
        {callRuntime(here, "rpy_str_concat", {stringLiteral(here, "{"), joined},
                     string),
         stringLiteral(here, "}")},
        string);
    if (isSet) {
      // An empty set prints as set(), not {}.
      auto *empty = new Block(), *done = new Block();
      func.getBody().push_back(empty);
      func.getBody().push_back(done);
      lltype::CondBrOp::create(
          builder, here,
          lltype::IntEqOp::create(builder, here, count,
                                  lltype::ConstantOp::create(
                                      builder, here, signed_,
                                      builder.getI64IntegerAttr(0))),
          ValueRange(), ValueRange(), empty, done);
      builder.setInsertionPointToStart(empty);
      lltype::ReturnOp::create(builder, here, stringLiteral(here, "set()"));
      builder.setInsertionPointToStart(done);
    }
    lltype::ReturnOp::create(builder, here, text);
  }
  return lltype::DirectCallOp::create(builder, loc, TypeRange{stringType()},
                                      FlatSymbolRefAttr::get(ctx, name),
                                      ValueRange{dict}, ArrayAttr(),
                                      ArrayAttr())
      .getResult(0);
}

lltype::PtrType RTyper::opaqueType() {
  static constexpr llvm::StringLiteral name = "rpy_opaque";
  if (!symbols.lookup(name)) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    define(lltype::StructOp::create(builder, module.getLoc(),
                                    builder.getStringAttr(name),
                                    builder.getUnitAttr(),
                                    builder.getStrArrayAttr({}),
                                    builder.getTypeArrayAttr({})));
  }
  return lltype::PtrType::get(ctx, FlatSymbolRefAttr::get(ctx, name));
}

Value RTyper::opaque(Location loc, Value pointer) {
  return lltype::CastPointerOp::create(builder, loc, opaqueType(), pointer);
}
