//===- Object.cpp - Import-time Python objects ----------------------------===//
//
// The object space: allocation, the built-in classes, hashing and equality
// of dict keys, and the tables behind namespaces and dicts (insertion
// ordered) and sets (CPython's slot layout).
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/Object.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <new>

using namespace rpy::frontend;

//===----------------------------------------------------------------------===//
// AttrDict
//===----------------------------------------------------------------------===//

Object *AttrDict::get(const std::string &name) const {
  auto it = index.find(name);
  return it == index.end() ? nullptr : entries[it->second].second;
}

void AttrDict::set(const std::string &name, Object *value) {
  auto it = index.find(name);
  if (it != index.end()) {
    entries[it->second].second = value;
    return;
  }
  index.emplace(name, entries.size());
  entries.emplace_back(name, value);
}

bool AttrDict::erase(const std::string &name) {
  auto it = index.find(name);
  if (it == index.end())
    return false;
  size_t pos = it->second;
  index.erase(it);
  entries.erase(entries.begin() + pos);
  for (auto &[key, position] : index)
    if (position > pos)
      --position;
  return true;
}

//===----------------------------------------------------------------------===//
// Hashing and equality
//===----------------------------------------------------------------------===//

namespace {
// CPython's numeric hash: reduction modulo the Mersenne prime 2**61 - 1, so
// that equal ints and floats hash alike.
constexpr unsigned HashBits = 61;
constexpr uint64_t HashModulus = (uint64_t(1) << HashBits) - 1;
constexpr int64_t HashInf = 314159;
// Nesting deeper than this is hashed/compared by identity instead of
// recursing further: the C++ stack must survive any import-time value.
constexpr int MaxValueDepth = 800;

int64_t fixHash(int64_t h) { return h == -1 ? -2 : h; }

// CPython's _Py_HashDouble. NaNs hash by identity since 3.10.
int64_t hashDouble(const Object *obj, double v) {
  if (!std::isfinite(v)) {
    if (std::isinf(v))
      return v > 0 ? HashInf : -HashInf;
    return (int64_t)(reinterpret_cast<uintptr_t>(obj) >> 4);
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & HashModulus) | x >> (HashBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= y;
    x += y;
    if (x >= HashModulus)
      x -= HashModulus;
  }
  e = e >= 0 ? e % HashBits : HashBits - 1 - ((-1 - e) % HashBits);
  x = ((x << e) & HashModulus) | x >> (HashBits - e);
  x = x * (uint64_t)(int64_t)sign;
  return fixHash((int64_t)x);
}

int64_t hashBytes(const std::string &s) {
  // Any stable hash will do: CPython randomises str hashes anyway.
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return fixHash((int64_t)(h >> 1));
}

int64_t hashIdentity(const Object *obj) {
  uintptr_t p = reinterpret_cast<uintptr_t>(obj);
  return fixHash((int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4))));
}

// CPython 3.12+'s hash(None); 3.11 hashed None by address.
constexpr int64_t NoneHash = 0xFCA86420;

// CPython's range_hash: the hash of (len, start, step), with None for the
// parts that do not matter (start and step of an empty range, step of a
// range of one).
int64_t hashRange(const RangeObject *r) {
  int64_t n = r->length();
  return combineTupleHash({hashInt(n), n == 0 ? NoneHash : hashInt(r->start),
                           n <= 1 ? NoneHash : hashInt(r->step)});
}

int64_t hashImpl(const Object *obj, int depth) {
  switch (obj->kind) {
  case ObjKind::Bool:
    return cast<BoolObject>(obj)->value ? 1 : 0;
  case ObjKind::Int:
    return hashInt(cast<IntObject>(obj)->value);
  case ObjKind::Long:
    return hashInt(cast<LongObject>(obj)->value);
  case ObjKind::UInt:
    return hashInt(cast<UIntObject>(obj)->value);
  case ObjKind::Float:
    return hashDouble(obj, cast<FloatObject>(obj)->value);
  case ObjKind::Str:
    return hashBytes(cast<StrObject>(obj)->value);
  case ObjKind::Bytes:
    return hashBytes(cast<BytesObject>(obj)->value);
  case ObjKind::None:
    return NoneHash;
  case ObjKind::Tuple: {
    if (depth > MaxValueDepth)
      return hashIdentity(obj);
    std::vector<int64_t> lanes;
    for (const Object *item : cast<TupleObject>(obj)->items)
      lanes.push_back(hashImpl(item, depth + 1));
    return combineTupleHash(lanes);
  }
  case ObjKind::Range:
    return hashRange(cast<RangeObject>(obj));
  default:
    return hashIdentity(obj);
  }
}

