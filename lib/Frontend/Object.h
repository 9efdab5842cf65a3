//===- Object.h - Import-time Python objects --------------------*- C++ -*-===//
//
// The objects the import-time evaluator computes with, and which become the
// translator's prebuilt constants afterwards: every module-level name of the
// program is one of these once its top level has run.
//
// Objects live in the arena of an ObjectSpace and are never freed before the
// space dies, so plain `Object *` pointers are used everywhere and identity
// (Python's `is`) is pointer equality. Subclasses have public fields, a
// `kind` discriminator and work with AST.h's isa/cast/dyn_cast helpers:
// `dyn_cast<IntObject>(obj)`.
//
// The helpers here are pure: they never run Python code. Operations that
// may call user methods or raise Python exceptions are on the Interpreter.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_FRONTEND_OBJECT_H
#define RPY_FRONTEND_OBJECT_H

#include "lib/Frontend/AST.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rpy::frontend {

class Interpreter;
struct ClassObject;
struct ModuleObject;

enum class ObjKind {
  None,
  NotImplemented,
  Ellipsis,
  Bool,
  Int,  // int64_t
  Long, // an int that does not fit in int64_t (exact up to 127 bits)
  UInt, // rpython.rlib.rarithmetic.r_uint: uint64_t, arithmetic wraps
  Float,
  Str,
  Bytes,
  Tuple,
  List,
  Dict,
  Set,
  Function,
  BuiltinFunction,
  Class,
  Instance,
  Module,
  BoundMethod,
  StaticMethod,
  ClassMethod,
  Cell,
  Range,
  Iterator,
  Slice,
};

/// The base of every import-time object. Use isa/cast/dyn_cast from AST.h.
struct Object {
  ObjKind kind;
  explicit Object(ObjKind kind) : kind(kind) {}
  virtual ~Object() = default;
  Object(const Object &) = delete;
  Object &operator=(const Object &) = delete;
};

#define RPY_OBJECT(NAME) static constexpr ObjKind Kind = ObjKind::NAME;

/// An insertion-ordered string-keyed dictionary: module globals, class
/// namespaces, instance and function `__dict__`s. Iterates in insertion
/// order over `std::pair<std::string, Object *>`.
class AttrDict {
public:
  using Entry = std::pair<std::string, Object *>;

  /// The value of `name`, or nullptr when absent.
  Object *get(const std::string &name) const;
  bool contains(const std::string &name) const { return index.count(name); }
  /// Inserts or replaces; a replaced entry keeps its position.
  void set(const std::string &name, Object *value);
  /// Removes `name`; returns false when it was absent.
  bool erase(const std::string &name);
  size_t size() const { return entries.size(); }
  bool empty() const { return entries.empty(); }
  std::vector<Entry>::const_iterator begin() const { return entries.begin(); }
  std::vector<Entry>::const_iterator end() const { return entries.end(); }

private:
  std::vector<Entry> entries;
  std::unordered_map<std::string, size_t> index;
};

/// Python's hash of a hashable object: equal objects hash equal (1 == 1.0 ==
/// True). Numbers, None, tuples and ranges hash exactly as in CPython (None
/// as in 3.12+, where it is a constant); str and bytes use a stable hash of
/// their own (CPython randomises theirs); instances, classes, functions and
/// the like hash by identity. User `__hash__` methods are not consulted (see
/// Interpreter::keyHash). Unhashable objects (list, dict, set) must be
/// rejected with isHashable before; they hash by identity here.
int64_t hashObject(const Object *obj);
/// CPython's hash of a tuple (xxHash-based, 3.8+) from its items' hashes.
int64_t combineTupleHash(const std::vector<int64_t> &itemHashes);
/// CPython's hash of an int (reduction modulo 2**61 - 1; -1 becomes -2).
int64_t hashInt(__int128 value);
/// True when CPython computes the same hash of `obj` in every process:
/// numbers (not NaN), None, and tuples and ranges of those. False for str
/// and bytes (randomised by PYTHONHASHSEED) and identity hashes.
bool hashIsReproducible(const Object *obj);
/// False for list, dict and set (and tuples containing them).
bool isHashable(const Object *obj);
/// Python's `==` for built-in values (numbers across int/bool/float/r_uint,
/// str, bytes, tuples, lists, dicts and sets by value); identity otherwise.
/// User `__eq__` methods are not consulted (see Interpreter::eqTest).
bool equals(const Object *a, const Object *b);

