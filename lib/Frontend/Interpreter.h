//===- Interpreter.h - Import-time evaluator --------------------*- C++ -*-===//
//
// Runs the top level of every module of the program once, as CPython does
// at import: defs, classes, constant tables, imports of the program's own
// modules and of the built-in library, and calls of factory functions.
// Afterwards every module-level name is a prebuilt constant for the flow
// builder, which also reuses the operations here for constant folding.
//
// Errors follow CPython without C++ exceptions: an operation returns nullptr
// (or -1 / false) and leaves a pending Python exception on the interpreter.
// Only importMain turns an escaping exception into a Diagnostic.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_FRONTEND_INTERPRETER_H
#define RPY_FRONTEND_INTERPRETER_H

#include "lib/Frontend/AST.h"
#include "lib/Frontend/Diagnostic.h"
#include "lib/Frontend/Object.h"
#include "lib/Frontend/Scope.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace rpy::frontend {

struct Frame;

class Interpreter {
public:
  Interpreter(ObjectSpace &space, DiagnosticEngine &diags);
  ~Interpreter();
  Interpreter(const Interpreter &) = delete;
  Interpreter &operator=(const Interpreter &) = delete;

  //===--------------------------------------------------------------------===//
  // Importing
  //===--------------------------------------------------------------------===//

  /// Imports the program's main file (its directory is the import root) and
  /// everything it imports; runs all top levels. Returns nullptr after
  /// recording a diagnostic on failure. The main module's __name__ is its
  /// file stem (never "__main__"), so `if __name__ == '__main__':` blocks
  /// are skipped.
  ModuleObject *importMain(const std::string &path);
  /// Like importMain for source text already in memory (tests, tools);
  /// `path` names it and its directory is the import root.
  ModuleObject *importMainSource(const std::string &path,
                                 const std::string &text);
  /// The main module, once importMain has run.
  ModuleObject *mainModule() const { return mainMod; }
  /// Every module imported so far (program and library), in import order.
  const std::vector<ModuleObject *> &modules() const { return moduleList; }
  /// A module by dotted name, or nullptr when not imported.
  ModuleObject *findModule(const std::string &name) const;
  /// The `builtins` module (len, range, ValueError, ...).
  ModuleObject *builtinsModule() const { return builtinsMod; }
  /// The name resolution of a def, lambda, class body or comprehension of
  /// any imported module; nullptr for an unknown node.
  const ScopeInfo *scopeOf(const void *node) const;

  //===--------------------------------------------------------------------===//
  // Operations (also used for constant folding by the flow builder). They
  // never record diagnostics: on a Python-level error they return nullptr
  // (or -1) and leave a pending exception, which the caller may clear.
  //===--------------------------------------------------------------------===//

  /// Calls `callee` at import time (factories, `target()`).
  Object *call(Object *callee, const CallArgs &args);
  Object *call(Object *callee, std::vector<Object *> args, Loc loc);
  Object *binaryOp(BinOpKind op, Object *left, Object *right, Loc loc);
  Object *unaryOp(UnaryOpKind op, Object *operand, Loc loc);
  /// Returns a bool object (for `in`, `is`, ...) or whatever a user
  /// `__eq__`/`__lt__` returns.
  Object *compare(CmpOpKind op, Object *left, Object *right, Loc loc);
  Object *getAttr(Object *obj, const std::string &name, Loc loc);
  /// Like getAttr, but returns nullptr *without* an exception when the
  /// attribute does not exist.
  Object *lookupAttr(Object *obj, const std::string &name, Loc loc);
  bool setAttr(Object *obj, const std::string &name, Object *value, Loc loc);
  bool delAttr(Object *obj, const std::string &name, Loc loc);
  Object *getItem(Object *obj, Object *index, Loc loc);
  bool setItem(Object *obj, Object *index, Object *value, Loc loc);
  bool delItem(Object *obj, Object *index, Loc loc);
  /// 1, 0, or -1 with a pending exception.
  int isTrue(Object *obj);
  /// Python's `left == right` as 1 or 0 (running user `__eq__`), or -1
  /// with a pending exception.
  int eqTest(Object *left, Object *right, Loc loc);
  /// -1, 0 or 1 by Python's `<` (as sorted() and min() use it), or -2 with a
  /// pending exception.
  int orderCompare(Object *left, Object *right, Loc loc);
  /// 1 when `item in container`, 0, or -1 with a pending exception.
  int contains(Object *container, Object *item, Loc loc);
  /// `iter(obj)`: an IteratorObject (or nullptr + exception).
  Object *getIter(Object *obj, Loc loc);
  /// The next item; nullptr with no pending exception when exhausted.
  Object *iterNext(Object *iter, Loc loc);
  /// All items of an iterable; false + exception on error.
  bool unpackIterable(Object *obj, std::vector<Object *> &out, Loc loc);
  /// `repr(obj)` / `str(obj)`, running user `__repr__`/`__str__`;
  /// false + exception on error.
  bool reprOf(Object *obj, std::string &out, Loc loc);
  bool strOf(Object *obj, std::string &out, Loc loc);
  /// `hash(obj)`, running user `__hash__`; false + TypeError for unhashable
  /// objects.
  bool hashOf(Object *obj, int64_t &out, Loc loc);
  /// `isinstance(obj, cls)`.
  bool isInstance(Object *obj, ClassObject *cls) const {
    return space.isInstance(obj, cls);
  }

