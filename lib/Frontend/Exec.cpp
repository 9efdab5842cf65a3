//===- Exec.cpp - Import-time evaluator: statements -----------------------===//
//
// Statements return a completion code; an exception leaves Raise with the
// exception pending on the interpreter, as CPython's ceval does.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/InterpreterImpl.h"

using namespace rpy::frontend;

Interpreter::Completion Interpreter::execBlock(Frame &frame,
                                               const StmtList &body) {
  for (const StmtPtr &stmt : body) {
    Completion c = execStmt(frame, *stmt);
    if (c != Completion::Normal)
      return c;
  }
  return Completion::Normal;
}

namespace {
/// The statement kinds that the import-time evaluator treats as no-ops.
bool isDeclaration(StmtKind kind) {
  return kind == StmtKind::Global || kind == StmtKind::Nonlocal ||
         kind == StmtKind::Pass;
}
} // namespace

Interpreter::Completion Interpreter::execStmt(Frame &frame, const Stmt &stmt) {
  if (isDeclaration(stmt.kind))
    return Completion::Normal;
  if (!step(stmt.loc))
    return Completion::Raise;
  auto ok = [](bool success) {
    return success ? Completion::Normal : Completion::Raise;
  };

  switch (stmt.kind) {
  case StmtKind::FunctionDef: {
    auto &def = *cast<FunctionDefStmt>(&stmt);
    if (def.isAsync)
      return fatal("'async def' is not RPython", stmt.loc), Completion::Raise;
    std::vector<Object *> decorators;
    for (const ExprPtr &d : def.decorators) {
      Object *dec = eval(frame, *d);
      if (!dec)
        return Completion::Raise;
      decorators.push_back(dec);
    }
    Object *fn = makeFunction(frame, &def, nullptr, stmt.loc);
    if (!fn)
      return Completion::Raise;
    for (size_t i = decorators.size(); i-- > 0;) {
      fn = call(decorators[i], {fn}, def.decorators[i]->loc);
      if (!fn)
        return Completion::Raise;
    }
    return ok(storeName(frame, def.name, fn, stmt.loc));
  }
  case StmtKind::ClassDef: {
    Object *cls = makeClass(frame, *cast<ClassDefStmt>(&stmt));
    if (!cls)
      return Completion::Raise;
    return ok(storeName(frame, cast<ClassDefStmt>(&stmt)->name, cls, stmt.loc));
  }
  case StmtKind::Return: {
    auto &s = *cast<ReturnStmt>(&stmt);
    if (!frame.func) {
      fatal("'return' outside function", stmt.loc);
      return Completion::Raise;
    }
    Object *value = space.none();
    if (s.value && !(value = eval(frame, *s.value)))
      return Completion::Raise;
    frame.returnValue = value;
    return Completion::Return;
  }
  case StmtKind::Delete:
    for (const ExprPtr &target : cast<DeleteStmt>(&stmt)->targets)
      if (!deleteTarget(frame, *target))
        return Completion::Raise;
    return Completion::Normal;
  case StmtKind::Assign: {
    auto &s = *cast<AssignStmt>(&stmt);
    Object *value = eval(frame, *s.value);
    if (!value)
      return Completion::Raise;
    for (const ExprPtr &target : s.targets)
      if (!assign(frame, *target, value))
        return Completion::Raise;
    return Completion::Normal;
  }
  case StmtKind::AugAssign: {
    auto &s = *cast<AugAssignStmt>(&stmt);
    const Expr &target = *s.target;
    // Evaluate the container and index once, as CPython does.
    Object *container = nullptr, *index = nullptr, *current = nullptr;
    if (auto *name = dyn_cast<NameExpr>(&target)) {
      current = loadName(frame, name->id, target.loc);
    } else if (auto *attr = dyn_cast<AttributeExpr>(&target)) {
      if ((container = eval(frame, *attr->value)))
        current = getAttr(container, attr->attr, target.loc);
    } else if (auto *sub = dyn_cast<SubscriptExpr>(&target)) {
      if ((container = eval(frame, *sub->value)) &&
          (index = eval(frame, *sub->index)))
        current = getItem(container, index, target.loc);
    } else {
      fatal("illegal expression for augmented assignment", target.loc);
      return Completion::Raise;
    }
    if (!current)
      return Completion::Raise;
    Object *operand = eval(frame, *s.value);
    if (!operand)
      return Completion::Raise;
    Object *result = nullptr;
    // In-place forms mutate lists, sets and dicts (aliases see the change).
    if (auto *list = dyn_cast<ListObject>(current)) {
      if (s.op == BinOpKind::Add) {
        std::vector<Object *> items;
        if (!unpackIterable(operand, items, stmt.loc))
          return Completion::Raise;
        list->items.insert(list->items.end(), items.begin(), items.end());
        if (!chargeBytes(items.size() * sizeof(Object *), stmt.loc))
          return Completion::Raise;
        result = list;
      } else if (s.op == BinOpKind::Mul) {
        Object *product = binaryOp(s.op, current, operand, stmt.loc);
        if (!product)
          return Completion::Raise;
        list->items = cast<ListObject>(product)->items;
        result = list;
      }
    } else if (auto *set = dyn_cast<SetObject>(current)) {
      if (isa<SetObject>(operand) &&
          (s.op == BinOpKind::BitOr || s.op == BinOpKind::BitAnd ||
           s.op == BinOpKind::Sub || s.op == BinOpKind::BitXor)) {
        // set_ior, set_iand, set_isub and set_ixor, in place.
        bool ok = s.op == BinOpKind::BitOr
                      ? setUpdate(set, operand, stmt.loc)
                  : s.op == BinOpKind::BitAnd
                      ? setIntersectionUpdate(set, operand, stmt.loc)
                  : s.op == BinOpKind::Sub
                      ? setDifferenceUpdate(set, operand, stmt.loc)
                      : setSymmetricDifferenceUpdate(set, operand, stmt.loc);
        if (!ok)
          return Completion::Raise;
        result = set;
      }
    } else if (auto *dict = dyn_cast<DictObject>(current)) {
      if (s.op == BinOpKind::BitOr && isa<DictObject>(operand)) {
        if (!dictMerge(dict, cast<DictObject>(operand), stmt.loc))
          return Completion::Raise;
        result = dict;
      }
    } else if (auto *inst = dyn_cast<InstanceObject>(current)) {
      static const char *const inplaceNames[] = {
          "__iadd__",     "__isub__",      "__imul__", "__imatmul__",
          "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__",
          "__ilshift__",  "__irshift__",   "__ior__",  "__ixor__",
          "__iand__"};
      if (Object *method = inst->cls->lookup(inplaceNames[(int)s.op])) {
        result = call(method, {current, operand}, stmt.loc);
        if (!result)
          return Completion::Raise;
        if (isa<NotImplementedObject>(result))
          result = nullptr;
      }
    }
    if (!result && !(result = binaryOp(s.op, current, operand, stmt.loc)))
      return Completion::Raise;
    if (auto *name = dyn_cast<NameExpr>(&target))
      return ok(storeName(frame, name->id, result, target.loc));
    if (auto *attr = dyn_cast<AttributeExpr>(&target))
      return ok(setAttr(container, attr->attr, result, target.loc));
    return ok(setItem(container, index, result, target.loc));
  }
  case StmtKind::AnnAssign: {
    // Annotations are never evaluated: the translator ignores them and
    // they may name things that only exist for type checkers.
    auto &s = *cast<AnnAssignStmt>(&stmt);
    if (!s.value)
      return Completion::Normal;
    Object *value = eval(frame, *s.value);
    if (!value)
      return Completion::Raise;
    return ok(assign(frame, *s.target, value));
  }
  case StmtKind::For:
    return execFor(frame, *cast<ForStmt>(&stmt));
  case StmtKind::While: {
    auto &s = *cast<WhileStmt>(&stmt);
    for (;;) {
      Object *test = eval(frame, *s.test);
      if (!test)
        return Completion::Raise;
      int truth = isTrue(test);
      if (truth < 0)
        return Completion::Raise;
      if (!truth)
        break;
      if (!step(stmt.loc))
        return Completion::Raise;
      Completion c = execBlock(frame, s.body);
      if (c == Completion::Break)
        return Completion::Normal;
      if (c == Completion::Return || c == Completion::Raise)
        return c;
    }
    return execBlock(frame, s.orelse);
  }
  case StmtKind::If: {
    auto &s = *cast<IfStmt>(&stmt);
    Object *test = eval(frame, *s.test);
    if (!test)
      return Completion::Raise;
    int truth = isTrue(test);
    if (truth < 0)
      return Completion::Raise;
    return execBlock(frame, truth ? s.body : s.orelse);
  }
  case StmtKind::With: {
    auto &s = *cast<WithStmt>(&stmt);
    if (s.isAsync || s.items.size() != 1) {
      fatal(s.isAsync ? "'async with' is not RPython"
                      : "'with' with several items is not supported at "
                        "import time",
            stmt.loc);
      return Completion::Raise;
    }
    const WithItem &item = s.items[0];
    Object *manager = eval(frame, *item.contextExpr);
    if (!manager)
      return Completion::Raise;
    Object *enter = getAttr(manager, "__enter__", item.contextExpr->loc);
    Object *exit =
        enter ? getAttr(manager, "__exit__", item.contextExpr->loc) : nullptr;
    if (!exit)
      return Completion::Raise;
    Object *value = call(enter, {}, stmt.loc);
    if (!value)
      return Completion::Raise;
    if (item.optionalVars && !assign(frame, *item.optionalVars, value))
      return Completion::Raise;
    Completion c = execBlock(frame, s.body);
    if (c == Completion::Raise && !pendingIsFatal()) {
      Object *exc = excValue;
      Loc loc = excLoc;
      auto trace = excTrace;
      clearException();
      Object *swallow =
          call(exit, {space.typeOf(exc), exc, space.none()}, stmt.loc);
      if (!swallow)
        return Completion::Raise;
      int truth = isTrue(swallow);
      if (truth < 0)
        return Completion::Raise;
      if (truth)
        return Completion::Normal;
      excValue = exc;
      excLoc = loc;
      excTrace = trace;
      return Completion::Raise;
    }
    if (c == Completion::Raise)
      return c;
    if (!call(exit, {space.none(), space.none(), space.none()}, stmt.loc))
      return Completion::Raise;
    return c;
  }
  case StmtKind::Raise: {
    auto &s = *cast<RaiseStmt>(&stmt);
    if (!s.exc) {
      if (handling.empty()) {
        raise(space.runtimeErrorClass, "No active exception to reraise",
              stmt.loc);
        return Completion::Raise;
      }
      excValue = handling.back().value;
      excLoc = handling.back().loc;
      excTrace = handling.back().trace;
      return Completion::Raise;
    }
    Object *exc = eval(frame, *s.exc);
    if (!exc)
      return Completion::Raise;
    if (s.cause && !eval(frame, *s.cause))
      return Completion::Raise;
    if (auto *cls = dyn_cast<ClassObject>(exc)) {
      if (cls->isSubclassOf(space.baseExceptionClass))
        exc = call(cls, {}, stmt.loc);
      if (!exc)
        return Completion::Raise;
    }
    if (!space.isInstance(exc, space.baseExceptionClass)) {
      raise(space.typeErrorClass, "exceptions must derive from BaseException",
            stmt.loc);
      return Completion::Raise;
    }
    raiseObject(exc, stmt.loc);
    return Completion::Raise;
  }
  case StmtKind::Try:
    return execTry(frame, *cast<TryStmt>(&stmt));
  case StmtKind::Assert: {
    auto &s = *cast<AssertStmt>(&stmt);
    Object *test = eval(frame, *s.test);
    if (!test)
      return Completion::Raise;
    int truth = isTrue(test);
    if (truth < 0)
      return Completion::Raise;
    if (truth)
      return Completion::Normal;
    std::vector<Object *> args;
    if (s.msg) {
      Object *msg = eval(frame, *s.msg);
      if (!msg)
        return Completion::Raise;
      args.push_back(msg);
    }
    raiseObject(newException(space.assertionErrorClass, std::move(args)),
                stmt.loc);
    return Completion::Raise;
  }
  case StmtKind::Import:
    return execImport(frame, *cast<ImportStmt>(&stmt));
  case StmtKind::ImportFrom:
    return execImportFrom(frame, *cast<ImportFromStmt>(&stmt));
  case StmtKind::ExprStmt:
    return ok(eval(frame, *cast<ExprStmtStmt>(&stmt)->value) != nullptr);
  case StmtKind::Break:
    return Completion::Break;
  case StmtKind::Continue:
    return Completion::Continue;
  case StmtKind::Global:
  case StmtKind::Nonlocal:
  case StmtKind::Pass:
    return Completion::Normal;
  }
  return Completion::Normal;
}

