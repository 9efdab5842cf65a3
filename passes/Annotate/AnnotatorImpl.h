//===- AnnotatorImpl.h - The annotator's state and steps -------*- C++ -*-===//
//
// The annotator class, private to passes/Annotate and shared by the files
// that implement it: Annotator.cpp (the engine), Lists.cpp, Dicts.cpp,
// Strings.cpp and Classes.cpp (the rules that need its state).
//
//===----------------------------------------------------------------------===//

#ifndef RPY_PASSES_ANNOTATE_ANNOTATORIMPL_H
#define RPY_PASSES_ANNOTATE_ANNOTATORIMPL_H

#include "dialects/ann/ModuleClassHierarchy.h"
#include "passes/Annotate/ListDefs.h"

#include "dialects/ann/AnnTypes.h"
#include "dialects/ann/Lattice.h"
#include "dialects/flow/FlowOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringMap.h"

#include <deque>
#include <map>
#include <optional>

namespace rpy::annotate::detail {

// A private header included only by the annotator's own files, which all use
// MLIR's names unqualified; the directive stays inside this namespace.
using namespace mlir;

/// How flowing one operation ended.
enum class Step {
  /// The result is annotated: go on with the next operation.
  Continue,
  /// A call or `next` that never produces a value (yet): the rest of the
  /// block is not reached, which is fine (PyPy swallows the BlockedInference
  /// of calls).
  Stop,
  /// An operand is not annotated (yet): the block waits for it, and is an
  /// error if it still waits at the fixpoint (PyPy's blocked block).
  Blocked,
  /// An error was reported.
  Error,
};

/// What the annotator knows about one function.
struct FunctionInfo {
  /// The union of the values it returns; null while it has returned nothing.
  Type result;
  /// The call that first reached it, for the call chain of error messages.
  Operation *firstCall = nullptr;
  /// The calls that read its result, flowed again when it grows.
  llvm::SetVector<Operation *> callers;
};

class Annotator {
public:
  explicit Annotator(ModuleOp module)
      : module(module), symbols(module),
        lists(module, [this](Block *block) { enqueue(block); }),
        ctx(module.getContext()) {}

  LogicalResult run();

private:
  //===--------------------------------------------------------------------===//
  // State
  //===--------------------------------------------------------------------===//

  /// The annotation of `value`; null stands for `!ann.impossible`.
  Type get(Value value) const { return annotations.lookup(value); }

  void enqueue(Block *block) {
    reached.insert(block);
    if (queued.insert(block).second)
      worklist.push_back(block);
  }

  /// Generalises the annotation of `value` to include `type`; the blocks that
  /// read it are flowed again if it grew. `what` names the value in the error
  /// reported at `at` when the union does not exist.
  LogicalResult generalize(Value value, Type type, Operation *at,
                           const Twine &what, bool *changed = nullptr);

  /// Reports an error at `at`, with the chain of calls that reached it.
  void report(Operation *at, const Twine &message);

  /// `type` as error messages name it, lists with their ListDef's element.
  std::string describe(Type type) const {
    Type resolved = lists.resolve(type);
    return ann::describe(resolved ? resolved : type);
  }

  /// `types` with lists written from their ListDefs, to rerun a failed rule
  /// for its message (rules describe the lists they are given).
  SmallVector<Type> resolved(ArrayRef<Type> types) const {
    SmallVector<Type> result;
    for (Type type : types) {
      Type written = lists.resolve(type);
      result.push_back(written ? written : type);
    }
    return result;
  }

  /// Generalises the result of `op` to `type`: Continue, or Error.
  Step finish(Operation *op, Type type);

  //===--------------------------------------------------------------------===//
  // Flowing
  //===--------------------------------------------------------------------===//

  LogicalResult flowBlock(Block *block);
  Step flowOp(Operation *op);
  Step flowCall(Operation *op, ArrayRef<Type> operands);
  /// The result of calling one member of the callee's PBC set, or failure
  /// after an error; null while a called function has not returned.
  FailureOr<Type> callMember(Operation *op, Attribute member, Type calleeType,
                             ArrayRef<Type> args, ArrayRef<StringRef> keywords);
  /// The result of calling `func` from `call` with the given arguments, or
  /// failure after an error; null while `func` has not returned.
  FailureOr<Type> callFunction(Operation *call, flow::FuncOp func,
                               ArrayRef<Type> args,
                               ArrayRef<StringRef> keywords);
  Step flowIter(Operation *op, Type operand);
  /// `print(...)` with the keywords `sep`, `end` (str or None) and `file`
  /// (`sys.stdout` or `sys.stderr`).
  FailureOr<Type> callPrint(Operation *op, ArrayRef<Type> args,
                            ArrayRef<StringRef> keywords);
  /// Whether `type` is the PBC of `sys.stdout` or `sys.stderr`.
  bool isStandardStream(Type type);