bool reproducibleImpl(const Object *obj, int depth) {
  switch (obj->kind) {
  case ObjKind::Bool:
  case ObjKind::Int:
  case ObjKind::Long:
  case ObjKind::UInt:
  case ObjKind::None:
  case ObjKind::Range:
    return true;
  case ObjKind::Float:
    return !std::isnan(cast<FloatObject>(obj)->value);
  case ObjKind::Tuple:
    if (depth > MaxValueDepth)
      return false;
    for (const Object *item : cast<TupleObject>(obj)->items)
      if (!reproducibleImpl(item, depth + 1))
        return false;
    return true;
  default:
    return false;
  }
}

/// The numeric value of a number object, for cross-type comparison.
bool numericValue(const Object *obj, __int128 &intValue, double &floatValue,
                  bool &isFloat) {
  isFloat = false;
  switch (obj->kind) {
  case ObjKind::Bool:
    intValue = cast<BoolObject>(obj)->value;
    return true;
  case ObjKind::Int:
    intValue = cast<IntObject>(obj)->value;
    return true;
  case ObjKind::Long:
    intValue = cast<LongObject>(obj)->value;
    return true;
  case ObjKind::UInt:
    intValue = cast<UIntObject>(obj)->value;
    return true;
  case ObjKind::Float:
    floatValue = cast<FloatObject>(obj)->value;
    isFloat = true;
    return true;
  default:
    return false;
  }
}

bool equalsImpl(const Object *a, const Object *b, int depth) {
  // Identity implies equality, as in CPython's container comparisons (a
  // NaN is found in a list holding that very object).
  if (a == b)
    return true;
  __int128 ia = 0, ib = 0;
  double fa = 0, fb = 0;
  bool aFloat, bFloat;
  if (numericValue(a, ia, fa, aFloat) && numericValue(b, ib, fb, bFloat)) {
    if (!aFloat && !bFloat)
      return ia == ib;
    if (aFloat && bFloat)
      return fa == fb;
    double f = aFloat ? fa : fb;
    __int128 i = aFloat ? ib : ia;
    if (!std::isfinite(f) || std::floor(f) != f)
      return false;
    // Exact for every int that a double can equal.
    if (f >= 1.7e38 || f <= -1.7e38)
      return false;
    return (__int128)f == i;
  }
  if (a->kind != b->kind)
    return false;
  if (depth > MaxValueDepth)
    return false;
  switch (a->kind) {
  case ObjKind::Str:
    return cast<StrObject>(a)->value == cast<StrObject>(b)->value;
  case ObjKind::Bytes:
    return cast<BytesObject>(a)->value == cast<BytesObject>(b)->value;
  case ObjKind::Tuple:
  case ObjKind::List: {
    const auto &x = a->kind == ObjKind::Tuple ? cast<TupleObject>(a)->items
                                              : cast<ListObject>(a)->items;
    const auto &y = b->kind == ObjKind::Tuple ? cast<TupleObject>(b)->items
                                              : cast<ListObject>(b)->items;
    if (x.size() != y.size())
      return false;
    for (size_t i = 0; i < x.size(); ++i)
      if (!equalsImpl(x[i], y[i], depth + 1))
        return false;
    return true;
  }
  case ObjKind::Dict: {
    auto *x = cast<DictObject>(a), *y = cast<DictObject>(b);
    if (x->size() != y->size())
      return false;
    for (const auto &entry : x->items()) {
      long pos = y->table.find(entry.key, entry.hash, builtinKeyEquals);
      if (pos < 0 ||
          !equalsImpl(entry.value, y->items()[pos].value, depth + 1))
        return false;
    }
    return true;
  }
  case ObjKind::Set: {
    auto *x = cast<SetObject>(a), *y = cast<SetObject>(b);
    if (x->size() != y->size())
      return false;
    for (const SetTable::Item &item : x->table.slotItems())
      if (y->table.contains(item.key, item.hash, builtinKeyEquals) <= 0)
        return false;
    return true;
  }
  case ObjKind::Range: {
    auto *x = cast<RangeObject>(a), *y = cast<RangeObject>(b);
    int64_t n = x->length();
    if (n != y->length())
      return false;
    if (n == 0)
      return true;
    if (x->start != y->start)
      return false;
    return n == 1 || x->step == y->step;
  }
  case ObjKind::BoundMethod: {
    auto *x = cast<BoundMethodObject>(a), *y = cast<BoundMethodObject>(b);
    return x->self == y->self && x->function == y->function;
  }
  default:
    return false;
  }
}