/// How a table compares a stored key with a probe key of the same hash: 1
/// when equal, 0 when not, -1 when the comparison raised a Python exception
/// (the table operation then fails). The evaluator's comparison runs user
/// `__eq__` methods, which may even mutate the table being searched: the
/// tables notice and restart the search, as CPython's do.
using KeyEquality = std::function<int(Object *stored, Object *probe)>;
/// The KeyEquality of built-in values (`equals`); never fails.
int builtinKeyEquals(Object *stored, Object *probe);

/// The insertion-ordered hash table behind DictObject (CPython's dicts are
/// insertion-ordered too). Entries never contain holes. Each entry keeps its
/// key's hash, so that keys hashed by a user `__hash__` are never hashed
/// again, as in CPython.
///
/// The lookups taking a hash and a KeyEquality are the evaluator's (it
/// computes hashes with user `__hash__`); the others hash with hashObject
/// and compare with `equals`, for keys that are built-in values.
class ObjectTable {
public:
  struct Entry {
    Object *key;
    Object *value;
    int64_t hash;
    /// hashIsReproducible of the key, as the evaluator determined it.
    bool stable;
  };

  /// Position of `key` in items(), -1 when absent, -2 when `eq` failed.
  long find(Object *key, int64_t hash, const KeyEquality &eq) const;
  /// Inserts or replaces (a replaced entry keeps its position and key);
  /// false when `eq` failed.
  bool set(Object *key, int64_t hash, bool stable, Object *value,
           const KeyEquality &eq);
  /// Removes the entry at `pos` of items().
  void eraseAt(size_t pos);

  Object *get(const Object *key) const;
  bool contains(const Object *key) const { return find(key) >= 0; }
  void set(Object *key, Object *value);
  bool erase(const Object *key);
  /// Position of a built-in `key` in items(), or -1.
  long find(const Object *key) const;

  void clear();
  size_t size() const { return entries.size(); }
  const std::vector<Entry> &items() const { return entries; }

private:
  void reindex();
  std::vector<Entry> entries;
  std::unordered_multimap<int64_t, size_t> index;
  /// Changes with every mutation (see KeyEquality).
  uint64_t version = 0;
};

/// The table behind SetObject: CPython 3.11's set (Objects/setobject.c)
/// slot for slot, because CPython iterates a set by slot and programs build
/// constant tables from sets at import time: `list({3, 1, 2})` must be
/// `[1, 2, 3]` here as there. The same table size (8 slots at first),
/// probing (9 linear probes, then perturbation), growth (at 3/5 full, to
/// four times the size used), dummy entries for deletions (reused by later
/// additions), pop finger and bulk operations (merge, resize) as CPython's.
///
/// Where CPython's order is not reproducible, there is no order to match:
/// str and bytes hashes are randomised per process (PYTHONHASHSEED) and
/// identity hashes follow memory addresses. A set holding any element
/// whose hash is not reproducible (see hashIsReproducible; the evaluator
/// also counts user `__hash__` methods that hash such values) therefore
/// iterates in insertion order instead, which is deterministic and what a
/// reader expects. The slots are maintained all the same (with the
/// evaluator's own hashes for str and bytes), so a set iterates by slot
/// again once such elements are removed.
class SetTable {
public:
  /// A live element as CPython's set_next sees it.
  struct Item {
    Object *key;
    int64_t hash;
    bool stable;
    /// Position of the element in elements().
    size_t rank;
  };

  SetTable();

  size_t size() const { return used; }
  /// The elements in iteration order (see the class comment).
  std::vector<Object *> elements() const;
  /// The live elements in slot order, each with its rank in elements():
  /// bulk operations walk a set in this order, as CPython's do.
  std::vector<Item> slotItems() const;