  //===--------------------------------------------------------------------===//
  // enumerate() and reversed() (Iterators.cpp)
  //===--------------------------------------------------------------------===//

  /// `enumerate(x)` or `reversed(x)` of a list or string: the iterator.
  FailureOr<Type> callIteratorBuiltin(Operation *op, StringRef name,
                                      ArrayRef<Type> args);
  /// `zip(a, ...)` of lists: a new list of tuples.
  FailureOr<Type> callZip(Operation *op, ArrayRef<Type> args);
  /// `sorted(l)`, `sorted(l, reverse=b)`: a new list of the same items.
  FailureOr<Type> callSorted(Operation *op, ArrayRef<Type> args,
                             ArrayRef<StringRef> keywords);
  /// `instantiate(cls)` (rpython.rlib.objectmodel): an instance of the
  /// classes' common base, without `__init__`.
  FailureOr<Type> callInstantiate(Operation *op, ArrayRef<Type> args);
  /// `getattr` of a method of a StringBuilder; nullopt otherwise.
  std::optional<Step> flowBuilderAttr(Operation *op, ArrayRef<Type> operands);
  /// A call of `StringBuilder` (an empty `name`) or of one of its methods.
  FailureOr<Type> callBuilder(Operation *op, StringRef name,
                              ArrayRef<Type> args);
  /// `next` of an enumerate or reversed iterator.
  Step flowIteratorNext(Operation *op, ann::IterType iter);

  //===--------------------------------------------------------------------===//
  // Specialisation (Specialize.cpp)
  //===--------------------------------------------------------------------===//

  /// The copy of `func` that `call` calls under the function's
  /// `rpy.annspecialcase` policy (`func` itself without one), or failure
  /// after an error.
  FailureOr<flow::FuncOp> specialize(Operation *call, flow::FuncOp func,
                                     ArrayRef<Type> args,
                                     ArrayRef<StringRef> keywords);
  /// Points every specialised call site's callee at its copy.
  void redirectSpecialisedCalls();

  //===--------------------------------------------------------------------===//
  // Lists (Lists.cpp)
  //===--------------------------------------------------------------------===//

  /// The step of `op` if it is a list operation (its first operand a list,
  /// or `newlist`); nullopt for the other rules.
  std::optional<Step> flowListOp(Operation *op, ArrayRef<Type> operands);
  Step flowNewList(Operation *op, ArrayRef<Type> items);
  /// `next` on an iterator over list `list`.
  Step flowListNext(Operation *op, ann::ListType list);
  /// Calling the method `name` of the list `getattr` read it from.
  FailureOr<Type> callListMethod(Operation *op, StringRef name,
                                 ArrayRef<Type> args);
  /// `list()`, `list(x)`.
  FailureOr<Type> callListBuiltin(Operation *op, ArrayRef<Type> args);
  /// The list made at `site` (one ListDef per creation site, as PyPy's
  /// `getlistdef` per position).
  ann::ListType siteList(Operation *site, bool resized = false);
  /// The ListDef of `type` if it is a list.
  std::optional<unsigned> listOf(Type type) const;
  /// Stores `item` into list `id`; failure after an error naming `how`.
  LogicalResult storeItem(Operation *op, unsigned id, Type item,
                          const Twine &how);
  /// The annotation of a constant naming a prebuilt list, or null.
  Type prebuiltList(Attribute value);

  //===--------------------------------------------------------------------===//
  // Dicts (Dicts.cpp)
  //===--------------------------------------------------------------------===//

