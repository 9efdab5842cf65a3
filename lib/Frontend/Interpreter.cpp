//===- Interpreter.cpp - Import-time evaluator: calls and names -----------===//
//
// Exceptions, limits, name resolution in frames, and calls of functions,
// classes and bound methods.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/InterpreterImpl.h"

using namespace rpy::frontend;

Interpreter::Interpreter(ObjectSpace &space, DiagnosticEngine &diags)
    : space(space), diags(diags) {
  // Fatal errors are instances of a class outside BaseException's tree, so
  // no `except` clause (not even a bare one) can catch them.
  fatalClass = space.builtinClass("<fatal error>");
  if (!fatalClass)
    fatalClass = space.newBuiltinClass("<fatal error>", {});
  initBuiltins();
  initBuiltinMethods();
}

Interpreter::~Interpreter() = default;

const ScopeInfo *Interpreter::scopeOf(const void *node) const {
  auto it = scopeIndex.find(node);
  return it == scopeIndex.end() ? nullptr : it->second;
}

ModuleObject *Interpreter::findModule(const std::string &name) const {
  auto it = moduleMap.find(name);
  return it == moduleMap.end() ? nullptr : it->second;
}

//===----------------------------------------------------------------------===//
// Exceptions
//===----------------------------------------------------------------------===//

void Interpreter::clearException() {
  excValue = nullptr;
  excLoc = Loc{};
  excTrace.clear();
}

InstanceObject *Interpreter::newException(ClassObject *cls,
                                          std::vector<Object *> args) {
  InstanceObject *exc = space.newInstance(cls);
  exc->dict.set("args", space.newTuple(std::move(args)));
  return exc;
}

std::nullptr_t Interpreter::raise(ClassObject *cls, const std::string &message,
                                  Loc loc) {
  return raiseObject(newException(cls, {space.newStr(message)}), loc);
}

std::nullptr_t Interpreter::raiseObject(Object *exc, Loc loc) {
  excValue = exc;
  excLoc = loc;
  excTrace.clear();
  return nullptr;
}

std::nullptr_t Interpreter::fatal(const std::string &message, Loc loc) {
  return raise(fatalClass, message, loc);
}

bool Interpreter::pendingIsFatal() const {
  auto *inst = dyn_cast<InstanceObject>(excValue);
  return inst && inst->cls == fatalClass;
}

std::string Interpreter::describeException(Object *exc) {
  if (!exc)
    return "";
  auto *inst = dyn_cast<InstanceObject>(exc);
  if (!inst)
    return repr(exc);
  std::string message;
  Object *saved = excValue;
  Loc savedLoc = excLoc;
  auto savedTrace = excTrace;
  if (!strOf(exc, message, Loc{}))
    message = frontend::str(exc);
  excValue = saved;
  excLoc = savedLoc;
  excTrace = savedTrace;
  if (inst->cls == fatalClass)
    return message;
  return message.empty() ? inst->cls->name : inst->cls->name + ": " + message;
}

//===----------------------------------------------------------------------===//
// Limits
//===----------------------------------------------------------------------===//

bool Interpreter::step(Loc loc) {
  if (++steps > stepLimit) {
    fatal("import-time evaluation does not terminate", loc);
    return false;
  }
  // Objects are never freed during import: bound what a runaway loop that
  // allocates can take.
  if ((steps & 1023) == 0 && space.objectCount() > objectLimit) {
    fatal("import-time evaluation uses too much memory", loc);
    return false;
  }
  return true;
}

bool Interpreter::chargeBytes(size_t bytes, Loc loc) {
  bytesMade += bytes;
  if (bytesMade <= byteLimit)
    return true;
  fatal("import-time evaluation uses too much memory", loc);
  return false;
}

//===----------------------------------------------------------------------===//
// Argument helpers for built-ins
//===----------------------------------------------------------------------===//

