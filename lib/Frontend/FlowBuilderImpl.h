//===- FlowBuilderImpl.h - Internals of the flow builder --------*- C++ -*-===//
//
// Shared by FlowBuilder.cpp (the program: worklist, constants, classes,
// prebuilt objects), FlowFunction.cpp (one function: blocks, joins,
// exception edges), FlowStmt.cpp and FlowExpr.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_FRONTEND_FLOWBUILDERIMPL_H
#define RPY_FRONTEND_FLOWBUILDERIMPL_H

#include "lib/Frontend/FlowBuilder.h"
#include "lib/Frontend/Interpreter.h"
#include "lib/Frontend/Object.h"
#include "lib/Frontend/Scope.h"

#include "dialects/flow/FlowOps.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/DenseMap.h"

#include <deque>
#include <map>
#include <optional>
#include <set>

namespace rpy::frontend {

/// A value while a function is abstractly interpreted: a prebuilt constant
/// (not materialised until an operation needs it) or a run-time SSA value.
struct FValue {
  Object *constant = nullptr;
  mlir::Value value;
  /// The exact class when statically known (an instance just made by
  /// calling a constant class): lets `raise` pick its handler statically.
  ClassObject *knownClass = nullptr;

  static FValue of(Object *constant) { return {constant, {}, nullptr}; }
  static FValue of(mlir::Value value) { return {nullptr, value, nullptr}; }
  bool isConstant() const { return constant != nullptr; }
  bool valid() const { return constant || value; }
  bool sameAs(const FValue &other) const {
    return constant == other.constant && value == other.value;
  }
};

/// The local variables at a program point, ordered for determinism.
using State = std::map<std::string, FValue>;

/// A control-flow merge whose predecessors are collected first: the merged
/// block's arguments are then exactly the variables that differ.
struct Join {
  struct Incoming {
    mlir::Block *block; // not yet terminated
    State state;
    std::vector<FValue> extras; // e.g. the exception, an expression result
    Loc loc;
  };
  std::vector<Incoming> incoming;
};

/// One enclosing construct that `break`, `continue`, `return` and raising
/// operations must know about.
struct Context {
  enum class Kind { Loop, Try, Finally } kind;
  explicit Context(Kind kind) : kind(kind) {}

  // Loop: `continue` goes to the header (or, in an unrolled loop, to the
  // next copy of the body), `break` to the exit.
  mlir::Block *header = nullptr;
  std::vector<std::string> headerNames;
  Join *continueJoin = nullptr;
  Join *breakJoin = nullptr;

  // Try: the except clauses, in order. One entry per class; several entries
  // share a join for `except (A, B):`.
  struct Handler {
    Object *cls;
    Join *join;
  };
  std::vector<Handler> handlers;

  // Finally: the body to run on every way out, and the join of the
  // exceptional way (exception + state).
  const StmtList *finalBody = nullptr;
  Join *excJoin = nullptr;
};

class ProgramBuilder;

/// Builds one flow.func from one FunctionObject.
class FunctionBuilder {
public:
  FunctionBuilder(ProgramBuilder &program, FunctionObject *func,
                  rpy::flow::FuncOp funcOp);
  /// Builds the body; false after a diagnostic.
  bool build();

  // Statements (FlowStmt.cpp). Each returns false after a diagnostic; when
  // the current block was terminated (return, raise, break, ...) `builder`
  // has no insertion block (`reachable()` is false).
  bool buildBlock(const StmtList &body);
  /// Builds `body` and, when control reaches its end, links it to `join`.
  bool buildInto(const StmtList &body, Join &join, Loc loc);
  bool buildStmt(const Stmt &stmt);
  bool buildAssign(const Expr &target, FValue value, Loc loc);
  bool buildIf(const IfStmt &stmt);
  bool buildWhile(const WhileStmt &stmt);
  bool buildFor(const ForStmt &stmt);
  bool buildForBody(const ForStmt &stmt, FValue item, Context &loop);
  bool buildTry(const TryStmt &stmt);
  bool buildTryExcept(const TryStmt &stmt);
  bool buildRaise(const RaiseStmt &stmt);
  bool buildReturn(FValue value, Loc loc);
  bool buildDelete(const Expr &target);
  /// Rejects changing an attribute of a class, module or function.
  bool checkMutable(const FValue &object, const std::string &attr, Loc loc);
  bool buildNestedDef(const FunctionDefStmt *def, const LambdaExpr *lambda,
                      Loc loc, FValue &out);

