//===- Scope.h - Name resolution of Python scopes ---------------*- C++ -*-===//
//
// Python decides at compile time whether a name in a function is local, a
// closure cell, a free variable of an enclosing function, or global. This is
// CPython's symtable pass over one module's AST; the import-time evaluator
// and the flow builder both use its result.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_FRONTEND_SCOPE_H
#define RPY_FRONTEND_SCOPE_H

#include "lib/Frontend/AST.h"

#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace rpy::frontend {

/// How a name is resolved inside one scope.
enum class NameScope {
  Local,  // a fast local of a function (or a class-namespace name)
  Cell,   // a local of this function captured by a nested scope
  Free,   // a cell of an enclosing function
  Global, // module globals, then builtins
};

/// The names of one scope: a module, function, lambda, class body or
/// comprehension.
struct ScopeInfo {
  enum class Kind { Module, Function, Class, Comprehension };
  Kind kind = Kind::Module;
  /// The scope's AST node: Module, FunctionDefStmt, LambdaExpr,
  /// ClassDefStmt, or a comprehension expression.
  const void *node = nullptr;
  ScopeInfo *parent = nullptr;
  /// Names bound in this scope (parameters included) that are not
  /// declared global or nonlocal.
  std::set<std::string> locals;
  /// Locals that nested scopes capture (subset of locals).
  std::set<std::string> cells;
  /// Names taken from an enclosing function's cells (nonlocal, or used
  /// without being bound here), including those only passed through to a
  /// nested scope.
  std::set<std::string> frees;
  /// Names declared `global`.
  std::set<std::string> explicitGlobals;
  /// Parameters in order (posonly, args, *vararg, kwonly, **kwarg).
  std::vector<std::string> params;
  /// Set when the body contains yield/yield from/await (not RPython).
  const Expr *firstYield = nullptr;

  /// How `name` is resolved here. In a class body, Local means the class
  /// namespace; unbound class-body names fall back to Free or Global.
  NameScope resolve(const std::string &name) const;
};

/// The scopes of one module, keyed by their AST node.
class ModuleScopes {
public:
  /// Analyses `module`. Errors (e.g. `nonlocal x` without an enclosing
  /// binding) are recorded in errorLoc/errorMessage; the analysis goes on
  /// regardless (best effort).
  static std::unique_ptr<ModuleScopes> analyze(const Module &module);

  /// The scope of a Module, FunctionDefStmt, LambdaExpr, ClassDefStmt,
  /// ListCompExpr, SetCompExpr, DictCompExpr or GeneratorExpExpr node;
  /// nullptr for other nodes.
  const ScopeInfo *get(const void *node) const;

  /// Every scope of the module, keyed by node.
  const std::unordered_map<const void *, std::unique_ptr<ScopeInfo>> &
  all() const {
    return scopes;
  }

  /// The first error found (an empty message when none).
  Loc errorLoc;
  std::string errorMessage;

private:
  friend class ScopeBuilder;
  std::unordered_map<const void *, std::unique_ptr<ScopeInfo>> scopes;
};

} // namespace rpy::frontend

#endif // RPY_FRONTEND_SCOPE_H
