//===- ListDefs.cpp - PyPy's ListDefs: one element type per list ----------===//

#include "passes/Annotate/ListDefs.h"

#include "dialects/ann/Lattice.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::annotate;

ListDefs::ListDefs(ModuleOp module, std::function<void(Block *)> reflow)
    : ModuleClassHierarchy(module), context(module.getContext()),
      reflow(std::move(reflow)) {}

ann::ListType ListDefs::create(Type element, bool resized) {
  unsigned id = defs.size();
  ListDef def;
  def.element = element ? element : ann::ImpossibleType::get(context);
  def.resized = resized;
  defs.push_back(std::move(def));
  parent.push_back(id);
  // `#` cannot appear in a Python name, so no program symbol looks like it.
  auto symbol = FlatSymbolRefAttr::get(context, "listdef#" + Twine(id).str());
  Type handle = ann::PbcType::get(context, ArrayRef<Attribute>{symbol});
  handles.push_back(handle);
  handleIds[handle] = id;
  return ann::ListType::get(context, handle, /*fixed=*/false,
                            /*mutated=*/false, /*nullable=*/false);
}

unsigned ListDefs::find(unsigned id) const {
  unsigned root = id;
  while (parent[root] != root)
    root = parent[root];
  while (parent[id] != root) {
    unsigned up = parent[id];
    parent[id] = root;
    id = up;
  }
  return root;
}

std::optional<unsigned> ListDefs::handleId(Type element) const {
  auto it = handleIds.find(element);
  if (it == handleIds.end())
    return std::nullopt;
  return find(it->second);
}

std::optional<unsigned> ListDefs::lookup(ann::ListType list) const {
  return handleId(list.getElementType());
}

void ListDefs::grew(unsigned id) const {
  for (Block *reader : defs[find(id)].readers)
    reflow(reader);
}

Type ListDefs::read(unsigned id, Block *reader) {
  ListDef &def = get(id);
  def.readers.insert(reader);
  return def.element;
}

bool ListDefs::store(unsigned id, Type item) {
  Type old = get(id).element;
  Type merged = ann::unionOf(old, item, *this);
  if (!merged)
    return false;
  // The union may have merged nested lists, but never this one's root away
  // (only a list containing itself could).
  ListDef &def = get(id);
  if (merged != def.element) {
    def.element = merged;
    grew(id);
  }
  return true;
}

Type ListDefs::unionListElements(Type a, Type b) const {
  std::optional<unsigned> idA = handleId(a), idB = handleId(b);
  if (!idA || !idB)
    return ann::unionOf(a, b, *this);
  if (*idA == *idB)
    return handles[*idA];
  Type element = ann::unionOf(defs[*idA].element, defs[*idB].element, *this);
  if (!element)
    return {};
  unsigned root = find(*idA), other = find(*idB);
  if (root == other)
    return handles[root];
  bool changed =
      element != defs[root].element || element != defs[other].element;
  parent[other] = root;
  ListDef &kept = defs[root];
  ListDef &merged = defs[other];
  kept.element = element;
  kept.resized |= merged.resized;
  kept.mutated |= merged.mutated;
  kept.readers.insert(merged.readers.begin(), merged.readers.end());
  merged.readers.clear();
  if (changed)
    grew(root);
  return handles[root];
}

ann::DictType ListDefs::createDict() {
  unsigned id = dictDefs.size();
  DictDef def;
  def.key = def.value = ann::ImpossibleType::get(context);
  dictDefs.push_back(std::move(def));
  dictParent.push_back(id);
  auto symbol = FlatSymbolRefAttr::get(context, "dictdef#" + Twine(id).str());
  Type handle = ann::PbcType::get(context, ArrayRef<Attribute>{symbol});
  dictHandles.push_back(handle);
  dictHandleIds[handle] = id;
  return ann::DictType::get(context, handle, ann::ImpossibleType::get(context),
                            /*nullable=*/false);
}

unsigned ListDefs::findDict(unsigned id) const {
  while (dictParent[id] != id)
    id = dictParent[id] = dictParent[dictParent[id]];
  return id;
}

std::optional<unsigned> ListDefs::dictHandleId(Type key) const {
  auto it = dictHandleIds.find(key);
  if (it == dictHandleIds.end())
    return std::nullopt;
  return findDict(it->second);
}

std::optional<unsigned> ListDefs::lookupDict(ann::DictType dict) const {
  return dictHandleId(dict.getKeyType());
}

