//===- Classes.cpp - Instances, attributes and methods --------------------===//
//
// PyPy's ClassDefs (rpython/annotator/classdesc.py): calling a class makes an
// instance and calls `__init__`; reading a method gives a bound method of
// the method and its overrides in subclasses; instance attributes live in
// per-class tables, generalised by every store, and an attribute read or
// written through a base class moves up from its subclasses to that base.
//
//===----------------------------------------------------------------------===//

#include "passes/Annotate/AnnotatorImpl.h"

#include "passes/Annotate/Rules.h"

#include "dialects/ann/AnnTypes.h"
#include "dialects/flow/FlowDialect.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::annotate;
using namespace rpy::annotate::detail;

/// The function a class member names, if it is a method.
static flow::FuncOp asMethod(SymbolTable &symbols, Attribute member) {
  if (auto ref = dyn_cast_or_null<FlatSymbolRefAttr>(member))
    return symbols.lookup<flow::FuncOp>(ref.getValue());
  return nullptr;
}

/// The name of a class, as messages spell it.
static std::string className(Attribute cls) {
  if (auto ref = dyn_cast<FlatSymbolRefAttr>(cls))
    return ref.getValue().str();
  if (auto builtin = dyn_cast<flow::BuiltinAttr>(cls))
    return builtin.getName().str();
  return "?";
}

std::pair<Attribute, Attribute> Annotator::findMember(Attribute cls,
                                                      StringRef name) {
  for (Attribute ancestor : lists.ancestors(cls)) {
    auto ref = dyn_cast<FlatSymbolRefAttr>(ancestor);
    if (!ref)
      continue;
    if (auto classOp = symbols.lookup<flow::ClassOp>(ref.getValue()))
      if (Attribute member = classOp.getMembers().get(name))
        return {member, ancestor};
  }
  return {};
}

SmallVector<Attribute> Annotator::subclasses(Attribute cls) {
  SmallVector<Attribute> result;
  for (auto classOp : module.getOps<flow::ClassOp>()) {
    Attribute ref = FlatSymbolRefAttr::get(classOp.getSymNameAttr());
    if (ref != cls && lists.isSubclass(ref, cls))
      result.push_back(ref);
  }
  return result;
}

FailureOr<Attribute> Annotator::locateAttribute(Operation *op, Attribute cls,
                                                StringRef name) {
  for (Attribute ancestor : lists.ancestors(cls)) {
    auto it = classAttrs.find(ancestor);
    if (it != classAttrs.end() && it->second.count(name))
      return ancestor;
  }
  // New here: it belongs to the class that defines it as a class attribute,
  // else to `cls`; the subclasses' definitions move up to it.
  Attribute owner = cls;
  auto [member, memberOwner] = findMember(cls, name);
  if (member)
    owner = memberOwner;
  AttributeInfo info;
  SmallVector<Attribute> sources{owner};
  llvm::append_range(sources, subclasses(owner));
  for (Attribute source : sources) {
    SmallVector<Type, 2> types;
    auto table = classAttrs.find(source);
    if (table != classAttrs.end()) {
      auto it = table->second.find(name);
      if (it != table->second.end()) {
        types.push_back(it->second.type);
        info.readers.insert(it->second.readers.begin(),
                            it->second.readers.end());
        table->second.erase(it);
      }
    }
    // Class attributes are the initial values (PyPy's constant sources).
    if (auto ref = dyn_cast<FlatSymbolRefAttr>(source))
      if (auto classOp = symbols.lookup<flow::ClassOp>(ref.getValue()))
        if (Attribute constant = classOp.getMembers().get(name)) {
          std::string error;
          Type type = annotateConstant(constant, error);
          if (!type) {
            report(op, error);
            return failure();
          }
          types.push_back(type);
        }
    for (Type type : types) {
      if (!type)
        continue;
      Type merged = info.type ? ann::unionOf(info.type, type, lists) : type;
      if (!merged) {
        report(op, "cannot union " + describe(info.type) + " and " +
                       describe(type) + " (attribute '" + name + "' of " +
                       className(owner) + ")");
        return failure();
      }
      info.type = merged;
    }
  }
  for (Block *reader : info.readers)
    enqueue(reader);
  classAttrs[owner][name] = std::move(info);
  return owner;
}

