//===- FlowStmt.cpp - Statements to blocks and links ----------------------===//
//
// Structured control flow becomes blocks: `if` and loop exits are joins,
// loop headers take the variables the body reassigns, `try` installs
// handlers that raising operations link to, and `finally` bodies are copied
// onto every way out of their `try`.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/FlowBuilderImpl.h"

using namespace mlir;
namespace flow = rpy::flow;

namespace rpy::frontend {

bool FunctionBuilder::buildInto(const StmtList &body, Join &join, Loc loc) {
  if (!buildBlock(body))
    return false;
  if (reachable())
    jumpTo(join, loc);
  return true;
}

bool FunctionBuilder::buildBlock(const StmtList &body) {
  for (const StmtPtr &stmt : body) {
    if (!reachable())
      return true; // code after return/raise/break/continue never runs
    if (!buildStmt(*stmt))
      return false;
  }
  return true;
}

/// The innermost enclosing loop, or -1.
static int innermostLoop(const std::vector<Context> &contexts) {
  for (size_t i = contexts.size(); i-- > 0;)
    if (contexts[i].kind == Context::Kind::Loop)
      return static_cast<int>(i);
  return -1;
}

/// Branches back to a loop header with the current values of its variables.
static bool jumpToHeader(FunctionBuilder &fb, const Context &loop, Loc loc) {
  if (loop.continueJoin) {
    fb.jumpTo(*loop.continueJoin, loc);
    return true;
  }
  SmallVector<Value> operands;
  for (const std::string &name : loop.headerNames) {
    auto it = fb.state.find(name);
    if (it == fb.state.end())
      return fb.error(loc, "variable '" + name +
                               "' is deleted in a loop that uses it");
    Value value = fb.materialize(it->second, loc);
    if (!value)
      return false;
    operands.push_back(value);
  }
  flow::BrOp::create(fb.builder, fb.location(loc), operands, loop.header);
  fb.builder.clearInsertionPoint();
  return true;
}

/// Makes the header block of a loop: every variable the body may reassign
/// that is defined on entry becomes a block argument.
static bool enterLoopHeader(FunctionBuilder &fb, const StmtList &body,
                            const Expr *target, Context &loop, Loc loc) {
  std::set<std::string> assigned;
  FunctionBuilder::assignedNames(body, assigned);
  FunctionBuilder::targetNames(target, assigned);
  Block *header = fb.newBlock();
  SmallVector<Value> operands;
  Type obj = flow::ObjType::get(&fb.program.context);
  for (const std::string &name : assigned) {
    auto it = fb.state.find(name);
    if (it == fb.state.end())
      continue;
    Value value = fb.materialize(it->second, loc);
    if (!value)
      return false;
    operands.push_back(value);
    loop.headerNames.push_back(name);
    it->second = FValue::of(header->addArgument(obj, fb.location(loc)));
  }
  flow::BrOp::create(fb.builder, fb.location(loc), operands, header);
  fb.builder.setInsertionPointToEnd(header);
  loop.header = header;
  return true;
}

bool FunctionBuilder::buildStmt(const Stmt &stmt) {
  Loc loc = stmt.loc;
  switch (stmt.kind) {
  case StmtKind::ExprStmt:
    return expr(*cast<ExprStmtStmt>(&stmt)->value).valid();
  case StmtKind::Pass:
  case StmtKind::Global:
    return true;
  case StmtKind::Assign: {
    auto *s = cast<AssignStmt>(&stmt);
    // `a, b = b, a`: assign the evaluated elements without a tuple.
    auto *tuple = dyn_cast<TupleExpr>(s->value.get());
    bool elementwise = tuple && llvm::all_of(s->targets, [&](const auto &t) {
      auto *tt = dyn_cast<TupleExpr>(t.get());
      auto *lt = dyn_cast<ListExpr>(t.get());
      size_t n = tt ? tt->elts.size() : lt ? lt->elts.size() : SIZE_MAX;
      return n == tuple->elts.size();
    });
    if (elementwise && llvm::none_of(tuple->elts, [](const ExprPtr &e) {
          return isa<StarredExpr>(e.get());
        })) {
      std::vector<FValue> items;
      for (const ExprPtr &elt : tuple->elts) {
        items.push_back(expr(*elt));
        if (!items.back().valid())
          return false;
      }
      for (const ExprPtr &target : s->targets) {
        auto *tt = dyn_cast<TupleExpr>(target.get());
        auto *lt = dyn_cast<ListExpr>(target.get());
        const auto &elts = tt ? tt->elts : lt->elts;
        for (size_t i = 0; i < elts.size(); ++i)
          if (!buildAssign(*elts[i], items[i], loc))
            return false;
      }
      return true;
    }
    FValue value = expr(*s->value);
    if (!value.valid())
      return false;
    for (const ExprPtr &target : s->targets)
      if (!buildAssign(*target, value, loc))
        return false;
    return true;
  }
  case StmtKind::AnnAssign: {
    auto *s = cast<AnnAssignStmt>(&stmt);
    if (!s->value)
      return true;
    FValue value = expr(*s->value);
    return value.valid() && buildAssign(*s->target, value, loc);
  }
  case StmtKind::AugAssign: {
    auto *s = cast<AugAssignStmt>(&stmt);
    const Expr &target = *s->target;
    // `current op= value`: the right operand, then the in-place operation.
    auto combine = [&](FValue current) -> FValue {
      if (!current.valid())
        return {};
      FValue rhs = expr(*s->value);
      if (!rhs.valid())
        return {};
      return exprBinOp(s->op, current, rhs, loc, /*inplace=*/true);
    };
    if (auto *name = dyn_cast<NameExpr>(&target)) {
      FValue result = combine(exprName(*name));
      return result.valid() && buildAssign(target, result, loc);
    }
    if (auto *attr = dyn_cast<AttributeExpr>(&target)) {
      FValue object = expr(*attr->value);
      if (!object.valid() || !checkMutable(object, attr->attr, loc))
        return false;
      FValue result =
          combine(exprAttribute(object, attr->attr, attr->loc));
      if (!result.valid())
        return false;
      return emit(flow::SetAttrOp::getOperationName(), loc, {object, result},
                  {builder.getNamedAttr("name",
                                        builder.getStringAttr(attr->attr))},
                  0) != nullptr;
    }
    if (auto *sub = dyn_cast<SubscriptExpr>(&target)) {
      if (isa<SliceExpr>(sub->index.get()))
        return error(loc, "augmented assignment to a slice is not RPython");
      FValue object = expr(*sub->value);
      if (!object.valid())
        return false;
      FValue index = expr(*sub->index);
      if (!index.valid())
        return false;
      FValue result = combine(emitValue(flow::GetItemOp::getOperationName(),
                                        sub->loc, {object, index}));
      if (!result.valid())
        return false;
      return emit(flow::SetItemOp::getOperationName(), loc,
                  {object, index, result}, {}, 0) != nullptr;
    }
    return error(loc, "invalid target of augmented assignment");
  }
  case StmtKind::Delete:
    for (const ExprPtr &target : cast<DeleteStmt>(&stmt)->targets)
      if (!buildDelete(*target))
        return false;
    return true;
  case StmtKind::Return: {
    auto *s = cast<ReturnStmt>(&stmt);
    FValue value = s->value ? expr(*s->value) : FValue::of(space.none());
    return value.valid() && buildReturn(value, loc);
  }
  case StmtKind::If:
    return buildIf(*cast<IfStmt>(&stmt));
  case StmtKind::While:
    return buildWhile(*cast<WhileStmt>(&stmt));
  case StmtKind::For:
    return buildFor(*cast<ForStmt>(&stmt));
  case StmtKind::Try:
    return buildTry(*cast<TryStmt>(&stmt));
  case StmtKind::Raise:
    return buildRaise(*cast<RaiseStmt>(&stmt));
  case StmtKind::Assert: {
    auto *s = cast<AssertStmt>(&stmt);
    FValue test = expr(*s->test);
    if (!test.valid())
      return false;
    std::optional<bool> truth = constantTruth(test);
    if (truth && *truth)
      return true;
    Block *ok = nullptr;
    if (!truth) {
      auto [ifTrue, ifFalse] = branchOn(test, loc);
      ok = ifTrue;
      builder.setInsertionPointToEnd(ifFalse);
    }
    State saved = state;
    std::vector<FValue> args;
    if (s->msg) {
      FValue msg = expr(*s->msg);
      if (!msg.valid())
        return false;
      args.push_back(msg);
    }
    FValue exc = callValue(FValue::of(space.assertionErrorClass), args, {},
                           std::nullopt, loc);
    if (!exc.valid() || !raiseValue(exc, loc))
      return false;
    state = saved;
    if (ok)
      builder.setInsertionPointToEnd(ok);
    return true;
  }
  case StmtKind::Break:
  case StmtKind::Continue: {
    bool isBreak = stmt.kind == StmtKind::Break;
    int loop = innermostLoop(contexts);
    if (loop < 0)
      return error(loc, std::string("'") + (isBreak ? "break" : "continue") +
                            "' outside a loop");
    if (!unwindTo(loop + 1))
      return false;
    if (!reachable())
      return true;
    if (isBreak) {
      jumpTo(*contexts[loop].breakJoin, loc);
      return true;
    }
    return jumpToHeader(*this, contexts[loop], loc);
  }
  case StmtKind::FunctionDef: {
    auto *def = cast<FunctionDefStmt>(&stmt);
    FValue function;
    if (!buildNestedDef(def, nullptr, loc, function))
      return false;
    state[def->name] = function;
    return true;
  }
  case StmtKind::ClassDef:
    return error(loc, "class definitions inside functions are not RPython");
  case StmtKind::With:
    return error(loc, "'with' statements are not RPython");
  case StmtKind::Nonlocal:
    return error(loc, "'nonlocal' is not RPython");
  case StmtKind::Import:
    for (const Alias &alias : cast<ImportStmt>(&stmt)->names) {
      // Only modules imported at import time: their top level already ran.
      std::string top = alias.name.substr(0, alias.name.find('.'));
      ModuleObject *mod =
          interp.findModule(alias.asname.empty() ? top : alias.name);
      if (!mod)
        return error(alias.loc, "module '" + alias.name +
                                    "' imported inside a function must also "
                                    "be imported at module level");
      state[alias.asname.empty() ? top : alias.asname] = FValue::of(mod);
    }
    return true;
  case StmtKind::ImportFrom: {
    auto *s = cast<ImportFromStmt>(&stmt);
    ModuleObject *mod = s->level == 0 ? interp.findModule(s->module) : nullptr;
    if (!mod)
      return error(loc, "'from " + s->module +
                            " import ...' inside a function needs the module "
                            "imported at module level");
    for (const Alias &alias : s->names) {
      Object *value = mod->globals.get(alias.name);
      if (!value)
        return error(alias.loc, "cannot import name '" + alias.name +
                                    "' from '" + s->module + "'");
      state[alias.asname.empty() ? alias.name : alias.asname] =
          FValue::of(value);
    }
    return true;
  }
  }
  return error(loc, "unsupported statement");
}

bool FunctionBuilder::checkMutable(const FValue &object,
                                   const std::string &attr, Loc loc) {
  if (!object.isConstant() ||
      !isa<ClassObject, ModuleObject, FunctionObject, BuiltinFunctionObject>(
          object.constant))
    return true;
  std::string what;
  if (auto *cls = dyn_cast<ClassObject>(object.constant))
    what = "class '" + cls->name + "'";
  else if (auto *mod = dyn_cast<ModuleObject>(object.constant))
    what = "module '" + mod->name + "'";
  else if (auto *fn = dyn_cast<FunctionObject>(object.constant))
    what = "function '" + fn->name + "'";
  else
    what = "built-in function '" +
           cast<BuiltinFunctionObject>(object.constant)->name + "'";
  return error(loc, "cannot change attribute '" + attr + "' of " + what +
                        " at run time (classes, modules and functions are "
                        "frozen after import)");
}

/// As PyPy's flow space does before unpacking a value of unknown length:
/// `len(value) == count`, else the ValueError CPython raises.
static bool checkUnpackLength(FunctionBuilder &fb, FValue value, size_t count,
                              Loc loc) {
  FValue len = fb.callValue(FValue::of(fb.interp.builtinsModule()->globals.get(
                                "len")),
                            {value}, {}, std::nullopt, loc);
  if (!len.valid())
    return false;
  FValue expected = FValue::of(fb.space.newInt(int64_t(count)));
  FValue ok = fb.emitValue(flow::EqOp::getOperationName(), loc, {len, expected});
  if (!ok.valid())
    return false;
  auto [same, different] = fb.branchOn(ok, loc);
  fb.builder.setInsertionPointToEnd(different);
  State saved = fb.state;
  // "too many values to unpack (expected 2)" or "not enough values to
  // unpack (expected 2, got 1)", as CPython words it.
  FValue tooFew = fb.emitValue(flow::LtOp::getOperationName(), loc,
                               {len, expected});
  if (!tooFew.valid())
    return false;
  auto [few, many] = fb.branchOn(tooFew, loc);
  std::string expectedText = "expected " + std::to_string(count);
  Object *valueError = fb.space.valueErrorClass;
  fb.builder.setInsertionPointToEnd(few);
  FValue fewMessage = fb.exprBinOp(
      BinOpKind::Mod,
      FValue::of(fb.space.newStr("not enough values to unpack (" +
                                 expectedText + ", got %d)")),
      len, loc, false);
  FValue fewExc = fewMessage.valid()
                      ? fb.callValue(FValue::of(valueError), {fewMessage}, {},
                                     std::nullopt, loc)
                      : FValue();
  if (!fewExc.valid() || !fb.raiseValue(fewExc, loc))
    return false;
  fb.builder.setInsertionPointToEnd(many);
  fb.state = saved;
  FValue manyExc = fb.callValue(
      FValue::of(valueError),
      {FValue::of(fb.space.newStr("too many values to unpack (" +
                                  expectedText + ")"))},
      {}, std::nullopt, loc);
  if (!manyExc.valid() || !fb.raiseValue(manyExc, loc))
    return false;
  fb.builder.setInsertionPointToEnd(same);
  fb.state = saved;
  return true;
}

bool FunctionBuilder::buildAssign(const Expr &target, FValue value, Loc loc) {
  if (auto *name = dyn_cast<NameExpr>(&target)) {
    if (scopes.front()->explicitGlobals.count(name->id))
      return error(target.loc, "assigning to global '" + name->id +
                                   "' at run time is not RPython (module "
                                   "globals are constants)");
    state[name->id] = value;
    return true;
  }
  if (auto *attr = dyn_cast<AttributeExpr>(&target)) {
    FValue object = expr(*attr->value);
    if (!object.valid() || !checkMutable(object, attr->attr, target.loc))
      return false;
    return emit(flow::SetAttrOp::getOperationName(), target.loc,
                {object, value},
                {builder.getNamedAttr("name",
                                      builder.getStringAttr(attr->attr))},
                0) != nullptr;
  }
  if (auto *sub = dyn_cast<SubscriptExpr>(&target)) {
    FValue object = expr(*sub->value);
    if (!object.valid())
      return false;
    if (auto *slice = dyn_cast<SliceExpr>(sub->index.get())) {
      FValue lower, upper;
      if (!sliceBounds(*slice, lower, upper))
        return false;
      return emit(flow::SetSliceOp::getOperationName(), target.loc,
                  {object, lower, upper, value}, {}, 0) != nullptr;
    }
    FValue index = expr(*sub->index);
    if (!index.valid())
      return false;
    return emit(flow::SetItemOp::getOperationName(), target.loc,
                {object, index, value}, {}, 0) != nullptr;
  }
  const std::vector<ExprPtr> *elts = nullptr;
  if (auto *tuple = dyn_cast<TupleExpr>(&target))
    elts = &tuple->elts;
  else if (auto *list = dyn_cast<ListExpr>(&target))
    elts = &list->elts;
  if (!elts)
    return error(target.loc, "cannot assign to this expression");
  for (const ExprPtr &elt : *elts)
    if (isa<StarredExpr>(elt.get()))
      return error(elt->loc, "starred assignment targets are not RPython");
  // Unpacking a constant tuple folds; otherwise index the value.
  auto *constTuple = value.isConstant()
                         ? dyn_cast<TupleObject>(value.constant)
                         : nullptr;
  if (constTuple && constTuple->items.size() != elts->size())
    return error(target.loc, "cannot unpack " +
                                 std::to_string(constTuple->items.size()) +
                                 " values into " +
                                 std::to_string(elts->size()) + " targets");
  if (!constTuple && !checkUnpackLength(*this, value, elts->size(),
                                         target.loc))
    return false;
  for (size_t i = 0; i < elts->size(); ++i) {
    FValue item =
        constTuple
            ? FValue::of(constTuple->items[i])
            : emitValue(flow::GetItemOp::getOperationName(), target.loc,
                        {value, FValue::of(space.newInt(int64_t(i)))});
    if (!item.valid() || !buildAssign(*(*elts)[i], item, loc))
      return false;
  }
  return true;
}

bool FunctionBuilder::buildDelete(const Expr &target) {
  if (auto *name = dyn_cast<NameExpr>(&target)) {
    if (!state.erase(name->id))
      return error(target.loc,
                   "local variable '" + name->id + "' is not defined here");
    return true;
  }
  if (auto *attr = dyn_cast<AttributeExpr>(&target)) {
    FValue object = expr(*attr->value);
    return object.valid() && checkMutable(object, attr->attr, target.loc) &&
           emit(flow::DelAttrOp::getOperationName(), target.loc, {object},
                {builder.getNamedAttr("name",
                                      builder.getStringAttr(attr->attr))},
                0);
  }
  if (auto *sub = dyn_cast<SubscriptExpr>(&target)) {
    FValue object = expr(*sub->value);
    if (!object.valid())
      return false;
    if (auto *slice = dyn_cast<SliceExpr>(sub->index.get())) {
      FValue lower, upper;
      return sliceBounds(*slice, lower, upper) &&
             emit(flow::DelSliceOp::getOperationName(), target.loc,
                  {object, lower, upper}, {}, 0);
    }
    FValue index = expr(*sub->index);
    return index.valid() && emit(flow::DelItemOp::getOperationName(),
                                 target.loc, {object, index}, {}, 0);
  }
  const std::vector<ExprPtr> *elts = nullptr;
  if (auto *tuple = dyn_cast<TupleExpr>(&target))
    elts = &tuple->elts;
  else if (auto *list = dyn_cast<ListExpr>(&target))
    elts = &list->elts;
  if (!elts)
    return error(target.loc, "cannot delete this expression");
  for (const ExprPtr &elt : *elts)
    if (!buildDelete(*elt))
      return false;
  return true;
}

bool FunctionBuilder::buildReturn(FValue value, Loc loc) {
  if (!unwindTo(0))
    return false;
  if (!reachable())
    return true; // a finally body left the function another way
  Value result = materialize(value, loc);
  if (!result)
    return false;
  flow::ReturnOp::create(builder, location(loc), result);
  builder.clearInsertionPoint();
  return true;
}

bool FunctionBuilder::buildIf(const IfStmt &stmt) {
  FValue test = expr(*stmt.test);
  if (!test.valid())
    return false;
  // `if we_are_translated():`, `if DEBUG:`: only one side exists.
  if (std::optional<bool> truth = constantTruth(test))
    return buildBlock(*truth ? stmt.body : stmt.orelse);
  auto [ifTrue, ifFalse] = branchOn(test, stmt.loc);
  State saved = state;
  Join after;
  builder.setInsertionPointToEnd(ifTrue);
  if (!buildInto(stmt.body, after, stmt.loc))
    return false;
  builder.setInsertionPointToEnd(ifFalse);
  state = saved;
  if (!buildInto(stmt.orelse, after, stmt.loc))
    return false;
  finishJoin(after);
  return true;
}

bool FunctionBuilder::buildWhile(const WhileStmt &stmt) {
  Join exit;
  Context loop(Context::Kind::Loop);
  loop.breakJoin = &exit;
  if (!enterLoopHeader(*this, stmt.body, nullptr, loop, stmt.loc))
    return false;
  FValue test = expr(*stmt.test);
  if (!test.valid())
    return false;
  std::optional<bool> truth = constantTruth(test);
  Block *body = nullptr, *orelse = nullptr;
  if (!truth) {
    std::tie(body, orelse) = branchOn(test, stmt.loc);
  } else if (*truth) {
    body = builder.getInsertionBlock(); // `while True:` has no normal exit
  } else {
    orelse = builder.getInsertionBlock();
  }
  State afterTest = state;

  if (body) {
    builder.setInsertionPointToEnd(body);
    contexts.push_back(loop);
    bool ok = buildBlock(stmt.body);
    Context done = contexts.back();
    contexts.pop_back();
    if (!ok)
      return false;
    if (reachable() && !jumpToHeader(*this, done, stmt.loc))
      return false;
  }
  if (orelse) {
    builder.setInsertionPointToEnd(orelse);
    state = afterTest;
    if (!buildInto(stmt.orelse, exit, stmt.loc))
      return false;
  }
  finishJoin(exit);
  return true;
}

/// The items of a loop that unrolls: a constant tuple or an
/// `unrolling_iterable`.
static const std::vector<Object *> *unrolledItems(const FValue &iterable) {
  if (!iterable.isConstant())
    return nullptr;
  if (auto *tuple = dyn_cast<TupleObject>(iterable.constant))
    return &tuple->items;
  auto *instance = dyn_cast<InstanceObject>(iterable.constant);
  if (!instance ||
      instance->cls->fullName != "rpython.rlib.unroll.unrolling_iterable")
    return nullptr;
  for (const auto &[name, value] : instance->dict)
    if (auto *tuple = dyn_cast<TupleObject>(value))
      return &tuple->items;
  return nullptr;
}

bool FunctionBuilder::buildForBody(const ForStmt &stmt, FValue item,
                                   Context &loop) {
  if (!buildAssign(*stmt.target, item, stmt.loc))
    return false;
  contexts.push_back(loop);
  bool ok = buildBlock(stmt.body);
  loop = contexts.back();
  contexts.pop_back();
  if (!ok)
    return false;
  if (reachable())
    return jumpToHeader(*this, loop, stmt.loc);
  return true;
}

bool FunctionBuilder::buildFor(const ForStmt &stmt) {
  if (stmt.isAsync)
    return error(stmt.loc, "'async for' is not RPython");
  FValue iterable = expr(*stmt.iter);
  if (!iterable.valid())
    return false;
  Join exit;

  if (const std::vector<Object *> *items = unrolledItems(iterable)) {
    // One copy of the body per item; `continue` goes to the next copy.
    for (Object *item : *items) {
      Join next;
      Context loop(Context::Kind::Loop);
      loop.continueJoin = &next;
      loop.breakJoin = &exit;
      if (!buildForBody(stmt, FValue::of(item), loop))
        return false;
      if (!finishJoin(next))
        break;
    }
    if (!buildInto(stmt.orelse, exit, stmt.loc))
      return false;
    finishJoin(exit);
    return true;
  }

  FValue iter =
      emitValue(flow::IterOp::getOperationName(), stmt.iter->loc, {iterable});
  if (!iter.valid())
    return false;
  Context loop(Context::Kind::Loop);
  loop.breakJoin = &exit;
  if (!enterLoopHeader(*this, stmt.body, stmt.target.get(), loop, stmt.loc))
    return false;

  // The header asks for the next item; StopIteration leaves the loop.
  Location mlirLoc = location(stmt.loc);
  Type obj = flow::ObjType::get(&program.context);
  Value iterValue = materialize(iter, stmt.loc);
  Value item = flow::NextOp::create(builder, mlirLoc, iterValue);
  Block *body = newBlock();
  Block *done = newBlock();
  done->addArgument(obj, mlirLoc);
  Attribute stop = program.constantAttr(space.stopIterationClass, stmt.loc);
  flow::CatchOp::create(builder, mlirLoc, ValueRange(), {ValueRange()},
                        builder.getArrayAttr({stop}), body, {done});
  State headerState = state;

  builder.setInsertionPointToEnd(body);
  if (!buildForBody(stmt, FValue::of(item), loop))
    return false;

  builder.setInsertionPointToEnd(done);
  state = headerState;
  if (!buildInto(stmt.orelse, exit, stmt.loc))
    return false;
  finishJoin(exit);
  return true;
}

/// The classes an except clause names: a constant class or tuple of classes.
static bool handlerClasses(FunctionBuilder &fb, const ExceptHandler &handler,
                           std::vector<Object *> &out) {
  if (!handler.type) {
    out.push_back(fb.space.baseExceptionClass);
    return true;
  }
  FValue type = fb.expr(*handler.type);
  if (!type.valid())
    return false;
  std::vector<Object *> candidates;
  if (type.isConstant()) {
    if (auto *tuple = dyn_cast<TupleObject>(type.constant))
      candidates = tuple->items;
    else
      candidates.push_back(type.constant);
  }
  if (candidates.empty())
    return fb.error(handler.type->loc,
                    "an except clause must name exception classes known "
                    "at translation time");
  for (Object *candidate : candidates) {
    auto *cls = dyn_cast<ClassObject>(candidate);
    if (!cls || !cls->isSubclassOf(fb.space.baseExceptionClass))
      return fb.error(handler.type->loc,
                      repr(candidate) + " is not an exception class");
    out.push_back(cls);
  }
  return true;
}

bool FunctionBuilder::buildTryExcept(const TryStmt &stmt) {
  std::vector<Join> joins(stmt.handlers.size());
  Context tryContext(Context::Kind::Try);
  for (size_t i = 0; i < stmt.handlers.size(); ++i) {
    std::vector<Object *> classes;
    if (!handlerClasses(*this, stmt.handlers[i], classes))
      return false;
    for (Object *cls : classes)
      tryContext.handlers.push_back({cls, &joins[i]});
  }
  contexts.push_back(tryContext);
  bool ok = buildBlock(stmt.body);
  contexts.pop_back();
  if (!ok)
    return false;

  Join after;
  if (!buildInto(stmt.orelse, after, stmt.loc))
    return false;
  for (size_t i = 0; i < stmt.handlers.size(); ++i) {
    const ExceptHandler &handler = stmt.handlers[i];
    std::vector<FValue> extras;
    if (!finishJoin(joins[i], &extras))
      continue; // nothing in the body can raise what it catches
    FValue exc = extras.front();
    if (!handler.name.empty())
      state[handler.name] = exc;
    handling.push_back(exc);
    ok = buildBlock(handler.body);
    handling.pop_back();
    if (!ok)
      return false;
    if (!handler.name.empty())
      state.erase(handler.name); // Python unbinds it after the clause
    if (reachable())
      jumpTo(after, handler.loc);
  }
  finishJoin(after);
  return true;
}

bool FunctionBuilder::buildTry(const TryStmt &stmt) {
  if (stmt.finalbody.empty())
    return buildTryExcept(stmt);

  Join excJoin;
  Context finallyContext(Context::Kind::Finally);
  finallyContext.finalBody = &stmt.finalbody;
  finallyContext.excJoin = &excJoin;
  contexts.push_back(finallyContext);
  bool ok = stmt.handlers.empty() ? buildBlock(stmt.body)
                                  : buildTryExcept(stmt);
  contexts.pop_back();
  if (!ok)
    return false;

  Join after;
  if (!buildInto(stmt.finalbody, after, stmt.loc))
    return false;
  std::vector<FValue> extras;
  if (finishJoin(excJoin, &extras)) {
    FValue exc = extras.front();
    if (!buildBlock(stmt.finalbody))
      return false;
    if (reachable() && !raiseValue(exc, stmt.loc))
      return false;
  }
  finishJoin(after);
  return true;
}

bool FunctionBuilder::buildRaise(const RaiseStmt &stmt) {
  if (stmt.cause)
    return error(stmt.cause->loc, "'raise ... from ...' is not RPython");
  if (!stmt.exc) {
    if (handling.empty())
      return error(stmt.loc, "a bare 'raise' outside an except clause is "
                             "not RPython");
    return raiseValue(handling.back(), stmt.loc);
  }
  FValue exc = expr(*stmt.exc);
  if (!exc.valid())
    return false;
  if (exc.isConstant()) {
    ClassObject *cls = dyn_cast<ClassObject>(exc.constant);
    if (auto *instance = dyn_cast<InstanceObject>(exc.constant))
      cls = instance->cls;
    if (!cls || !cls->isSubclassOf(space.baseExceptionClass))
      return error(stmt.exc->loc,
                   "exceptions must derive from BaseException, not " +
                       (isa<ClassObject>(exc.constant)
                            ? "class '" + cls->name + "'"
                            : typeName(exc.constant)));
    if (isa<ClassObject>(exc.constant)) {
      // `raise ValueError` raises `ValueError()`.
      exc = callValue(exc, {}, {}, std::nullopt, stmt.loc);
      if (!exc.valid())
        return false;
    }
    exc.knownClass = cls;
  }
  return raiseValue(exc, stmt.loc);
}

bool FunctionBuilder::buildNestedDef(const FunctionDefStmt *def,
                                     const LambdaExpr *lambda, Loc loc,
                                     FValue &out) {
  const void *node = def ? static_cast<const void *>(def)
                         : static_cast<const void *>(lambda);
  const ScopeInfo *scope = interp.scopeOf(node);
  if (!scope)
    return error(loc, "internal error: no scope for a nested function");
  if (!scope->frees.empty())
    return error(loc, "closures over run-time variables are not RPython "
                      "(the nested function uses '" +
                          *scope->frees.begin() +
                          "' of the enclosing function)");
  if (def && !def->decorators.empty())
    return error(def->decorators.front()->loc,
                 "decorators on functions defined at run time are not "
                 "supported");
  const Arguments &params = def ? def->args : lambda->args;
  std::vector<Object *> defaults;
  for (const ExprPtr &d : params.defaults) {
    FValue value = expr(*d);
    if (!value.valid())
      return false;
    if (!value.isConstant())
      return error(d->loc, "defaults of functions defined at run time must "
                           "be constants");
    defaults.push_back(value.constant);
  }
  FunctionObject *nested = program.nestedFunction(node);
  if (!nested) {
    nested = space.make<FunctionObject>();
    nested->name = def ? def->name : "<lambda>";
    nested->qualname = func->qualname + ".<locals>." + nested->name;
    nested->def = def;
    nested->lambda = lambda;
    nested->module = func->module;
    nested->defaults = defaults;
    nested->loc = loc;
    program.rememberNestedFunction(node, nested);
  }
  out = FValue::of(nested);
  return true;
}

} // namespace rpy::frontend