bool Interpreter::checkArgs(const CallArgs &args, const char *name, size_t min,
                            size_t max) {
  size_t n = args.args.size();
  if (n >= min && n <= max)
    return true;
  std::string msg = std::string(name);
  if (min == max)
    msg += "() takes exactly " + std::to_string(min) + " argument" +
           (min == 1 ? "" : "s");
  else if (n < min)
    msg += "() takes at least " + std::to_string(min) + " argument" +
           (min == 1 ? "" : "s");
  else
    msg += "() takes at most " + std::to_string(max) + " argument" +
           (max == 1 ? "" : "s");
  msg += " (" + std::to_string(n) + " given)";
  raise(space.typeErrorClass, msg, args.loc);
  return false;
}

bool Interpreter::noKwargs(const CallArgs &args, const char *name) {
  if (args.kwargs.empty())
    return true;
  raise(space.typeErrorClass,
        std::string(name) + "() takes no keyword arguments", args.loc);
  return false;
}

bool rpy::frontend::intLikeValue(const Object *obj, __int128 &out) {
  switch (obj->kind) {
  case ObjKind::Bool:
    out = cast<BoolObject>(obj)->value;
    return true;
  case ObjKind::Int:
    out = cast<IntObject>(obj)->value;
    return true;
  case ObjKind::Long:
    out = cast<LongObject>(obj)->value;
    return true;
  case ObjKind::UInt:
    out = cast<UIntObject>(obj)->value;
    return true;
  default:
    return false;
  }
}

bool Interpreter::toInt64(Object *obj, int64_t &out, Loc loc) {
  __int128 value;
  if (!intLikeValue(obj, value)) {
    raise(space.typeErrorClass,
          "'" + typeName(obj) + "' object cannot be interpreted as an integer",
          loc);
    return false;
  }
  if (value < INT64_MIN || value > INT64_MAX) {
    raise(space.overflowErrorClass, "Python int too large to convert to C long",
          loc);
    return false;
  }
  out = (int64_t)value;
  return true;
}

bool Interpreter::toDouble(Object *obj, double &out, Loc loc) {
  if (auto *f = dyn_cast<FloatObject>(obj)) {
    out = f->value;
    return true;
  }
  __int128 value;
  if (intLikeValue(obj, value)) {
    out = (double)value;
    return true;
  }
  raise(space.typeErrorClass, "must be real number, not " + typeName(obj), loc);
  return false;
}

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

Object *Interpreter::loadName(Frame &frame, const std::string &name, Loc loc) {
  auto global = [&]() -> Object * {
    if (Object *value = frame.module->globals.get(name))
      return value;
    if (Object *value = builtinsMod->globals.get(name))
      return value;
    return raise(space.nameErrorClass, "name '" + name + "' is not defined",
                 loc);
  };
  auto fromCell = [&](bool isLocalCell) -> Object * {
    auto it = frame.cells.find(name);
    if (it != frame.cells.end() && it->second->value)
      return it->second->value;
    if (isLocalCell)
      return raise(space.unboundLocalErrorClass,
                   "cannot access local variable '" + name +
                       "' where it is not associated with a value",
                   loc);
    return raise(space.nameErrorClass,
                 "cannot access free variable '" + name +
                     "' where it is not associated with a value in "
                     "enclosing scope",
                 loc);
  };
  switch (frame.scope->kind) {
  case ScopeInfo::Kind::Module:
    return global();
  case ScopeInfo::Kind::Class:
    if (frame.scope->explicitGlobals.count(name))
      return global();
    if (Object *value = frame.ns->get(name))
      return value;
    if (frame.scope->frees.count(name)) {
      auto it = frame.cells.find(name);
      if (it != frame.cells.end() && it->second->value)
        return it->second->value;
    }
    return global();
  case ScopeInfo::Kind::Function:
  case ScopeInfo::Kind::Comprehension:
    break;
  }
  switch (frame.scope->resolve(name)) {
  case NameScope::Global:
    return global();
  case NameScope::Cell:
    return fromCell(true);
  case NameScope::Free:
    return fromCell(false);
  case NameScope::Local: {
    auto it = frame.fast.find(name);
    if (it != frame.fast.end())
      return it->second;
    return raise(space.unboundLocalErrorClass,
                 "cannot access local variable '" + name +
                     "' where it is not associated with a value",
                 loc);
  }
  }
  return global();
}