std::optional<Step> Annotator::flowInstanceOp(Operation *op,
                                              ArrayRef<Type> operands) {
  if (!isa<flow::GetAttrOp, flow::SetAttrOp>(op))
    return std::nullopt;
  // Only None so far (`self.current = None` before an instance is stored):
  // wait for the instance, as PyPy's getattr of None is impossible.
  if (isa<ann::NoneType>(operands[0]))
    return Step::Blocked;
  auto instance = dyn_cast<ann::InstanceType>(operands[0]);
  if (!instance)
    return std::nullopt;
  Attribute cls = instance.getClassRef();
  StringRef name = isa<flow::GetAttrOp>(op)
                       ? cast<flow::GetAttrOp>(op).getName()
                       : cast<flow::SetAttrOp>(op).getName();
  if (!isa<FlatSymbolRefAttr>(cls)) {
    report(op, op->getName().getStringRef() + " '" + name + "' of " +
                   describe(instance) + " is not supported yet");
    return Step::Error;
  }
  auto [member, owner] = findMember(cls, name);
  // A method defined only in subclasses (an abstract method) is still one.
  SmallVector<Attribute> overrides;
  for (Attribute subclass : subclasses(cls)) {
    auto classOp = symbols.lookup<flow::ClassOp>(
        cast<FlatSymbolRefAttr>(subclass).getValue());
    Attribute override = classOp.getMembers().get(name);
    if (override && asMethod(symbols, override))
      overrides.push_back(override);
  }
  bool isFunction =
      member ? bool(asMethod(symbols, member)) : !overrides.empty();
  bool isDecorated =
      isa_and_nonnull<flow::StaticMethodAttr, flow::ClassMethodAttr>(member);
  if (isDecorated && isa<flow::SetAttrOp>(op)) {
    report(op, "cannot assign the attribute '" + name + "' of " +
                   describe(instance) + ": it is a method");
    return Step::Error;
  }
  if (isDecorated)
    return finish(op, decoratedMember(member, cls));
  if (member && !isFunction && isa<SymbolRefAttr>(member)) {
    report(op, "the class member '" + name + "' of " + className(owner) +
                   " is not supported yet");
    return Step::Error;
  }

  if (auto setattr = dyn_cast<flow::SetAttrOp>(op)) {
    if (isFunction) {
      report(op, "cannot assign the attribute '" + name + "' of " +
                     describe(instance) + ": it is a method");
      return Step::Error;
    }
    return succeeded(storeAttribute(op, cls, name, operands[1]))
               ? Step::Continue
               : Step::Error;
  }

  if (isFunction) {
    // The method and its overrides: `self` may be of any subclass.
    SmallVector<Attribute> functions(overrides);
    if (member)
      functions.push_back(member);
    auto self = ann::InstanceType::get(ctx, cls, /*nullable=*/false);
    return finish(op, ann::MethodType::get(ctx, functions, self));
  }

  FailureOr<Attribute> location = locateAttribute(op, cls, name);
  if (failed(location))
    return Step::Error;
  AttributeInfo &info = classAttrs[*location][name];
  info.readers.insert(op->getBlock());
  // Never stored so far: the block waits, and is a blocked block if nothing
  // ever stores it.
  if (!info.type)
    return Step::Blocked;
  return finish(op, info.type);
}

Type Annotator::decoratedMember(Attribute member, Attribute cls) {
  // A static method is its plain function; a class method is bound to the
  // class it was read through (PyPy binds it to the class of the receiver,
  // which the static class approximates).
  if (auto staticMethod = dyn_cast<flow::StaticMethodAttr>(member))
    return ann::PbcType::get(ctx,
                             ArrayRef<Attribute>{staticMethod.getFunction()});
  auto classMethod = cast<flow::ClassMethodAttr>(member);
  Type clsType = ann::PbcType::get(ctx, ArrayRef<Attribute>{cls});
  return ann::MethodType::get(
      ctx, ArrayRef<Attribute>{classMethod.getFunction()}, clsType);
}

std::optional<Step> Annotator::flowClassAttr(Operation *op,
                                             ArrayRef<Type> operands) {
  auto getattr = dyn_cast<flow::GetAttrOp>(op);
  auto pbc = dyn_cast<ann::PbcType>(operands[0]);
  if (!getattr || !pbc || pbc.getNullable())
    return std::nullopt;
  SmallVector<FlatSymbolRefAttr> classes;
  for (Attribute member : pbc.getMembers()) {
    auto ref = dyn_cast<FlatSymbolRefAttr>(member);
    if (!ref || !symbols.lookup<flow::ClassOp>(ref.getValue()))
      return std::nullopt;
    classes.push_back(ref);
  }
  // A set of classes reads the member of each; the result is the union.
  Type result;
  bool blocked = false;
  for (FlatSymbolRefAttr cls : classes) {
    FailureOr<Type> type = classMember(op, cls, getattr.getName());
    if (failed(type))
      return Step::Error;
    if (!*type) {
      blocked = true;
      continue;
    }
    Type merged = result ? ann::unionOf(result, *type, lists) : *type;
    if (!merged) {
      report(op, "cannot union " + describe(result) + " and " +
                     describe(*type) + " (attribute '" + getattr.getName() +
                     "' of the classes read here)");
      return Step::Error;
    }
    result = merged;
  }
  if (blocked)
    return Step::Blocked;
  return finish(op, result);
}

