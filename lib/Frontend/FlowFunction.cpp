//===- FlowFunction.cpp - One function: blocks, joins, exception edges ----===//
//
// The machinery under the statement and expression builders: values become
// SSA values only when an operation needs them; merges collect their
// predecessors first so that the merged block takes exactly the variables
// that differ (PyPy's frame-state union); operations that can raise inside a
// `try` end their block with a flow.catch.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/FlowBuilderImpl.h"

#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;
namespace flow = rpy::flow;

namespace rpy::frontend {

FunctionBuilder::FunctionBuilder(ProgramBuilder &program, FunctionObject *func,
                                 flow::FuncOp funcOp)
    : program(program), interp(program.interp), space(program.space),
      func(func), funcOp(funcOp), builder(&program.context) {}

bool FunctionBuilder::error(Loc loc, const std::string &message) {
  builder.clearInsertionPoint();
  return program.error(loc, message);
}

Location FunctionBuilder::location(Loc loc) {
  if (!loc.file)
    return UnknownLoc::get(&program.context);
  return FileLineColLoc::get(&program.context, *loc.file, loc.line, loc.col);
}

/// Turns the decorator flags of a function (`_annspecialcase_`, ...) into
/// `rpy.` attributes of its flow.func.
static void copyFunctionFlags(ProgramBuilder &program, FunctionObject *func,
                              flow::FuncOp funcOp) {
  for (const auto &[name, value] : func->dict) {
    if (!ProgramBuilder::isImmutable(value) || isa<FunctionObject>(value) ||
        isa<ClassObject>(value))
      continue;
    StringRef key(name);
    while (key.consume_front("_")) {
    }
    while (key.consume_back("_")) {
    }
    if (key.empty())
      continue;
    if (Attribute attr = program.constantAttr(value, func->loc))
      funcOp->setAttr(("rpy." + key).str(), attr);
  }
}

bool FunctionBuilder::build() {
  const Arguments &params = func->arguments();
  Loc loc = func->loc;
  if (!params.kwonly.empty())
    return error(params.kwonly.front().loc,
                 "keyword-only parameters are not RPython");
  if (params.kwarg)
    return error(params.kwarg->loc, "'**" + params.kwarg->name +
                                        "' parameters are not RPython");
  const ScopeInfo *scope =
      interp.scopeOf(func->def ? static_cast<const void *>(func->def)
                               : static_cast<const void *>(func->lambda));
  if (!scope)
    return error(loc, "internal error: no scope for '" + func->qualname + "'");
  if (func->def && func->def->isAsync)
    return error(loc, "'async def' is not RPython");
  if (scope->firstYield)
    return error(scope->firstYield->loc,
                 isa<AwaitExpr>(scope->firstYield)
                     ? "'await' is not RPython"
                     : "generators ('yield') are not RPython");
  scopes.push_back(scope);

  SmallVector<const Arg *> args;
  for (const Arg &arg : params.posonly)
    args.push_back(&arg);
  for (const Arg &arg : params.args)
    args.push_back(&arg);
  if (params.vararg)
    args.push_back(params.vararg.get());
  SmallVector<StringRef> names;
  for (const Arg *arg : args)
    names.push_back(arg->name);

  Type obj = flow::ObjType::get(&program.context);
  SmallVector<Type> inputs(names.size(), obj);
  funcOp.setFunctionType(builder.getFunctionType(inputs, {obj}));
  funcOp.setArgNamesAttr(builder.getStrArrayAttr(names));
  if (params.vararg)
    funcOp.setVararg(true);
  if (!func->defaults.empty()) {
    SmallVector<Attribute> defaults;
    for (Object *value : func->defaults) {
      Attribute attr = program.constantAttr(value, loc);
      if (!attr)
        return false;
      defaults.push_back(attr);
    }
    funcOp.setDefaultsAttr(builder.getArrayAttr(defaults));
  }
  copyFunctionFlags(program, func, funcOp);

  Block *entry = newBlock();
  for (size_t i = 0; i < args.size(); ++i) {
    entry->addArgument(obj, location(args[i]->loc));
    state[args[i]->name] = FValue::of(entry->getArgument(i));
  }
  builder.setInsertionPointToEnd(entry);

  if (const Expr *body = func->lambdaBody()) {
    FValue result = expr(*body);
    if (!result.valid())
      return false;
    return buildReturn(result, body->loc);
  }
  if (!buildBlock(*func->body()))
    return false;
  if (reachable())
    return buildReturn(FValue::of(space.none()), loc);
  return true;
}

//===----------------------------------------------------------------------===//
// Values and operations
//===----------------------------------------------------------------------===//

Block *FunctionBuilder::newBlock() {
  auto *block = new Block();
  funcOp.getBody().push_back(block);
  return block;
}

Value FunctionBuilder::materialize(const FValue &v, Loc loc) {
  if (v.value)
    return v.value;
  Attribute attr = program.constantAttr(v.constant, loc);
  if (!attr)
    return nullptr;
  return flow::ConstantOp::create(builder, location(loc), attr);
}

Operation *FunctionBuilder::emit(StringRef opName, Loc loc,
                                 ArrayRef<FValue> operands,
                                 ArrayRef<NamedAttribute> attrs,
                                 unsigned numResults) {
  OperationState opState(location(loc), opName);
  for (const FValue &operand : operands) {
    Value value = materialize(operand, loc);
    if (!value)
      return nullptr;
    opState.addOperands(value);
  }
  opState.addTypes(SmallVector<Type>(
      numResults, flow::ObjType::get(&program.context)));
  opState.addAttributes(attrs);
  Operation *op = builder.create(opState);
  if (op->hasTrait<flow::OpTrait::CanRaise>())
    addExceptionEdges(loc);
  return op;
}

FValue FunctionBuilder::emitValue(StringRef opName, Loc loc,
                                  ArrayRef<FValue> operands,
                                  ArrayRef<NamedAttribute> attrs) {
  Operation *op = emit(opName, loc, operands, attrs);
  return op ? FValue::of(op->getResult(0)) : FValue();
}

/// The handlers an exception raised here meets, innermost first, up to the
/// first one that catches everything.
static std::vector<Context::Handler>
activeHandlers(const std::vector<Context> &contexts, ObjectSpace &space) {
  std::vector<Context::Handler> active;
  for (auto it = contexts.rbegin(); it != contexts.rend(); ++it) {
    if (it->kind == Context::Kind::Try) {
      for (const Context::Handler &handler : it->handlers) {
        active.push_back(handler);
        if (handler.cls == space.baseExceptionClass)
          return active;
      }
    } else if (it->kind == Context::Kind::Finally) {
      active.push_back({space.baseExceptionClass, it->excJoin});
      return active;
    }
  }
  return active;
}

void FunctionBuilder::addExceptionEdges(Loc loc) {
  std::vector<Context::Handler> active = activeHandlers(contexts, space);
  if (active.empty())
    return;
  Block *current = builder.getInsertionBlock();
  Block *next = newBlock();
  SmallVector<Attribute> classes;
  SmallVector<Block *> landings;
  Location mlirLoc = location(loc);
  for (const Context::Handler &handler : active) {
    Attribute cls = program.constantAttr(handler.cls, loc);
    Block *landing = newBlock();
    landing->addArgument(flow::ObjType::get(&program.context), mlirLoc);
    classes.push_back(cls);
    landings.push_back(landing);
    handler.join->incoming.push_back(
        {landing, state, {FValue::of(landing->getArgument(0))}, loc});
  }
  SmallVector<ValueRange> noOperands(active.size(), ValueRange());
  builder.setInsertionPointToEnd(current);
  flow::CatchOp::create(builder, mlirLoc, ValueRange(), noOperands,
                        builder.getArrayAttr(classes), next, landings);
  builder.setInsertionPointToEnd(next);
}

bool FunctionBuilder::raiseValue(FValue exc, Loc loc) {
  std::vector<Context::Handler> active = activeHandlers(contexts, space);
  if (exc.knownClass) {
    // The usual `raise SomeError(...)`: the handler is known statically.
    for (const Context::Handler &handler : active) {
      auto *cls = cast<ClassObject>(handler.cls);
      if (exc.knownClass->isSubclassOf(cls)) {
        jumpTo(*handler.join, loc, {exc});
        return true;
      }
    }
    active.clear();
  }
  Value value = materialize(exc, loc);
  if (!value)
    return false;
  // Otherwise test the handlers' classes in order, as flow.catch would.
  for (const Context::Handler &handler : active) {
    FValue isInstance = emitValue(flow::IsInstanceOp::getOperationName(), loc,
                                  {FValue::of(value), FValue::of(handler.cls)});
    if (!isInstance.valid())
      return false;
    auto [match, noMatch] = branchOn(isInstance, loc);
    builder.setInsertionPointToEnd(match);
    jumpTo(*handler.join, loc, {FValue::of(value)});
    builder.setInsertionPointToEnd(noMatch);
  }
  flow::RaiseOp::create(builder, location(loc), value);
  builder.clearInsertionPoint();
  return true;
}

std::optional<bool> FunctionBuilder::constantTruth(const FValue &v) {
  if (!v.isConstant())
    return std::nullopt;
  // Instances have no __bool__/__len__ in RPython: always true.
  if (isa<InstanceObject>(v.constant))
    return true;
  if (!ProgramBuilder::isImmutable(v.constant))
    return std::nullopt; // a prebuilt list or dict may change at run time
  int truth = interp.isTrue(v.constant);
  if (truth < 0) {
    interp.clearException();
    return std::nullopt;
  }
  return truth == 1;
}

std::pair<Block *, Block *> FunctionBuilder::branchOn(FValue cond, Loc loc) {
  Value value = materialize(cond, loc);
  Value truth =
      flow::IsTrueOp::create(builder, location(loc),
                             flow::ObjType::get(&program.context), value);
  Block *ifTrue = newBlock();
  Block *ifFalse = newBlock();
  flow::CondBrOp::create(builder, location(loc), truth, ValueRange(),
                         ValueRange(), ifTrue, ifFalse);
  builder.clearInsertionPoint();
  return {ifTrue, ifFalse};
}

//===----------------------------------------------------------------------===//
// Joins
//===----------------------------------------------------------------------===//

void FunctionBuilder::jumpTo(Join &join, Loc loc, std::vector<FValue> extras) {
  join.incoming.push_back(
      {builder.getInsertionBlock(), state, std::move(extras), loc});
  builder.clearInsertionPoint();
}

bool FunctionBuilder::finishJoin(Join &join, std::vector<FValue> *extras) {
  if (join.incoming.empty()) {
    builder.clearInsertionPoint();
    return false;
  }
  if (join.incoming.size() == 1) {
    Join::Incoming &only = join.incoming.front();
    builder.setInsertionPointToEnd(only.block);
    state = only.state;
    if (extras)
      *extras = only.extras;
    return true;
  }

  // A slot is a variable (or extra value) of the merged state; those whose
  // incoming values all agree need no block argument.
  struct Slot {
    std::string name; // empty for extras
    size_t extra = 0;
    bool needsArg = false;
  };
  std::vector<Slot> slots;
  const Join::Incoming &first = join.incoming.front();
  for (const auto &entry : first.state) {
    bool everywhere = llvm::all_of(join.incoming, [&](const auto &in) {
      return in.state.count(entry.first) != 0;
    });
    if (everywhere)
      slots.push_back({entry.first, 0, false});
  }
  for (size_t i = 0; i < first.extras.size(); ++i)
    slots.push_back({"", i, false});
  auto valueOf = [](const Join::Incoming &in, const Slot &slot) {
    return slot.name.empty() ? in.extras[slot.extra]
                             : in.state.find(slot.name)->second;
  };
  for (Slot &slot : slots) {
    FValue firstValue = valueOf(first, slot);
    slot.needsArg = llvm::any_of(join.incoming, [&](const auto &in) {
      return !valueOf(in, slot).sameAs(firstValue);
    });
  }

  Block *merged = newBlock();
  Type obj = flow::ObjType::get(&program.context);
  State mergedState;
  std::vector<FValue> mergedExtras(first.extras.size());
  for (const Slot &slot : slots) {
    FValue value = valueOf(first, slot);
    if (slot.needsArg)
      value = FValue::of(merged->addArgument(obj, location(first.loc)));
    else if (!llvm::all_of(join.incoming, [&](const auto &in) {
               return valueOf(in, slot).knownClass == value.knownClass;
             }))
      value.knownClass = nullptr;
    if (slot.name.empty())
      mergedExtras[slot.extra] = value;
    else
      mergedState[slot.name] = value;
  }
  for (const Join::Incoming &in : join.incoming) {
    builder.setInsertionPointToEnd(in.block);
    SmallVector<Value> operands;
    for (const Slot &slot : slots) {
      if (!slot.needsArg)
        continue;
      Value value = materialize(valueOf(in, slot), in.loc);
      if (!value)
        return false;
      operands.push_back(value);
    }
    flow::BrOp::create(builder, location(in.loc), operands, merged);
  }
  builder.setInsertionPointToEnd(merged);
  state = std::move(mergedState);
  if (extras)
    *extras = std::move(mergedExtras);
  return true;
}

bool FunctionBuilder::unwindTo(size_t depth) {
  for (size_t i = contexts.size(); i-- > depth;) {
    if (contexts[i].kind != Context::Kind::Finally)
      continue;
    // The finally body runs outside its own try (and everything inside it).
    std::vector<Context> inner(contexts.begin() + i, contexts.end());
    contexts.erase(contexts.begin() + i, contexts.end());
    bool ok = buildBlock(*inner.front().finalBody);
    contexts.insert(contexts.end(), inner.begin(), inner.end());
    if (!ok)
      return false;
    if (!reachable())
      return true;
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Names bound in a body
//===----------------------------------------------------------------------===//

void FunctionBuilder::targetNames(const Expr *target,
                                  std::set<std::string> &out) {
  std::vector<const Expr *> worklist{target};
  while (!worklist.empty()) {
    const Expr *e = worklist.back();
    worklist.pop_back();
    if (!e)
      continue;
    if (auto *name = dyn_cast<NameExpr>(e))
      out.insert(name->id);
    else if (auto *tuple = dyn_cast<TupleExpr>(e))
      for (const ExprPtr &elt : tuple->elts)
        worklist.push_back(elt.get());
    else if (auto *list = dyn_cast<ListExpr>(e))
      for (const ExprPtr &elt : list->elts)
        worklist.push_back(elt.get());
    else if (auto *star = dyn_cast<StarredExpr>(e))
      worklist.push_back(star->value.get());
  }
}

void FunctionBuilder::assignedNames(const StmtList &body,
                                    std::set<std::string> &out) {
  std::vector<const StmtList *> worklist{&body};
  while (!worklist.empty()) {
    const StmtList *list = worklist.back();
    worklist.pop_back();
    for (const StmtPtr &stmt : *list) {
      switch (stmt->kind) {
      case StmtKind::Assign:
        for (const ExprPtr &target : cast<AssignStmt>(stmt.get())->targets)
          targetNames(target.get(), out);
        break;
      case StmtKind::AugAssign:
        targetNames(cast<AugAssignStmt>(stmt.get())->target.get(), out);
        break;
      case StmtKind::AnnAssign:
        targetNames(cast<AnnAssignStmt>(stmt.get())->target.get(), out);
        break;
      case StmtKind::Delete:
        for (const ExprPtr &target : cast<DeleteStmt>(stmt.get())->targets)
          targetNames(target.get(), out);
        break;
      case StmtKind::For: {
        auto *s = cast<ForStmt>(stmt.get());
        targetNames(s->target.get(), out);
        worklist.push_back(&s->body);
        worklist.push_back(&s->orelse);
        break;
      }
      case StmtKind::While: {
        auto *s = cast<WhileStmt>(stmt.get());
        worklist.push_back(&s->body);
        worklist.push_back(&s->orelse);
        break;
      }
      case StmtKind::If: {
        auto *s = cast<IfStmt>(stmt.get());
        worklist.push_back(&s->body);
        worklist.push_back(&s->orelse);
        break;
      }
      case StmtKind::With: {
        auto *s = cast<WithStmt>(stmt.get());
        for (const WithItem &item : s->items)
          targetNames(item.optionalVars.get(), out);
        worklist.push_back(&s->body);
        break;
      }
      case StmtKind::Try: {
        auto *s = cast<TryStmt>(stmt.get());
        worklist.push_back(&s->body);
        worklist.push_back(&s->orelse);
        worklist.push_back(&s->finalbody);
        for (const ExceptHandler &handler : s->handlers) {
          if (!handler.name.empty())
            out.insert(handler.name);
          worklist.push_back(&handler.body);
        }
        break;
      }
      case StmtKind::FunctionDef:
        out.insert(cast<FunctionDefStmt>(stmt.get())->name);
        break;
      case StmtKind::ClassDef:
        out.insert(cast<ClassDefStmt>(stmt.get())->name);
        break;
      case StmtKind::Import:
        for (const Alias &alias : cast<ImportStmt>(stmt.get())->names) {
          std::string name = alias.asname.empty()
                                 ? alias.name.substr(0, alias.name.find('.'))
                                 : alias.asname;
          out.insert(name);
        }
        break;
      case StmtKind::ImportFrom:
        for (const Alias &alias : cast<ImportFromStmt>(stmt.get())->names)
          out.insert(alias.asname.empty() ? alias.name : alias.asname);
        break;
      default:
        break;
      }
    }
  }
}

} // namespace rpy::frontend