bool Interpreter::storeName(Frame &frame, const std::string &name,
                            Object *value, Loc) {
  if (frame.scope->explicitGlobals.count(name)) {
    frame.module->globals.set(name, value);
    return true;
  }
  switch (frame.scope->kind) {
  case ScopeInfo::Kind::Module:
    frame.ns->set(name, value);
    return true;
  case ScopeInfo::Kind::Class:
    if (frame.scope->frees.count(name) && !frame.scope->locals.count(name)) {
      CellObject *&cell = frame.cells[name];
      if (!cell)
        cell = space.newCell();
      cell->value = value;
      return true;
    }
    frame.ns->set(name, value);
    return true;
  case ScopeInfo::Kind::Function:
  case ScopeInfo::Kind::Comprehension:
    break;
  }
  switch (frame.scope->resolve(name)) {
  case NameScope::Cell:
  case NameScope::Free: {
    CellObject *&cell = frame.cells[name];
    if (!cell)
      cell = space.newCell();
    cell->value = value;
    return true;
  }
  case NameScope::Global:
    frame.module->globals.set(name, value);
    return true;
  case NameScope::Local:
    frame.fast[name] = value;
    return true;
  }
  return true;
}

bool Interpreter::deleteName(Frame &frame, const std::string &name, Loc loc) {
  auto missing = [&]() {
    raise(space.nameErrorClass, "name '" + name + "' is not defined", loc);
    return false;
  };
  if (frame.scope->explicitGlobals.count(name))
    return frame.module->globals.erase(name) || missing();
  switch (frame.scope->kind) {
  case ScopeInfo::Kind::Module:
  case ScopeInfo::Kind::Class:
    return frame.ns->erase(name) || missing();
  case ScopeInfo::Kind::Function:
  case ScopeInfo::Kind::Comprehension:
    break;
  }
  switch (frame.scope->resolve(name)) {
  case NameScope::Cell:
  case NameScope::Free: {
    auto it = frame.cells.find(name);
    if (it == frame.cells.end() || !it->second->value)
      return missing();
    it->second->value = nullptr;
    return true;
  }
  case NameScope::Global:
    return frame.module->globals.erase(name) || missing();
  case NameScope::Local:
    return frame.fast.erase(name) || missing();
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

Object *Interpreter::call(Object *callee, std::vector<Object *> args, Loc loc) {
  CallArgs callArgs;
  callArgs.args = std::move(args);
  callArgs.loc = loc;
  return call(callee, callArgs);
}

Object *Interpreter::call(Object *callee, const CallArgs &args) {
  char marker;
  if (!stackBase)
    stackBase = &marker;
  struct BaseReset {
    Interpreter &interp;
    bool owner;
    ~BaseReset() {
      if (owner)
        interp.stackBase = nullptr;
    }
  } reset{*this, stackBase == &marker};
  if (!step(args.loc))
    return nullptr;
  if ((size_t)(stackBase - &marker) > stackLimit || depth >= recursionLimit)
    return raise(space.recursionErrorClass, "maximum recursion depth exceeded",
                 args.loc);

  switch (callee->kind) {
  case ObjKind::Function:
    return callFunction(cast<FunctionObject>(callee), args);
  case ObjKind::BuiltinFunction: {
    auto *fn = cast<BuiltinFunctionObject>(callee);
    if (!fn->impl)
      return fatal(fn->qualname + " cannot be called at import time", args.loc);
    ++depth;
    Object *result = fn->impl(*this, args);
    --depth;
    if (result && !chargeBytes(storageBytes(result), args.loc))
      return nullptr;
    return result;
  }
  case ObjKind::Class:
    return callClass(cast<ClassObject>(callee), args);
  case ObjKind::BoundMethod: {
    auto *bm = cast<BoundMethodObject>(callee);
    CallArgs bound;
    bound.args.reserve(args.args.size() + 1);
    bound.args.push_back(bm->self);
    bound.args.insert(bound.args.end(), args.args.begin(), args.args.end());
    bound.kwargs = args.kwargs;
    bound.loc = args.loc;
    return call(bm->function, bound);
  }
  case ObjKind::StaticMethod:
    return call(cast<StaticMethodObject>(callee)->function, args);
  case ObjKind::Instance: {
    auto *inst = cast<InstanceObject>(callee);
    if (Object *method = inst->cls->lookup("__call__")) {
      CallArgs bound = args;
      bound.args.insert(bound.args.begin(), callee);
      return call(method, bound);
    }
    break;
  }
  default:
    break;
  }
  return raise(space.typeErrorClass,
               "'" + typeName(callee) + "' object is not callable", args.loc);
}

bool Interpreter::bindArguments(FunctionObject *func, const CallArgs &args,
                                Frame &frame) {
  const Arguments &params = func->arguments();
  const std::string &fname = func->qualname;
  auto fail = [&](const std::string &msg) {
    raise(space.typeErrorClass, fname + "() " + msg, args.loc);
    return false;
  };
  std::vector<const Arg *> positional;
  for (const Arg &a : params.posonly)
    positional.push_back(&a);
  for (const Arg &a : params.args)
    positional.push_back(&a);
  size_t nPos = positional.size();
  std::vector<Object *> values(nPos, nullptr);
  std::vector<Object *> kwValues(params.kwonly.size(), nullptr);

  size_t given = args.args.size();
  std::vector<Object *> extra;
  for (size_t i = 0; i < given; ++i) {
    if (i < nPos)
      values[i] = args.args[i];
    else
      extra.push_back(args.args[i]);
  }
  if (!extra.empty() && !params.vararg) {
    size_t nDefaults = func->defaults.size();
    std::string takes = nDefaults ? "from " + std::to_string(nPos - nDefaults) +
                                        " to " + std::to_string(nPos)
                                  : std::to_string(nPos);
    return fail("takes " + takes + " positional argument" +
                (nPos == 1 && !nDefaults ? "" : "s") + " but " +
                std::to_string(given) + (given == 1 ? " was" : " were") +
                " given");
  }

  DictObject *kwargDict = params.kwarg ? space.newDict() : nullptr;
  for (const auto &[key, value] : args.kwargs) {
    bool matched = false;
    for (size_t i = params.posonly.size(); i < nPos; ++i) {
      if (positional[i]->name == key) {
        if (values[i])
          return fail("got multiple values for argument '" + key + "'");
        values[i] = value;
        matched = true;
        break;
      }
    }
    for (size_t i = 0; !matched && i < params.kwonly.size(); ++i) {
      if (params.kwonly[i].name == key) {
        if (kwValues[i])
          return fail("got multiple values for argument '" + key + "'");
        kwValues[i] = value;
        matched = true;
      }
    }
    if (matched)
      continue;
    if (!kwargDict)
      return fail("got an unexpected keyword argument '" + key + "'");
    kwargDict->set(space.newStr(key), value);
  }

  size_t firstDefault = nPos - func->defaults.size();
  std::vector<std::string> missing;
  for (size_t i = 0; i < nPos; ++i) {
    if (values[i])
      continue;
    if (i >= firstDefault)
      values[i] = func->defaults[i - firstDefault];
    else
      missing.push_back(positional[i]->name);
  }
  auto missingMessage = [&](const char *what) {
    std::string msg = "missing " + std::to_string(missing.size()) + " " + what +
                      " argument" + (missing.size() == 1 ? "" : "s") + ": ";
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i)
        msg += i + 1 == missing.size()
                   ? (missing.size() > 2 ? ", and " : " and ")
                   : ", ";
      msg += "'" + missing[i] + "'";
    }
    return msg;
  };
  if (!missing.empty())
    return fail(missingMessage("required positional"));
  for (size_t i = 0; i < params.kwonly.size(); ++i) {
    if (kwValues[i])
      continue;
    if (i < func->kwDefaults.size() && func->kwDefaults[i])
      kwValues[i] = func->kwDefaults[i];
    else
      missing.push_back(params.kwonly[i].name);
  }
  if (!missing.empty())
    return fail(missingMessage("required keyword-only"));

  for (size_t i = 0; i < nPos; ++i)
    storeName(frame, positional[i]->name, values[i], args.loc);
  if (params.vararg)
    storeName(frame, params.vararg->name, space.newTuple(std::move(extra)),
              args.loc);
  for (size_t i = 0; i < params.kwonly.size(); ++i)
    storeName(frame, params.kwonly[i].name, kwValues[i], args.loc);
  if (params.kwarg)
    storeName(frame, params.kwarg->name, kwargDict, args.loc);
  return true;
}