  /// set_contains_entry: 1 when present, 0 when not, -1 when `eq` failed.
  int contains(Object *key, int64_t hash, const KeyEquality &eq) const;
  /// set_add_entry: 1 when added, 0 when already present, -1 when `eq`
  /// failed. `order` places a new element in insertion order (see
  /// reserveOrder); by default it goes last.
  int add(Object *key, int64_t hash, bool stable, const KeyEquality &eq,
          uint64_t order = NextOrder);
  /// set_discard_entry: 1 when removed, 0 when absent, -1 when `eq` failed.
  int discard(Object *key, int64_t hash, const KeyEquality &eq);
  /// set_merge: adds all of `other` (which may be this table).
  bool merge(const SetTable &other, const KeyEquality &eq);
  /// set_update_internal's sizing before it adds the `count` keys of a dict.
  void reserveForDict(size_t count);
  /// set_pop: removes and returns the element at the search finger (the
  /// first one in insertion order when the set iterates so); nullptr when
  /// empty.
  Object *pop();
  /// set_clear_internal: back to 8 empty slots.
  void clear();
  /// The end of set_difference_update_internal: rebuilds the table when
  /// more than a quarter of it is dummies.
  void purgeDummies();
  /// set_swap_bodies: exchanges the contents (not the pop fingers).
  void swapBodies(SetTable &other);
  /// Reserves `count` consecutive places in insertion order and returns the
  /// first: a bulk operation adds element k of its source with order
  /// `first + rank`, so the new elements keep their source's order.
  uint64_t reserveOrder(size_t count);

  /// Lookups and insertions of built-in values (hashObject, `equals`).
  bool contains(const Object *key) const;
  void add(Object *key);
  bool erase(const Object *key);

  static constexpr uint64_t NextOrder = ~uint64_t(0);

private:
  enum class SlotState : uint8_t { Empty, Active, Dummy };
  struct Slot {
    Object *key = nullptr;
    int64_t hash = 0;
    /// Position in insertion order (compared, never shown).
    uint64_t order = 0;
    SlotState state = SlotState::Empty;
    bool stable = false;
  };

  /// set_lookkey: the slot holding `key`, -1 when absent, -2 when `eq`
  /// failed.
  long lookup(Object *key, int64_t hash, const KeyEquality &eq) const;
  /// set_table_resize: a table of the smallest power of two above
  /// `minUsed` (at least 8) holding the live elements, without dummies.
  void resize(size_t minUsed);
  /// set_insert_clean: places an element known to be absent in a table
  /// without dummies.
  static void insertClean(std::vector<Slot> &table, const Slot &slot);
  void activate(Slot &slot, Object *key, int64_t hash, bool stable,
                uint64_t order);
  void touch();

  std::vector<Slot> slots;
  /// Active plus dummy slots, and active slots only (CPython's fill, used).
  size_t fill = 0, used = 0;
  /// Where set_pop starts looking.
  size_t finger = 0;
  /// Active slots whose hash is not reproducible.
  size_t unstable = 0;
  uint64_t nextOrder = 0;
  /// Changes with every mutation (see KeyEquality).
  uint64_t version = 0;
};

//===----------------------------------------------------------------------===//
// Values
//===----------------------------------------------------------------------===//

struct NoneObject : Object {
  RPY_OBJECT(None)
  NoneObject() : Object(Kind) {}
};

struct NotImplementedObject : Object {
  RPY_OBJECT(NotImplemented)
  NotImplementedObject() : Object(Kind) {}
};

struct EllipsisObject : Object {
  RPY_OBJECT(Ellipsis)
  EllipsisObject() : Object(Kind) {}
};

/// True and False are the only two BoolObjects (ObjectSpace::newBool).
struct BoolObject : Object {
  RPY_OBJECT(Bool)
  bool value;
  explicit BoolObject(bool value) : Object(Kind), value(value) {}
};

struct IntObject : Object {
  RPY_OBJECT(Int)
  int64_t value;
  explicit IntObject(int64_t value) : Object(Kind), value(value) {}
};

/// A Python int outside int64_t, e.g. `(1 << 64) - 1` in a mask table, kept
/// exact so that `r_uint(...)`/`intmask(...)` of it work at import time. It
/// is never made for a value that fits in int64_t. Not a valid run-time
/// constant: the flow builder reports it.
struct LongObject : Object {
  RPY_OBJECT(Long)
  __int128 value;
  explicit LongObject(__int128 value) : Object(Kind), value(value) {}
};

