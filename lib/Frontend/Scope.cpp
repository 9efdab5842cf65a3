//===- Scope.cpp - Name resolution of Python scopes -----------------------===//
//
// CPython's symtable in two passes: collect what each scope binds, uses and
// declares, then resolve free variables against the enclosing functions
// (class bodies are skipped by nested scopes, except for `__class__`, the
// implicit cell behind zero-argument super()).
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/Scope.h"

#include <map>

namespace rpy::frontend {

NameScope ScopeInfo::resolve(const std::string &name) const {
  if (explicitGlobals.count(name))
    return NameScope::Global;
  switch (kind) {
  case Kind::Module:
    return NameScope::Global;
  case Kind::Class:
    if (locals.count(name))
      return NameScope::Local;
    if (frees.count(name))
      return NameScope::Free;
    return NameScope::Global;
  case Kind::Function:
  case Kind::Comprehension:
    if (cells.count(name))
      return NameScope::Cell;
    if (frees.count(name))
      return NameScope::Free;
    if (locals.count(name))
      return NameScope::Local;
    return NameScope::Global;
  }
  return NameScope::Global;
}

const ScopeInfo *ModuleScopes::get(const void *node) const {
  auto it = scopes.find(node);
  return it == scopes.end() ? nullptr : it->second.get();
}

/// Walks one module, building the ScopeInfo tree.
class ScopeBuilder {
public:
  explicit ScopeBuilder(ModuleScopes &result) : result(result) {}

  void run(const Module &module) {
    ScopeInfo *top = open(ScopeInfo::Kind::Module, &module);
    visitBody(module.body);
    close();
    resolve(top, {});
  }

private:
  struct Pending {
    std::set<std::string> bound, used, nonlocals;
    std::map<std::string, Loc> nonlocalLocs;
    std::vector<ScopeInfo *> children;
  };

  ScopeInfo *open(ScopeInfo::Kind kind, const void *node) {
    auto info = std::make_unique<ScopeInfo>();
    info->kind = kind;
    info->node = node;
    info->parent = stack.empty() ? nullptr : stack.back();
    ScopeInfo *raw = info.get();
    result.scopes[node] = std::move(info);
    if (!stack.empty())
      pending[stack.back()].children.push_back(raw);
    stack.push_back(raw);
    pending[raw];
    return raw;
  }
  void close() { stack.pop_back(); }
  ScopeInfo *current() { return stack.back(); }
  void bind(const std::string &name) { pending[current()].bound.insert(name); }
  void use(const std::string &name) { pending[current()].used.insert(name); }

  void error(Loc loc, const std::string &message) {
    if (result.errorMessage.empty()) {
      result.errorLoc = loc;
      result.errorMessage = message;
    }
  }

  void bindParams(const Arguments &args) {
    ScopeInfo *scope = current();
    auto add = [&](const Arg &arg) {
      scope->params.push_back(arg.name);
      bind(arg.name);
    };
    for (const Arg &arg : args.posonly)
      add(arg);
    for (const Arg &arg : args.args)
      add(arg);
    if (args.vararg)
      add(*args.vararg);
    for (const Arg &arg : args.kwonly)
      add(arg);
    if (args.kwarg)
      add(*args.kwarg);
  }

  void visitDefaults(const Arguments &args) {
    for (const ExprPtr &e : args.defaults)
      visit(e.get());
    for (const ExprPtr &e : args.kwDefaults)
      visit(e.get());
  }

  void visitBody(const StmtList &body) {
    for (const StmtPtr &stmt : body)
      visit(*stmt);
  }