bool isHashableImpl(const Object *obj, int depth) {
  switch (obj->kind) {
  case ObjKind::List:
  case ObjKind::Dict:
  case ObjKind::Set:
    return false;
  case ObjKind::Tuple:
    if (depth > MaxValueDepth)
      return true;
    for (const Object *item : cast<TupleObject>(obj)->items)
      if (!isHashableImpl(item, depth + 1))
        return false;
    return true;
  default:
    return true;
  }
}
} // namespace

int64_t rpy::frontend::hashObject(const Object *obj) {
  return hashImpl(obj, 0);
}

int64_t rpy::frontend::hashInt(__int128 v) {
  bool negative = v < 0;
  unsigned __int128 magnitude =
      negative ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
  int64_t h = (int64_t)(uint64_t)(magnitude % HashModulus);
  return fixHash(negative ? -h : h);
}

int64_t rpy::frontend::combineTupleHash(const std::vector<int64_t> &lanes) {
  // CPython's tuplehash (xxHash's mixing, 64-bit primes).
  const uint64_t prime1 = 11400714785074694791ULL;
  const uint64_t prime2 = 14029467366897019727ULL;
  const uint64_t prime5 = 2870177450012600261ULL;
  uint64_t acc = prime5;
  for (int64_t lane : lanes) {
    acc += (uint64_t)lane * prime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= prime1;
  }
  acc += lanes.size() ^ (prime5 ^ 3527539UL);
  if (acc == (uint64_t)-1)
    return 1546275796;
  return (int64_t)acc;
}

bool rpy::frontend::hashIsReproducible(const Object *obj) {
  return reproducibleImpl(obj, 0);
}

bool rpy::frontend::isHashable(const Object *obj) {
  return isHashableImpl(obj, 0);
}

bool rpy::frontend::equals(const Object *a, const Object *b) {
  return equalsImpl(a, b, 0);
}

int rpy::frontend::builtinKeyEquals(Object *stored, Object *probe) {
  return equals(stored, probe) ? 1 : 0;
}

namespace {
/// A fresh value for the version of a table that just changed. Versions are
/// unique across tables, so a table overwritten by a copy of another one
/// also looks changed.
uint64_t newVersion() {
  static uint64_t counter = 0;
  return ++counter;
}
} // namespace

//===----------------------------------------------------------------------===//
// ObjectTable
//===----------------------------------------------------------------------===//

long ObjectTable::find(Object *key, int64_t hash,
                       const KeyEquality &eq) const {
  for (;;) {
    // Copy the candidates: `eq` may run Python code that changes the table.
    std::vector<size_t> candidates;
    auto range = index.equal_range(hash);
    for (auto it = range.first; it != range.second; ++it)
      candidates.push_back(it->second);
    std::sort(candidates.begin(), candidates.end());
    bool restart = false;
    for (size_t pos : candidates) {
      Object *stored = entries[pos].key;
      if (stored == key)
        return (long)pos;
      uint64_t before = version;
      int cmp = eq(stored, key);
      if (cmp < 0)
        return -2;
      if (version != before) {
        restart = true;
        break;
      }
      if (cmp > 0)
        return (long)pos;
    }
    if (!restart)
      return -1;
  }
}

bool ObjectTable::set(Object *key, int64_t hash, bool stable, Object *value,
                      const KeyEquality &eq) {
  long pos = find(key, hash, eq);
  if (pos == -2)
    return false;
  version = newVersion();
  if (pos >= 0) {
    entries[pos].value = value;
    return true;
  }
  index.emplace(hash, entries.size());
  entries.push_back({key, value, hash, stable});
  return true;
}

void ObjectTable::eraseAt(size_t pos) {
  entries.erase(entries.begin() + pos);
  reindex();
}

long ObjectTable::find(const Object *key) const {
  return find(const_cast<Object *>(key), hashObject(key), builtinKeyEquals);
}

Object *ObjectTable::get(const Object *key) const {
  long pos = find(key);
  return pos < 0 ? nullptr : entries[pos].value;
}

void ObjectTable::set(Object *key, Object *value) {
  set(key, hashObject(key), hashIsReproducible(key), value, builtinKeyEquals);
}

bool ObjectTable::erase(const Object *key) {
  long pos = find(key);
  if (pos < 0)
    return false;
  eraseAt(pos);
  return true;
}

void ObjectTable::clear() {
  entries.clear();
  index.clear();
  version = newVersion();
}