  // Expressions (FlowExpr.cpp). Return an invalid FValue after a diagnostic.
  FValue expr(const Expr &e);
  FValue exprName(const NameExpr &e);
  FValue exprBinOp(BinOpKind op, FValue lhs, FValue rhs, Loc loc,
                   bool inplace);
  FValue exprUnary(const UnaryOpExpr &e);
  FValue exprBoolOp(const BoolOpExpr &e);
  FValue exprCompare(const CompareExpr &e);
  FValue compareOnce(CmpOpKind op, FValue lhs, FValue rhs, Loc loc);
  FValue exprCall(const CallExpr &e);
  FValue exprSuper(const CallExpr &e, const AttributeExpr *method);
  FValue callValue(FValue callee, std::vector<FValue> args,
                   std::vector<std::pair<std::string, FValue>> kwargs,
                   std::optional<FValue> star, Loc loc);
  FValue exprAttribute(FValue object, const std::string &name, Loc loc);
  FValue exprSubscript(const SubscriptExpr &e);
  FValue exprJoinedStr(const JoinedStrExpr &e);
  FValue exprComprehension(const Expr &e);
  FValue exprIfExp(const IfExpExpr &e);
  FValue exprDisplay(const Expr &e);
  /// Evaluates a slice bound (None when absent); rejects steps other than 1.
  bool sliceBounds(const SliceExpr &slice, FValue &lower, FValue &upper);

  // Values and operations (FlowFunction.cpp).
  mlir::Location location(Loc loc);
  /// The SSA value of `v`, materialising a constant; null after an error.
  mlir::Value materialize(const FValue &v, Loc loc);
  /// Creates a flow operation with `!flow.obj` results; when it can raise
  /// inside a `try`, ends the block with its exception edges.
  mlir::Operation *emit(llvm::StringRef opName, Loc loc,
                        llvm::ArrayRef<FValue> operands,
                        llvm::ArrayRef<mlir::NamedAttribute> attrs = {},
                        unsigned numResults = 1);
  FValue emitValue(llvm::StringRef opName, Loc loc,
                   llvm::ArrayRef<FValue> operands,
                   llvm::ArrayRef<mlir::NamedAttribute> attrs = {});
  /// The exception edges of the op just emitted (see flow.catch).
  void addExceptionEdges(Loc loc);
  /// Raises `exc` here: to the matching handler of an enclosing `try`, or
  /// out of the function.
  bool raiseValue(FValue exc, Loc loc);
  /// Truth value for a branch: a constant when it folds.
  std::optional<bool> constantTruth(const FValue &v);
  /// Ends the block with a two-way branch on `cond`; returns the blocks.
  std::pair<mlir::Block *, mlir::Block *> branchOn(FValue cond, Loc loc);

  bool reachable() const { return builder.getInsertionBlock() != nullptr; }
  mlir::Block *newBlock();
  /// Adds the current point as an incoming edge of `join` and leaves the
  /// builder without insertion point.
  void jumpTo(Join &join, Loc loc, std::vector<FValue> extras = {});
  /// Creates the merged block of `join` (or continues in its only
  /// predecessor); false when it has no incoming edge (unreachable).
  bool finishJoin(Join &join, std::vector<FValue> *extras = nullptr);
  /// Runs the `finally` bodies between the innermost context and
  /// `contexts[depth]` (exclusive), as a `return`/`break` leaves them.
  bool unwindTo(size_t depth);
  /// Names bound anywhere in `body` (loop headers generalise them).
  static void assignedNames(const StmtList &body, std::set<std::string> &out);
  /// Names bound by an assignment target (a name, tuple or list of them).
  static void targetNames(const Expr *target, std::set<std::string> &out);

