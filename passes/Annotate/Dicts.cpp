//===- Dicts.cpp - The annotation of dict operations ----------------------===//
//
// PyPy's SomeDict rules over DictDefs: like lists, all values that may alias
// one dict share its key and value types, generalised in place; reads
// register their block as a reader. As in PyPy, looking a key up
// generalises the key type too.
//
//===----------------------------------------------------------------------===//

#include "passes/Annotate/AnnotatorImpl.h"

#include "passes/Annotate/Rules.h"

#include "dialects/ann/AnnTypes.h"
#include "dialects/flow/FlowDialect.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::annotate;
using namespace rpy::annotate::detail;

static bool isDictMethod(StringRef name) {
  return llvm::is_contained({"get", "keys", "values", "items", "pop",
                             "setdefault", "clear", "copy", "update"},
                            name);
}

std::optional<unsigned> Annotator::dictOf(Type type) const {
  if (auto dict = dyn_cast<ann::DictType>(type))
    return lists.lookupDict(dict);
  return std::nullopt;
}

ann::DictType Annotator::siteDict(Operation *site) {
  auto [it, inserted] = siteDicts.try_emplace(site);
  if (inserted)
    it->second = lists.createDict();
  return it->second;
}

LogicalResult Annotator::storeKey(Operation *op, unsigned id, Type key,
                                  const Twine &how, bool ofSet) {
  if (!isHashable(key)) {
    report(op, (ofSet ? "set items" : "dict keys") +
                   Twine(" must be hashable, not ") + describe(key));
    return failure();
  }
  Type old = lists.getDict(id).key;
  if (lists.storeKey(id, key))
    return success();
  report(op, "cannot union " + describe(old) + " and " + describe(key) +
                 (ofSet ? " (the items of a set" : " (the keys of a dict") +
                 ", stored by " + how + ")");
  return failure();
}

LogicalResult Annotator::storeValue(Operation *op, unsigned id, Type value,
                                    const Twine &how) {
  Type old = lists.getDict(id).value;
  if (lists.storeValue(id, value))
    return success();
  report(op, "cannot union " + describe(old) + " and " + describe(value) +
                 " (the values of a dict, stored by " + how + ")");
  return failure();
}

Step Annotator::flowDictNext(Operation *op, ann::DictType dict) {
  Type key = lists.readDict(*dictOf(dict), op->getBlock()).key;
  if (isa<ann::ImpossibleType>(key))
    return Step::Stop;
  return finish(op, key);
}

std::optional<Step> Annotator::flowDictOp(Operation *op,
                                          ArrayRef<Type> operands) {
  StringRef opName = op->getName().getStringRef();
  if (isa<flow::NewDictOp>(op)) {
    ann::DictType dict = siteDict(op);
    unsigned id = *dictOf(dict);
    for (size_t i = 0; i + 1 < operands.size(); i += 2)
      if (failed(storeKey(op, id, operands[i], opName)) ||
          failed(storeValue(op, id, operands[i + 1], opName)))
        return Step::Error;
    return finish(op, dict);
  }
  if (operands.empty())
    return std::nullopt;
  std::optional<unsigned> id = dictOf(operands[0]);
  if (!id)
    return std::nullopt;

  if (isa<flow::GetItemOp>(op)) {
    if (failed(storeKey(op, *id, operands[1], opName)))
      return Step::Error;
    Type value = lists.readDict(*id, op->getBlock()).value;
    if (isa<ann::ImpossibleType>(value))
      return Step::Stop;
    return finish(op, value);
  }
  if (isa<flow::SetItemOp>(op))
    return succeeded(storeKey(op, *id, operands[1], opName)) &&
                   succeeded(storeValue(op, *id, operands[2], opName))
               ? Step::Continue
               : Step::Error;
  if (isa<flow::DelItemOp>(op))
    return succeeded(storeKey(op, *id, operands[1], opName)) ? Step::Continue
                                                             : Step::Error;
  if (isa<flow::ContainsOp>(op)) {
    if (failed(storeKey(op, *id, operands[1], opName)))
      return Step::Error;
    return finish(op, ann::BoolType::get(ctx));
  }
  if (auto getattr = dyn_cast<flow::GetAttrOp>(op)) {
    if (!isDictMethod(getattr.getName())) {
      report(op, "flow.getattr '" + getattr.getName() + "' of " +
                     describe(operands[0]) + " is not supported");
      return Step::Error;
    }
    auto method =
        flow::BuiltinAttr::get(ctx, ("dict." + getattr.getName()).str());
    return finish(op, ann::PbcType::get(ctx, ArrayRef<Attribute>{method}));
  }
  return std::nullopt;
}