/// rpython.rlib.rarithmetic.r_uint: a machine word, arithmetic modulo 2**64.
struct UIntObject : Object {
  RPY_OBJECT(UInt)
  uint64_t value;
  explicit UIntObject(uint64_t value) : Object(Kind), value(value) {}
};

struct FloatObject : Object {
  RPY_OBJECT(Float)
  double value;
  explicit FloatObject(double value) : Object(Kind), value(value) {}
};

/// Text as UTF-8. Indexing, slicing and len() work on bytes (exact for
/// ASCII, which is what RPython programs use).
struct StrObject : Object {
  RPY_OBJECT(Str)
  std::string value;
  explicit StrObject(std::string value)
      : Object(Kind), value(std::move(value)) {}
};

struct BytesObject : Object {
  RPY_OBJECT(Bytes)
  std::string value;
  explicit BytesObject(std::string value)
      : Object(Kind), value(std::move(value)) {}
};

struct TupleObject : Object {
  RPY_OBJECT(Tuple)
  std::vector<Object *> items;
  explicit TupleObject(std::vector<Object *> items)
      : Object(Kind), items(std::move(items)) {}
};

/// Prebuilt lists stay mutable at run time.
struct ListObject : Object {
  RPY_OBJECT(List)
  std::vector<Object *> items;
  explicit ListObject(std::vector<Object *> items)
      : Object(Kind), items(std::move(items)) {}
};

/// Insertion-ordered, as in Python 3. Keys are hashable. The get/set/erase
/// helpers take built-in keys only; the evaluator's Interpreter::dictLookup
/// and friends run user `__hash__`/`__eq__`.
struct DictObject : Object {
  RPY_OBJECT(Dict)
  ObjectTable table;
  DictObject() : Object(Kind) {}

  /// The value for a built-in `key`, or nullptr.
  Object *get(const Object *key) const { return table.get(key); }
  void set(Object *key, Object *value) { table.set(key, value); }
  bool erase(const Object *key) { return table.erase(key); }
  size_t size() const { return table.size(); }
  /// The (key, value) entries in insertion order.
  const std::vector<ObjectTable::Entry> &items() const { return table.items(); }
};

/// A set (also frozenset), iterating in CPython's order (see SetTable). The
/// contains/add/erase helpers take built-in elements only; the evaluator's
/// Interpreter::setContains and friends run user `__hash__`/`__eq__`.
struct SetObject : Object {
  RPY_OBJECT(Set)
  SetTable table;
  SetObject() : Object(Kind) {}

  bool contains(const Object *key) const { return table.contains(key); }
  void add(Object *key) { table.add(key); }
  bool erase(const Object *key) { return table.erase(key); }
  size_t size() const { return table.size(); }
  /// The elements in iteration order.
  std::vector<Object *> elements() const { return table.elements(); }
};

//===----------------------------------------------------------------------===//
// Code and namespaces
//===----------------------------------------------------------------------===//

/// A closure cell; `value` is nullptr while the variable is unbound.
struct CellObject : Object {
  RPY_OBJECT(Cell)
  Object *value = nullptr;
  CellObject() : Object(Kind) {}
};

/// A user function: a `def` or a `lambda` evaluated at import time.
struct FunctionObject : Object {
  RPY_OBJECT(Function)
  FunctionObject() : Object(Kind) {}

  std::string name;     // "f", or "<lambda>"
  std::string qualname; // "C.f", "make.<locals>.g"
  /// Exactly one of def / lambda is set.
  const FunctionDefStmt *def = nullptr;
  const LambdaExpr *lambda = nullptr;
  /// The module whose globals the body sees.
  ModuleObject *module = nullptr;
  /// Values of the defaults of the last positional parameters
  /// (posonly + args), evaluated at def time.
  std::vector<Object *> defaults;
  /// Parallel to arguments().kwonly; nullptr where there is no default.
  std::vector<Object *> kwDefaults;
  /// The free variables of the body, bound to the enclosing scopes' cells.
  std::vector<std::pair<std::string, CellObject *>> closure;
  /// The function's `__dict__`: flags set by rlib decorators, e.g.
  /// `_annspecialcase_ = "specialize:argtype(0)"`, `_always_inline_`,
  /// `_dont_inline_`, `_elidable_function_`, `_jit_look_inside_`,
  /// `_jit_unroll_safe_`, `_not_rpython_`.
  AttrDict dict;
  /// The location of the `def` or `lambda`.
  Loc loc;

