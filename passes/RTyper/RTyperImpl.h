//===- RTyperImpl.h - The RTyper's state and steps --------------*- C++ -*-===//
//
// The RTyper class, private to passes/RTyper and shared by the files that
// implement it: RTyper.cpp (functions, blocks, links, the entry glue),
// Reprs.cpp (low-level representations and conversions), Operations.cpp
// (the rules of operations) and Builtins.cpp (calls of built-ins).
//
//===----------------------------------------------------------------------===//

#ifndef RPY_PASSES_RTYPER_RTYPERIMPL_H
#define RPY_PASSES_RTYPER_RTYPERIMPL_H

#include "dialects/ann/AnnTypes.h"
#include "dialects/flow/FlowOps.h"
#include "dialects/lltype/LLTypeOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"

#include <map>

namespace rpy::rtyper::detail {

// A private header included only by the RTyper's own files, which all use
// MLIR's names unqualified; the directive stays inside this namespace.
using namespace mlir;

/// The runtime's string struct (docs/runtime-abi.md).
inline constexpr llvm::StringLiteral kStringStruct = "rpy_string";

/// Whether values annotated `annotation` are strings (a char is a
/// one-character string).
inline bool isString(Type annotation) {
  return isa<ann::StrType, ann::CharType>(annotation);
}

/// A short name for a low-level type, for the names of the containers
/// made for it: `signed`, `str`, `ptr.Node`.
std::string typeName(Type type);

class RTyper {
public:
  explicit RTyper(ModuleOp module)
      : module(module), symbols(module), ctx(module.getContext()),
        builder(module.getContext()) {}

  LogicalResult run();

private:
  //===--------------------------------------------------------------------===//
  // Representations (Reprs.cpp)
  //===--------------------------------------------------------------------===//

  /// The low-level type of values annotated `annotation` (PyPy's
  /// `getrepr(...).lowleveltype`); null after an error reported at `at`.
  Type lowType(Type annotation, Location at);
  Type lowType(Type annotation, Operation *at) {
    return lowType(annotation, at->getLoc());
  }
  /// `!lltype.ptr<@rpy_string>`, defining the struct on first use.
  lltype::PtrType stringType();
  /// The pointer type of a list of `item` (resizable: a struct with the
  /// length and a GC array of items; fixed: the GC array itself), defining
  /// the containers on first use.
  lltype::PtrType listType(Type item, bool resizable);
  /// `!lltype.ptr<@tupleN.T...>`, the struct of a tuple's items.
  lltype::PtrType tupleType(ann::TupleType tuple, Location at);
  /// A constant tuple as prebuilt data (one global per distinct value).
  FlatSymbolRefAttr staticTuple(Location loc, ArrayAttr value,
                                ann::TupleType type);
  /// `flow.newtuple`, and `getitem` of a tuple with a constant index.
  /// `a == b` as Python compares them (tuples and lists item by item).
  Value valuesEqual(Location loc, Value a, Type aType, Value b, Type bType,
                    Operation *at);
  /// A new tuple of `items` (of annotations `annotations`) converted to
  /// the items of `tuple`.
  Value buildTuple(Location loc, ValueRange items, ArrayRef<Type> annotations,
                   ann::TupleType tuple, Operation *at);
  /// Item `index` of a tuple (a void placeholder for None).
  Value tupleItem(Location loc, Value tuple, ann::TupleType type,
                  int64_t index, Operation *at);
  LogicalResult convertTupleOp(Operation *op);
  /// The GC array of `item` that lists of `item` keep their items in.
  lltype::PtrType itemArrayType(Type item);
  /// A module-level definition placed before the functions.
  void define(Operation *definition);
  /// The address of a prebuilt string (one global per distinct text).
  Value stringLiteral(Location loc, StringRef text);
  /// The runtime function `name` of type `type` (declared on first use).
  FlatSymbolRefAttr runtimeFunction(StringRef name, FunctionType type);
  /// Calls the runtime function `name`, whose result has type `result`
  /// (null: none); declares it from the arguments' types.
  Value callRuntime(Location loc, StringRef name, ValueRange args,
                    Type result);
  /// `value` (annotated `from`) as a value annotated `to`: the conversion
  /// of a link or an argument; null after an error reported at `at`.
  Value convert(Value value, Type from, Type to, Operation *at);