FailureOr<Type> Annotator::classMember(Operation *op, FlatSymbolRefAttr cls,
                                       StringRef name) {
  auto [member, owner] = findMember(cls, name);
  if (isa_and_nonnull<flow::StaticMethodAttr, flow::ClassMethodAttr>(member))
    return decoratedMember(member, cls);
  // `C.f` of a plain method is the function itself (Python 3 has no
  // unbound methods).
  if (member && asMethod(symbols, member))
    return Type(ann::PbcType::get(ctx, ArrayRef<Attribute>{member}));
  if (!member) {
    report(op, "class " + cls.getValue() + " has no attribute '" + name + "'");
    return failure();
  }
  if (isa<SymbolRefAttr>(member)) {
    report(op, "the class member '" + name + "' of " + className(owner) +
                   " is not supported yet");
    return failure();
  }
  // A class attribute: it shares the table of the instances' attribute, so
  // a read through the class sees the stores through instances too (a
  // safe over-approximation of PyPy's class-level attribute).
  FailureOr<Attribute> location = locateAttribute(op, cls, name);
  if (failed(location))
    return failure();
  AttributeInfo &info = classAttrs[*location][name];
  info.readers.insert(op->getBlock());
  return info.type;
}

FailureOr<Type> Annotator::instantiate(Operation *op, FlatSymbolRefAttr cls,
                                       ArrayRef<Type> args,
                                       ArrayRef<StringRef> keywords) {
  auto instance = ann::InstanceType::get(ctx, cls, /*nullable=*/false);
  auto [init, owner] = findMember(cls, "__init__");
  if (init) {
    flow::FuncOp func = asMethod(symbols, init);
    if (!func) {
      report(op, "the __init__ of " + cls.getValue() +
                     " is not supported yet: it is not a function");
      return failure();
    }
    SmallVector<Type> withSelf{instance};
    llvm::append_range(withSelf, args);
    if (failed(callFunction(op, func, withSelf, keywords)))
      return failure();
    return Type(instance);
  }
  // Built-in exception classes take their message arguments.
  bool isException = llvm::any_of(lists.ancestors(cls), [](Attribute base) {
    auto builtin = dyn_cast<flow::BuiltinAttr>(base);
    return builtin && ann::isBuiltinExceptionClass(builtin.getName());
  });
  if (!args.empty() && !isException) {
    report(op, cls.getValue() + "() takes no arguments");
    return failure();
  }
  return Type(instance);
}

FailureOr<Type> Annotator::callInstantiate(Operation *op, ArrayRef<Type> args) {
  if (args.size() != 1) {
    report(op, "instantiate() takes 1 argument, got " + Twine(args.size()));
    return failure();
  }
  // As PyPy's robjmodel_instantiate: a constant class or a PBC of classes
  // gives an instance of their common base; no __init__ runs.
  auto pbc = dyn_cast<ann::PbcType>(args[0]);
  auto isClass = [&](Attribute member) {
    if (auto builtin = dyn_cast<flow::BuiltinAttr>(member))
      return builtin.getName() == "object" ||
             ann::isBuiltinExceptionClass(builtin.getName());
    auto ref = dyn_cast<FlatSymbolRefAttr>(member);
    return ref && symbols.lookup<flow::ClassOp>(ref.getValue());
  };
  if (!pbc || pbc.getNullable() || !llvm::all_of(pbc.getMembers(), isClass)) {
    report(op, "instantiate() of " + describe(args[0]) +
                   ": expected a class or classes");
    return failure();
  }
  Attribute base;
  for (Attribute cls : pbc.getMembers()) {
    Attribute common = base ? lists.commonBase(base, cls) : cls;
    if (!common) {
      report(op, "instantiate() of " + describe(args[0]) +
                     ": the classes have no common base");
      return failure();
    }
    base = common;
  }
  return Type(ann::InstanceType::get(ctx, base, /*nullable=*/false));
}

void Annotator::writeClassAttributes() {
  for (auto classOp : module.getOps<flow::ClassOp>()) {
    auto it = classAttrs.find(FlatSymbolRefAttr::get(classOp.getSymNameAttr()));
    if (it == classAttrs.end() || it->second.empty())
      continue;
    SmallVector<NamedAttribute> fields;
    for (auto &entry : it->second) {
      Type type = entry.second.type;
      Type written = type ? lists.resolve(type) : Type();
      // A list containing itself was reported where a value holds it.
      if (!written)
        written = ann::ImpossibleType::get(ctx);
      fields.emplace_back(StringAttr::get(ctx, entry.first()),
                          TypeAttr::get(written));
    }
    classOp->setAttr("ann.attributes", DictionaryAttr::get(ctx, fields));
  }
}