Interpreter::Completion Interpreter::execFor(Frame &frame, const ForStmt &s) {
  if (s.isAsync) {
    fatal("'async for' is not RPython", s.loc);
    return Completion::Raise;
  }
  Object *iterable = evalIterable(frame, *s.iter);
  if (!iterable)
    return Completion::Raise;
  Object *iter = getIter(iterable, s.iter->loc);
  if (!iter)
    return Completion::Raise;
  for (;;) {
    Object *item = iterNext(iter, s.iter->loc);
    if (!item) {
      if (excValue)
        return Completion::Raise;
      break;
    }
    if (!step(s.loc) || !assign(frame, *s.target, item))
      return Completion::Raise;
    Completion c = execBlock(frame, s.body);
    if (c == Completion::Break)
      return Completion::Normal;
    if (c == Completion::Return || c == Completion::Raise)
      return c;
  }
  return execBlock(frame, s.orelse);
}

Interpreter::Completion Interpreter::execTry(Frame &frame, const TryStmt &s) {
  Completion c = execBlock(frame, s.body);
  if (c == Completion::Raise && !pendingIsFatal() && !s.handlers.empty()) {
    Object *exc = excValue;
    Handled caught{exc, excLoc, excTrace};
    for (const ExceptHandler &handler : s.handlers) {
      bool matches = !handler.type;
      if (handler.type) {
        clearException();
        Object *type = eval(frame, *handler.type);
        if (!type) {
          c = Completion::Raise;
          goto finally;
        }
        std::vector<Object *> classes;
        if (auto *tuple = dyn_cast<TupleObject>(type))
          classes = tuple->items;
        else
          classes.push_back(type);
        for (Object *cls : classes) {
          auto *klass = dyn_cast<ClassObject>(cls);
          if (!klass || !klass->isSubclassOf(space.baseExceptionClass)) {
            raise(space.typeErrorClass,
                  "catching classes that do not inherit from BaseException "
                  "is not allowed",
                  handler.type->loc);
            c = Completion::Raise;
            goto finally;
          }
          if (space.isInstance(exc, klass))
            matches = true;
        }
      }
      if (!matches)
        continue;
      clearException();
      if (!handler.name.empty() &&
          !storeName(frame, handler.name, exc, handler.loc)) {
        c = Completion::Raise;
        goto finally;
      }
      handling.push_back(caught);
      c = execBlock(frame, handler.body);
      handling.pop_back();
      if (!handler.name.empty()) {
        // Python unbinds the name after the handler; keep any pending
        // exception while doing so.
        Object *pending = excValue;
        Loc loc = excLoc;
        auto trace = excTrace;
        deleteName(frame, handler.name, handler.loc);
        excValue = pending;
        excLoc = loc;
        excTrace = trace;
      }
      goto finally;
    }
    // No handler matched: the original exception continues.
    excValue = caught.value;
    excLoc = caught.loc;
    excTrace = caught.trace;
    c = Completion::Raise;
  } else if (c == Completion::Normal) {
    c = execBlock(frame, s.orelse);
  }

finally:
  if (s.finalbody.empty() || (c == Completion::Raise && pendingIsFatal()))
    return c;
  Object *savedExc = excValue;
  Loc savedLoc = excLoc;
  auto savedTrace = excTrace;
  Object *savedReturn = frame.returnValue;
  clearException();
  Completion f = execBlock(frame, s.finalbody);
  if (f != Completion::Normal)
    return f;
  excValue = savedExc;
  excLoc = savedLoc;
  excTrace = savedTrace;
  frame.returnValue = savedReturn;
  return c;
}