  //===--------------------------------------------------------------------===//
  // Classes (Classes.cpp)
  //===--------------------------------------------------------------------===//

  /// A class's name for symbols: its flow.class symbol, the built-in's
  /// name, or `object` for the root.
  static std::string className(Attribute cls);
  /// Builds the class tree of every class the program names (with their
  /// bases up to `object`) and numbers it for isinstance.
  void collectClasses();
  /// `!lltype.ptr<@inst.C>`, defining the instance struct on first use.
  lltype::PtrType instanceType(Attribute cls);
  /// The vtable struct of `cls` and its prebuilt instance (the class).
  FlatSymbolRefAttr vtableStruct(Attribute cls);
  FlatSymbolRefAttr vtableGlobal(Attribute cls);
  /// `value` (a pointer to an instance) as a pointer to an instance of
  /// `to`, a base or (after isinstance) a subclass of its class.
  Value castInstance(Location loc, Value value, Attribute to);
  /// The BaseException class above `cls`, or null for other classes.
  Attribute exceptionBase(Attribute cls);
  /// Whether `cls` is the class named `baseName` or inherits from it.
  bool isSubclass(Attribute cls, StringRef baseName);
  /// Whether the non-null instance `object` is an instance of `cls`.
  Value isInstanceOf(Location loc, Value object, Attribute cls);
  /// The prebuilt string `text` (one global per distinct text).
  FlatSymbolRefAttr stringGlobal(StringRef text);
  /// The class whose attribute table holds `name` for instances of `cls`.
  Attribute attributeOwner(Attribute cls, StringRef name);
  /// The methods called with overrides (PyPy's method slots in vtables):
  /// for each class read through, the method names.
  void collectMethodSlots();
  /// The functions of one value share a result (collectFunctionFamilies),
  /// as the overrides of one method do.
  void unifyFamilyResults(ArrayRef<Attribute> members);
  void collectFunctionFamilies();
  /// The function that `cls` resolves the method `name` to, among
  /// `candidates`; null for none (abstract).
  flow::FuncOp resolveMethod(Attribute cls, StringRef name);
  /// Calls a method with overrides through its vtable slot.
  FailureOr<Value> callMethodSlot(Operation *op, ann::MethodType method,
                                  StringRef name, ArrayRef<Value> args,
                                  ArrayRef<Type> argTypes);
  /// The one name of a bound method's functions, or "".
  std::string boundMethodName(ann::MethodType method);
  /// `getattr`/`setattr` of an instance's attribute, `isinstance`, `is_`.
  LogicalResult convertInstanceOp(Operation *op);
  /// Calling a class: a new instance, given to `__init__`.
  /// The static global of a prebuilt instance (a flow.prebuilt).
  FlatSymbolRefAttr staticInstance(FlatSymbolRefAttr ref, Location loc);
  /// The fields of a new instance of `cls` that hold class attributes,
  /// set to the class's values.
  LogicalResult initClassDefaults(Location loc, Value instance, Attribute cls);
  /// A new instance of `cls`, its `__init__` called with `args`.
  FailureOr<Value> newInstance(Operation *op, Attribute cls, ValueRange args,
                               ArrayRef<Type> argTypes);
  /// A call of a class chosen at run time (a PBC of classes: a vtable).
  LogicalResult callClassPointer(Operation *op, ann::PbcType pbc,
                                 ValueRange args, ArrayRef<Type> argTypes);
  /// The vtable of `cls` as a pointer to the root vtable: a class value.
  Value classPointer(Location loc, Attribute cls);
  LogicalResult instantiate(Operation *op, Attribute cls, ValueRange args,
                            ArrayRef<Type> argTypes);