  /// The step of `op` if it is a dict operation (`newdict`, or its first
  /// operand a dict); nullopt otherwise.
  std::optional<Step> flowDictOp(Operation *op, ArrayRef<Type> operands);
  /// `next` on an iterator over the keys of `dict`.
  Step flowDictNext(Operation *op, ann::DictType dict);
  /// Calling the method `name` of the dict `getattr` read it from.
  FailureOr<Type> callDictMethod(Operation *op, StringRef name,
                                 ArrayRef<Type> args);
  /// The annotation of a constant naming a prebuilt dict, or null.
  Type prebuiltDict(Attribute value);
  /// The dict made at `site` (one DictDef per creation site).
  ann::DictType siteDict(Operation *site);
  std::optional<unsigned> dictOf(Type type) const;
  /// Stores a key (checked hashable) or a value into dict `id`; failure
  /// after an error naming `how`. The keys of a set's DictDef are its
  /// items (`ofSet`), as messages name them.
  LogicalResult storeKey(Operation *op, unsigned id, Type key,
                         const Twine &how, bool ofSet = false);
  LogicalResult storeValue(Operation *op, unsigned id, Type value,
                           const Twine &how);

  //===--------------------------------------------------------------------===//
  // Sets (Sets.cpp)
  //===--------------------------------------------------------------------===//

  /// The step of `op` if it is a set operation (`newset`, or its first
  /// operand a set); nullopt otherwise.
  std::optional<Step> flowSetOp(Operation *op, ArrayRef<Type> operands);
  /// The annotation of a constant naming a prebuilt set, or null.
  Type prebuiltSet(Attribute value);
  /// `next` on an iterator over the items of `set`.
  Step flowSetNext(Operation *op, ann::SetType set);
  /// `set()`, `set(iterable)`.
  FailureOr<Type> callSetBuiltin(Operation *op, ArrayRef<Type> args);
  /// Calling the method `name` of the set `getattr` read it from.
  FailureOr<Type> callSetMethod(Operation *op, StringRef name,
                                ArrayRef<Type> args);
  /// The set made at `site` (one DictDef per creation site).
  ann::SetType siteSet(Operation *site);
  std::optional<unsigned> setOf(Type type) const;
  /// Stores an item (checked hashable) into set `id`; failure after an
  /// error naming `how`.
  LogicalResult storeSetItem(Operation *op, unsigned id, Type item,
                             const Twine &how);
  /// The items iterating over `iterable` gives (a list, dict, set or str),
  /// registering `reader` for their growth; null for other types.
  Type itemsOf(Type iterable, Block *reader);

  //===--------------------------------------------------------------------===//
  // Strings (Strings.cpp)
  //===--------------------------------------------------------------------===//

  /// `getattr` of a string method; nullopt on other operations.
  std::optional<Step> flowStrAttr(Operation *op, ArrayRef<Type> operands);
  /// Calling the method `name` of the string `getattr` read it from.
  FailureOr<Type> callStrMethod(Operation *op, StringRef name,
                                ArrayRef<Type> args);

  //===--------------------------------------------------------------------===//
  // Instances (Classes.cpp)
  //===--------------------------------------------------------------------===//