//===----------------------------------------------------------------------===//
// Assignment targets
//===----------------------------------------------------------------------===//

bool Interpreter::assign(Frame &frame, const Expr &target, Object *value) {
  switch (target.kind) {
  case ExprKind::Name:
    return storeName(frame, cast<NameExpr>(&target)->id, value, target.loc);
  case ExprKind::Attribute: {
    auto *attr = cast<AttributeExpr>(&target);
    Object *obj = eval(frame, *attr->value);
    return obj && setAttr(obj, attr->attr, value, target.loc);
  }
  case ExprKind::Subscript: {
    auto *sub = cast<SubscriptExpr>(&target);
    Object *obj = eval(frame, *sub->value);
    if (!obj)
      return false;
    Object *index = eval(frame, *sub->index);
    return index && setItem(obj, index, value, target.loc);
  }
  case ExprKind::Tuple:
  case ExprKind::List: {
    const auto &elts = target.kind == ExprKind::Tuple
                           ? cast<TupleExpr>(&target)->elts
                           : cast<ListExpr>(&target)->elts;
    std::vector<Object *> items;
    if (!isa<ListObject>(value) && !isa<TupleObject>(value) &&
        !isa<InstanceObject>(value) && !isa<IteratorObject>(value) &&
        !isa<StrObject>(value) && !isa<BytesObject>(value) &&
        !isa<DictObject>(value) && !isa<SetObject>(value) &&
        !isa<RangeObject>(value)) {
      raise(space.typeErrorClass,
            "cannot unpack non-iterable " + typeName(value) + " object",
            target.loc);
      return false;
    }
    if (!unpackIterable(value, items, target.loc))
      return false;
    size_t star = elts.size();
    for (size_t i = 0; i < elts.size(); ++i)
      if (isa<StarredExpr>(elts[i].get()))
        star = i;
    if (star == elts.size()) {
      if (items.size() != elts.size()) {
        if (items.size() > elts.size())
          raise(space.valueErrorClass,
                "too many values to unpack (expected " +
                    std::to_string(elts.size()) + ")",
                target.loc);
        else
          raise(space.valueErrorClass,
                "not enough values to unpack (expected " +
                    std::to_string(elts.size()) + ", got " +
                    std::to_string(items.size()) + ")",
                target.loc);
        return false;
      }
      for (size_t i = 0; i < elts.size(); ++i)
        if (!assign(frame, *elts[i], items[i]))
          return false;
      return true;
    }
    size_t after = elts.size() - star - 1;
    if (items.size() < star + after) {
      raise(space.valueErrorClass,
            "not enough values to unpack (expected at least " +
                std::to_string(star + after) + ", got " +
                std::to_string(items.size()) + ")",
            target.loc);
      return false;
    }
    for (size_t i = 0; i < star; ++i)
      if (!assign(frame, *elts[i], items[i]))
        return false;
    std::vector<Object *> middle(items.begin() + star, items.end() - after);
    if (!assign(frame, *cast<StarredExpr>(elts[star].get())->value,
                space.newList(std::move(middle))))
      return false;
    for (size_t i = 0; i < after; ++i)
      if (!assign(frame, *elts[star + 1 + i], items[items.size() - after + i]))
        return false;
    return true;
  }
  case ExprKind::Starred:
    fatal("starred assignment target must be in a list or tuple", target.loc);
    return false;
  default:
    fatal("cannot assign to expression", target.loc);
    return false;
  }
}