  //===--------------------------------------------------------------------===//
  // Functions and blocks (RTyper.cpp)
  //===--------------------------------------------------------------------===//

  /// The low-level signature of `func`: its parameters and result of a
  /// representation other than Void. Null after an error.
  FunctionType lowSignature(flow::FuncOp func);
  /// The representation of a list's items.
  Type listItemType(ann::ListType list, Location at);
  Type listItemType(ann::ListType list, Operation *at) {
    return listItemType(list, at->getLoc());
  }
  /// Whether a PBC's members are all classes of the program.
  bool isClassSet(ann::PbcType pbc);
  /// The representation of a PBC of functions: a pointer to any of them.
  lltype::FuncPtrType functionPointerType(ann::PbcType pbc, Location at);
  LogicalResult declareFunction(flow::FuncOp func);
  LogicalResult convertBody(flow::FuncOp func);
  LogicalResult convertTerminator(Operation *terminator);
  /// The operands of a link to `dest`, converted to its arguments'
  /// representations.
  FailureOr<SmallVector<Value>> linkOperands(Operation *link, Block *dest,
                                             ValueRange operands);
  LogicalResult createEntryGlue(flow::FuncOp entry);
  /// `next` with the StopIteration edge of a loop (Iterators.cpp): the
  /// iteration as explicit low-level checks, with no exception.
  LogicalResult convertCatch(flow::CatchOp catchOp);
  /// A `flow.catch` after a call: the call, then `lltype.catch` with the
  /// handlers' classes as vtables.
  LogicalResult convertExceptionEdges(flow::CatchOp catchOp);
  /// Whether `catchOp` has a handler for the exception `op` raises by
  /// itself (IndexError of an index, ZeroDivisionError of a division).
  bool catchesImplicitException(Operation *op, flow::CatchOp catchOp);
  /// Records the exception arguments of handlers that no operation uses
  /// and that only `next` reaches: they have no low-level value.
  void markDroppedExceptions(flow::FuncOp func);
  /// Reports `message` at `op` (or `loc`) and returns failure.
  LogicalResult error(Location loc, const Twine &message);
  LogicalResult error(Operation *op, const Twine &message) {
    return error(op->getLoc(), message);
  }
  /// The low-level value of the flow value `value`.
  Value lookup(Value value) { return mapping.lookup(value); }

  //===--------------------------------------------------------------------===//
  // Operations (Operations.cpp, Builtins.cpp)
  //===--------------------------------------------------------------------===//

