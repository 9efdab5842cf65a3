//===- Import.cpp - Import-time evaluator: modules and imports ------------===//
//
// Program modules are found relative to the main file's directory (packages
// are directories with __init__.py), parsed, analysed for scopes and run
// once; the built-in library modules are made in C++ (RLib.cpp). An
// exception that escapes the main module becomes the diagnostic.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/InterpreterImpl.h"
#include "lib/Frontend/Parser.h"

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace rpy::frontend;

namespace {
bool readFile(const std::string &path, std::string &text) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return true;
}

bool isFile(const std::string &path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

std::string directoryOf(const std::string &path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos)
    return ".";
  if (slash == 0)
    return "/";
  return path.substr(0, slash);
}

std::string stemOf(const std::string &path) {
  size_t slash = path.rfind('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = base.rfind('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}
} // namespace

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

ModuleObject *Interpreter::importMain(const std::string &path) {
  return importMainImpl(path, nullptr);
}

ModuleObject *Interpreter::importMainSource(const std::string &path,
                                            const std::string &text) {
  return importMainImpl(path, &text);
}

ModuleObject *Interpreter::importMainImpl(const std::string &path,
                                          const std::string *text) {
  char marker;
  bool ownsBase = !stackBase;
  if (ownsBase)
    stackBase = &marker;
  rootDir = directoryOf(path);
  ModuleObject *mod = loadProgramModule(stemOf(path), path, false, text, Loc{});
  if (ownsBase)
    stackBase = nullptr;
  if (!mod) {
    reportPendingAsDiagnostic();
    return nullptr;
  }
  mainMod = mod;
  return mod;
}

void Interpreter::reportPendingAsDiagnostic() {
  if (alreadyReported || !excValue) {
    alreadyReported = false;
    clearException();
    return;
  }
  auto *inst = dyn_cast<InstanceObject>(excValue);
  std::string message;
  if (inst && inst->cls == space.moduleNotFoundErrorClass) {
    Object *name = inst->dict.get("name");
    message = "no module named " +
              (name ? reprString(frontend::str(name)) : std::string("''"));
  } else if (pendingIsFatal()) {
    auto *args = dyn_cast<TupleObject>(inst->dict.get("args"));
    message = args && !args->items.empty() ? frontend::str(args->items[0])
                                           : "fatal error";
  } else if (inst && (inst->cls == space.nameErrorClass ||
                      inst->cls == space.unboundLocalErrorClass)) {
    message = frontend::str(excValue);
  } else {
    message = "import-time exception: " + describeException(excValue);
  }
  diags.error(excLoc, message);
  // Recursion repeats the same call site many times: keep one note per run
  // of identical call sites, as CPython's tracebacks do.
  for (size_t i = 0; i < excTrace.size();) {
    size_t j = i + 1;
    while (j < excTrace.size() &&
           excTrace[j].first.file == excTrace[i].first.file &&
           excTrace[j].first.line == excTrace[i].first.line &&
           excTrace[j].first.col == excTrace[i].first.col &&
           excTrace[j].second == excTrace[i].second)
      ++j;
    std::string text = excTrace[i].second;
    if (j - i > 1)
      text += " (repeated " + std::to_string(j - i - 1) + " more times)";
    diags.note(excTrace[i].first, text);
    i = j;
  }
  clearException();
}

//===----------------------------------------------------------------------===//
// Finding and running modules
//===----------------------------------------------------------------------===//