  //===--------------------------------------------------------------------===//
  // Dicts and sets. Keys hash and compare as in CPython: user `__hash__`
  // and `__eq__` methods run, and their exceptions propagate. Sets follow
  // CPython's algorithms (Objects/setobject.c) so that they iterate in
  // CPython's order (see SetTable).
  //===--------------------------------------------------------------------===//

  /// The hash of a dict key or set element; `stable` is false when CPython
  /// would not compute the same hash in every process (see SetTable).
  bool keyHash(Object *key, int64_t &hash, bool &stable, Loc loc);
  /// 1 with the value when `key` is in `dict`, 0 when not, -1 on error.
  int dictLookup(DictObject *dict, Object *key, Object *&value, Loc loc);
  bool dictStore(DictObject *dict, Object *key, Object *value, Loc loc);
  /// Removes `key`: 1 with its value, 0 when absent, -1 on error.
  int dictRemove(DictObject *dict, Object *key, Object *&value, Loc loc);
  /// `dict.update(other)` for a dict `other`, reusing its hashes.
  bool dictMerge(DictObject *dict, DictObject *other, Loc loc);
  /// 1 when `key` is in `set`, 0 when not, -1 on error.
  int setContains(SetObject *set, Object *key, Loc loc);
  bool setAdd(SetObject *set, Object *key, Loc loc);
  /// 1 when `key` was removed, 0 when absent, -1 on error.
  int setDiscard(SetObject *set, Object *key, Loc loc);
  /// `set.update(iterable)` (set_update_internal: sets merge, dicts are
  /// added with their hashes, other iterables element by element).
  bool setUpdate(SetObject *set, Object *iterable, Loc loc);
  /// `set(iterable)`, or `set()` when `iterable` is nullptr.
  SetObject *newSetFrom(Object *iterable, Loc loc);
  /// `set & iterable`, `set - iterable` and `set ^ iterable` as new sets.
  SetObject *setIntersection(SetObject *set, Object *other, Loc loc);
  SetObject *setDifference(SetObject *set, Object *other, Loc loc);
  SetObject *setSymmetricDifference(SetObject *set, Object *other, Loc loc);
  /// `&=`, `-=` and `^=` in place.
  bool setIntersectionUpdate(SetObject *set, Object *other, Loc loc);
  bool setDifferenceUpdate(SetObject *set, Object *other, Loc loc);
  bool setSymmetricDifferenceUpdate(SetObject *set, Object *other, Loc loc);
  /// 1 when every element of `set` is in `other`, 0 when not, -1 on error.
  int setIsSubset(SetObject *set, SetObject *other, Loc loc);

  //===--------------------------------------------------------------------===//
  // Exceptions
  //===--------------------------------------------------------------------===//

  /// The pending exception (an InstanceObject of an exception class), or
  /// nullptr.
  Object *pendingException() const { return excValue; }
  /// Where the pending exception was raised.
  Loc pendingLoc() const { return excLoc; }
  void clearException();
  /// "ValueError: message" (or just "ValueError").
  std::string describeException(Object *exc);
  /// Sets a pending exception `cls(message)` raised at `loc`; returns
  /// nullptr so callers can `return raise(...)`.
  std::nullptr_t raise(ClassObject *cls, const std::string &message, Loc loc);
  /// Sets `exc` (an exception instance) as the pending exception.
  std::nullptr_t raiseObject(Object *exc, Loc loc);
  /// Raises an error that Python code cannot catch: a construct that is
  /// not RPython, or evaluation that does not terminate. It becomes a
  /// diagnostic with exactly `message`.
  std::nullptr_t fatal(const std::string &message, Loc loc);
  /// True when the pending exception is a fatal error (see fatal()).
  bool pendingIsFatal() const;
  /// Makes an exception instance `cls(*args)` without raising it.
  InstanceObject *newException(ClassObject *cls, std::vector<Object *> args);

  //===--------------------------------------------------------------------===//
  // Limits
  //===--------------------------------------------------------------------===//