  LogicalResult convertOp(Operation *op);
  LogicalResult convertConstant(flow::ConstantOp op);
  /// Arithmetic and comparisons of numbers (int, bool, float, char).
  LogicalResult convertNumberOp(Operation *op);
  LogicalResult convertStrOp(Operation *op);
  LogicalResult convertListOp(Operation *op);
  /// A new iterator of kind `iter` over `container` (annotated
  /// `containerAnnotation`): a list, a string, a dict; null if unsupported.
  Value makeIterator(Location loc, ann::IterType iter, Value container,
                     Type containerAnnotation);
  /// `iter(x)` of a list, a string or a `range(...)` (Iterators.cpp).
  LogicalResult convertIter(flow::IterOp op);
  /// The iterator struct of `iter` annotations.
  lltype::PtrType iteratorType(ann::IterType iter, Location at);
  /// A Python index into a sequence of `length`: negative counts from the
  /// end.
  Value normalizeIndex(Location loc, Value index, Value length);
  /// `cond ? a : b`, splitting the current block: the builder continues in
  /// the block that joins the two.
  Value select(Location loc, Value cond, Value a, Value b);
  /// `flow.newlist`: a fixed list (the items array) or a resizable one.
  LogicalResult convertNewList(flow::NewListOp op);
  /// The helper function appending an item to a resizable list of `item`
  /// (made once per item type).
  FlatSymbolRefAttr listAppendHelper(Type item);
  /// The helper making a new items array of `n` times the items of another
  /// (`[x] * n`), once per item type.
  FlatSymbolRefAttr listRepeatHelper(Type item);
  /// The helper making a new items array of `items[start:stop]` (Python's
  /// bounds: negative from the end, clamped), once per item type.
  FlatSymbolRefAttr listSliceHelper(Type item);
  /// A slice bound as Python reads it: negative counts from the end, then
  /// clamped to [0, length].
  Value sliceBound(Location loc, Value bound, Value length);
  /// The helper raising the built-in exception class `cls` with a message
  /// (`ll_raise.C(message)`), made once per class.
  FlatSymbolRefAttr raiseHelper(StringRef cls);
  /// In the function being built: when `condition` holds, raise the
  /// built-in exception `cls` with `message`; the builder goes on where it
  /// does not.
  void raiseIf(Location loc, Value condition, StringRef cls,
               StringRef message);
  /// `ll_stack_overflow()`, raising RecursionError: lltype-stack-check's
  /// slow path.
  void createStackOverflowHelper();
  /// The static struct holding the status sys.exit() gives.
  Value exitStatus(Location loc);
  /// `ll_sysexit(status)`: keeps the status, raises SystemExit.
  FlatSymbolRefAttr sysExitHelper();
  /// `ll_oscheck(failed, path)`: OSError from errno (and the path, when
  /// not null) when an os call failed.
  FlatSymbolRefAttr osErrorCheck();
  /// Inside a try that catches what they raise: an index from the end when
  /// negative, checked against the length (IndexError(message)); a divisor
  /// checked against zero (ZeroDivisionError(message)).
  Value checkedIndex(Location loc, Value index, Value length,
                     StringRef message);
  void checkDivisor(Location loc, Value divisor, StringRef message);
  /// math.<name>(...): libm through the runtime, with CPython's errors.
  LogicalResult convertMathCall(Operation *op, StringRef name,
                                ValueRange args, ArrayRef<Type> argTypes);
  /// `ovfcheck(x)`: the operation that made x, checked for overflow.
  LogicalResult convertOvfCheck(Operation *op, Value arg);
  /// `ll_ovfcheck.<what>(a[, b])`: the result, or OverflowError.
  FlatSymbolRefAttr ovfHelper(StringRef what);
  /// `int(s)` or `float(s)` of a string (`what`): the runtime's parser,
  /// ValueError with CPython's message on failure (`ll_parse_int`).
  FlatSymbolRefAttr parseHelper(StringRef what);
  /// A dict's low-level types (Dicts.cpp): the dict and entries pointers,
  /// the stored key and value types, the kind of key the runtime hashes.
  struct DictRepr {
    lltype::PtrType dict, entries;
    Type key, value;
    /// How keys are found: "int", "str", "float", "ptr" (the runtime's
    /// dicttable.c) or "tuple" (TupleKeys.cpp).
    StringRef kind;
    Type keyAnnotation;
  };
  FailureOr<DictRepr> dictRepr(ann::DictType dict, Location at);
  /// `key` (annotated `annotation`) as the dict's stored key.
  Value dictKey(Location loc, const DictRepr &repr, Value key,
                Type annotation, Type keyAnnotation, Operation *at);
  /// The helper functions of a dict type: `newdict`, `setitem`,
  /// `getitem`, `keys` (as a list of `keyItem`), `values`.
  FlatSymbolRefAttr dictHelper(const DictRepr &repr, StringRef what,
                               Type keyItem = nullptr);
  /// `pointer` as a pointer to `@rpy_opaque`, for the runtime's functions
  /// that take objects of any of several types (a dict's parts).
  Value opaque(Location loc, Value pointer);
  /// The type `opaque` gives.
  lltype::PtrType opaqueType();
  LogicalResult convertDictOp(Operation *op);
  /// The entry of `key` in `dict` (typed or opaque), or -1: `what` is
  /// lookup, insert (-1: full) or delete.
  Value dictFind(Location loc, const DictRepr &repr, StringRef what,
                 Value dict, Value key);
  /// The helpers of tuple keys: `ll_dt<what>.<dict>` (probe, lookup,
  /// insert, delete) and `ll_hash.<tuple>`.
  FlatSymbolRefAttr tupleKeyHelper(const DictRepr &repr, StringRef what);
  FlatSymbolRefAttr tupleHashHelper(ann::TupleType tuple, Location at);

