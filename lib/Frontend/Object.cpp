//===- Object.cpp - Import-time Python objects ----------------------------===//
//
// The object space: allocation, the built-in classes, hashing and equality
// of dict keys, and the ordered tables behind dicts, sets and namespaces.
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

int64_t hashInt128(__int128 v) {
  bool negative = v < 0;
  unsigned __int128 magnitude =
      negative ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
  int64_t h = (int64_t)(uint64_t)(magnitude % HashModulus);
  return fixHash(negative ? -h : h);
}

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

int64_t hashImpl(const Object *obj, int depth) {
  switch (obj->kind) {
  case ObjKind::Bool:
    return cast<BoolObject>(obj)->value ? 1 : 0;
  case ObjKind::Int:
    return hashInt128(cast<IntObject>(obj)->value);
  case ObjKind::Long:
    return hashInt128(cast<LongObject>(obj)->value);
  case ObjKind::UInt:
    return hashInt128(cast<UIntObject>(obj)->value);
  case ObjKind::Float:
    return hashDouble(obj, cast<FloatObject>(obj)->value);
  case ObjKind::Str:
    return hashBytes(cast<StrObject>(obj)->value);
  case ObjKind::Bytes:
    return hashBytes(cast<BytesObject>(obj)->value);
  case ObjKind::None:
    return 0xFCA86420;
  case ObjKind::Tuple: {
    if (depth > MaxValueDepth)
      return hashIdentity(obj);
    // CPython's xxHash-based tuple hash, so hash() of int tuples matches.
    const uint64_t prime1 = 11400714785074694791ULL;
    const uint64_t prime2 = 14029467366897019727ULL;
    const uint64_t prime5 = 2870177450012600261ULL;
    const auto &items = cast<TupleObject>(obj)->items;
    uint64_t acc = prime5;
    for (const Object *item : items) {
      uint64_t lane = (uint64_t)hashImpl(item, depth + 1);
      acc += lane * prime2;
      acc = (acc << 31) | (acc >> 33);
      acc *= prime1;
    }
    acc += items.size() ^ (prime5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
      return 1546275796;
    return (int64_t)acc;
  }
  case ObjKind::Range: {
    auto *r = cast<RangeObject>(obj);
    return fixHash((int64_t)((uint64_t)r->length() * 1000003ULL ^
                             (uint64_t)r->start * 31 ^ (uint64_t)r->step));
  }
  default:
    return hashIdentity(obj);
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
      Object *other = y->get(entry.key);
      if (!other || !equalsImpl(entry.value, other, depth + 1))
        return false;
    }
    return true;
  }
  case ObjKind::Set: {
    auto *x = cast<SetObject>(a), *y = cast<SetObject>(b);
    if (x->size() != y->size())
      return false;
    for (const auto &entry : x->table.items())
      if (!y->contains(entry.key))
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

bool rpy::frontend::isHashable(const Object *obj) {
  return isHashableImpl(obj, 0);
}

bool rpy::frontend::equals(const Object *a, const Object *b) {
  return equalsImpl(a, b, 0);
}

//===----------------------------------------------------------------------===//
// ObjectTable
//===----------------------------------------------------------------------===//

long ObjectTable::find(const Object *key) const {
  auto range = index.equal_range(hashObject(key));
  for (auto it = range.first; it != range.second; ++it)
    if (equals(entries[it->second].key, key))
      return (long)it->second;
  return -1;
}

Object *ObjectTable::get(const Object *key) const {
  long pos = find(key);
  return pos < 0 ? nullptr : entries[pos].value;
}

void ObjectTable::set(Object *key, Object *value) {
  long pos = find(key);
  if (pos >= 0) {
    entries[pos].value = value;
    return;
  }
  index.emplace(hashObject(key), entries.size());
  entries.push_back({key, value});
}

bool ObjectTable::erase(const Object *key) {
  long pos = find(key);
  if (pos < 0)
    return false;
  entries.erase(entries.begin() + pos);
  reindex();
  return true;
}

void ObjectTable::clear() {
  entries.clear();
  index.clear();
}

void ObjectTable::reindex() {
  index.clear();
  for (size_t i = 0; i < entries.size(); ++i)
    index.emplace(hashObject(entries[i].key), i);
}

std::vector<Object *> SetObject::elements() const {
  std::vector<Object *> out;
  out.reserve(table.size());
  for (const auto &entry : table.items())
    out.push_back(entry.key);
  return out;
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