  /// Python frames deeper than this raise RecursionError (default 1000).
  void setRecursionLimit(int frames) { recursionLimit = frames; }
  /// C++ stack bytes the evaluator may use before raising RecursionError
  /// (default 6 MiB; the main thread has 8 MiB).
  void setStackLimit(size_t bytes) { stackLimit = bytes; }
  /// Evaluation steps before "import-time evaluation does not terminate"
  /// (default 50 million).
  void setStepLimit(uint64_t steps) { stepLimit = steps; }

  /// Objects the space may hold before "import-time evaluation uses too
  /// much memory" (default 30 million, about a gigabyte).
  void setObjectLimit(size_t objects) { objectLimit = objects; }
  /// Bytes of strings and sequences made at import time before the same
  /// error (default 2 GiB, counting every intermediate result).
  void setByteLimit(uint64_t bytes) { byteLimit = bytes; }

  ObjectSpace &objectSpace() { return space; }

  //===--------------------------------------------------------------------===//
  // Used by the built-in and library implementations.
  //===--------------------------------------------------------------------===//

  /// Checks the count of positional arguments of a built-in; raises
  /// TypeError and returns false when outside [min, max].
  bool checkArgs(const CallArgs &args, const char *name, size_t min,
                 size_t max);
  /// Raises TypeError when `args` has keyword arguments.
  bool noKwargs(const CallArgs &args, const char *name);
  /// An int64 from an int, bool or r_uint-in-range; TypeError otherwise.
  bool toInt64(Object *obj, int64_t &out, Loc loc);
  /// A double from a float, int or bool; TypeError otherwise.
  bool toDouble(Object *obj, double &out, Loc loc);
  /// Counts one evaluation step; false (fatal error set) past the limit.
  bool step(Loc loc);
  /// Accounts for `bytes` of strings or sequence storage just made; false
  /// (fatal error set) past the memory budget.
  bool chargeBytes(size_t bytes, Loc loc);
  /// Everything print() and sys.stdout.write() produced at import time.
  const std::string &importTimeOutput() const { return output; }
  /// Appends to the import-time output (and echoes it to stderr).
  void writeImportTimeOutput(const std::string &text);
  /// Sorts `list` in place as list.sort(key=key, reverse=reverse) does;
  /// `key`/`reverse` may be nullptr. False + exception on error.
  bool sortList(ListObject *list, Object *key, Object *reverse, Loc loc);
  /// A new function object sharing `fn`'s code, defaults, closure cells and
  /// a copy of its `__dict__` (func_with_new_name, import_from_mixin).
  FunctionObject *copyFunction(FunctionObject *fn);
  /// When set, print() at import time also writes to stderr (default on).
  void setEchoPrint(bool echo) { echoPrint = echo; }

private:
  friend struct Frame;
  friend class ExecVisitor;

  // Importing (Import.cpp).
  ModuleObject *importMainImpl(const std::string &path,
                               const std::string *text);
  ModuleObject *importModule(const std::string &name, Loc loc);
  ModuleObject *loadProgramModule(const std::string &name,
                                  const std::string &file, bool isPackage,
                                  const std::string *text, Loc loc);
  ModuleObject *importRelative(const std::string &module, int level,
                               ModuleObject *from, Loc loc);
  Object *importFromModule(ModuleObject *mod, const std::string &name, Loc loc);
  void reportPendingAsDiagnostic();

  // Statements and expressions (Exec.cpp, Eval.cpp).
  enum class Completion { Normal, Return, Break, Continue, Raise };
  Completion execBlock(Frame &frame, const StmtList &body);
  Completion execStmt(Frame &frame, const Stmt &stmt);
  Completion execTry(Frame &frame, const TryStmt &stmt);
  Completion execFor(Frame &frame, const ForStmt &stmt);
  Completion execImport(Frame &frame, const ImportStmt &stmt);
  Completion execImportFrom(Frame &frame, const ImportFromStmt &stmt);
  Object *makeFunction(Frame &frame, const FunctionDefStmt *def,
                       const LambdaExpr *lambda, Loc loc);
  Object *makeClass(Frame &frame, const ClassDefStmt &def);
  bool assign(Frame &frame, const Expr &target, Object *value);
  bool deleteTarget(Frame &frame, const Expr &target);
  Object *eval(Frame &frame, const Expr &expr);
  Object *evalInner(Frame &frame, const Expr &expr);
  Object *evalCall(Frame &frame, const CallExpr &expr);
  Object *evalComprehension(Frame &frame, const Expr &expr);
  Object *evalJoinedStr(Frame &frame, const JoinedStrExpr &expr);
  Object *loadName(Frame &frame, const std::string &name, Loc loc);
  bool storeName(Frame &frame, const std::string &name, Object *value, Loc loc);
  bool deleteName(Frame &frame, const std::string &name, Loc loc);
  Object *callFunction(FunctionObject *func, const CallArgs &args);
  Object *callClass(ClassObject *cls, const CallArgs &args);
  bool bindArguments(FunctionObject *func, const CallArgs &args, Frame &frame);
  Object *superObject(Frame &frame, const CallExpr &expr);