ModuleObject *Interpreter::loadProgramModule(const std::string &name,
                                             const std::string &file,
                                             bool isPackage,
                                             const std::string *text, Loc loc) {
  auto source = std::make_unique<SourceFile>();
  source->name = file;
  if (text) {
    source->text = *text;
  } else if (!readFile(file, source->text)) {
    raise(space.importErrorClass, "cannot read '" + file + "'", loc);
    return nullptr;
  }
  std::unique_ptr<Module> ast = parseModule(std::move(source), diags);
  if (!ast) {
    // The parser recorded the syntax error; unwind without another one.
    alreadyReported = true;
    fatal("syntax error", loc);
    return nullptr;
  }
  auto scopes = ModuleScopes::analyze(*ast);
  if (!scopes->errorMessage.empty()) {
    // Report it now: its location points into `ast`, which dies here.
    diags.error(scopes->errorLoc, scopes->errorMessage);
    alreadyReported = true;
    fatal(scopes->errorMessage, loc);
    return nullptr;
  }
  for (const auto &[node, info] : scopes->all())
    scopeIndex[node] = info.get();
  const ScopeInfo *moduleScope = scopes->get(ast.get());
  scopeTables.push_back(std::move(scopes));

  auto *mod = space.make<ModuleObject>();
  mod->name = name;
  mod->path = file;
  mod->isPackage = isPackage;
  mod->ast = std::move(ast);
  mod->globals.set("__name__", space.newStr(name));
  mod->globals.set("__file__", space.newStr(file));
  size_t dot = name.rfind('.');
  mod->globals.set("__package__", space.newStr(isPackage ? name
                                               : dot == std::string::npos
                                                   ? std::string()
                                                   : name.substr(0, dot)));
  mod->globals.set("__doc__", space.none());
  // Registered before running, so that circular imports see the partly
  // initialised module as in CPython.
  moduleMap[name] = mod;
  moduleList.push_back(mod);

  Frame frame;
  frame.scope = moduleScope;
  frame.module = mod;
  frame.ns = &mod->globals;
  Completion c;
  {
    FrameScope pushed(frames, &frame);
    c = execBlock(frame, mod->ast->body);
  }
  if (c != Completion::Normal) {
    if (c != Completion::Raise)
      fatal("'break', 'continue' or 'return' outside function",
            mod->ast->body.empty() ? loc : mod->ast->body[0]->loc);
    moduleMap.erase(name);
    moduleList.erase(std::find(moduleList.begin(), moduleList.end(), mod));
    return nullptr;
  }
  mod->initialized = true;
  return mod;
}

ModuleObject *Interpreter::importModule(const std::string &name, Loc loc) {
  if (ModuleObject *mod = findModule(name))
    return mod;
  if (ModuleObject *mod = makeLibraryModule(name))
    return mod;
  auto notFound = [&](const std::string &suffix) -> ModuleObject * {
    InstanceObject *exc =
        newException(space.moduleNotFoundErrorClass,
                     {space.newStr("No module named '" + name + "'" + suffix)});
    exc->dict.set("name", space.newStr(name));
    raiseObject(exc, loc);
    return nullptr;
  };
  if (name.empty())
    return notFound("");

  size_t dot = name.rfind('.');
  std::string dir = rootDir;
  ModuleObject *parent = nullptr;
  if (dot != std::string::npos) {
    parent = importModule(name.substr(0, dot), loc);
    if (!parent)
      return nullptr;
    // Importing the parent may have imported this module too.
    if (ModuleObject *mod = findModule(name))
      return mod;
    if (!parent->isPackage)
      return notFound("; '" + parent->name + "' is not a package");
    if (parent->isBuiltin)
      return notFound("");
    dir = directoryOf(parent->path);
  }
  std::string last = dot == std::string::npos ? name : name.substr(dot + 1);
  std::string packageInit = dir + "/" + last + "/__init__.py";
  std::string moduleFile = dir + "/" + last + ".py";
  ModuleObject *mod = nullptr;
  if (isFile(packageInit))
    mod = loadProgramModule(name, packageInit, true, nullptr, loc);
  else if (isFile(moduleFile))
    mod = loadProgramModule(name, moduleFile, false, nullptr, loc);
  else
    return notFound("");
  if (mod && parent)
    parent->globals.set(last, mod);
  return mod;
}

ModuleObject *Interpreter::importRelative(const std::string &module, int level,
                                          ModuleObject *from, Loc loc) {
  // The package the importing module belongs to.
  std::string base = from->isPackage ? from->name : "";
  if (!from->isPackage) {
    size_t dot = from->name.rfind('.');
    if (dot != std::string::npos)
      base = from->name.substr(0, dot);
  }
  for (int i = 1; i < level; ++i) {
    if (base.empty()) {
      raise(space.importErrorClass,
            "attempted relative import beyond top-level package", loc);
      return nullptr;
    }
    size_t dot = base.rfind('.');
    base = dot == std::string::npos ? "" : base.substr(0, dot);
  }
  // A module at the top of the program directory has no package: `from .
  // import x` then imports top-level modules (CPython would refuse; the
  // translator is lenient).
  std::string target = base.empty()     ? module
                       : module.empty() ? base
                                        : base + "." + module;
  if (target.empty())
    return nullptr;
  return importModule(target, loc);
}