  const Arguments &arguments() const { return def ? def->args : lambda->args; }
  /// The statements of a def; nullptr for a lambda.
  const StmtList *body() const { return def ? &def->body : nullptr; }
  /// The expression of a lambda; nullptr for a def.
  const Expr *lambdaBody() const {
    return lambda ? lambda->body.get() : nullptr;
  }
  /// The cell bound to free variable `name`, or nullptr.
  CellObject *cell(const std::string &name) const;
  /// A flag of the function `__dict__`, or nullptr.
  Object *attr(const std::string &name) const { return dict.get(name); }
};

/// Arguments of a call of a built-in at import time.
struct CallArgs {
  std::vector<Object *> args;
  std::vector<std::pair<std::string, Object *>> kwargs;
  Loc loc;

  /// The keyword argument `name`, or nullptr.
  Object *kwarg(const std::string &name) const;
};

/// Implementation of a built-in at import time: returns the result, or
/// nullptr with a pending exception set on the interpreter.
using BuiltinImpl = std::function<Object *(Interpreter &, const CallArgs &)>;

/// A function implemented by the translator: `len`, `math.sqrt`,
/// `os.write`, `rpython.rlib.objectmodel.we_are_translated`, the methods of
/// built-in types (`str.join`, `list.append`, `dict.get`, ...).
struct BuiltinFunctionObject : Object {
  RPY_OBJECT(BuiltinFunction)
  BuiltinFunctionObject() : Object(Kind) {}

  /// The short name as Python shows it ("sqrt").
  std::string name;
  /// The qualified name the flow builder recognises it by: "len",
  /// "math.sqrt", "os.write", "str.join", "rpython.rlib.jit.promote".
  std::string qualname;
  /// Null for functions that only make sense at run time (os.write, ...):
  /// calling them at import time is an error.
  BuiltinImpl impl;
  /// Attributes (rarely used; e.g. flags copied by decorators).
  AttrDict dict;
};

/// A class: user-defined (from a ClassDefStmt) or built-in (int, ValueError,
/// rpython.rlib.jit.JitDriver, ...).
struct ClassObject : Object {
  RPY_OBJECT(Class)
  ClassObject() : Object(Kind) {}

  std::string name;
  std::string qualname;
  /// "module.qualname" for user classes, the bare name for Python builtins
  /// ("int", "ValueError"), and the library path for rlib classes
  /// ("rpython.rlib.jit.JitDriver").
  std::string fullName;
  std::vector<ClassObject *> bases;
  /// Method resolution order, this class first (C3 linearisation).
  std::vector<ClassObject *> mro;
  /// The class namespace in definition order: FunctionObjects,
  /// StaticMethod/ClassMethod wrappers, class attributes.
  AttrDict dict;
  ModuleObject *module = nullptr; // nullptr for Python builtins
  const ClassDefStmt *def = nullptr;
  Loc loc;
  bool isBuiltin = false;
  /// For built-in classes that can be called at import time: constructs an
  /// instance (the class itself is not passed). Null for user classes, whose
  /// instances are made by the interpreter and initialised by __init__.
  BuiltinImpl construct;

  /// Finds `name` in the class dicts along the MRO; nullptr when absent.
  Object *lookup(const std::string &name) const;
  /// The class on the MRO whose dict defines `name`, or nullptr.
  ClassObject *lookupOwner(const std::string &name) const;
  /// `issubclass(this, other)`.
  bool isSubclassOf(const ClassObject *other) const;
  /// `_mixin_ = True` in the class's own dict.
  bool isMixin() const;
};

/// An instance of a class: prebuilt instances made at import time,
/// exceptions (their `args` tuple is the attribute "args"), and instances of
/// rlib classes (a JitDriver stores its arguments as attributes).
struct InstanceObject : Object {
  RPY_OBJECT(Instance)
  ClassObject *cls;
  AttrDict dict;
  explicit InstanceObject(ClassObject *cls) : Object(Kind), cls(cls) {}
};