Object *Interpreter::callFunction(FunctionObject *func, const CallArgs &args) {
  const void *node =
      func->def ? (const void *)func->def : (const void *)func->lambda;
  const ScopeInfo *scope = scopeOf(node);
  if (!scope)
    return fatal("internal error: function '" + func->qualname +
                     "' has no scope information",
                 args.loc);
  if (scope->firstYield) {
    const char *what = isa<YieldExpr>(scope->firstYield)       ? "'yield'"
                       : isa<YieldFromExpr>(scope->firstYield) ? "'yield from'"
                                                               : "'await'";
    fatal(std::string(what) + " is not RPython", scope->firstYield->loc);
    excTrace.emplace_back(args.loc, "called from here");
    return nullptr;
  }

  Frame frame;
  frame.scope = scope;
  frame.module = func->module;
  frame.func = func;
  frame.qualPrefix = func->qualname + ".<locals>.";
  for (const std::string &name : scope->cells)
    frame.cells[name] = space.newCell();
  for (const auto &[name, cell] : func->closure)
    frame.cells[name] = cell;
  if (!bindArguments(func, args, frame))
    return nullptr;

  FrameScope pushed(frames, &frame);
  ++depth;
  Object *result = nullptr;
  if (func->lambda) {
    result = eval(frame, *func->lambdaBody());
  } else {
    switch (execBlock(frame, *func->body())) {
    case Completion::Normal:
      result = space.none();
      break;
    case Completion::Return:
      result = frame.returnValue ? frame.returnValue : space.none();
      break;
    case Completion::Raise:
      result = nullptr;
      break;
    case Completion::Break:
    case Completion::Continue:
      result = fatal("'break' or 'continue' outside loop", func->loc);
      break;
    }
  }
  --depth;
  if (!result && excValue)
    excTrace.emplace_back(args.loc, "called from here");
  return result;
}