  /// The step of `getattr`/`setattr` on an instance; nullopt otherwise.
  std::optional<Step> flowInstanceOp(Operation *op, ArrayRef<Type> operands);
  /// Stores `value` into the attribute `name` of instances of `cls`
  /// (PyPy's generalize_attr); failure after an error.
  LogicalResult storeAttribute(Operation *op, Attribute cls, StringRef name,
                               Type value);
  /// The instance a constant naming a prebuilt instance of a user class (or
  /// of a built-in exception) is, its fields stored into the class's
  /// attributes on first sight; null for other constants, failure after an
  /// error.
  FailureOr<Type> prebuiltInstance(Operation *op, Attribute value);
  /// The annotation of the constant `value` used by `op`: prebuilt lists,
  /// dicts, sets and instances, then plain constants; failure after an
  /// error.
  FailureOr<Type> constantType(Operation *op, Attribute value);
  /// `getattr` of a JIT hint on a prebuilt `JitDriver`; nullopt otherwise.
  std::optional<Step> flowPrebuiltAttr(Operation *op, ArrayRef<Type> operands);
  /// `getattr` on a class constant: static and class methods, plain
  /// methods as functions, and class attributes.
  std::optional<Step> flowClassAttr(Operation *op, ArrayRef<Type> operands);
  /// The type of the member `name` read through the class `cls`; null
  /// while a class attribute has no value yet.
  FailureOr<Type> classMember(Operation *op, FlatSymbolRefAttr cls,
                              StringRef name);
  /// The value of a `#flow.staticmethod` or `#flow.classmethod` member read
  /// through `cls` or one of its instances.
  Type decoratedMember(Attribute member, Attribute cls);
  /// Calling the class `cls`: a new instance, given to `__init__`.
  FailureOr<Type> instantiate(Operation *op, FlatSymbolRefAttr cls,
                              ArrayRef<Type> args,
                              ArrayRef<StringRef> keywords);
  /// The class member `name` of `cls` or of its nearest base that has one,
  /// with the class that has it; a null attribute if none does.
  std::pair<Attribute, Attribute> findMember(Attribute cls, StringRef name);
  /// The classes of the module deriving from `cls` (not `cls` itself).
  SmallVector<Attribute> subclasses(Attribute cls);
  /// Writes each class's attribute table as its `ann.attributes`
  /// dictionary (name to type), for the rtyper.
  void writeClassAttributes();
  /// The class whose attribute table holds the attribute `name` as read or
  /// written through an instance of `cls` (PyPy's ClassDef.locate_attribute
  /// and generalize_attr: an attribute of subclasses read through their
  /// base moves up to the base); failure after an error.
  FailureOr<Attribute> locateAttribute(Operation *op, Attribute cls,
                                       StringRef name);
  /// Puts the functions of `callees` into one call family; failure after an
  /// error when their signatures differ.
  LogicalResult joinFamily(Operation *call, ArrayRef<flow::FuncOp> callees);
  /// The functions of the family of `func` (`func` alone if it has none).
  SmallVector<flow::FuncOp, 2> familyMembers(flow::FuncOp func);
  LogicalResult flowTerminator(Operation *terminator, bool raisingOpFailed);
  /// The type `operand` has on the edge to successor `successor` of
  /// `branch`: narrowed when it is the value the branch tests
  /// (Narrowing.cpp); `!ann.impossible` when the edge is never taken.
  Type narrowed(flow::CondBrOp branch, unsigned successor, Value operand);
  /// `type` known to be an instance of one of the classes `cls` (a PBC of
  /// classes or a tuple of them) holds.
  Type narrowInstance(Type type, Type cls);
  LogicalResult follow(Operation *terminator, Block *dest,
                       ArrayRef<Type> types);

  //===--------------------------------------------------------------------===//
  // The end
  //===--------------------------------------------------------------------===//

  LogicalResult checkBlockedBlocks();
  LogicalResult writeAnnotations();
  void eraseUnreachedFunctions();

  ModuleOp module;
  SymbolTable symbols;
  /// The lattice: the module's classes, and the ListDefs.
  ListDefs lists;
  /// The DictDef of every dict creation site.
  DenseMap<Operation *, ann::DictType> siteDicts;
  /// The DictDef of every set creation site.
  DenseMap<Operation *, ann::SetType> siteSets;
  /// The prebuilt instances whose fields are stored.
  llvm::DenseSet<Operation *> prebuiltInstances;
  /// What is known of one instance attribute (PyPy's Attribute).
  struct AttributeInfo {
    /// The union of the values stored, null while none is.
    Type type;
    /// The blocks reading it, flowed again when it grows or moves.
    llvm::SetVector<Block *> readers;
  };
  /// The attribute tables of the classes (PyPy's ClassDef.attrs).
  DenseMap<Attribute, llvm::StringMap<AttributeInfo>> classAttrs;
  /// The ListDef of every list creation site (and prebuilt list).
  DenseMap<Operation *, ann::ListType> siteLists;
  MLIRContext *ctx;

  DenseMap<Value, Type> annotations;
  llvm::DenseSet<Block *> reached;
  std::deque<Block *> worklist;
  llvm::DenseSet<Block *> queued;
  /// The blocks waiting for an operand, with the operation that waits.
  DenseMap<Block *, Operation *> blocked;
  DenseMap<Operation *, FunctionInfo> functions;
  /// Call families (PyPy's): the functions one call site may call share
  /// their signature. Each function's family index; families by index.
  DenseMap<Operation *, unsigned> familyOf;
  std::vector<SmallVector<flow::FuncOp, 2>> families;
  /// The copies of specialised functions, by function and key.
  std::map<std::pair<Operation *, std::string>, flow::FuncOp> specialisations;
  /// The copy each specialised call site calls, in the order first seen.
  llvm::MapVector<Operation *, flow::FuncOp> specialisedSites;
  /// The `range(...)` calls, whose iterators are range iterators.
  llvm::DenseSet<Operation *> rangeCalls;
  /// The entry point.
  flow::FuncOp entryFunc;
  /// The block being flowed: its own later operations need no re-queueing.
  Block *current = nullptr;
};

} // namespace rpy::annotate::detail

#endif // RPY_PASSES_ANNOTATE_ANNOTATORIMPL_H
