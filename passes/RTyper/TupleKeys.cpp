//===- TupleKeys.cpp - Finding keys in dicts ------------------------------===//
//
// The runtime finds int, str, float and identity keys (dicttable.c). A
// tuple key is compared item by item, which the runtime cannot do: its
// dicts are probed by helpers of the compiled code, made once per dict
// type, on the same layout and probe sequence (CPython's perturbation), with
// the tuple's hash kept in the entry, so that the runtime's rehash and
// iteration work for them unchanged.
//
//===----------------------------------------------------------------------===//

#include "passes/RTyper/RTyperImpl.h"

#include "dialects/ann/Lattice.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::rtyper::detail;

Value RTyper::dictFind(Location loc, const DictRepr &repr, StringRef what,
                       Value dict, Value key) {
  auto signed_ = lltype::SignedType::get(ctx);
  if (repr.kind != "tuple")
    return callRuntime(loc, ("rpy_dt_" + what + "_" + repr.kind).str(),
                       {dict.getType() == Type(opaqueType())
                            ? dict
                            : opaque(loc, dict),
                        key},
                       signed_);
  if (dict.getType() != Type(repr.dict))
    dict = lltype::CastPointerOp::create(builder, loc, repr.dict, dict);
  return lltype::DirectCallOp::create(builder, loc, TypeRange{signed_},
                                      tupleKeyHelper(repr, what),
                                      ValueRange{dict, key}, ArrayAttr(),
                                      ArrayAttr())
      .getResult(0);
}

FlatSymbolRefAttr RTyper::tupleHashHelper(ann::TupleType tuple, Location at) {
  // hash((a, b, ...)): the items' hashes mixed (CPython's constants), the
  // length last. Only this program's dicts see it.
  lltype::PtrType type = tupleType(tuple, at);
  std::string name = ("ll_hash." + type.getTarget().getValue()).str();
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  SmallVector<FlatSymbolRefAttr> nested;
  for (Type element : tuple.getElementTypes())
    nested.push_back(isa<ann::TupleType>(element)
                         ? tupleHashHelper(cast<ann::TupleType>(element), at)
                         : nullptr);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  auto func = lltype::FuncOp::create(
      builder, loc, name, FunctionType::get(ctx, {type}, {signed_}),
      StringAttr(), ArrayAttr(), ArrayAttr());
  symbols.insert(func);
  Block *entry = func.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  auto constant = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  Value hash = constant(0x345678);
  for (auto [index, element] : llvm::enumerate(tuple.getElementTypes())) {
    Value item = tupleItem(loc, entry->getArgument(0), tuple, index, func);
    Type low = item.getType();
    Value itemHash;
    if (nested[index])
      itemHash = lltype::DirectCallOp::create(builder, loc, TypeRange{signed_},
                                              nested[index], ValueRange{item},
                                              ArrayAttr(), ArrayAttr())
                     .getResult(0);
    else if (low == Type(stringType()))
      itemHash = callRuntime(loc, "rpy_str_hash", item, signed_);
    else if (isa<lltype::FloatType>(low))
      itemHash = callRuntime(loc, "rpy_float_hash", item, signed_);
    else if (isa<lltype::CharType>(low))
      itemHash = lltype::CastCharToIntOp::create(builder, loc, item);
    else if (isa<lltype::BoolType>(low))
      itemHash = lltype::CastBoolToIntOp::create(builder, loc, item);
    else if (isa<lltype::UnsignedType>(low))
      itemHash = lltype::CastUintToIntOp::create(builder, loc, item);
    else if (isa<lltype::SignedType>(low))
      itemHash = item;
    else if (isa<lltype::VoidType>(low))
      itemHash = constant(0);
    else if (isa<lltype::PtrType>(low))
      itemHash = callRuntime(loc, "rpy_gc_identity_hash", {opaque(loc, item)},
                             lltype::SignedType::get(ctx));
    else
      return nullptr;
    hash = lltype::IntMulOp::create(
        builder, loc, lltype::IntXorOp::create(builder, loc, hash, itemHash),
        constant(1000003));
  }
  hash = lltype::IntXorOp::create(
      builder, loc, hash,
      constant(static_cast<int64_t>(tuple.getElementTypes().size())));
  lltype::ReturnOp::create(builder, loc, hash);
  return FlatSymbolRefAttr::get(ctx, name);
}