  void visit(const Stmt &stmt) {
    switch (stmt.kind) {
    case StmtKind::FunctionDef: {
      auto &def = (*cast<FunctionDefStmt>(&stmt));
      for (const ExprPtr &d : def.decorators)
        visit(d.get());
      visitDefaults(def.args);
      bind(def.name);
      open(ScopeInfo::Kind::Function, &def);
      bindParams(def.args);
      visitBody(def.body);
      close();
      return;
    }
    case StmtKind::ClassDef: {
      auto &def = (*cast<ClassDefStmt>(&stmt));
      for (const ExprPtr &d : def.decorators)
        visit(d.get());
      for (const ExprPtr &b : def.bases)
        visit(b.get());
      for (const Keyword &k : def.keywords)
        visit(k.value.get());
      bind(def.name);
      open(ScopeInfo::Kind::Class, &def);
      visitBody(def.body);
      close();
      return;
    }
    case StmtKind::Return:
      visit((*cast<ReturnStmt>(&stmt)).value.get());
      return;
    case StmtKind::Delete:
      for (const ExprPtr &t : (*cast<DeleteStmt>(&stmt)).targets)
        visit(t.get());
      return;
    case StmtKind::Assign: {
      auto &s = (*cast<AssignStmt>(&stmt));
      visit(s.value.get());
      for (const ExprPtr &t : s.targets)
        visit(t.get());
      return;
    }
    case StmtKind::AugAssign: {
      auto &s = (*cast<AugAssignStmt>(&stmt));
      visit(s.value.get());
      if (auto *name = dyn_cast<NameExpr>(s.target.get())) {
        use(name->id);
        bind(name->id);
      } else {
        visit(s.target.get());
      }
      return;
    }
    case StmtKind::AnnAssign: {
      auto &s = (*cast<AnnAssignStmt>(&stmt));
      visit(s.value.get());
      visit(s.target.get());
      return;
    }
    case StmtKind::For: {
      auto &s = (*cast<ForStmt>(&stmt));
      visit(s.iter.get());
      visit(s.target.get());
      visitBody(s.body);
      visitBody(s.orelse);
      return;
    }
    case StmtKind::While: {
      auto &s = (*cast<WhileStmt>(&stmt));
      visit(s.test.get());
      visitBody(s.body);
      visitBody(s.orelse);
      return;
    }
    case StmtKind::If: {
      auto &s = (*cast<IfStmt>(&stmt));
      visit(s.test.get());
      visitBody(s.body);
      visitBody(s.orelse);
      return;
    }
    case StmtKind::With: {
      auto &s = (*cast<WithStmt>(&stmt));
      for (const WithItem &item : s.items) {
        visit(item.contextExpr.get());
        visit(item.optionalVars.get());
      }
      visitBody(s.body);
      return;
    }
    case StmtKind::Raise: {
      auto &s = (*cast<RaiseStmt>(&stmt));
      visit(s.exc.get());
      visit(s.cause.get());
      return;
    }
    case StmtKind::Try: {
      auto &s = (*cast<TryStmt>(&stmt));
      visitBody(s.body);
      for (const ExceptHandler &h : s.handlers) {
        visit(h.type.get());
        if (!h.name.empty())
          bind(h.name);
        visitBody(h.body);
      }
      visitBody(s.orelse);
      visitBody(s.finalbody);
      return;
    }
    case StmtKind::Assert: {
      auto &s = (*cast<AssertStmt>(&stmt));
      visit(s.test.get());
      visit(s.msg.get());
      return;
    }
    case StmtKind::Import:
      for (const Alias &a : (*cast<ImportStmt>(&stmt)).names)
        bind(!a.asname.empty() ? a.asname : a.name.substr(0, a.name.find('.')));
      return;
    case StmtKind::ImportFrom:
      for (const Alias &a : (*cast<ImportFromStmt>(&stmt)).names) {
        if (a.name == "*") {
          if (current()->kind != ScopeInfo::Kind::Module)
            error(stmt.loc, "'import *' only allowed at module level");
          continue;
        }
        bind(!a.asname.empty() ? a.asname : a.name);
      }
      return;
    case StmtKind::Global:
      for (const std::string &name : (*cast<GlobalStmt>(&stmt)).names)
        current()->explicitGlobals.insert(name);
      return;
    case StmtKind::Nonlocal:
      if (current()->kind == ScopeInfo::Kind::Module)
        error(stmt.loc, "nonlocal declaration not allowed at module level");
      for (const std::string &name : (*cast<NonlocalStmt>(&stmt)).names) {
        pending[current()].nonlocals.insert(name);
        pending[current()].nonlocalLocs.emplace(name, stmt.loc);
      }
      return;
    case StmtKind::ExprStmt:
      visit((*cast<ExprStmtStmt>(&stmt)).value.get());
      return;
    case StmtKind::Pass:
    case StmtKind::Break:
    case StmtKind::Continue:
      return;
    }
  }