/// A module of the program or of the built-in library.
struct ModuleObject : Object {
  RPY_OBJECT(Module)
  ModuleObject() : Object(Kind) {}

  std::string name; // dotted: "pkg.sub"
  std::string path; // source file; empty for built-in modules
  /// The parsed source; kept alive because functions point into it.
  std::unique_ptr<Module> ast;
  AttrDict globals;
  bool isBuiltin = false;
  /// Set for packages (`__init__.py`, or built-in packages like `rpython`).
  bool isPackage = false;
  /// True once the top level has run to completion.
  bool initialized = false;
};

/// `obj.method` for a function found on obj's class; also built-in methods
/// bound to a built-in value (`"abc".upper`: self is the str, function is
/// the BuiltinFunctionObject "str.upper").
struct BoundMethodObject : Object {
  RPY_OBJECT(BoundMethod)
  Object *self;
  Object *function;
  BoundMethodObject(Object *self, Object *function)
      : Object(Kind), self(self), function(function) {}
};

struct StaticMethodObject : Object {
  RPY_OBJECT(StaticMethod)
  Object *function;
  explicit StaticMethodObject(Object *function)
      : Object(Kind), function(function) {}
};

struct ClassMethodObject : Object {
  RPY_OBJECT(ClassMethod)
  Object *function;
  explicit ClassMethodObject(Object *function)
      : Object(Kind), function(function) {}
};

struct RangeObject : Object {
  RPY_OBJECT(Range)
  int64_t start, stop, step; // step != 0
  RangeObject(int64_t start, int64_t stop, int64_t step)
      : Object(Kind), start(start), stop(stop), step(step) {}
  int64_t length() const;
  int64_t at(int64_t i) const { return start + i * step; }
};

/// An iterator used at import time. Sequences (list, tuple, str, bytes,
/// range) are walked by position so that appends during iteration are seen
/// as in Python; anything else is snapshotted into `items`.
struct IteratorObject : Object {
  RPY_OBJECT(Iterator)
  /// The sequence walked by position, or nullptr to walk `items`.
  Object *sequence = nullptr;
  std::vector<Object *> items;
  size_t position = 0;
  IteratorObject() : Object(Kind) {}
};

/// `a[lower:upper:step]`; absent parts are None.
struct SliceObject : Object {
  RPY_OBJECT(Slice)
  Object *lower, *upper, *step;
  SliceObject(Object *lower, Object *upper, Object *step)
      : Object(Kind), lower(lower), upper(upper), step(step) {}
};

#undef RPY_OBJECT

//===----------------------------------------------------------------------===//
// ObjectSpace
//===----------------------------------------------------------------------===//

/// Owns every object and knows the built-in classes.
class ObjectSpace {
public:
  ObjectSpace();
  ~ObjectSpace();
  ObjectSpace(const ObjectSpace &) = delete;
  ObjectSpace &operator=(const ObjectSpace &) = delete;

  /// Allocates any object in the arena.
  template <typename T, typename... Args> T *make(Args &&...args) {
    auto object = std::make_unique<T>(std::forward<Args>(args)...);
    T *raw = object.get();
    arena.push_back(std::move(object));
    return raw;
  }

  Object *none() const { return noneObj; }
  Object *notImplemented() const { return notImplementedObj; }
  Object *ellipsis() const { return ellipsisObj; }
  BoolObject *trueObject() const { return trueObj; }
  BoolObject *falseObject() const { return falseObj; }
  BoolObject *newBool(bool value) const { return value ? trueObj : falseObj; }
  /// Small ints are shared.
  IntObject *newInt(int64_t value);
  /// An IntObject when `value` fits in int64_t, a LongObject otherwise.
  Object *newInt128(__int128 value);
  UIntObject *newUInt(uint64_t value);
  FloatObject *newFloat(double value);
  StrObject *newStr(std::string value);
  BytesObject *newBytes(std::string value);
  TupleObject *newTuple(std::vector<Object *> items);
  ListObject *newList(std::vector<Object *> items = {});
  DictObject *newDict();
  SetObject *newSet();
  CellObject *newCell(Object *value = nullptr);
  InstanceObject *newInstance(ClassObject *cls);
  BuiltinFunctionObject *newBuiltin(std::string qualname, BuiltinImpl impl);
  /// A built-in class registered under `fullName` (see builtinClass).
  ClassObject *newBuiltinClass(const std::string &fullName,
                               std::vector<ClassObject *> bases);
  /// Computes `cls->mro` from its bases (C3). Returns false when the bases
  /// have no consistent MRO.
  bool computeMro(ClassObject *cls);