  bool error(Loc loc, const std::string &message);

  ProgramBuilder &program;
  Interpreter &interp;
  ObjectSpace &space;
  FunctionObject *func;
  rpy::flow::FuncOp funcOp;
  mlir::OpBuilder builder;
  State state;
  std::vector<Context> contexts;
  /// The exceptions being handled, for a bare `raise`.
  std::vector<FValue> handling;
  /// Scopes of the function and the comprehensions being inlined.
  std::vector<const ScopeInfo *> scopes;
  /// The class whose body defined this method, for `super()`.
  ClassObject *ownerClass = nullptr;
};

/// The whole program: the worklist of reachable functions and the
/// module-level ops for constants.
class ProgramBuilder {
public:
  ProgramBuilder(Interpreter &interp, mlir::MLIRContext &context,
                 DiagnosticEngine &diags);

  bool build(const FlowBuildOptions &options);
  mlir::OwningOpRef<mlir::ModuleOp> takeModule() { return std::move(module); }

  /// The attribute of a prebuilt constant, creating the flow.func,
  /// flow.class or flow.prebuilt it refers to; null after a diagnostic.
  mlir::Attribute constantAttr(Object *obj, Loc loc);
  /// Whether `obj` is an immutable value (foldable: numbers, str, None,
  /// tuples of those, functions, classes, built-ins).
  static bool isImmutable(const Object *obj);
  /// A FunctionObject made at flow-building time for a nested def without
  /// run-time free variables (cached per AST node).
  FunctionObject *nestedFunction(const void *node);
  void rememberNestedFunction(const void *node, FunctionObject *func);
  /// The class that defines method `func`, when it was reached as a member.
  ClassObject *ownerOf(FunctionObject *func) const;

  bool error(Loc loc, const std::string &message);

  Interpreter &interp;
  ObjectSpace &space;
  mlir::MLIRContext &context;
  DiagnosticEngine &diags;

private:
  FunctionObject *findEntryPoint(const FlowBuildOptions &options);
  mlir::FlatSymbolRefAttr functionSymbol(FunctionObject *func, Loc loc);
  mlir::FlatSymbolRefAttr classSymbol(ClassObject *cls, Loc loc);
  mlir::FlatSymbolRefAttr prebuiltSymbol(Object *obj, Loc loc);
  bool emitClass(ClassObject *cls);
  bool checkClassShape(ClassObject *cls);
  bool emitPrebuilt(Object *obj, mlir::StringAttr name);
  std::string uniqueName(const std::string &base);
  std::string globalNameOf(Object *obj) const;
  mlir::Attribute builtinAttr(const std::string &name);

  mlir::OwningOpRef<mlir::ModuleOp> module;
  mlir::OpBuilder builder;
  std::deque<FunctionObject *> pendingFunctions;
  std::deque<ClassObject *> pendingClasses;
  std::deque<std::pair<Object *, mlir::StringAttr>> pendingPrebuilts;
  llvm::DenseMap<Object *, mlir::FlatSymbolRefAttr> symbols;
  llvm::DenseMap<FunctionObject *, ClassObject *> methodOwners;
  std::map<const void *, FunctionObject *> nestedFunctions;
  std::set<std::string> usedNames;
  /// Module-global names of prebuilt objects, to name their symbols.
  std::map<const Object *, std::string> globalNames;
  /// Nesting of constantAttr through tuples (bounded).
  int constantDepth = 0;
};

} // namespace rpy::frontend

#endif // RPY_FRONTEND_FLOWBUILDERIMPL_H