bool Interpreter::deleteTarget(Frame &frame, const Expr &target) {
  switch (target.kind) {
  case ExprKind::Name:
    return deleteName(frame, cast<NameExpr>(&target)->id, target.loc);
  case ExprKind::Attribute: {
    auto *attr = cast<AttributeExpr>(&target);
    Object *obj = eval(frame, *attr->value);
    return obj && delAttr(obj, attr->attr, target.loc);
  }
  case ExprKind::Subscript: {
    auto *sub = cast<SubscriptExpr>(&target);
    Object *obj = eval(frame, *sub->value);
    if (!obj)
      return false;
    Object *index = eval(frame, *sub->index);
    return index && delItem(obj, index, target.loc);
  }
  case ExprKind::Tuple:
  case ExprKind::List: {
    const auto &elts = target.kind == ExprKind::Tuple
                           ? cast<TupleExpr>(&target)->elts
                           : cast<ListExpr>(&target)->elts;
    for (const ExprPtr &elt : elts)
      if (!deleteTarget(frame, *elt))
        return false;
    return true;
  }
  default:
    fatal("cannot delete expression", target.loc);
    return false;
  }
}

//===----------------------------------------------------------------------===//
// def and class
//===----------------------------------------------------------------------===//

Object *Interpreter::makeFunction(Frame &frame, const FunctionDefStmt *def,
                                  const LambdaExpr *lambda, Loc loc) {
  const Arguments &args = def ? def->args : lambda->args;
  auto *fn = space.make<FunctionObject>();
  fn->def = def;
  fn->lambda = lambda;
  fn->name = def ? def->name : "<lambda>";
  fn->qualname = frame.qualPrefix + fn->name;
  fn->module = frame.module;
  fn->loc = loc;
  for (const ExprPtr &d : args.defaults) {
    Object *value = eval(frame, *d);
    if (!value)
      return nullptr;
    fn->defaults.push_back(value);
  }
  for (const ExprPtr &d : args.kwDefaults) {
    Object *value = nullptr;
    if (d && !(value = eval(frame, *d)))
      return nullptr;
    fn->kwDefaults.push_back(value);
  }
  fn->kwDefaults.resize(args.kwonly.size(), nullptr);
  const ScopeInfo *scope =
      scopeOf(def ? (const void *)def : (const void *)lambda);
  if (scope) {
    for (const std::string &name : scope->frees) {
      CellObject *&cell = frame.cells[name];
      if (!cell)
        cell = space.newCell();
      fn->closure.emplace_back(name, cell);
    }
  }
  return fn;
}

