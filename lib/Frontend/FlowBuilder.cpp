//===- FlowBuilder.cpp - The program: reachable functions and constants ---===//
//
// A worklist from the entry point: building a function refers to constants
// (functions, classes, prebuilt objects); each one referred to becomes a
// module-level op, and each function or method reached is built in turn.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/FlowBuilderImpl.h"

#include "dialects/flow/Links.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Verifier.h"

using namespace mlir;
namespace flow = rpy::flow;

namespace rpy::frontend {

/// Tuples nested deeper than this are rejected rather than recursed into.
static constexpr int kMaxConstantDepth = 64;

ProgramBuilder::ProgramBuilder(Interpreter &interp, MLIRContext &context,
                               DiagnosticEngine &diags)
    : interp(interp), space(interp.objectSpace()), context(context),
      diags(diags), builder(&context) {
  context.getOrLoadDialect<flow::FlowDialect>();
  module = ModuleOp::create(UnknownLoc::get(&context));
  builder.setInsertionPointToEnd(module->getBody());
}

bool ProgramBuilder::error(Loc loc, const std::string &message) {
  diags.error(loc, message);
  return false;
}

std::string ProgramBuilder::uniqueName(const std::string &base) {
  std::string name = base;
  for (int n = 1; usedNames.count(name); ++n)
    name = base + "_" + std::to_string(n);
  usedNames.insert(name);
  return name;
}

/// Prefix for symbols of a module's functions and classes: none for the
/// main module, "mod." otherwise.
static std::string modulePrefix(Interpreter &interp, ModuleObject *mod) {
  if (!mod || mod == interp.mainModule())
    return "";
  return mod->name + ".";
}

std::string ProgramBuilder::globalNameOf(Object *obj) const {
  auto it = globalNames.find(obj);
  return it == globalNames.end() ? std::string() : it->second;
}

Attribute ProgramBuilder::builtinAttr(const std::string &name) {
  return flow::BuiltinAttr::get(&context, name);
}

//===----------------------------------------------------------------------===//
// Entry point
//===----------------------------------------------------------------------===//

FunctionObject *ProgramBuilder::findEntryPoint(const FlowBuildOptions &opts) {
  ModuleObject *mainMod = interp.mainModule();
  Loc fileLoc{&mainMod->ast->source->name, 1, 1};
  auto asFunction = [&](Object *obj, const std::string &what) {
    auto *func = dyn_cast<FunctionObject>(obj);
    if (!func)
      error(fileLoc, what + " is not a function");
    return func;
  };
  if (!opts.entryName.empty()) {
    Object *obj = mainMod->globals.get(opts.entryName);
    if (!obj) {
      error(fileLoc, "entry point '" + opts.entryName + "' is not defined");
      return nullptr;
    }
    return asFunction(obj, "entry point '" + opts.entryName + "'");
  }
  if (Object *target = mainMod->globals.get("target")) {
    auto *targetFunc = dyn_cast<FunctionObject>(target);
    if (!targetFunc) {
      error(fileLoc, "'target' is not a function");
      return nullptr;
    }
    // PyPy calls target(driver, args); programs write target(*args).
    const Arguments &params = targetFunc->arguments();
    size_t positional = params.posonly.size() + params.args.size();
    std::vector<Object *> args;
    if (positional >= 2 || params.vararg)
      args = {space.none(), space.none()};
    Object *result = interp.call(target, args, targetFunc->loc);
    if (!result) {
      Object *exc = interp.pendingException();
      std::string text = exc ? interp.describeException(exc) : "error";
      interp.clearException();
      error(targetFunc->loc, "calling target() failed: " + text);
      return nullptr;
    }
    auto *tuple = dyn_cast<TupleObject>(result);
    if (!tuple || tuple->items.empty()) {
      error(targetFunc->loc,
            "target() must return a tuple (entry_point, None), not " +
                typeName(result));
      return nullptr;
    }
    return asFunction(tuple->items[0], "the entry point returned by target()");
  }
  if (Object *mainFunc = mainMod->globals.get("main"))
    return asFunction(mainFunc, "'main'");
  error(fileLoc, "no entry point: define target() returning "
                 "(entry_point, None), or main(argv)");
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

bool ProgramBuilder::isImmutable(const Object *obj) {
  std::vector<const Object *> worklist{obj};
  while (!worklist.empty()) {
    const Object *o = worklist.back();
    worklist.pop_back();
    switch (o->kind) {
    case ObjKind::None:
    case ObjKind::Bool:
    case ObjKind::Int:
    case ObjKind::UInt:
    case ObjKind::Float:
    case ObjKind::Str:
    case ObjKind::Bytes:
    case ObjKind::Function:
    case ObjKind::BuiltinFunction:
    case ObjKind::Class:
      break;
    case ObjKind::Tuple:
      for (Object *item : cast<TupleObject>(o)->items)
        worklist.push_back(item);
      break;
    default:
      return false;
    }
  }
  return true;
}

Attribute ProgramBuilder::constantAttr(Object *obj, Loc loc) {
  Builder b(&context);
  switch (obj->kind) {
  case ObjKind::None:
    return flow::NoneAttr::get(&context);
  case ObjKind::Bool:
    return b.getBoolAttr(cast<BoolObject>(obj)->value);
  case ObjKind::Int:
    return b.getI64IntegerAttr(cast<IntObject>(obj)->value);
  case ObjKind::UInt:
    return IntegerAttr::get(
        IntegerType::get(&context, 64, IntegerType::Unsigned),
        APInt(64, cast<UIntObject>(obj)->value));
  case ObjKind::Float:
    return b.getF64FloatAttr(cast<FloatObject>(obj)->value);
  case ObjKind::Str:
    return b.getStringAttr(cast<StrObject>(obj)->value);
  case ObjKind::Long:
    error(loc, "integer constant " + repr(obj) +
                   " does not fit in a machine word (use r_uint or intmask)");
    return {};
  case ObjKind::Tuple: {
    if (constantDepth >= kMaxConstantDepth) {
      error(loc, "constant tuple nested too deeply");
      return {};
    }
    ++constantDepth;
    SmallVector<Attribute> items;
    for (Object *item : cast<TupleObject>(obj)->items) {
      Attribute attr = constantAttr(item, loc);
      if (!attr) {
        --constantDepth;
        return {};
      }
      items.push_back(attr);
    }
    --constantDepth;
    return b.getArrayAttr(items);
  }
  case ObjKind::Function:
    return functionSymbol(cast<FunctionObject>(obj), loc);
  case ObjKind::BuiltinFunction:
    return builtinAttr(cast<BuiltinFunctionObject>(obj)->qualname);
  case ObjKind::Class: {
    auto *cls = cast<ClassObject>(obj);
    if (cls->isBuiltin)
      return builtinAttr(cls->fullName);
    return classSymbol(cls, loc);
  }
  case ObjKind::Instance:
  case ObjKind::List:
  case ObjKind::Dict:
  case ObjKind::Set:
    return prebuiltSymbol(obj, loc);
  default:
    error(loc, "a " + typeName(obj) +
                   " object cannot be used as a constant at run time");
    return {};
  }
}

FlatSymbolRefAttr ProgramBuilder::functionSymbol(FunctionObject *func,
                                                 Loc loc) {
  auto it = symbols.find(func);
  if (it != symbols.end())
    return it->second;
  if (func->attr("_not_rpython_")) {
    error(loc, "function '" + func->qualname +
                   "' is marked @not_rpython but is reachable at run time");
    return {};
  }
  auto name = FlatSymbolRefAttr::get(
      &context, uniqueName(modulePrefix(interp, func->module) +
                           func->qualname));
  symbols[func] = name;
  pendingFunctions.push_back(func);
  return name;
}

FlatSymbolRefAttr ProgramBuilder::classSymbol(ClassObject *cls, Loc loc) {
  auto it = symbols.find(cls);
  if (it != symbols.end())
    return it->second;
  auto name = FlatSymbolRefAttr::get(
      &context, uniqueName(modulePrefix(interp, cls->module) + cls->qualname));
  symbols[cls] = name;
  pendingClasses.push_back(cls);
  return name;
}

FlatSymbolRefAttr ProgramBuilder::prebuiltSymbol(Object *obj, Loc loc) {
  auto it = symbols.find(obj);
  if (it != symbols.end())
    return it->second;
  std::string base = globalNameOf(obj);
  if (base.empty())
    base = "prebuilt." + typeName(obj);
  auto name = FlatSymbolRefAttr::get(&context, uniqueName(base));
  symbols[obj] = name;
  pendingPrebuilts.push_back({obj, name.getAttr()});
  return name;
}

ClassObject *ProgramBuilder::ownerOf(FunctionObject *func) const {
  if (ClassObject *owner = methodOwners.lookup(func))
    return owner;
  // A method reached as `Class.method` before its class: follow its
  // qualified name ("Outer.Inner.method") from the module's globals.
  StringRef qualname(func->qualname);
  auto [first, rest] = qualname.split('.');
  auto *cls = dyn_cast<ClassObject>(func->module->globals.get(first.str()));
  while (cls && !rest.empty()) {
    auto [name, tail] = rest.split('.');
    Object *member = cls->dict.get(name.str());
    if (tail.empty()) {
      if (auto *sm = dyn_cast<StaticMethodObject>(member))
        member = sm->function;
      else if (auto *cm = dyn_cast<ClassMethodObject>(member))
        member = cm->function;
      return member == func ? cls : nullptr;
    }
    cls = dyn_cast<ClassObject>(member);
    rest = tail;
  }
  return nullptr;
}

FunctionObject *ProgramBuilder::nestedFunction(const void *node) {
  auto it = nestedFunctions.find(node);
  return it == nestedFunctions.end() ? nullptr : it->second;
}

void ProgramBuilder::rememberNestedFunction(const void *node,
                                            FunctionObject *func) {
  nestedFunctions[node] = func;
}

//===----------------------------------------------------------------------===//
// Module-level ops
//===----------------------------------------------------------------------===//

/// Class-dict entries that only describe the class to Python.
static bool isClassBookkeeping(const std::string &name) {
  return name == "__module__" || name == "__qualname__" || name == "__doc__" ||
         name == "__dict__" || name == "__weakref__" || name == "_mixin_";
}

/// Special methods whose behaviour RPython cannot translate.
static const char *notRPythonMethod(const std::string &name) {
  static const char *const names[] = {
      "__getattr__", "__getattribute__", "__setattr__", "__delattr__",
      "__get__",     "__set__",          "__delete__"};
  for (const char *candidate : names)
    if (name == candidate)
      return candidate;
  return nullptr;
}

/// RPython allows single inheritance plus `_mixin_ = True` classes.
bool ProgramBuilder::checkClassShape(ClassObject *cls) {
  std::vector<ClassObject *> proper;
  for (ClassObject *base : cls->bases)
    if (!base->isMixin() && base != space.objectClass)
      proper.push_back(base);
  if (proper.size() > 1)
    return error(cls->loc, "multiple inheritance is not RPython: '" +
                               cls->name + "' derives from '" +
                               proper[0]->name + "' and '" + proper[1]->name +
                               "' (only _mixin_ classes may be added)");
  for (const auto &[name, value] : cls->dict)
    if (const char *method = notRPythonMethod(name)) {
      auto *fn = dyn_cast<FunctionObject>(value);
      return error(fn ? fn->loc : cls->loc,
                   std::string("'") + method + "' (in class '" + cls->name +
                       "') is not RPython");
    }
  return true;
}

bool ProgramBuilder::emitClass(ClassObject *cls) {
  Loc loc = cls->loc;
  if (!checkClassShape(cls))
    return false;
  SmallVector<Attribute> bases;
  for (ClassObject *base : cls->bases) {
    Attribute attr = constantAttr(base, loc);
    if (!attr)
      return false;
    bases.push_back(attr);
  }
  SmallVector<NamedAttribute> members;
  for (const auto &[name, value] : cls->dict) {
    if (isClassBookkeeping(name))
      continue;
    Attribute attr;
    if (auto *method = dyn_cast<FunctionObject>(value)) {
      if (method->attr("_not_rpython_"))
        continue;
      methodOwners.try_emplace(method, cls);
      attr = constantAttr(method, method->loc);
    } else if (auto *sm = dyn_cast<StaticMethodObject>(value)) {
      auto *fn = dyn_cast<FunctionObject>(sm->function);
      if (!fn)
        continue;
      auto ref = functionSymbol(fn, fn->loc);
      if (!ref)
        return false;
      attr = flow::StaticMethodAttr::get(&context, ref);
    } else if (auto *cm = dyn_cast<ClassMethodObject>(value)) {
      auto *fn = dyn_cast<FunctionObject>(cm->function);
      if (!fn)
        continue;
      methodOwners.try_emplace(fn, cls);
      auto ref = functionSymbol(fn, fn->loc);
      if (!ref)
        return false;
      attr = flow::ClassMethodAttr::get(&context, ref);
    } else if (isa<ModuleObject>(value)) {
      continue; // an import inside the class body: import-time only
    } else {
      attr = constantAttr(value, loc);
    }
    if (!attr)
      return false;
    members.push_back(builder.getNamedAttr(name, attr));
  }
  auto op = flow::ClassOp::create(
      builder, FileLineColLoc::get(&context, *loc.file, loc.line, loc.col),
      symbols[cls].getAttr(), builder.getArrayAttr(bases),
      builder.getDictionaryAttr(members));
  if (cls->isMixin())
    op.setMixin(true);
  return true;
}

bool ProgramBuilder::emitPrebuilt(Object *obj, StringAttr name) {
  // Prebuilt objects have no location of their own: use the main file.
  ModuleObject *mainMod = interp.mainModule();
  Loc loc{&mainMod->ast->source->name, 1, 1};
  Location mlirLoc = FileLineColLoc::get(&context, *loc.file, 1, 1);
  auto convertAll = [&](const std::vector<Object *> &objs,
                        SmallVectorImpl<Attribute> &out) {
    for (Object *item : objs) {
      Attribute attr = constantAttr(item, loc);
      if (!attr)
        return false;
      out.push_back(attr);
    }
    return true;
  };
  SmallVector<Attribute> items;
  StringRef kind;
  Attribute cls;
  DictionaryAttr fields;
  if (auto *instance = dyn_cast<InstanceObject>(obj)) {
    kind = "instance";
    cls = constantAttr(instance->cls, loc);
    if (!cls)
      return false;
    SmallVector<NamedAttribute> fieldList;
    for (const auto &[field, value] : instance->dict) {
      Attribute attr = constantAttr(value, loc);
      if (!attr)
        return false;
      fieldList.push_back(builder.getNamedAttr(field, attr));
    }
    fields = builder.getDictionaryAttr(fieldList);
  } else if (auto *list = dyn_cast<ListObject>(obj)) {
    kind = "list";
    if (!convertAll(list->items, items))
      return false;
  } else if (auto *set = dyn_cast<SetObject>(obj)) {
    kind = "set";
    if (!convertAll(set->elements(), items))
      return false;
  } else {
    kind = "dict";
    for (const auto &entry : cast<DictObject>(obj)->items()) {
      SmallVector<Attribute> pair;
      if (!convertAll({entry.key, entry.value}, pair))
        return false;
      items.push_back(builder.getArrayAttr(pair));
    }
  }
  flow::PrebuiltOp::create(
      builder, mlirLoc, name, builder.getStringAttr(kind), cls, fields,
      kind == "instance" ? ArrayAttr() : builder.getArrayAttr(items));
  return true;
}

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

bool ProgramBuilder::build(const FlowBuildOptions &options) {
  // Name prebuilt objects after the module globals bound to them.
  for (ModuleObject *mod : interp.modules()) {
    if (mod->isBuiltin)
      continue;
    for (const auto &[name, value] : mod->globals)
      if (isa<InstanceObject, ListObject, DictObject, SetObject>(value))
        globalNames.try_emplace(value, modulePrefix(interp, mod) + name);
  }

  FunctionObject *entry = findEntryPoint(options);
  if (!entry)
    return false;
  FlatSymbolRefAttr entrySymbol = functionSymbol(entry, entry->loc);
  if (!entrySymbol)
    return false;
  (*module)->setAttr("rpy.entry", entrySymbol);

  // Functions first, each built completely; classes and prebuilt objects as
  // they are reached. Emission order follows discovery, so output is
  // deterministic.
  while (!pendingFunctions.empty() || !pendingClasses.empty() ||
         !pendingPrebuilts.empty()) {
    if (!pendingClasses.empty()) {
      ClassObject *cls = pendingClasses.front();
      pendingClasses.pop_front();
      if (!emitClass(cls))
        return false;
      continue;
    }
    if (!pendingPrebuilts.empty()) {
      auto [obj, name] = pendingPrebuilts.front();
      pendingPrebuilts.pop_front();
      if (!emitPrebuilt(obj, name))
        return false;
      continue;
    }
    FunctionObject *func = pendingFunctions.front();
    pendingFunctions.pop_front();
    Loc loc = func->loc;
    auto funcOp = flow::FuncOp::create(
        builder, FileLineColLoc::get(&context, *loc.file, loc.line, loc.col),
        symbols[func].getValue(), builder.getFunctionType({}, {}),
        builder.getStrArrayAttr({}), ArrayAttr(), false, ArrayAttr(),
        ArrayAttr());
    if (func == entry)
      funcOp->setAttr("rpy.entry_point", builder.getUnitAttr());
    FunctionBuilder fb(*this, func, funcOp);
    fb.ownerClass = ownerOf(func);
    if (!fb.build())
      return false;
    flow::splitTestedValues(funcOp);
  }
  return true;
}

mlir::OwningOpRef<mlir::ModuleOp>
buildFlowModule(Interpreter &interp, MLIRContext &context,
                               const FlowBuildOptions &options,
                               DiagnosticEngine &diags) {
  ProgramBuilder program(interp, context, diags);
  // A diagnostic anywhere (even one reported on a path that then carried on
  // as unreachable code) fails the translation.
  if (!program.build(options) || diags.hasErrors())
    return nullptr;
  auto module = program.takeModule();
  if (failed(verify(*module))) {
    ModuleObject *mainMod = interp.mainModule();
    diags.error(Loc{&mainMod->ast->source->name, 1, 1},
                "internal error: the flow module does not verify");
    return nullptr;
  }
  return module;
}

} // namespace rpy::frontend