void ObjectTable::reindex() {
  version = newVersion();
  index.clear();
  for (size_t i = 0; i < entries.size(); ++i)
    index.emplace(entries[i].hash, i);
}

//===----------------------------------------------------------------------===//
// SetTable
//===----------------------------------------------------------------------===//

namespace {
// Objects/setobject.c's constants.
constexpr size_t SetMinSize = 8;
constexpr size_t LinearProbes = 9;
constexpr unsigned PerturbShift = 5;

/// The table size set_add_entry and set_difference_update ask for when
/// they resize.
size_t growthTarget(size_t used) { return used > 50000 ? used * 2 : used * 4; }
} // namespace

SetTable::SetTable() : slots(SetMinSize) {}

void SetTable::touch() { version = newVersion(); }

void SetTable::activate(Slot &slot, Object *key, int64_t hash, bool stable,
                        uint64_t order) {
  slot.key = key;
  slot.hash = hash;
  slot.state = SlotState::Active;
  slot.stable = stable;
  slot.order = order == NextOrder ? nextOrder++ : order;
  if (!stable)
    ++unstable;
}

long SetTable::lookup(Object *key, int64_t hash, const KeyEquality &eq) const {
restart:
  size_t mask = slots.size() - 1;
  size_t perturb = (size_t)hash;
  size_t i = (size_t)hash & mask;
  for (;;) {
    // Up to LinearProbes neighbours of slot i, unless they would wrap.
    size_t probes = i + LinearProbes <= mask ? LinearProbes : 0;
    for (size_t j = i; j <= i + probes; ++j) {
      const Slot &slot = slots[j];
      if (slot.state == SlotState::Empty)
        return -1;
      if (slot.state != SlotState::Active || slot.hash != hash)
        continue;
      if (slot.key == key)
        return (long)j;
      uint64_t before = version;
      int cmp = eq(slot.key, key);
      if (cmp < 0)
        return -2;
      if (version != before)
        goto restart;
      if (cmp > 0)
        return (long)j;
    }
    perturb >>= PerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int SetTable::contains(Object *key, int64_t hash,
                       const KeyEquality &eq) const {
  long pos = lookup(key, hash, eq);
  return pos == -2 ? -1 : pos >= 0;
}

int SetTable::add(Object *key, int64_t hash, bool stable,
                  const KeyEquality &eq, uint64_t order) {
restart:
  size_t mask = slots.size() - 1;
  size_t perturb = (size_t)hash;
  size_t i = (size_t)hash & mask;
  // The last dummy on the probe path: CPython reuses it for the new key.
  long freeSlot = -1;
  for (;;) {
    size_t probes = i + LinearProbes <= mask ? LinearProbes : 0;
    for (size_t j = i; j <= i + probes; ++j) {
      Slot &slot = slots[j];
      if (slot.state == SlotState::Empty) {
        if (freeSlot >= 0) {
          activate(slots[freeSlot], key, hash, stable, order);
          ++used;
          touch();
          return 1;
        }
        activate(slot, key, hash, stable, order);
        ++fill;
        ++used;
        touch();
        if (fill * 5 >= mask * 3)
          resize(growthTarget(used));
        return 1;
      }
      if (slot.state == SlotState::Dummy) {
        freeSlot = (long)j;
        continue;
      }
      if (slot.hash != hash)
        continue;
      if (slot.key == key)
        return 0;
      uint64_t before = version;
      int cmp = eq(slot.key, key);
      if (cmp > 0)
        return 0;
      if (cmp < 0)
        return -1;
      if (version != before)
        goto restart;
    }
    perturb >>= PerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int SetTable::discard(Object *key, int64_t hash, const KeyEquality &eq) {
  long pos = lookup(key, hash, eq);
  if (pos < 0)
    return pos == -2 ? -1 : 0;
  Slot &slot = slots[pos];
  if (!slot.stable)
    --unstable;
  slot.key = nullptr;
  slot.hash = -1;
  slot.state = SlotState::Dummy;
  --used;
  touch();
  return 1;
}

void SetTable::insertClean(std::vector<Slot> &table, const Slot &slot) {
  size_t mask = table.size() - 1;
  size_t perturb = (size_t)slot.hash;
  size_t i = (size_t)slot.hash & mask;
  for (;;) {
    size_t probes = i + LinearProbes <= mask ? LinearProbes : 0;
    for (size_t j = i; j <= i + probes; ++j) {
      if (table[j].state == SlotState::Empty) {
        table[j] = slot;
        return;
      }
    }
    perturb >>= PerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void SetTable::resize(size_t minUsed) {
  size_t newSize = SetMinSize;
  while (newSize <= minUsed)
    newSize <<= 1;
  // CPython keeps a small table without dummies as it is.
  if (newSize == SetMinSize && slots.size() == SetMinSize && fill == used)
    return;
  std::vector<Slot> table(newSize);
  for (const Slot &slot : slots)
    if (slot.state == SlotState::Active)
      insertClean(table, slot);
  slots = std::move(table);
  fill = used;
  touch();
}

bool SetTable::merge(const SetTable &other, const KeyEquality &eq) {
  if (&other == this || other.used == 0)
    return true;
  // Copy the source first: `eq` may run Python code that changes it.
  std::vector<Item> items = other.slotItems();
  if ((fill + other.used) * 5 >= (slots.size() - 1) * 3)
    resize((used + other.used) * 2);
  uint64_t first = reserveOrder(items.size());
  if (fill == 0) {
    // An empty table takes the other's slots as they are when the sizes
    // agree and the other has no dummies, else reinserts them cleanly;
    // either way no comparisons run.
    if (slots.size() == other.slots.size() && other.fill == other.used) {
      slots = other.slots;
      size_t k = 0;
      for (Slot &slot : slots)
        if (slot.state == SlotState::Active)
          slot.order = first + items[k++].rank;
    } else {
      for (const Item &item : items) {
        Slot slot;
        slot.key = item.key;
        slot.hash = item.hash;
        slot.stable = item.stable;
        slot.state = SlotState::Active;
        slot.order = first + item.rank;
        insertClean(slots, slot);
      }
    }
    fill = used = items.size();
    unstable = other.unstable;
    touch();
    return true;
  }
  for (const Item &item : items)
    if (add(item.key, item.hash, item.stable, eq, first + item.rank) < 0)
      return false;
  return true;
}

void SetTable::reserveForDict(size_t count) {
  if ((fill + count) * 5 >= (slots.size() - 1) * 3)
    resize((used + count) * 2);
}

Object *SetTable::pop() {
  if (used == 0)
    return nullptr;
  size_t mask = slots.size() - 1;
  size_t i = finger & mask;
  while (slots[i].state != SlotState::Active)
    i = i == mask ? 0 : i + 1;
  // A set iterating in insertion order pops its first element, as CPython
  // pops the first one it iterates (from a fresh finger).
  if (unstable)
    for (size_t j = 0; j <= mask; ++j)
      if (slots[j].state == SlotState::Active &&
          slots[j].order < slots[i].order)
        i = j;
  Slot &slot = slots[i];
  Object *key = slot.key;
  if (!slot.stable)
    --unstable;
  slot.key = nullptr;
  slot.hash = -1;
  slot.state = SlotState::Dummy;
  --used;
  finger = i + 1;
  touch();
  return key;
}

void SetTable::clear() {
  slots.assign(SetMinSize, Slot());
  fill = used = unstable = 0;
  touch();
}

void SetTable::purgeDummies() {
  if (fill - used > (slots.size() - 1) / 4)
    resize(growthTarget(used));
}

void SetTable::swapBodies(SetTable &other) {
  std::swap(slots, other.slots);
  std::swap(fill, other.fill);
  std::swap(used, other.used);
  std::swap(unstable, other.unstable);
  std::swap(nextOrder, other.nextOrder);
  touch();
  other.touch();
}

uint64_t SetTable::reserveOrder(size_t count) {
  uint64_t first = nextOrder;
  nextOrder += count;
  return first;
}

std::vector<SetTable::Item> SetTable::slotItems() const {
  std::vector<Item> items;
  std::vector<uint64_t> orders;
  items.reserve(used);
  for (const Slot &slot : slots) {
    if (slot.state != SlotState::Active)
      continue;
    items.push_back({slot.key, slot.hash, slot.stable, items.size()});
    orders.push_back(slot.order);
  }
  if (unstable == 0)
    return items;
  // Insertion order: rank the elements by their order.
  std::vector<size_t> byOrder(items.size());
  for (size_t k = 0; k < byOrder.size(); ++k)
    byOrder[k] = k;
  std::sort(byOrder.begin(), byOrder.end(),
            [&](size_t x, size_t y) { return orders[x] < orders[y]; });
  for (size_t rank = 0; rank < byOrder.size(); ++rank)
    items[byOrder[rank]].rank = rank;
  return items;
}

std::vector<Object *> SetTable::elements() const {
  std::vector<Item> items = slotItems();
  std::vector<Object *> out(items.size());
  for (const Item &item : items)
    out[item.rank] = item.key;
  return out;
}

bool SetTable::contains(const Object *key) const {
  return contains(const_cast<Object *>(key), hashObject(key),
                  builtinKeyEquals) > 0;
}

void SetTable::add(Object *key) {
  add(key, hashObject(key), hashIsReproducible(key), builtinKeyEquals);
}

bool SetTable::erase(const Object *key) {
  return discard(const_cast<Object *>(key), hashObject(key),
                 builtinKeyEquals) > 0;
}

//===----------------------------------------------------------------------===//
// Functions, classes, ranges
//===----------------------------------------------------------------------===//

CellObject *FunctionObject::cell(const std::string &name) const {
  for (const auto &[freeName, cellObj] : closure)
    if (freeName == name)
      return cellObj;
  return nullptr;
}

Object *CallArgs::kwarg(const std::string &name) const {
  for (const auto &[key, value] : kwargs)
    if (key == name)
      return value;
  return nullptr;
}

Object *ClassObject::lookup(const std::string &name) const {
  for (const ClassObject *cls : mro)
    if (Object *value = cls->dict.get(name))
      return value;
  return nullptr;
}

ClassObject *ClassObject::lookupOwner(const std::string &name) const {
  for (ClassObject *cls : mro)
    if (cls->dict.contains(name))
      return cls;
  return nullptr;
}

bool ClassObject::isSubclassOf(const ClassObject *other) const {
  return std::find(mro.begin(), mro.end(), other) != mro.end();
}

bool ClassObject::isMixin() const {
  Object *flag = dict.get("_mixin_");
  return flag && isa<BoolObject>(flag) && cast<BoolObject>(flag)->value;
}

int64_t RangeObject::length() const {
  __int128 span;
  if (step > 0) {
    if (stop <= start)
      return 0;
    span = ((__int128)stop - start - 1) / step + 1;
  } else {
    if (stop >= start)
      return 0;
    span = ((__int128)start - stop - 1) / -(__int128)step + 1;
  }
  return (int64_t)span;
}

//===----------------------------------------------------------------------===//
// ObjectSpace
//===----------------------------------------------------------------------===//

ObjectSpace::ObjectSpace() {
  objectClass = nullptr;
  noneObj = make<NoneObject>();
  notImplementedObj = make<NotImplementedObject>();
  ellipsisObj = make<EllipsisObject>();
  trueObj = make<BoolObject>(true);
  falseObj = make<BoolObject>(false);
  for (int64_t i = -5; i <= 256; ++i)
    smallInts.push_back(make<IntObject>(i));
  emptyTuple = make<TupleObject>(std::vector<Object *>{});

  objectClass = newBuiltinClass("object", {});
  typeClass = newBuiltinClass("type", {objectClass});
  noneTypeClass = newBuiltinClass("NoneType", {objectClass});
  intClass = newBuiltinClass("int", {objectClass});
  boolClass = newBuiltinClass("bool", {intClass});
  floatClass = newBuiltinClass("float", {objectClass});
  strClass = newBuiltinClass("str", {objectClass});
  bytesClass = newBuiltinClass("bytes", {objectClass});
  tupleClass = newBuiltinClass("tuple", {objectClass});
  listClass = newBuiltinClass("list", {objectClass});
  dictClass = newBuiltinClass("dict", {objectClass});
  setClass = newBuiltinClass("set", {objectClass});
  functionClass = newBuiltinClass("function", {objectClass});
  builtinFuncClass =
      newBuiltinClass("builtin_function_or_method", {objectClass});
  methodClass = newBuiltinClass("method", {objectClass});
  moduleClass = newBuiltinClass("module", {objectClass});
  staticMethodClass = newBuiltinClass("staticmethod", {objectClass});
  classMethodClass = newBuiltinClass("classmethod", {objectClass});
  cellClass = newBuiltinClass("cell", {objectClass});
  rangeClass = newBuiltinClass("range", {objectClass});
  iteratorClass = newBuiltinClass("iterator", {objectClass});
  sliceClass = newBuiltinClass("slice", {objectClass});
  notImplementedTypeClass =
      newBuiltinClass("NotImplementedType", {objectClass});
  ellipsisTypeClass = newBuiltinClass("ellipsis", {objectClass});
  rUIntClass = newBuiltinClass("rpython.rlib.rarithmetic.r_uint", {intClass});

  baseExceptionClass = newBuiltinClass("BaseException", {objectClass});
  systemExitClass = newBuiltinClass("SystemExit", {baseExceptionClass});
  keyboardInterruptClass =
      newBuiltinClass("KeyboardInterrupt", {baseExceptionClass});
  newBuiltinClass("GeneratorExit", {baseExceptionClass});
  exceptionClass = newBuiltinClass("Exception", {baseExceptionClass});
  arithmeticErrorClass = newBuiltinClass("ArithmeticError", {exceptionClass});
  newBuiltinClass("FloatingPointError", {arithmeticErrorClass});
  overflowErrorClass = newBuiltinClass("OverflowError", {arithmeticErrorClass});
  zeroDivisionErrorClass =
      newBuiltinClass("ZeroDivisionError", {arithmeticErrorClass});
  assertionErrorClass = newBuiltinClass("AssertionError", {exceptionClass});
  attributeErrorClass = newBuiltinClass("AttributeError", {exceptionClass});
  newBuiltinClass("BufferError", {exceptionClass});
  newBuiltinClass("EOFError", {exceptionClass});
  importErrorClass = newBuiltinClass("ImportError", {exceptionClass});
  moduleNotFoundErrorClass =
      newBuiltinClass("ModuleNotFoundError", {importErrorClass});
  lookupErrorClass = newBuiltinClass("LookupError", {exceptionClass});
  indexErrorClass = newBuiltinClass("IndexError", {lookupErrorClass});
  keyErrorClass = newBuiltinClass("KeyError", {lookupErrorClass});
  memoryErrorClass = newBuiltinClass("MemoryError", {exceptionClass});
  nameErrorClass = newBuiltinClass("NameError", {exceptionClass});
  unboundLocalErrorClass =
      newBuiltinClass("UnboundLocalError", {nameErrorClass});
  osErrorClass = newBuiltinClass("OSError", {exceptionClass});
  runtimeErrorClass = newBuiltinClass("RuntimeError", {exceptionClass});
  notImplementedErrorClass =
      newBuiltinClass("NotImplementedError", {runtimeErrorClass});
  recursionErrorClass = newBuiltinClass("RecursionError", {runtimeErrorClass});
  stopIterationClass = newBuiltinClass("StopIteration", {exceptionClass});
  typeErrorClass = newBuiltinClass("TypeError", {exceptionClass});
  valueErrorClass = newBuiltinClass("ValueError", {exceptionClass});
  unicodeErrorClass = newBuiltinClass("UnicodeError", {valueErrorClass});
}

ObjectSpace::~ObjectSpace() {
  // Destroy in reverse creation order; objects hold no owning pointers to
  // each other, so the order only matters for modules owning their ASTs.
  while (!arena.empty())
    arena.pop_back();
}

template <typename T, typename... Args>
T *ObjectSpace::makePooled(Args &&...args) {
  static_assert(sizeof(T) <= 24 && alignof(T) <= 8, "pool slots are small");
  constexpr size_t slot = 24, chunk = slot * 4096;
  if (pool.empty() || poolUsed + slot > chunk) {
    pool.push_back(std::make_unique<char[]>(chunk));
    poolUsed = 0;
  }
  void *memory = pool.back().get() + poolUsed;
  poolUsed += slot;
  ++pooledCount;
  // Never destroyed: these objects own no resources.
  return new (memory) T(std::forward<Args>(args)...);
}

IntObject *ObjectSpace::newInt(int64_t value) {
  if (value >= -5 && value <= 256)
    return smallInts[value + 5];
  return makePooled<IntObject>(value);
}

Object *ObjectSpace::newInt128(__int128 value) {
  if (value >= INT64_MIN && value <= INT64_MAX)
    return newInt((int64_t)value);
  return make<LongObject>(value);
}

UIntObject *ObjectSpace::newUInt(uint64_t value) {
  return makePooled<UIntObject>(value);
}

FloatObject *ObjectSpace::newFloat(double value) {
  return makePooled<FloatObject>(value);
}

StrObject *ObjectSpace::newStr(std::string value) {
  return make<StrObject>(std::move(value));
}

BytesObject *ObjectSpace::newBytes(std::string value) {
  return make<BytesObject>(std::move(value));
}

TupleObject *ObjectSpace::newTuple(std::vector<Object *> items) {
  if (items.empty())
    return emptyTuple;
  return make<TupleObject>(std::move(items));
}

ListObject *ObjectSpace::newList(std::vector<Object *> items) {
  return make<ListObject>(std::move(items));
}

DictObject *ObjectSpace::newDict() { return make<DictObject>(); }

SetObject *ObjectSpace::newSet() { return make<SetObject>(); }

CellObject *ObjectSpace::newCell(Object *value) {
  CellObject *cell = make<CellObject>();
  cell->value = value;
  return cell;
}

InstanceObject *ObjectSpace::newInstance(ClassObject *cls) {
  return make<InstanceObject>(cls);
}

BuiltinFunctionObject *ObjectSpace::newBuiltin(std::string qualname,
                                               BuiltinImpl impl) {
  auto *fn = make<BuiltinFunctionObject>();
  size_t dot = qualname.rfind('.');
  fn->name = dot == std::string::npos ? qualname : qualname.substr(dot + 1);
  fn->qualname = std::move(qualname);
  fn->impl = std::move(impl);
  return fn;
}

ClassObject *ObjectSpace::newBuiltinClass(const std::string &fullName,
                                          std::vector<ClassObject *> bases) {
  auto *cls = make<ClassObject>();
  size_t dot = fullName.rfind('.');
  cls->name = dot == std::string::npos ? fullName : fullName.substr(dot + 1);
  cls->qualname = cls->name;
  cls->fullName = fullName;
  cls->bases = std::move(bases);
  cls->isBuiltin = true;
  computeMro(cls);
  builtinClassMap[fullName] = cls;
  builtinClassList.push_back(cls);
  return cls;
}

bool ObjectSpace::computeMro(ClassObject *cls) {
  // C3 linearisation: merge the bases' MROs and the list of bases.
  std::vector<std::vector<ClassObject *>> seqs;
  for (ClassObject *base : cls->bases)
    seqs.push_back(base->mro);
  seqs.push_back(cls->bases);
  std::vector<ClassObject *> result{cls};
  for (;;) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(),
                              [](const auto &s) { return s.empty(); }),
               seqs.end());
    if (seqs.empty())
      break;
    ClassObject *candidate = nullptr;
    for (const auto &seq : seqs) {
      ClassObject *head = seq.front();
      bool inTail = false;
      for (const auto &other : seqs)
        if (std::find(other.begin() + 1, other.end(), head) != other.end())
          inTail = true;
      if (!inTail) {
        candidate = head;
        break;
      }
    }
    if (!candidate) {
      cls->mro = {cls};
      return false;
    }
    result.push_back(candidate);
    for (auto &seq : seqs)
      if (seq.front() == candidate)
        seq.erase(seq.begin());
  }
  // Every class derives from object even if its bases were left empty.
  if (objectClass && cls != objectClass &&
      std::find(result.begin(), result.end(), objectClass) == result.end())
    result.push_back(objectClass);
  cls->mro = std::move(result);
  return true;
}

ClassObject *ObjectSpace::typeOf(const Object *obj) const {
  switch (obj->kind) {
  case ObjKind::None:
    return noneTypeClass;
  case ObjKind::NotImplemented:
    return notImplementedTypeClass;
  case ObjKind::Ellipsis:
    return ellipsisTypeClass;
  case ObjKind::Bool:
    return boolClass;
  case ObjKind::Int:
  case ObjKind::Long:
    return intClass;
  case ObjKind::UInt:
    return rUIntClass;
  case ObjKind::Float:
    return floatClass;
  case ObjKind::Str:
    return strClass;
  case ObjKind::Bytes:
    return bytesClass;
  case ObjKind::Tuple:
    return tupleClass;
  case ObjKind::List:
    return listClass;
  case ObjKind::Dict:
    return dictClass;
  case ObjKind::Set:
    return setClass;
  case ObjKind::Function:
    return functionClass;
  case ObjKind::BuiltinFunction:
    return builtinFuncClass;
  case ObjKind::Class:
    return typeClass;
  case ObjKind::Instance:
    return cast<InstanceObject>(obj)->cls;
  case ObjKind::Module:
    return moduleClass;
  case ObjKind::BoundMethod:
    return methodClass;
  case ObjKind::StaticMethod:
    return staticMethodClass;
  case ObjKind::ClassMethod:
    return classMethodClass;
  case ObjKind::Cell:
    return cellClass;
  case ObjKind::Range:
    return rangeClass;
  case ObjKind::Iterator:
    return iteratorClass;
  case ObjKind::Slice:
    return sliceClass;
  }
  return objectClass;
}

ClassObject *ObjectSpace::builtinClass(const std::string &fullName) const {
  auto it = builtinClassMap.find(fullName);
  return it == builtinClassMap.end() ? nullptr : it->second;
}

bool ObjectSpace::isInstance(const Object *obj, const ClassObject *cls) const {
  return typeOf(obj)->isSubclassOf(cls);
}