Object *Interpreter::makeClass(Frame &frame, const ClassDefStmt &def) {
  std::vector<Object *> decorators;
  for (const ExprPtr &d : def.decorators) {
    Object *dec = eval(frame, *d);
    if (!dec)
      return nullptr;
    decorators.push_back(dec);
  }
  std::vector<ClassObject *> bases;
  for (const ExprPtr &b : def.bases) {
    if (isa<StarredExpr>(b.get()))
      return fatal("starred base classes are not RPython", b->loc);
    Object *base = eval(frame, *b);
    if (!base)
      return nullptr;
    auto *baseClass = dyn_cast<ClassObject>(base);
    if (!baseClass)
      return raise(space.typeErrorClass,
                   "bases must be classes, not '" + typeName(base) + "'",
                   b->loc);
    bases.push_back(baseClass);
  }
  for (const Keyword &k : def.keywords)
    return fatal(k.name == "metaclass"
                     ? "metaclasses are not RPython"
                     : "class keyword arguments are not RPython",
                 k.loc);

  auto *cls = space.make<ClassObject>();
  cls->name = def.name;
  cls->qualname = frame.qualPrefix + def.name;
  cls->fullName = frame.module->name + "." + cls->qualname;
  cls->bases =
      bases.empty() ? std::vector<ClassObject *>{space.objectClass} : bases;
  cls->module = frame.module;
  cls->def = &def;
  cls->loc = def.loc;

  const ScopeInfo *scope = scopeOf(&def);
  if (!scope)
    return fatal("internal error: class has no scope information", def.loc);
  Frame body;
  body.scope = scope;
  body.module = frame.module;
  body.ns = &cls->dict;
  body.ownerClass = cls;
  body.qualPrefix = cls->qualname + ".";
  for (const std::string &name : scope->frees) {
    CellObject *&cell = frame.cells[name];
    if (!cell)
      cell = space.newCell();
    body.cells[name] = cell;
  }
  for (const std::string &name : scope->cells)
    body.cells[name] = space.newCell();
  {
    FrameScope pushed(frames, &body);
    Completion c = execBlock(body, def.body);
    if (c == Completion::Raise)
      return nullptr;
    if (c != Completion::Normal)
      return fatal("'return', 'break' or 'continue' in a class body", def.loc);
  }
  if (!space.computeMro(cls))
    return raise(space.typeErrorClass,
                 "Cannot create a consistent method resolution order (MRO) "
                 "for bases of class '" +
                     def.name + "'",
                 def.loc);
  auto classCell = body.cells.find("__class__");
  if (classCell != body.cells.end())
    classCell->second->value = cls;

  Object *result = cls;
  for (size_t i = decorators.size(); i-- > 0;) {
    result = call(decorators[i], {result}, def.decorators[i]->loc);
    if (!result)
      return nullptr;
  }
  return result;
}