FlatSymbolRefAttr RTyper::tupleKeyHelper(const DictRepr &repr,
                                         StringRef what) {
  StringRef dictName = repr.dict.getTarget().getValue();
  std::string name = ("ll_dt" + what + "." + dictName.drop_front(5)).str();
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  auto tuple = cast<ann::TupleType>(repr.keyAnnotation);
  Location loc = module.getLoc();
  FlatSymbolRefAttr hashOf = tupleHashHelper(tuple, loc);
  FlatSymbolRefAttr probe =
      what == "probe" ? nullptr : tupleKeyHelper(repr, "probe");
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  auto signed_ = lltype::SignedType::get(ctx);
  lltype::PtrType index = itemArrayType(signed_);
  SmallVector<Type> inputs{repr.dict, repr.key};
  if (what == "probe")
    inputs.push_back(signed_);
  auto func = lltype::FuncOp::create(builder, loc, name,
                                     FunctionType::get(ctx, inputs, {signed_}),
                                     StringAttr(), ArrayAttr(), ArrayAttr());
  symbols.insert(func);
  Block *entry = func.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  Region &body = func.getBody();
  Value dict = entry->getArgument(0), key = entry->getArgument(1);
  auto constant = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  auto returnValue = [&](Value v) { lltype::ReturnOp::create(builder, loc, v); };
  // if (condition) return value; in a block of its own.
  auto returnIf = [&](Value condition, function_ref<Value()> value) {
    auto *leave = new Block(), *stay = new Block();
    body.push_back(leave);
    body.push_back(stay);
    lltype::CondBrOp::create(builder, loc, condition, ValueRange(),
                             ValueRange(), leave, stay);
    builder.setInsertionPointToStart(leave);
    returnValue(value());
    builder.setInsertionPointToStart(stay);
  };
  Value table = lltype::GetFieldOp::create(builder, loc, index, dict, "index");
  Value entries =
      lltype::GetFieldOp::create(builder, loc, repr.entries, dict, "entries");

  if (what == "probe") {
    // The slot holding the key's entry, else the first free one on its
    // probe sequence; -1 when there is none (dicttable.c's probe()).
    Value hash = entry->getArgument(2);
    Value mask = lltype::IntSubOp::create(
        builder, loc,
        lltype::GetArraySizeOp::create(builder, loc, table, StringAttr()),
        constant(1));
    SmallVector<Value> last = countingLoop(
        loc, body, constant(0),
        lltype::IntAddOp::create(builder, loc, mask, constant(1)), 1,
        [&](Value, ValueRange state) -> SmallVector<Value> {
          Value free = state[0], perturb = state[1], slot = state[2];
          Value at = lltype::GetArrayItemOp::create(builder, loc, signed_,
                                                    table, StringAttr(), slot);
          Value freeOrHere = select(
              loc, lltype::IntGeOp::create(builder, loc, free, constant(0)),
              free, slot);
          returnIf(lltype::IntEqOp::create(builder, loc, at, constant(-1)),
                   [&] { return freeOrHere; });
          // A live entry with the same hash and an equal key: found.
          auto *check = new Block(), *next = new Block();
          body.push_back(check);
          body.push_back(next);
          Value live = lltype::IntGeOp::create(builder, loc, at, constant(0));
          lltype::CondBrOp::create(builder, loc, live, ValueRange(),
                                   ValueRange(), check, next);
          builder.setInsertionPointToStart(check);
          Value sameHash = lltype::IntEqOp::create(
              builder, loc,
              lltype::GetInteriorFieldOp::create(builder, loc, signed_,
                                                 entries, at, "hash"),
              hash);
          auto *compare = new Block();
          body.push_back(compare);
          lltype::CondBrOp::create(builder, loc, sameHash, ValueRange(),
                                   ValueRange(), compare, next);
          builder.setInsertionPointToStart(compare);
          Value stored = lltype::GetInteriorFieldOp::create(
              builder, loc, repr.key, entries, at, "key");
          Value equal = valuesEqual(loc, stored, tuple, key, tuple, func);
          returnIf(equal, [&] { return slot; });
          lltype::BrOp::create(builder, loc, ValueRange(), next);
          builder.setInsertionPointToStart(next);
          // A deleted entry's slot is the first free one, if none before.
          Value deleted =
              lltype::IntEqOp::create(builder, loc, at, constant(-2));
          Value noFree = lltype::IntLtOp::create(builder, loc, free, constant(0));
          Value newFree = select(
              loc,
              lltype::IntIsTrueOp::create(
                  builder, loc,
                  lltype::IntAndOp::create(
                      builder, loc,
                      lltype::CastBoolToIntOp::create(builder, loc, deleted),
                      lltype::CastBoolToIntOp::create(builder, loc, noFree))),
              slot, free);
          Value shifted = lltype::UintRShiftOp::create(
              builder, loc, perturb,
              lltype::CastIntToUintOp::create(builder, loc, constant(5)));
          Value nextSlot = lltype::IntAndOp::create(
              builder, loc,
              lltype::IntAddOp::create(
                  builder, loc,
                  lltype::IntAddOp::create(
                      builder, loc,
                      lltype::IntMulOp::create(builder, loc, slot, constant(5)),
                      constant(1)),
                  lltype::CastUintToIntOp::create(builder, loc, shifted)),
              mask);
          return {newFree, shifted, nextSlot};
        },
        ValueRange{constant(-1),
                   lltype::CastIntToUintOp::create(builder, loc, hash),
                   lltype::IntAndOp::create(builder, loc, hash, mask)});
    returnValue(last[0]);
    return FlatSymbolRefAttr::get(ctx, name);
  }

  Value hash = lltype::DirectCallOp::create(builder, loc, TypeRange{signed_},
                                            hashOf, ValueRange{key},
                                            ArrayAttr(), ArrayAttr())
                   .getResult(0);
  Value slot = lltype::DirectCallOp::create(builder, loc, TypeRange{signed_},
                                            probe, ValueRange{dict, key, hash},
                                            ArrayAttr(), ArrayAttr())
                   .getResult(0);
  Value noSlot = lltype::IntLtOp::create(builder, loc, slot, constant(0));
  auto *haveSlot = new Block();
  auto *none = new Block();
  body.push_back(none);
  body.push_back(haveSlot);
  lltype::CondBrOp::create(builder, loc, noSlot, ValueRange(), ValueRange(),
                           none, haveSlot);
  builder.setInsertionPointToStart(none);
  returnValue(constant(-1));
  builder.setInsertionPointToStart(haveSlot);
  Value at = lltype::GetArrayItemOp::create(builder, loc, signed_, table,
                                            StringAttr(), slot);
  Value found = lltype::IntGeOp::create(builder, loc, at, constant(0));
  if (what == "lookup") {
    returnValue(select(loc, found, at, constant(-1)));
    return FlatSymbolRefAttr::get(ctx, name);
  }
  Value length = lltype::GetFieldOp::create(builder, loc, signed_, dict,
                                            "length");
  if (what == "delete") {
    // The entry cleared (the collector must not keep its key and value),
    // its slot marked deleted.
    returnIf(lltype::BoolNotOp::create(builder, loc, found),
             [&] { return constant(-1); });
    lltype::SetInteriorFieldOp::create(builder, loc, entries, at, "hash",
                                       constant(0));
    lltype::SetInteriorFieldOp::create(builder, loc, entries, at, "live",
                                       constant(0));
    lltype::SetInteriorFieldOp::create(builder, loc, entries, at, "key",
                                       zeroOf(loc, repr.key));
    lltype::SetInteriorFieldOp::create(builder, loc, entries, at, "value",
                                       zeroOf(loc, repr.value));
    lltype::SetArrayItemOp::create(builder, loc, table, StringAttr(), slot,
                                   constant(-2));
    lltype::SetFieldOp::create(
        builder, loc, dict, "length",
        lltype::IntSubOp::create(builder, loc, length, constant(1)));
    returnValue(at);
    return FlatSymbolRefAttr::get(ctx, name);
  }
  // insert: the key's entry, or a new one at the end; -1 when full (the
  // caller grows the dict and asks again).
  returnIf(found, [&] { return at; });
  Value used = lltype::GetFieldOp::create(builder, loc, signed_, dict, "used");
  returnIf(lltype::IntGeOp::create(
               builder, loc, used,
               lltype::GetArraySizeOp::create(builder, loc, entries,
                                              StringAttr())),
           [&] { return constant(-1); });
  lltype::SetInteriorFieldOp::create(builder, loc, entries, used, "hash",
                                     hash);
  lltype::SetInteriorFieldOp::create(builder, loc, entries, used, "live",
                                     constant(1));
  lltype::SetInteriorFieldOp::create(builder, loc, entries, used, "key", key);
  lltype::SetArrayItemOp::create(builder, loc, table, StringAttr(), slot, used);
  lltype::SetFieldOp::create(
      builder, loc, dict, "used",
      lltype::IntAddOp::create(builder, loc, used, constant(1)));
  lltype::SetFieldOp::create(
      builder, loc, dict, "length",
      lltype::IntAddOp::create(builder, loc, length, constant(1)));
  returnValue(used);
  return FlatSymbolRefAttr::get(ctx, name);
}