  // StringBuilder (Builders.cpp): a resizable list of chars.
  bool isStringBuilder(Type annotation);
  /// `method` of a builder (empty: the constructor).
  LogicalResult convertBuilderCall(Operation *op, StringRef method, Value self,
                                   ValueRange args, ArrayRef<Type> argTypes);
  /// ll_sbappend (a string's chars) or ll_sbappendn (a char n times).
  FlatSymbolRefAttr builderAppendHelper(bool repeat);

  // Sets (Sets.cpp): dicts of their items.
  /// The dict type a set is represented as (a dict type is itself).
  ann::DictType dictOfSet(Type type);
  /// The helpers of a set type: `addall` (of an array of `item`),
  /// `addchars` (of a string), `filter`, `countin`, `discardall`, `pop`,
  /// `clear`.
  FlatSymbolRefAttr setHelper(const DictRepr &repr, StringRef what,
                              Type item = nullptr);
  /// The items of a list, or the keys of a set or dict, as an array; or
  /// the chars of a string (`array` is then the string).
  struct Items {
    Value array, length;
    Type item;
    bool chars = false;
  };
  FailureOr<Items> itemsOf(Location loc, Value value, Type annotation,
                           Operation *at);
  /// A new set, of the items of `value` when given.
  Value newSetOf(Location loc, const DictRepr &repr, Value value,
                 Type annotation, Operation *at);
  LogicalResult addAll(Location loc, const DictRepr &repr, Value set,
                       Value value, Type annotation, Operation *at);
  /// `value` as something to look keys up in: a set or dict itself, a
  /// new set of a list's items.
  Value lookupTable(Location loc, const DictRepr &repr, Value value,
                    Type annotation, Operation *at);
  /// A new set: `how` is union, intersection, difference or
  /// symmetric_difference.
  Value setCombination(Location loc, StringRef how, Value a, Type aType,
                       Value b, Type bType, Type resultType, Operation *at);
  /// How many of a's items are in b.
  Value setCount(Location loc, Value a, Type aType, Value b, Type bType,
                 Operation *at);
  LogicalResult convertSetOp(Operation *op);
  LogicalResult convertSetMethod(Operation *op, StringRef name, Value self,
                                 Type selfType, ValueRange args,
                                 ArrayRef<Type> argTypes);
  /// The prebuilt dict or set `ref` (a flow.prebuilt): a holder global, filled
  /// when the program starts (hashes are the runtime's to compute).
  Value prebuiltDict(Location loc, FlatSymbolRefAttr ref, ann::DictType type);
  /// The prebuilt list `ref`: static GC objects (the items array, and the
  /// list struct of a resizable list).
  Value prebuiltList(Location loc, FlatSymbolRefAttr ref, ann::ListType type);
  /// A prebuilt item as the value of a global (an integer, a float, the
  /// symbol of a prebuilt string, unit for None); null if unsupported.
  Attribute staticValue(Attribute value, Type type);
  /// `rpy_init_prebuilt`: builds the prebuilt dicts into their holders;
  /// null if there are none, failure after an error.
  FailureOr<FlatSymbolRefAttr> createPrebuiltInit();
  /// A constant of the flow level as a low-level value annotated `type`.
  Value materialize(Location loc, Attribute value, Type type);
  /// A method of a string (Formatting.cpp): the runtime's helper.
  LogicalResult convertStrMethod(Operation *op, StringRef name, Value self,
                                 Type selfType, ValueRange args,
                                 ArrayRef<Type> argTypes);
  /// Whether two low-level values of one type are equal (Python's ==).
  Value itemsEqual(Location loc, Value a, Value b);
  /// The low-level arguments of a call: each converted to its parameter's
  /// annotation, Void ones left out.
  FailureOr<SmallVector<Value>> convertArguments(Operation *op,
                                                 ArrayRef<Value> args,
                                                 ArrayRef<Type> argTypes,
                                                 TypeRange params);
  /// Whether `a < b` for two low-level values of one primitive or string
  /// type (Python's <).
  Value itemLess(Location loc, Value a, Value b);
  /// The helpers of list methods (Lists.cpp): `insert`, `extend`,
  /// `reverse`, `index`, `count`, once per item type.
  /// `for i in range(start, stop, step)` in the function being built,
  /// carrying values: `each` fills the body and returns the carried values'
  /// next ones; the builder ends after the loop, and the result is the
  /// carried values there.
  SmallVector<Value>
  countingLoop(Location loc, Region &body, Value start, Value stop,
               int64_t step,
               function_ref<SmallVector<Value>(Value, ValueRange)> each,
               ValueRange carried = {});
  /// The zero of a primitive or pointer type (null, 0, 0.0, False).
  Value zeroOf(Location loc, Type type);
  /// Sorts `length` items of the array `items` in place (ints, floats,
  /// strings, tuples of those).
  LogicalResult sortItems(Operation *op, Value items, Value length, Type item,
                          Type annotation);
  /// `ll_lt.<tuple>(a, b)`: Python's < of tuples.
  FlatSymbolRefAttr lessHelper(ann::TupleType tuple, Operation *at);
  /// `ll_sort.<array>(items, n)`: a stable merge sort with `less`.
  FlatSymbolRefAttr mergeSortHelper(Type item, FlatSymbolRefAttr less);
  /// `a == b` of two lists.
  Value listsEqual(Location loc, Value a, ann::ListType aType, Value b,
                   ann::ListType bType, Operation *at);
  FlatSymbolRefAttr listHelper(StringRef what, Type item);
  /// A method of a list other than append and pop.
  LogicalResult convertListMethod(Operation *op, StringRef name, Value self,
                                  ann::ListType list, ValueRange args,
                                  ArrayRef<Type> argTypes);
  /// `x in l`.
  LogicalResult convertListContains(Operation *op);
  /// `%`-formatting of a string (Formatting.cpp).
  LogicalResult convertFormat(Operation *op);
  /// `text` padded to `width` with `fill` as the format spec's `align`
  /// (`<`, `>`, `^`) says.
  Value padString(Location loc, Value text, int64_t width, char fill,
                  char align);
  /// One f-string replacement field (`flow.format`).
  LogicalResult convertFormatField(Operation *op);
  /// A printf-style conversion of one value, as the runtime's
  /// rpy_format_* take it: the conversion letter, RPY_FMT_* flags, the
  /// width and the precision (-1: none).
  struct FormatSpec {
    char conversion;
    int64_t flags, width, precision;
  };
  /// The string of `low` (of annotation `annotation`) formatted by `spec`;
  /// `plain` when the spec has no flags, width or precision.
  Value formatValue(Location loc, Value low, Type annotation,
                    const FormatSpec &spec, bool plain, Operation *op);
  /// The built-ins of `os` (Externals.cpp): the runtime's functions, an
  /// error raising OSError.
  LogicalResult convertOsCall(Operation *op, StringRef name, ValueRange args,
                              ArrayRef<Type> argTypes);
  /// The truth of `value` (annotated `annotation`) as a Bool.
  Value truth(Location loc, Value value, Type annotation, Operation *at);
  LogicalResult convertCall(Operation *op);
  /// Calls `func` with the low-level `args` (annotated `argTypes`; the
  /// last ones named by `keywords`); the low-level result, null for none.
  /// A call through a function pointer (a PBC of several functions).
  LogicalResult callFunctionPointer(Operation *op, ann::PbcType pbc,
                                    ArrayRef<Value> args,
                                    ArrayRef<Type> argTypes,
                                    ArrayRef<StringRef> keywords);
  FailureOr<Value> callFunction(Operation *op, flow::FuncOp func,
                                ArrayRef<Value> args, ArrayRef<Type> argTypes,
                                ArrayRef<StringRef> keywords);
  LogicalResult convertBuiltinCall(Operation *op, StringRef name,
                                   ValueRange args, ArrayRef<Type> argTypes);
  /// `str(value)` of a value annotated `annotation`; null after an error.
  Value toStr(Location loc, Value value, Type annotation, Operation *at);
  /// repr() of a value: quoted strings, str() of the rest.
  Value reprOf(Location loc, Value value, Type annotation, Operation *at);
  /// str() of a dict or set, as CPython prints it (in insertion order).
  Value dictToStr(Location loc, Value dict, Type annotation, Operation *at);
  /// str() of a list, as CPython prints it.
  Value listToStr(Location loc, Value list, ann::ListType type, Operation *at);
  /// Maps the flow op's single result to `value`.
  LogicalResult produce(Operation *op, Value value) {
    mapping.map(op->getResult(0), value);
    return success();
  }