FailureOr<Type> Annotator::callDictMethod(Operation *op, StringRef name,
                                          ArrayRef<Type> args) {
  auto getattr = op->getOperand(0).getDefiningOp<flow::GetAttrOp>();
  if (!getattr) {
    report(op, "calling the dict method '" + name +
                   "' through a variable is not supported yet");
    return failure();
  }
  unsigned id = *dictOf(get(getattr.getObject()));
  auto arity = [&](size_t low, size_t high) {
    if (args.size() >= low && args.size() <= high)
      return true;
    report(op, "dict." + name + "() takes " + Twine(low) +
                   (low == high ? "" : " to " + Twine(high)) +
                   " argument(s), got " + Twine(args.size()));
    return false;
  };
  Block *block = op->getBlock();
  std::string how = ("dict." + name + "()").str();
  auto none = Type(ann::NoneType::get(ctx));
  // The value, or a default: their union (a null result: no value yet).
  auto valueOr = [&](Type fallback) -> FailureOr<Type> {
    Type value = lists.readDict(id, block).value;
    Type merged = ann::unionOf(value, fallback, lists);
    if (!merged) {
      report(op, "cannot union " + describe(value) + " and " +
                     describe(fallback) + " (the result of " + how + ")");
      return failure();
    }
    return isa<ann::ImpossibleType>(merged) ? Type() : merged;
  };

  if (name == "get" || name == "pop") {
    if (!arity(1, 2))
      return failure();
    if (failed(storeKey(op, id, args[0], how)))
      return failure();
    if (args.size() == 2)
      return valueOr(args[1]);
    return valueOr(name == "get" ? none : Type(ann::ImpossibleType::get(ctx)));
  }
  if (name == "setdefault") {
    if (!arity(2, 2))
      return failure();
    if (failed(storeKey(op, id, args[0], how)) ||
        failed(storeValue(op, id, args[1], how)))
      return failure();
    return valueOr(ann::ImpossibleType::get(ctx));
  }
  if (name == "keys" || name == "values" || name == "items") {
    if (!arity(0, 0))
      return failure();
    DictDef &def = lists.readDict(id, block);
    Type item = name == "keys" ? def.key
                : name == "values"
                    ? def.value
                    : Type(ann::TupleType::get(ctx, {def.key, def.value}));
    // An items() of an empty dict has no items yet.
    if (name == "items" && (isa<ann::ImpossibleType>(def.key) ||
                            isa<ann::ImpossibleType>(def.value)))
      item = ann::ImpossibleType::get(ctx);
    ann::ListType list = siteList(op);
    if (failed(storeItem(op, *listOf(list), item, how)))
      return failure();
    return Type(list);
  }
  if (name == "clear") {
    if (!arity(0, 0))
      return failure();
    return none;
  }
  if (name == "copy") {
    if (!arity(0, 0))
      return failure();
    ann::DictType copy = siteDict(op);
    DictDef &def = lists.readDict(id, block);
    Type key = def.key, value = def.value;
    if (failed(storeKey(op, *dictOf(copy), key, how)) ||
        failed(storeValue(op, *dictOf(copy), value, how)))
      return failure();
    return Type(copy);
  }
  // update
  if (!arity(1, 1))
    return failure();
  std::optional<unsigned> other = dictOf(args[0]);
  if (!other) {
    report(op, "dict.update() of " + describe(args[0]) + " is not supported");
    return failure();
  }
  DictDef &def = lists.readDict(*other, block);
  Type key = def.key, value = def.value;
  if (failed(storeKey(op, id, key, how)) ||
      failed(storeValue(op, id, value, how)))
    return failure();
  return none;
}

Type Annotator::prebuiltDict(Attribute value) {
  auto ref = dyn_cast<FlatSymbolRefAttr>(value);
  if (!ref)
    return nullptr;
  auto prebuilt = symbols.lookup<flow::PrebuiltOp>(ref.getValue());
  if (!prebuilt || prebuilt.getKind() != "dict" || !prebuilt.getItems())
    return nullptr;
  auto [it, inserted] = siteDicts.try_emplace(prebuilt);
  if (!inserted)
    return it->second;
  ann::DictType dict = lists.createDict();
  it->second = dict;
  unsigned id = *dictOf(dict);
  ArrayAttr items = *prebuilt.getItems();
  for (Attribute item : items) {
    auto pair = dyn_cast<ArrayAttr>(item);
    std::string error;
    Type key =
        pair && pair.size() == 2 ? annotateConstant(pair[0], error) : Type();
    Type entry = key ? prebuiltList(pair[1]) : Type();
    if (key && !entry)
      entry = annotateConstant(pair[1], error);
    // Entries without an annotation leave the constant a plain PBC.
    if (!key || !entry || !isHashable(key) || !lists.storeKey(id, key) ||
        !lists.storeValue(id, entry)) {
      siteDicts.erase(prebuilt);
      return ann::PbcType::get(ctx, ArrayRef<Attribute>{value});
    }
  }
  return dict;
}