Object *Interpreter::callClass(ClassObject *cls, const CallArgs &args) {
  // A built-in class is made by its constructor. User classes may derive
  // from the library's classes (whose instances are InstanceObjects), not
  // from the built-in value types.
  for (ClassObject *base : cls->mro) {
    if (!base->construct)
      continue;
    if (base == cls) // (a built-in class itself)
      return base->construct(*this, args);
    Object *result = base->construct(*this, args);
    if (!result)
      return nullptr;
    auto *inst = dyn_cast<InstanceObject>(result);
    if (!inst)
      return fatal("subclassing the built-in type '" + base->name +
                       "' is not RPython",
                   cls->loc);
    inst->cls = cls;
    return inst;
  }
  bool isException = cls->isSubclassOf(space.baseExceptionClass);
  if (cls->isBuiltin && cls != space.objectClass && !isException &&
      cls->lookupOwner("__init__") == space.objectClass)
    return raise(space.typeErrorClass,
                 "cannot create '" + cls->fullName + "' instances", args.loc);

  InstanceObject *inst = space.newInstance(cls);
  if (isException)
    inst->dict.set("args", space.newTuple(args.args));
  Object *init = cls->lookup("__init__");
  if (!init || init == objectInit) {
    if ((!args.args.empty() || !args.kwargs.empty()) && !isException)
      return raise(space.typeErrorClass, cls->name + "() takes no arguments",
                   args.loc);
    return inst;
  }
  CallArgs bound = args;
  bound.args.insert(bound.args.begin(), inst);
  Object *result = call(init, bound);
  if (!result)
    return nullptr;
  if (!isa<NoneObject>(result))
    return raise(space.typeErrorClass,
                 "__init__() should return None, not '" + typeName(result) +
                     "'",
                 args.loc);
  return inst;
}