  ModuleOp module;
  SymbolTable symbols;
  MLIRContext *ctx;
  OpBuilder builder;
  /// Flow values and blocks to their low-level counterparts.
  IRMapping mapping;
  /// The lltype.func made for each flow function.
  llvm::StringMap<lltype::FuncOp> functions;
  /// Prebuilt strings by text.
  llvm::StringMap<FlatSymbolRefAttr> strings;
  /// Where definitions go: after the last one made so far.
  Operation *lastDefinition = nullptr;
  /// Handler arguments without a low-level value (see
  /// markDroppedExceptions).
  llvm::DenseSet<Value> droppedArguments;
  /// The bounds of `range(...)` calls that only loops iterate over: no
  /// list is made (PyPy's range lists).
  DenseMap<Value, SmallVector<Value, 3>> ranges;
  /// What the RTyper knows of each class (PyPy's ClassRepr).
  struct ClassInfo {
    /// The base class; null for the root, `object`.
    Attribute parent;
    /// The preorder id of the class, and one past its subclasses' ids.
    int64_t minId = 0, maxId = 0;
    FlatSymbolRefAttr instanceStruct, vtableStruct, vtableGlobal;
    /// The method slots of the class's vtable part, and the function
    /// each takes (its first candidate, for the signature).
    SmallVector<std::pair<std::string, flow::FuncOp>> slots;
  };
  DenseMap<Attribute, ClassInfo> classInfos;
  /// For the methods that never return but have overrides that do: the
  /// result they share with those.
  DenseMap<Attribute, Type> familyResults;
  /// The classes, the root first.
  SmallVector<Attribute> classOrder;
  /// The prebuilt dicts used: the flow.prebuilt, its holder, its type.
  struct PrebuiltDict {
    FlatSymbolRefAttr prebuilt, holder;
    ann::DictType type;
  };
  /// Set while converting an operation whose implicit exception
  /// (IndexError, ZeroDivisionError) a handler catches.
  bool raiseImplicitly = false;
  SmallVector<PrebuiltDict> prebuiltDicts;
  /// The constant tuples made, by type and contents.
  DenseMap<std::pair<Type, Attribute>, FlatSymbolRefAttr> staticTuples;
};

} // namespace rpy::rtyper::detail

#endif // RPY_PASSES_RTYPER_RTYPERIMPL_H