LogicalResult Annotator::storeAttribute(Operation *op, Attribute cls,
                                        StringRef name, Type value) {
  FailureOr<Attribute> location = locateAttribute(op, cls, name);
  if (failed(location))
    return failure();
  AttributeInfo &info = classAttrs[*location][name];
  Type merged = info.type ? ann::unionOf(info.type, value, lists) : value;
  if (!merged) {
    report(op, "cannot union " + describe(info.type) + " and " +
                   describe(value) + " (attribute '" + name + "' of " +
                   className(*location) + ")");
    return failure();
  }
  if (merged != info.type) {
    info.type = merged;
    for (Block *reader : info.readers)
      enqueue(reader);
  }
  return success();
}

FailureOr<Type> Annotator::prebuiltInstance(Operation *op, Attribute value) {
  auto ref = dyn_cast<FlatSymbolRefAttr>(value);
  auto prebuilt = ref ? symbols.lookup<flow::PrebuiltOp>(ref.getValue())
                      : flow::PrebuiltOp();
  if (!prebuilt || prebuilt.getKind() != "instance")
    return Type();
  Attribute cls = prebuilt.getClsAttr();
  auto builtin = dyn_cast_or_null<flow::BuiltinAttr>(cls);
  bool userClass =
      isa_and_nonnull<FlatSymbolRefAttr>(cls) &&
      symbols.lookup<flow::ClassOp>(cast<FlatSymbolRefAttr>(cls).getValue());
  if (!userClass &&
      !(builtin && ann::isBuiltinExceptionClass(builtin.getName())))
    return Type(); // JitDriver, sys.stdout, ...: PBCs with their own rules
  auto instance = ann::InstanceType::get(ctx, cls, /*nullable=*/false);
  // As PyPy: a prebuilt instance is an instance of its class, whose fields
  // are stored into the class's attributes once (the set also ends the
  // recursion of instances that refer to each other).
  if (!userClass || !prebuiltInstances.insert(prebuilt).second)
    return Type(instance);
  if (DictionaryAttr fields = prebuilt.getFieldsAttr())
    for (NamedAttribute field : fields) {
      FailureOr<Type> type = constantType(op, field.getValue());
      if (failed(type) ||
          failed(storeAttribute(op, cls, field.getName(), *type)))
        return failure();
    }
  return Type(instance);
}

std::optional<Step> Annotator::flowPrebuiltAttr(Operation *op,
                                                ArrayRef<Type> operands) {
  auto getattr = dyn_cast<flow::GetAttrOp>(op);
  auto pbc = dyn_cast<ann::PbcType>(operands[0]);
  if (!getattr || !pbc || pbc.getMembers().size() != 1)
    return std::nullopt;
  auto ref = dyn_cast<FlatSymbolRefAttr>(pbc.getMembers()[0]);
  auto prebuilt = ref ? symbols.lookup<flow::PrebuiltOp>(ref.getValue())
                      : flow::PrebuiltOp();
  if (!prebuilt || prebuilt.getKind() != "instance")
    return std::nullopt;
  // The JIT's hints are no-ops until there is a JIT (rpython.rlib.jit).
  auto cls = dyn_cast_or_null<flow::BuiltinAttr>(prebuilt.getClsAttr());
  StringRef name = getattr.getName();
  if (cls && cls.getName() == "rpython.rlib.jit.JitDriver" &&
      llvm::is_contained({"jit_merge_point", "can_enter_jit", "loop_header"},
                         name)) {
    auto hint = flow::BuiltinAttr::get(ctx, (cls.getName() + "." + name).str());
    return finish(op, ann::PbcType::get(ctx, ArrayRef<Attribute>{hint}));
  }
  // sys.stdout and sys.stderr: their methods are built-ins named after the
  // stream, so the rtyper knows which file descriptor they write to.
  if (cls && cls.getName() == "sys._Stream") {
    DictionaryAttr fields = prebuilt.getFieldsAttr();
    auto streamName =
        dyn_cast_or_null<StringAttr>(fields ? fields.get("name") : nullptr);
    StringRef stream = streamName ? streamName.getValue() : "";
    stream.consume_front("<");
    stream.consume_back(">");
    if ((stream != "stdout" && stream != "stderr") ||
        (name != "write" && name != "flush")) {
      report(op, "flow.getattr '" + name + "' of sys." + stream +
                     " is not supported");
      return Step::Error;
    }
    auto method =
        flow::BuiltinAttr::get(ctx, ("sys." + stream + "." + name).str());
    return finish(op, ann::PbcType::get(ctx, ArrayRef<Attribute>{method}));
  }
  return std::nullopt;
}
