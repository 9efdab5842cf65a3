//===- ModuleClassHierarchy.cpp - A module's classes ----------------------===//

#include "dialects/ann/ModuleClassHierarchy.h"

#include "dialects/flow/FlowDialect.h"
#include "dialects/flow/FlowOps.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSwitch.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::ann;

/// The base of a built-in exception class, by Python's hierarchy; empty for
/// `BaseException` and for names that are not exception classes.
static StringRef builtinBase(StringRef name) {
  return llvm::StringSwitch<StringRef>(name)
      .Case("BaseException", "")
      .Cases({"Exception", "KeyboardInterrupt", "SystemExit"}, "BaseException")
      .Cases({"KeyError", "IndexError"}, "LookupError")
      .Cases({"ZeroDivisionError", "OverflowError"}, "ArithmeticError")
      .Cases({"NotImplementedError", "RecursionError"}, "RuntimeError")
      .Case("UnicodeDecodeError", "UnicodeError")
      .Case("UnicodeError", "ValueError")
      .Cases({"FileNotFoundError", "PermissionError"}, "OSError")
      .Cases({"StopIteration", "ValueError", "LookupError", "ArithmeticError",
              "RuntimeError", "OSError", "TypeError", "AssertionError",
              "AttributeError", "MemoryError", "NameError", "EOFError"},
             "Exception")
      .Default("");
}

bool ann::isBuiltinExceptionClass(StringRef name) {
  return name == "BaseException" || !builtinBase(name).empty();
}

ModuleClassHierarchy::ModuleClassHierarchy(ModuleOp module)
    : context(module.getContext()) {
  for (auto cls : module.getOps<flow::ClassOp>()) {
    auto &list = bases[FlatSymbolRefAttr::get(cls.getSymNameAttr())];
    for (Attribute base : cls.getBases())
      list.push_back(base);
  }
}

SmallVector<Attribute> ModuleClassHierarchy::ancestors(Attribute cls) const {
  SmallVector<Attribute> order{cls};
  llvm::DenseSet<Attribute> seen{cls};
  // Breadth first over the bases: nearest first, bounded by the classes.
  for (size_t i = 0; i < order.size(); ++i) {
    SmallVector<Attribute, 2> direct;
    if (auto it = bases.find(order[i]); it != bases.end())
      direct.assign(it->second.begin(), it->second.end());
    else if (auto builtin = dyn_cast<flow::BuiltinAttr>(order[i]))
      if (StringRef base = builtinBase(builtin.getName()); !base.empty())
        direct.push_back(flow::BuiltinAttr::get(context, base));
    for (Attribute base : direct) {
      if (auto builtin = dyn_cast<flow::BuiltinAttr>(base))
        if (builtin.getName() == "object")
          continue;
      if (seen.insert(base).second)
        order.push_back(base);
    }
  }
  return order;
}

bool ModuleClassHierarchy::isSubclass(Attribute cls, Attribute base) const {
  return llvm::is_contained(ancestors(cls), base);
}

Attribute ModuleClassHierarchy::commonBase(Attribute a, Attribute b) const {
  SmallVector<Attribute> ofA = ancestors(a);
  llvm::DenseSet<Attribute> inA(ofA.begin(), ofA.end());
  for (Attribute candidate : ancestors(b))
    if (inA.contains(candidate))
      return candidate;
  return nullptr;
}