ann::SetType ListDefs::createSet() {
  ann::DictType dict = createDict();
  return ann::SetType::get(context, dict.getKeyType(), /*nullable=*/false);
}

std::optional<unsigned> ListDefs::lookupSet(ann::SetType set) const {
  return dictHandleId(set.getElementType());
}

void ListDefs::grewDict(unsigned id) const {
  for (Block *reader : dictDefs[findDict(id)].readers)
    reflow(reader);
}

DictDef &ListDefs::readDict(unsigned id, Block *reader) {
  DictDef &def = getDict(id);
  def.readers.insert(reader);
  return def;
}

bool ListDefs::storeKey(unsigned id, Type key) {
  Type merged = ann::unionOf(getDict(id).key, key, *this);
  if (!merged)
    return false;
  if (merged != getDict(id).key) {
    getDict(id).key = merged;
    grewDict(id);
  }
  return true;
}

bool ListDefs::storeValue(unsigned id, Type value) {
  Type merged = ann::unionOf(getDict(id).value, value, *this);
  if (!merged)
    return false;
  if (merged != getDict(id).value) {
    getDict(id).value = merged;
    grewDict(id);
  }
  return true;
}

Type ListDefs::unionDictKeys(Type a, Type b) const {
  std::optional<unsigned> idA = dictHandleId(a), idB = dictHandleId(b);
  if (!idA || !idB)
    return ann::unionOf(a, b, *this);
  if (*idA == *idB)
    return dictHandles[*idA];
  Type key = ann::unionOf(dictDefs[*idA].key, dictDefs[*idB].key, *this);
  Type value =
      key ? ann::unionOf(dictDefs[*idA].value, dictDefs[*idB].value, *this)
          : Type();
  if (!key || !value)
    return {};
  unsigned root = findDict(*idA), other = findDict(*idB);
  if (root == other)
    return dictHandles[root];
  bool changed = key != dictDefs[root].key || key != dictDefs[other].key ||
                 value != dictDefs[root].value ||
                 value != dictDefs[other].value;
  dictParent[other] = root;
  DictDef &kept = dictDefs[root];
  DictDef &merged = dictDefs[other];
  kept.key = key;
  kept.value = value;
  kept.readers.insert(merged.readers.begin(), merged.readers.end());
  merged.readers.clear();
  if (changed)
    grewDict(root);
  return dictHandles[root];
}

Type ListDefs::resolve(Type type) const {
  // The nesting of types is the nesting of the program's containers, small;
  // `open` catches a list that contains itself.
  llvm::DenseSet<unsigned> open, openDicts;
  std::function<Type(Type)> visit = [&](Type type) -> Type {
    return TypeSwitch<Type, Type>(type)
        .Case([&](ann::ListType list) -> Type {
          std::optional<unsigned> id = lookup(list);
          if (!id)
            return list;
          if (!open.insert(*id).second)
            return {};
          Type element = visit(defs[*id].element);
          open.erase(*id);
          if (!element)
            return {};
          return ann::ListType::get(context, element, !defs[*id].resized,
                                    defs[*id].mutated, list.getNullable());
        })
        .Case([&](ann::TupleType tuple) -> Type {
          SmallVector<Type> elements;
          for (Type element : tuple.getElementTypes()) {
            elements.push_back(visit(element));
            if (!elements.back())
              return {};
          }
          return ann::TupleType::get(context, elements);
        })
        .Case([&](ann::DictType dict) -> Type {
          Type key = dict.getKeyType(), value = dict.getValueType();
          std::optional<unsigned> id = lookupDict(dict);
          if (id) {
            if (!openDicts.insert(*id).second)
              return {};
            key = dictDefs[*id].key;
            value = dictDefs[*id].value;
          }
          // Keys are hashable (checked by the stores), so hold no lists;
          // values may.
          key = visit(key);
          value = visit(value);
          if (id)
            openDicts.erase(*id);
          if (!key || !value)
            return {};
          return ann::DictType::get(context, key, value, dict.getNullable());
        })
        .Case([&](ann::SetType set) -> Type {
          std::optional<unsigned> id = lookupSet(set);
          // Items are hashable: they hold no lists or sets.
          Type item = visit(id ? dictDefs[*id].key : set.getElementType());
          if (!item)
            return {};
          return ann::SetType::get(context, item, set.getNullable());
        })
        .Case([&](ann::IterType iter) -> Type {
          Type container = visit(iter.getContainerType());
          if (!container)
            return {};
          return ann::IterType::get(context, container, iter.getKind());
        })
        .Default([](Type other) { return other; });
  };
  return visit(type);
}