  // Helpers of the operations (Operations.cpp).
  Object *numericBinary(BinOpKind op, Object *left, Object *right, Loc loc);
  Object *sequenceBinary(BinOpKind op, Object *left, Object *right, Loc loc);
  Object *richCompare(CmpOpKind op, Object *left, Object *right, Loc loc);
  bool reprImpl(Object *obj, std::string &out, Loc loc, int depth);
  Object *callUserMethod(Object *obj, const char *name,
                         std::vector<Object *> args, Loc loc, bool &found);
  Object *getAttrImpl(Object *obj, const std::string &name, Loc loc,
                      bool raiseMissing);
  bool exceptionText(InstanceObject *exc, std::string &out, Loc loc);
  Object *builtinMethod(Object *self, const std::string &name);

  // Keys of dicts and sets (Access.cpp).
  /// Compares keys with eqTest (user `__eq__` included).
  KeyEquality keyEquality(Loc loc);
  bool userHash(InstanceObject *inst, int64_t &out, Loc loc);
  bool tupleHash(TupleObject *tuple, int64_t &out, Loc loc);
  int containerEq(Object *left, Object *right, Loc loc);
  /// Adds the elements of `source`, in slot order, to `target` when `keep`
  /// says so, with their hashes and in `source`'s order.
  template <typename Keep>
  bool addFiltered(SetObject *target, SetObject *source, Keep keep, Loc loc);

  // Set displays as CPython compiles them (Eval.cpp).
  /// `expr` evaluated as the iterable of a `for` or a comprehension: a set
  /// display of constants is then a frozenset built at compile time.
  Object *evalIterable(Frame &frame, const Expr &expr);
  Object *evalSetDisplay(Frame &frame, const SetExpr &expr);
  bool foldsToConstant(Frame &frame, const Expr &expr);
  bool foldedBinOpInLimits(Frame &frame, const BinOpExpr &expr);
  SetObject *compileTimeFrozenSet(const std::vector<Object *> &items, Loc loc);

  // Library modules (Builtins.cpp, RLib.cpp).
  void initBuiltins();
  void initBuiltinMethods();
  ModuleObject *makeLibraryModule(const std::string &name);
  ModuleObject *newLibraryModule(const std::string &name, bool isPackage);
  Object *importFromMixin(const CallArgs &args);
  BuiltinFunctionObject *defBuiltin(ModuleObject *mod, const std::string &name,
                                    BuiltinImpl impl);

  ObjectSpace &space;
  DiagnosticEngine &diags;
  ModuleObject *builtinsMod = nullptr;
  ModuleObject *mainMod = nullptr;
  std::string rootDir;
  std::vector<ModuleObject *> moduleList;
  std::map<std::string, ModuleObject *> moduleMap;
  std::vector<std::unique_ptr<ModuleScopes>> scopeTables;
  std::unordered_map<const void *, const ScopeInfo *> scopeIndex;
  /// Methods of built-in types by "type.name" ("str.join").
  std::map<std::string, BuiltinFunctionObject *> methodTable;
  ClassObject *fatalClass = nullptr;
  /// Set when the parser already recorded the diagnostic of the failure.
  bool alreadyReported = false;
  ClassObject *superClass = nullptr;
  /// The class of globals()/locals() views of a module or class namespace.
  ClassObject *namespaceClass = nullptr;
  /// object.__init__, which takes no arguments beyond self.
  Object *objectInit = nullptr;

  // The pending exception and where it came from.
  Object *excValue = nullptr;
  Loc excLoc;
  std::vector<std::pair<Loc, std::string>> excTrace;
  /// The exception being handled (for a bare `raise`).
  struct Handled {
    Object *value;
    Loc loc;
    std::vector<std::pair<Loc, std::string>> trace;
  };
  std::vector<Handled> handling;

  int depth = 0;
  /// Counts the hashes computed that CPython randomises (str, bytes,
  /// identity): keyHash tells from it whether a key's hash, user
  /// `__hash__` included, is reproducible.
  uint64_t unstableHashes = 0;
  /// Nesting of recursive value operations (sequence comparison).
  int valueDepth = 0;
  int recursionLimit = 1000;
  size_t stackLimit = size_t(6) << 20;
  const char *stackBase = nullptr;
  uint64_t steps = 0;
  uint64_t stepLimit = 50000000;
  size_t objectLimit = 30000000;
  uint64_t bytesMade = 0;
  uint64_t byteLimit = uint64_t(2) << 30;
  std::string output;
  bool echoPrint = true;
  /// Functions on the call stack, for qualnames and super().
  std::vector<Frame *> frames;
};

} // namespace rpy::frontend

#endif // RPY_FRONTEND_INTERPRETER_H