  void visitComprehension(const Expr *node,
                          const std::vector<Comprehension> &generators,
                          const Expr *elt, const Expr *value) {
    // The first iterable is evaluated in the enclosing scope.
    if (!generators.empty())
      visit(generators[0].iter.get());
    open(ScopeInfo::Kind::Comprehension, node);
    for (size_t i = 0; i < generators.size(); ++i) {
      if (i > 0)
        visit(generators[i].iter.get());
      visit(generators[i].target.get());
      for (const ExprPtr &cond : generators[i].ifs)
        visit(cond.get());
    }
    visit(elt);
    visit(value);
    close();
  }

  void visit(const Expr *expr) {
    if (!expr)
      return;
    switch (expr->kind) {
    case ExprKind::Name: {
      auto *name = cast<NameExpr>(expr);
      if (name->ctx == ExprContext::Load) {
        use(name->id);
        // Zero-argument super() reads the implicit __class__ cell.
        if (name->id == "super")
          use("__class__");
      } else {
        bind(name->id);
      }
      return;
    }
    case ExprKind::Int:
    case ExprKind::Float:
    case ExprKind::Str:
    case ExprKind::Bytes:
    case ExprKind::NameConst:
      return;
    case ExprKind::JoinedStr:
      for (const ExprPtr &v : cast<JoinedStrExpr>(expr)->values)
        visit(v.get());
      return;
    case ExprKind::FormattedValue: {
      auto *fv = cast<FormattedValueExpr>(expr);
      visit(fv->value.get());
      visit(fv->formatSpec.get());
      return;
    }
    case ExprKind::BinOp: {
      auto *e = cast<BinOpExpr>(expr);
      visit(e->left.get());
      visit(e->right.get());
      return;
    }
    case ExprKind::UnaryOp:
      visit(cast<UnaryOpExpr>(expr)->operand.get());
      return;
    case ExprKind::BoolOp:
      for (const ExprPtr &v : cast<BoolOpExpr>(expr)->values)
        visit(v.get());
      return;
    case ExprKind::Compare: {
      auto *e = cast<CompareExpr>(expr);
      visit(e->left.get());
      for (const ExprPtr &c : e->comparators)
        visit(c.get());
      return;
    }
    case ExprKind::Call: {
      auto *e = cast<CallExpr>(expr);
      visit(e->func.get());
      for (const ExprPtr &a : e->args)
        visit(a.get());
      for (const Keyword &k : e->keywords)
        visit(k.value.get());
      return;
    }
    case ExprKind::Attribute:
      visit(cast<AttributeExpr>(expr)->value.get());
      return;
    case ExprKind::Subscript: {
      auto *e = cast<SubscriptExpr>(expr);
      visit(e->value.get());
      visit(e->index.get());
      return;
    }
    case ExprKind::Slice: {
      auto *e = cast<SliceExpr>(expr);
      visit(e->lower.get());
      visit(e->upper.get());
      visit(e->step.get());
      return;
    }
    case ExprKind::Tuple:
      for (const ExprPtr &v : cast<TupleExpr>(expr)->elts)
        visit(v.get());
      return;
    case ExprKind::List:
      for (const ExprPtr &v : cast<ListExpr>(expr)->elts)
        visit(v.get());
      return;
    case ExprKind::Set:
      for (const ExprPtr &v : cast<SetExpr>(expr)->elts)
        visit(v.get());
      return;
    case ExprKind::Dict: {
      auto *e = cast<DictExpr>(expr);
      for (const ExprPtr &k : e->keys)
        visit(k.get());
      for (const ExprPtr &v : e->values)
        visit(v.get());
      return;
    }
    case ExprKind::ListComp: {
      auto *e = cast<ListCompExpr>(expr);
      visitComprehension(expr, e->generators, e->elt.get(), nullptr);
      return;
    }
    case ExprKind::SetComp: {
      auto *e = cast<SetCompExpr>(expr);
      visitComprehension(expr, e->generators, e->elt.get(), nullptr);
      return;
    }
    case ExprKind::GeneratorExp: {
      auto *e = cast<GeneratorExpExpr>(expr);
      visitComprehension(expr, e->generators, e->elt.get(), nullptr);
      return;
    }
    case ExprKind::DictComp: {
      auto *e = cast<DictCompExpr>(expr);
      visitComprehension(expr, e->generators, e->key.get(), e->value.get());
      return;
    }
    case ExprKind::IfExp: {
      auto *e = cast<IfExpExpr>(expr);
      visit(e->test.get());
      visit(e->body.get());
      visit(e->orelse.get());
      return;
    }
    case ExprKind::Lambda: {
      auto *e = cast<LambdaExpr>(expr);
      visitDefaults(e->args);
      open(ScopeInfo::Kind::Function, e);
      bindParams(e->args);
      visit(e->body.get());
      close();
      return;
    }
    case ExprKind::Starred:
      visit(cast<StarredExpr>(expr)->value.get());
      return;
    case ExprKind::Yield:
      markYield(expr);
      visit(cast<YieldExpr>(expr)->value.get());
      return;
    case ExprKind::YieldFrom:
      markYield(expr);
      visit(cast<YieldFromExpr>(expr)->value.get());
      return;
    case ExprKind::Await:
      markYield(expr);
      visit(cast<AwaitExpr>(expr)->value.get());
      return;
    case ExprKind::NamedExpr: {
      auto *e = cast<NamedExprExpr>(expr);
      visit(e->value.get());
      visit(e->target.get());
      return;
    }
    }
  }