  /// The class of any object (`type(obj)`).
  ClassObject *typeOf(const Object *obj) const;
  /// A built-in class by full name: "object", "int", "ValueError",
  /// "rpython.rlib.jit.JitDriver"; nullptr when unknown.
  ClassObject *builtinClass(const std::string &fullName) const;
  /// `isinstance(obj, cls)` for any object.
  bool isInstance(const Object *obj, const ClassObject *cls) const;

  /// Classes of the built-in types, for quick access.
  ClassObject *objectClass, *typeClass, *noneTypeClass, *boolClass, *intClass,
      *floatClass, *strClass, *bytesClass, *tupleClass, *listClass, *dictClass,
      *setClass, *functionClass, *builtinFuncClass, *methodClass, *moduleClass,
      *staticMethodClass, *classMethodClass, *cellClass, *rangeClass,
      *iteratorClass, *sliceClass, *notImplementedTypeClass, *ellipsisTypeClass,
      *rUIntClass;
  /// The exception hierarchy.
  ClassObject *baseExceptionClass, *exceptionClass, *arithmeticErrorClass,
      *zeroDivisionErrorClass, *overflowErrorClass, *lookupErrorClass,
      *indexErrorClass, *keyErrorClass, *valueErrorClass, *runtimeErrorClass,
      *recursionErrorClass, *notImplementedErrorClass, *assertionErrorClass,
      *stopIterationClass, *typeErrorClass, *attributeErrorClass,
      *importErrorClass, *moduleNotFoundErrorClass, *osErrorClass,
      *systemExitClass, *keyboardInterruptClass, *memoryErrorClass,
      *unicodeErrorClass, *nameErrorClass, *unboundLocalErrorClass;
  /// How many objects the space holds (import-time evaluation bounds it).
  size_t objectCount() const { return arena.size() + pooledCount; }

  /// Every built-in class in creation order.
  const std::vector<ClassObject *> &builtinClasses() const {
    return builtinClassList;
  }

private:
  std::vector<std::unique_ptr<Object>> arena;
  std::map<std::string, ClassObject *> builtinClassMap;
  std::vector<ClassObject *> builtinClassList;
  Object *noneObj, *notImplementedObj, *ellipsisObj;
  BoolObject *trueObj, *falseObj;
  std::vector<IntObject *> smallInts; // -5 .. 256
  /// Numbers (trivially destructible) are bump-allocated in chunks: import
  /// time loops make many of them.
  template <typename T, typename... Args> T *makePooled(Args &&...args);
  std::vector<std::unique_ptr<char[]>> pool;
  size_t poolUsed = 0;
  size_t pooledCount = 0;
  TupleObject *emptyTuple;
};

//===----------------------------------------------------------------------===//
// Printing
//===----------------------------------------------------------------------===//

/// `repr(obj)` as CPython prints it, for built-in values; instances print as
/// `<module.Class object>` (user `__repr__` is run by Interpreter::repr).
std::string repr(const Object *obj);
/// `str(obj)`: like repr except for str (itself) and exceptions (message).
std::string str(const Object *obj);
/// CPython's `repr(float)`: shortest round-trip digits, `1.0`, `1e+16`,
/// `1.5e-05`, `inf`, `nan`, `-0.0`.
std::string formatFloatRepr(double value);
/// repr of a str value: quotes and escapes as CPython chooses them.
std::string reprString(const std::string &value);
/// repr of a bytes value: `b'...'`.
std::string reprBytes(const std::string &value);
/// Decimal text of a 128-bit integer.
std::string int128ToString(__int128 value);
/// The Python type name used in messages: "int", "str", "NoneType", the
/// class name for instances.
std::string typeName(const Object *obj);

} // namespace rpy::frontend

#endif // RPY_FRONTEND_OBJECT_H