Object *Interpreter::importFromModule(ModuleObject *mod,
                                      const std::string &name, Loc loc) {
  if (Object *value = mod->globals.get(name))
    return value;
  if (mod->isPackage) {
    ModuleObject *sub = importModule(mod->name + "." + name, loc);
    if (sub)
      return sub;
    auto *inst = dyn_cast<InstanceObject>(excValue);
    if (!inst || inst->cls != space.moduleNotFoundErrorClass)
      return nullptr;
    clearException();
  }
  return raise(space.importErrorClass,
               "cannot import name '" + name + "' from '" + mod->name + "' (" +
                   (mod->isBuiltin ? "unknown location" : mod->path) + ")",
               loc);
}

//===----------------------------------------------------------------------===//
// import statements
//===----------------------------------------------------------------------===//

namespace {
/// Adds the "imported from here" note when the failure happened inside the
/// imported module rather than at the import statement itself.
void noteImport(Loc excLoc, std::vector<std::pair<Loc, std::string>> &trace,
                Loc stmtLoc) {
  if (excLoc.file != stmtLoc.file || excLoc.line != stmtLoc.line)
    trace.emplace_back(stmtLoc, "imported from here");
}
} // namespace

Interpreter::Completion Interpreter::execImport(Frame &frame,
                                                const ImportStmt &stmt) {
  for (const Alias &alias : stmt.names) {
    ModuleObject *mod = importModule(alias.name, stmt.loc);
    if (!mod) {
      noteImport(excLoc, excTrace, stmt.loc);
      return Completion::Raise;
    }
    if (!alias.asname.empty()) {
      if (!storeName(frame, alias.asname, mod, stmt.loc))
        return Completion::Raise;
      continue;
    }
    std::string top = alias.name.substr(0, alias.name.find('.'));
    if (!storeName(frame, top, findModule(top), stmt.loc))
      return Completion::Raise;
  }
  return Completion::Normal;
}

Interpreter::Completion
Interpreter::execImportFrom(Frame &frame, const ImportFromStmt &stmt) {
  ModuleObject *mod = nullptr;
  bool topLevel = false;
  if (stmt.level > 0) {
    mod = importRelative(stmt.module, stmt.level, frame.module, stmt.loc);
    if (!mod && !excValue)
      topLevel = true; // `from . import x` at the top of the program
  } else {
    mod = importModule(stmt.module, stmt.loc);
  }
  if (!mod && !topLevel) {
    noteImport(excLoc, excTrace, stmt.loc);
    return Completion::Raise;
  }

  for (const Alias &alias : stmt.names) {
    if (alias.name == "*") {
      if (!mod) {
        fatal("'from . import *' at the top of the program is not supported",
              stmt.loc);
        return Completion::Raise;
      }
      std::vector<std::string> names;
      if (Object *all = mod->globals.get("__all__")) {
        std::vector<Object *> items;
        if (!unpackIterable(all, items, stmt.loc))
          return Completion::Raise;
        for (Object *item : items) {
          auto *s = dyn_cast<StrObject>(item);
          if (!s) {
            raise(space.typeErrorClass,
                  "Item in " + mod->name + ".__all__ must be str, not " +
                      typeName(item),
                  stmt.loc);
            return Completion::Raise;
          }
          names.push_back(s->value);
        }
      } else {
        for (const auto &[key, value] : mod->globals)
          if (!key.empty() && key[0] != '_')
            names.push_back(key);
      }
      for (const std::string &name : names) {
        Object *value = importFromModule(mod, name, stmt.loc);
        if (!value || !storeName(frame, name, value, stmt.loc))
          return Completion::Raise;
      }
      continue;
    }
    Object *value = mod ? importFromModule(mod, alias.name, stmt.loc)
                        : importModule(alias.name, stmt.loc);
    if (!value) {
      noteImport(excLoc, excTrace, stmt.loc);
      return Completion::Raise;
    }
    const std::string &bound = alias.asname.empty() ? alias.name : alias.asname;
    if (!storeName(frame, bound, value, stmt.loc))
      return Completion::Raise;
  }
  return Completion::Normal;
}