  void markYield(const Expr *expr) {
    if (!current()->firstYield)
      current()->firstYield = expr;
  }

  /// Resolves `scope` given the names bound in enclosing functions; returns
  /// the scope's free variables.
  const std::set<std::string> &resolve(ScopeInfo *scope,
                                       const std::set<std::string> &outer) {
    Pending &p = pending[scope];
    for (const std::string &name : p.bound)
      if (!scope->explicitGlobals.count(name) && !p.nonlocals.count(name))
        scope->locals.insert(name);
    for (const std::string &name : p.nonlocals) {
      if (!outer.count(name))
        error(p.nonlocalLocs[name],
              "no binding for nonlocal '" + name + "' found");
      scope->frees.insert(name);
    }

    std::set<std::string> visible;
    bool isFunction = scope->kind == ScopeInfo::Kind::Function ||
                      scope->kind == ScopeInfo::Kind::Comprehension;
    if (isFunction) {
      visible = outer;
      for (const std::string &name : scope->explicitGlobals)
        visible.erase(name);
      visible.insert(scope->locals.begin(), scope->locals.end());
      visible.insert(scope->frees.begin(), scope->frees.end());
    } else if (scope->kind == ScopeInfo::Kind::Class) {
      visible = outer;
      visible.insert("__class__");
    }

    for (ScopeInfo *child : p.children) {
      for (const std::string &name : resolve(child, visible)) {
        if (scope->kind == ScopeInfo::Kind::Class && name == "__class__") {
          scope->cells.insert(name);
          continue;
        }
        if (isFunction && scope->locals.count(name))
          scope->cells.insert(name);
        else
          scope->frees.insert(name);
      }
    }

    for (const std::string &name : p.used) {
      if (scope->kind == ScopeInfo::Kind::Module ||
          scope->explicitGlobals.count(name))
        continue;
      if (isFunction && scope->locals.count(name))
        continue;
      if (outer.count(name))
        scope->frees.insert(name);
    }
    return scope->frees;
  }

  ModuleScopes &result;
  std::vector<ScopeInfo *> stack;
  std::unordered_map<ScopeInfo *, Pending> pending;
};

std::unique_ptr<ModuleScopes> ModuleScopes::analyze(const Module &module) {
  auto result = std::make_unique<ModuleScopes>();
  ScopeBuilder builder(*result);
  builder.run(module);
  return result;
}

} // namespace rpy::frontend
