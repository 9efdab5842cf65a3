//===- Classes.cpp - Instances, classes and exceptions --------------------===//
//
// PyPy's rclass: every class has an instance struct that embeds its base's
// (`@inst.C gc (super: !lltype.inline<@inst.Base>, attributes...)`, the root
// `@object` holding the vtable pointer) and a vtable, a prebuilt non-GC
// struct that embeds its base's too (`@vtable.C`), whose root part is the
// runtime's `rpy_vtable`: the class-id range for `isinstance` (ids are a
// preorder numbering of the class tree, so a class's subclasses have the
// ids in [min, max)) and the class's name. Methods with overrides are
// called through slots of the vtables. Built-in exception classes are
// classes too; their root, BaseException, has the `message` the runtime
// prints for an uncaught exception.
//
//===----------------------------------------------------------------------===//

#include "passes/RTyper/RTyperImpl.h"

#include "dialects/ann/Lattice.h"
#include "dialects/ann/ModuleClassHierarchy.h"
#include "dialects/flow/FlowDialect.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::rtyper::detail;

/// The class tree's root, which no flow.class names.
static constexpr llvm::StringLiteral kObject = "object";

std::string RTyper::className(Attribute cls) {
  if (auto builtin = dyn_cast<flow::BuiltinAttr>(cls))
    return builtin.getName().str();
  if (auto ref = dyn_cast<FlatSymbolRefAttr>(cls))
    return ref.getValue().str();
  return kObject.str();
}

void RTyper::collectClasses() {
  ann::ModuleClassHierarchy hierarchy(module);
  auto objectAttr = flow::BuiltinAttr::get(ctx, kObject);
  // Every class the program names, and the bases of each up to the root.
  SmallVector<Attribute> pending;
  for (auto cls : module.getOps<flow::ClassOp>())
    pending.push_back(FlatSymbolRefAttr::get(cls.getSymNameAttr()));
  module.walk([&](Operation *op) {
    auto note = [&](Type type) {
      if (auto instance = dyn_cast<ann::InstanceType>(type);
          instance && !isStringBuilder(instance))
        pending.push_back(instance.getClassRef());
    };
    for (Type type : op->getResultTypes())
      note(type);
    for (Region &region : op->getRegions())
      for (Block &block : region)
        for (Type type : block.getArgumentTypes())
          note(type);
    if (auto catchOp = dyn_cast<flow::CatchOp>(op))
      llvm::append_range(pending, catchOp.getExceptionClasses());
  });
  // The exceptions the RTyper itself may raise (Externals.cpp).
  for (StringRef name : {"OSError", "KeyError", "ValueError", "IndexError",
                         "ZeroDivisionError", "OverflowError", "SystemExit",
                         "RecursionError"})
    pending.push_back(flow::BuiltinAttr::get(ctx, name));
  classInfos[objectAttr].parent = nullptr;
  classOrder.push_back(objectAttr);
  while (!pending.empty()) {
    Attribute cls = pending.pop_back_val();
    if (classInfos.count(cls))
      continue;
    SmallVector<Attribute> ancestors = hierarchy.ancestors(cls);
    Attribute parent = ancestors.size() > 1 ? ancestors[1] : objectAttr;
    classInfos[cls].parent = parent;
    classOrder.push_back(cls);
    pending.push_back(parent);
  }
  // Preorder ids: children in the order first seen.
  DenseMap<Attribute, SmallVector<Attribute>> children;
  for (Attribute cls : classOrder)
    if (Attribute parent = classInfos[cls].parent)
      children[parent].push_back(cls);
  int64_t next = 0;
  std::function<void(Attribute)> number = [&](Attribute cls) {
    ClassInfo &info = classInfos[cls];
    info.minId = next++;
    for (Attribute child : children[cls])
      number(child);
    classInfos[cls].maxId = next;
  };
  number(objectAttr);
}

lltype::PtrType RTyper::instanceType(Attribute cls) {
  ClassInfo &info = classInfos[cls];
  std::string name = "inst." + className(cls);
  if (!info.instanceStruct) {
    info.instanceStruct = FlatSymbolRefAttr::get(ctx, name);
    SmallVector<StringRef> names;
    SmallVector<Type> types;
    if (!info.parent) {
      names.push_back("typeptr");
      types.push_back(lltype::PtrType::get(ctx, vtableStruct(cls)));
    } else {
      names.push_back("super");
      types.push_back(lltype::InlineType::get(
          ctx, instanceType(info.parent).getTarget()));
    }
    if (className(cls) == "BaseException") {
      names.push_back("message");
      types.push_back(stringType());
    }
    // The attributes whose table is this class's (ann.attributes).
    auto ref = dyn_cast<FlatSymbolRefAttr>(cls);
    auto classOp = ref ? symbols.lookup<flow::ClassOp>(ref.getValue())
                       : flow::ClassOp();
    SmallVector<std::string> attrNames;
    if (classOp)
      if (auto attrs =
              classOp->getAttrOfType<DictionaryAttr>("ann.attributes"))
        for (NamedAttribute attr : attrs) {
          Type low = lowType(cast<TypeAttr>(attr.getValue()).getValue(),
                             classOp.getLoc());
          if (!low)
            return nullptr;
          if (isa<lltype::VoidType>(low))
            continue;
          attrNames.push_back(attr.getName().str());
          types.push_back(low);
        }
    for (const std::string &attrName : attrNames)
      names.push_back(attrName);
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    define(lltype::StructOp::create(builder, module.getLoc(),
                                    builder.getStringAttr(name),
                                    builder.getUnitAttr(),
                                    builder.getStrArrayAttr(names),
                                    builder.getTypeArrayAttr(types)));
  }
  return lltype::PtrType::get(ctx, info.instanceStruct);
}

FlatSymbolRefAttr RTyper::vtableStruct(Attribute cls) {
  ClassInfo &info = classInfos[cls];
  std::string name = "vtable." + className(cls);
  if (!info.vtableStruct) {
    info.vtableStruct = FlatSymbolRefAttr::get(ctx, name);
    SmallVector<StringRef> names;
    SmallVector<Type> types;
    auto signed_ = lltype::SignedType::get(ctx);
    if (!info.parent) {
      // The runtime's rpy_vtable.
      names = {"subclassrange_min", "subclassrange_max", "name"};
      types = {signed_, signed_, stringType()};
    } else {
      names.push_back("super");
      types.push_back(lltype::InlineType::get(ctx, vtableStruct(info.parent)));
    }
    for (auto &[slot, func] : info.slots) {
      FunctionType signature = lowSignature(func);
      if (!signature)
        return nullptr;
      names.push_back(slot);
      types.push_back(lltype::FuncPtrType::get(ctx, signature));
    }
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    define(lltype::StructOp::create(builder, module.getLoc(),
                                    builder.getStringAttr(name), UnitAttr(),
                                    builder.getStrArrayAttr(names),
                                    builder.getTypeArrayAttr(types)));
  }
  return info.vtableStruct;
}

FlatSymbolRefAttr RTyper::vtableGlobal(Attribute cls) {
  ClassInfo &info = classInfos[cls];
  if (info.vtableGlobal)
    return info.vtableGlobal;
  std::string name = "vtable." + className(cls) + ".instance";
  info.vtableGlobal = FlatSymbolRefAttr::get(ctx, name);
  // The contents: the root part first, nested in each class's `super`,
  // each class's slots holding what `cls` resolves their methods to.
  SmallVector<Attribute> chain;
  for (Attribute c = cls; c; c = classInfos[c].parent)
    chain.push_back(c);
  FlatSymbolRefAttr nameGlobal = stringGlobal(className(cls));
  Attribute value;
  for (Attribute c : llvm::reverse(chain)) {
    SmallVector<Attribute> fields;
    if (!value)
      fields = {builder.getI64IntegerAttr(info.minId),
                builder.getI64IntegerAttr(info.maxId), nameGlobal};
    else
      fields.push_back(value);
    for (auto &[slot, func] : classInfos[c].slots) {
      flow::FuncOp target = resolveMethod(cls, slot);
      fields.push_back(target ? Attribute(FlatSymbolRefAttr::get(
                                    target.getSymNameAttr()))
                              : Attribute(builder.getUnitAttr()));
    }
    value = builder.getArrayAttr(fields);
  }
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(module.getBody());
  define(lltype::GlobalOp::create(builder, module.getLoc(),
                                  builder.getStringAttr(name),
                                  vtableStruct(cls), cast<ArrayAttr>(value)));
  return info.vtableGlobal;
}

Attribute RTyper::exceptionBase(Attribute cls) {
  for (Attribute c = cls; c; c = classInfos.lookup(c).parent)
    if (className(c) == "BaseException")
      return c;
  return nullptr;
}

bool RTyper::isSubclass(Attribute cls, StringRef baseName) {
  for (Attribute c = cls; c; c = classInfos.lookup(c).parent)
    if (className(c) == baseName)
      return true;
  return false;
}

Value RTyper::castInstance(Location loc, Value value, Attribute to) {
  lltype::PtrType type = instanceType(to);
  if (value.getType() == type)
    return value;
  return lltype::CastPointerOp::create(builder, loc, type, value);
}

Value RTyper::isInstanceOf(Location loc, Value object, Attribute cls) {
  auto signed_ = lltype::SignedType::get(ctx);
  Attribute root = classOrder.front();
  Value asObject = castInstance(loc, object, root);
  Value vtable = lltype::GetFieldOp::create(
      builder, loc, lltype::PtrType::get(ctx, vtableStruct(root)), asObject,
      "typeptr");
  Value id = lltype::GetFieldOp::create(builder, loc, signed_, vtable,
                                        "subclassrange_min");
  ClassInfo &info = classInfos[cls];
  auto constant = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  // min <= id < max, as one unsigned comparison: id - min < max - min.
  Value offset = lltype::CastIntToUintOp::create(
      builder, loc, lltype::IntSubOp::create(builder, loc, id, constant(info.minId)));
  Value span = lltype::CastIntToUintOp::create(
      builder, loc, constant(info.maxId - info.minId));
  return lltype::UintLtOp::create(builder, loc, offset, span);
}

FlatSymbolRefAttr RTyper::stringGlobal(StringRef text) {
  FlatSymbolRefAttr &ref = strings[text];
  if (!ref) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    std::string name = "str." + std::to_string(strings.size() - 1);
    auto global = lltype::GlobalOp::create(
        builder, module.getLoc(), builder.getStringAttr(name),
        stringType().getTarget(),
        builder.getArrayAttr(
            {builder.getI64IntegerAttr(0), builder.getStringAttr(text)}));
    define(global);
    ref = FlatSymbolRefAttr::get(global.getSymNameAttr());
  }
  return ref;
}

Attribute RTyper::attributeOwner(Attribute cls, StringRef name) {
  for (Attribute c = cls; c; c = classInfos.lookup(c).parent) {
    auto ref = dyn_cast<FlatSymbolRefAttr>(c);
    auto classOp = ref ? symbols.lookup<flow::ClassOp>(ref.getValue())
                       : flow::ClassOp();
    auto attrs = classOp ? classOp->getAttrOfType<DictionaryAttr>(
                               "ann.attributes")
                         : DictionaryAttr();
    if (attrs && attrs.get(name))
      return c;
  }
  return nullptr;
}

LogicalResult RTyper::convertInstanceOp(Operation *op) {
  Location loc = op->getLoc();
  if (auto isInstance = dyn_cast<flow::IsInstanceOp>(op)) {
    auto instance = dyn_cast<ann::InstanceType>(isInstance.getObject().getType());
    auto classes = dyn_cast<ann::PbcType>(isInstance.getCls().getType());
    // None is an instance of nothing.
    if (isa<ann::NoneType>(isInstance.getObject().getType()))
      return produce(op, lltype::ConstantOp::create(
                             builder, loc, lltype::BoolType::get(ctx),
                             builder.getBoolAttr(false)));
    if (!instance || !classes || classes.getMembers().size() != 1)
      return error(op, "the rtyper does not support isinstance() of " +
                           ann::describe(isInstance.getObject().getType()) +
                           " yet");
    Value object = lookup(isInstance.getObject());
    Attribute cls = classes.getMembers()[0];
    if (!instance.getNullable())
      return produce(op, isInstanceOf(loc, object, cls));
    // None is an instance of nothing: test the class only when not null.
    Value nonNull = lltype::PtrNonzeroOp::create(builder, loc, object);
    Block *current = builder.getInsertionBlock();
    auto *check = new Block(), *join = new Block();
    current->getParent()->getBlocks().insertAfter(current->getIterator(),
                                                  check);
    current->getParent()->getBlocks().insertAfter(check->getIterator(), join);
    Value result = join->addArgument(lltype::BoolType::get(ctx), loc);
    lltype::CondBrOp::create(builder, loc, nonNull, ValueRange(),
                             ValueRange{nonNull}, check, join);
    builder.setInsertionPointToStart(check);
    lltype::BrOp::create(builder, loc,
                         ValueRange{isInstanceOf(loc, object, cls)}, join);
    builder.setInsertionPointToStart(join);
    return produce(op, result);
  }
  if (isa<flow::IsOp>(op)) {
    Value a = lookup(op->getOperand(0)), b = lookup(op->getOperand(1));
    bool aNone = isa<lltype::VoidType>(a.getType()),
         bNone = isa<lltype::VoidType>(b.getType());
    if (aNone && bNone)
      return produce(op, lltype::ConstantOp::create(
                             builder, loc, lltype::BoolType::get(ctx),
                             builder.getBoolAttr(true)));
    if (aNone || bNone) {
      Value other = aNone ? b : a;
      if (!isa<lltype::PtrType, lltype::FuncPtrType>(other.getType()))
        return produce(op, lltype::ConstantOp::create(
                               builder, loc, lltype::BoolType::get(ctx),
                               builder.getBoolAttr(false)));
      return produce(op, lltype::PtrIsZeroOp::create(builder, loc, other));
    }
    if (isa<lltype::PtrType>(a.getType()) &&
        isa<lltype::PtrType>(b.getType())) {
      if (a.getType() != b.getType()) {
        Attribute root = classOrder.front();
        a = castInstance(loc, a, root);
        b = castInstance(loc, b, root);
      }
      return produce(op, lltype::PtrEqOp::create(builder, loc, a, b));
    }
    if (isa<lltype::FuncPtrType>(a.getType()) && a.getType() == b.getType())
      return produce(op, lltype::PtrEqOp::create(builder, loc, a, b));
    return error(op, "the rtyper does not support 'is' between " +
                         ann::describe(op->getOperand(0).getType()) + " and " +
                         ann::describe(op->getOperand(1).getType()) + " yet");
  }
  auto instance = cast<ann::InstanceType>(op->getOperand(0).getType());
  StringRef name = isa<flow::GetAttrOp>(op)
                       ? cast<flow::GetAttrOp>(op).getName()
                       : cast<flow::SetAttrOp>(op).getName();
  Attribute owner = attributeOwner(instance.getClassRef(), name);
  // A method read for a call: the call uses the object (convertCall). An
  // attribute holding functions is a field like any other.
  if (auto method = isa<flow::GetAttrOp>(op)
                        ? dyn_cast<ann::MethodType>(op->getResult(0).getType())
                        : ann::MethodType()) {
    // A bound method is represented by its object.
    Value object = convert(lookup(op->getOperand(0)), instance,
                           method.getSelfType(), op);
    return object ? produce(op, object) : failure();
  }
  if (isa<flow::GetAttrOp>(op) &&
      isa<ann::PbcType>(op->getResult(0).getType()) && !owner)
    return produce(op, lltype::ConstantOp::create(builder, loc,
                                                  lltype::VoidType::get(ctx),
                                                  builder.getUnitAttr()));
  if (!owner)
    return error(op, "the rtyper does not support the attribute '" + name +
                         "' of " + ann::describe(instance) + " yet");
  auto ownerOp = symbols.lookup<flow::ClassOp>(
      cast<FlatSymbolRefAttr>(owner).getValue());
  Type annotation = cast<TypeAttr>(
                        ownerOp->getAttrOfType<DictionaryAttr>("ann.attributes")
                            .get(name))
                        .getValue();
  Type low = lowType(annotation, op);
  if (!low)
    return failure();
  Value object = castInstance(loc, lookup(op->getOperand(0)), owner);
  if (isa<flow::GetAttrOp>(op)) {
    if (isa<lltype::VoidType>(low))
      return produce(op, lltype::ConstantOp::create(builder, loc, low,
                                                    builder.getUnitAttr()));
    Value value = lltype::GetFieldOp::create(builder, loc, low, object, name);
    Value result = convert(value, annotation, op->getResult(0).getType(), op);
    return result ? produce(op, result) : failure();
  }
  if (isa<lltype::VoidType>(low))
    return success();
  Value stored = convert(lookup(op->getOperand(1)), op->getOperand(1).getType(),
                         annotation, op);
  if (!stored)
    return failure();
  lltype::SetFieldOp::create(builder, loc, object, name, stored);
  return success();
}

LogicalResult RTyper::instantiate(Operation *op, Attribute cls,
                                  ValueRange args, ArrayRef<Type> argTypes) {
  FailureOr<Value> instance = newInstance(op, cls, args, argTypes);
  return failed(instance) ? failure() : produce(op, *instance);
}

LogicalResult RTyper::callClassPointer(Operation *op, ann::PbcType pbc,
                                       ValueRange args,
                                       ArrayRef<Type> argTypes) {
  // A class chosen at run time (PyPy's ClassesPBCRepr): its vtable,
  // compared with each possible class's, which is then instantiated.
  Location loc = op->getLoc();
  Type resultAnnotation = op->getResult(0).getType();
  Type resultLow = lowType(resultAnnotation, op);
  if (!resultLow)
    return failure();
  Value vtable = lookup(op->getOperand(0));
  Block *current = builder.getInsertionBlock();
  Region *region = current->getParent();
  auto *join = new Block();
  region->getBlocks().insertAfter(current->getIterator(), join);
  Value result = join->addArgument(resultLow, loc);
  ArrayRef<Attribute> members = pbc.getMembers().getValue();
  for (auto [index, cls] : llvm::enumerate(members)) {
    auto *make = new Block();
    region->getBlocks().insert(join->getIterator(), make);
    if (index + 1 < members.size()) {
      auto *next = new Block();
      region->getBlocks().insert(join->getIterator(), next);
      lltype::CondBrOp::create(
          builder, loc,
          lltype::PtrEqOp::create(builder, loc, vtable, classPointer(loc, cls)),
          ValueRange(), ValueRange(), make, next);
      builder.setInsertionPointToStart(make);
      FailureOr<Value> instance = newInstance(op, cls, args, argTypes);
      Value converted =
          succeeded(instance)
              ? convert(*instance, ann::InstanceType::get(ctx, cls, false),
                        resultAnnotation, op)
              : Value();
      if (!converted)
        return failure();
      lltype::BrOp::create(builder, loc, ValueRange{converted}, join);
      builder.setInsertionPointToStart(next);
      continue;
    }
    // The last class: every other was tested.
    lltype::BrOp::create(builder, loc, ValueRange(), make);
    builder.setInsertionPointToStart(make);
    FailureOr<Value> instance = newInstance(op, cls, args, argTypes);
    Value converted =
        succeeded(instance)
            ? convert(*instance, ann::InstanceType::get(ctx, cls, false),
                      resultAnnotation, op)
            : Value();
    if (!converted)
      return failure();
    lltype::BrOp::create(builder, loc, ValueRange{converted}, join);
  }
  builder.setInsertionPointToStart(join);
  return produce(op, result);
}

Value RTyper::classPointer(Location loc, Attribute cls) {
  Attribute root = classOrder.front();
  Value vtable = lltype::AddressOfOp::create(
      builder, loc, lltype::PtrType::get(ctx, vtableStruct(cls)),
      vtableGlobal(cls));
  return lltype::CastPointerOp::create(
      builder, loc, lltype::PtrType::get(ctx, vtableStruct(root)), vtable);
}

/// The class `c` of the program, if it is one (not a built-in).
static flow::ClassOp classOpOf(SymbolTable &symbols, Attribute c) {
  auto ref = dyn_cast<FlatSymbolRefAttr>(c);
  return ref ? symbols.lookup<flow::ClassOp>(ref.getValue()) : flow::ClassOp();
}

LogicalResult RTyper::initClassDefaults(Location loc, Value instance,
                                        Attribute cls) {
  // A class attribute read through instances lives in their struct (the
  // annotator put it in the attribute table): each new instance starts
  // with the value of the nearest class defining it, as Python finds it.
  for (Attribute owner = cls; owner; owner = classInfos.lookup(owner).parent) {
    flow::ClassOp ownerOp = classOpOf(symbols, owner);
    auto fields = ownerOp ? ownerOp->getAttrOfType<DictionaryAttr>(
                                "ann.attributes")
                          : DictionaryAttr();
    if (!fields)
      continue;
    for (NamedAttribute field : fields) {
      Attribute value;
      for (Attribute c = cls; c && !value; c = classInfos.lookup(c).parent)
        if (flow::ClassOp classOp = classOpOf(symbols, c))
          if (Attribute member = classOp.getMembers().get(field.getName()))
            if (!isa<FlatSymbolRefAttr>(member) ||
                !symbols.lookup<flow::FuncOp>(
                    cast<FlatSymbolRefAttr>(member).getValue()))
              value = member;
      if (!value)
        continue;
      Type annotation = cast<TypeAttr>(field.getValue()).getValue();
      Type low = lowType(annotation, loc);
      if (!low)
        return failure();
      if (isa<lltype::VoidType>(low))
        continue;
      Value initial = materialize(loc, value, annotation);
      if (!initial)
        return failure();
      lltype::SetFieldOp::create(builder, loc,
                                 castInstance(loc, instance, owner),
                                 field.getName(), initial);
    }
  }
  return success();
}

/// repr() of an ASCII-or-Latin-1 string, as CPython writes it: single
/// quotes unless the text has one and no double quote.
static std::string pythonRepr(StringRef text) {
  char quote = text.contains('\'') && !text.contains('"') ? '"' : '\'';
  std::string out(1, quote);
  for (unsigned char c : text) {
    if (c == '\\' || c == static_cast<unsigned char>(quote)) {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || (c >= 0x7f && c < 0xa1) || c == 0xad) {
      static constexpr char digits[] = "0123456789abcdef";
      out += "\\x";
      out += digits[c >> 4];
      out += digits[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

FlatSymbolRefAttr RTyper::staticInstance(FlatSymbolRefAttr ref, Location loc) {
  // A prebuilt instance (`SPACE = Space()` at module level): a static GC
  // object, its struct filled from the prebuilt's fields, the class
  // attributes it reads, and zeros; a root of the collector, since the
  // program may store heap objects in it.
  std::string name = "prebuilt." + ref.getValue().str();
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  auto prebuilt = symbols.lookup<flow::PrebuiltOp>(ref.getValue());
  Attribute cls = prebuilt ? prebuilt.getClsAttr() : Attribute();
  if (!cls || !classInfos.count(cls)) {
    (void)error(loc, "the rtyper does not know the class of the prebuilt " +
                         ref.getValue());
    return nullptr;
  }
  DictionaryAttr fields = prebuilt.getFieldsAttr();
  // Reserve the name first: a field may point back to this instance.
  lltype::PtrType type = instanceType(cls);
  {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    define(lltype::GlobalOp::create(builder, module.getLoc(),
                                    builder.getStringAttr(name),
                                    type.getTarget(), builder.getArrayAttr({})));
  }
  // The value of the struct of class `c`, its base's first.
  std::function<Attribute(Attribute)> valueOf = [&](Attribute c) -> Attribute {
    auto structOp = symbols.lookup<lltype::StructOp>(
        instanceType(c).getTarget().getValue());
    SmallVector<Attribute> values;
    for (auto [fieldName, fieldType] :
         llvm::zip(structOp.getFieldNames(), structOp.getFieldTypes())) {
      StringRef field = cast<StringAttr>(fieldName).getValue();
      Type low = cast<TypeAttr>(fieldType).getValue();
      if (field == "super") {
        Attribute base = valueOf(classInfos.lookup(c).parent);
        if (!base)
          return nullptr;
        values.push_back(base);
        continue;
      }
      if (field == "typeptr") {
        values.push_back(vtableGlobal(cls));
        continue;
      }
      if (field == "message") {
        // str() of a prebuilt exception: of its one argument, or of the
        // tuple of them.
        auto args = fields ? dyn_cast_or_null<ArrayAttr>(fields.get("args"))
                           : ArrayAttr();
        std::string text;
        if (args && args.size() == 1) {
          if (auto string = dyn_cast<StringAttr>(args[0]))
            text = isSubclass(cls, "KeyError") ? pythonRepr(string.getValue())
                                                : string.getValue().str();
          else if (auto integer = dyn_cast<IntegerAttr>(args[0]))
            text = std::to_string(integer.getInt());
          else {
            (void)error(loc, "the rtyper does not support the arguments of "
                             "the prebuilt exception " +
                                 ref.getValue() + " yet");
            return nullptr;
          }
        } else if (args && args.size() > 1) {
          (void)error(loc, "the rtyper does not support several arguments "
                           "of the prebuilt exception " +
                               ref.getValue() + " yet");
          return nullptr;
        }
        values.push_back(stringGlobal(text));
        continue;
      }
      // The prebuilt's own value, else the class's, else zero.
      Attribute value = fields ? fields.get(field) : Attribute();
      for (Attribute k = cls; k && !value; k = classInfos.lookup(k).parent)
        if (flow::ClassOp classOp = classOpOf(symbols, k))
          if (Attribute member = classOp.getMembers().get(field))
            if (!isa<FlatSymbolRefAttr>(member) ||
                !symbols.lookup<flow::FuncOp>(
                    cast<FlatSymbolRefAttr>(member).getValue()))
              value = member;
      flow::ClassOp owner = classOpOf(symbols, c);
      auto table = owner ? owner->getAttrOfType<DictionaryAttr>("ann.attributes")
                         : DictionaryAttr();
      Type annotation = table && table.get(field)
                            ? cast<TypeAttr>(table.get(field)).getValue()
                            : Type();
      Attribute converted;
      if (value && annotation) {
        if (auto inner = dyn_cast<FlatSymbolRefAttr>(value);
            inner && isa<ann::InstanceType>(annotation))
          converted = staticInstance(inner, loc);
        else if (auto list = dyn_cast<ann::ListType>(annotation);
                 list && isa<FlatSymbolRefAttr>(value))
          converted = prebuiltList(loc, cast<FlatSymbolRefAttr>(value), list)
                          ? FlatSymbolRefAttr::get(
                                ctx, "prebuilt." +
                                         cast<FlatSymbolRefAttr>(value)
                                             .getValue()
                                             .str())
                          : Attribute();
        else
          converted = staticValue(value, annotation);
      }
      if (value && !converted) {
        (void)error(loc, "the rtyper does not support the field '" + field +
                             "' of the prebuilt " + ref.getValue() + " yet");
        return nullptr;
      }
      if (!converted)
        converted = isa<lltype::PtrType, lltype::FuncPtrType>(low)
                        ? Attribute(builder.getUnitAttr())
                    : isa<lltype::FloatType>(low)
                        ? Attribute(builder.getF64FloatAttr(0))
                    : isa<lltype::BoolType>(low)
                        ? Attribute(builder.getBoolAttr(false))
                        : Attribute(builder.getI64IntegerAttr(0));
      values.push_back(converted);
    }
    return builder.getArrayAttr(values);
  };
  Attribute value = valueOf(cls);
  if (!value)
    return nullptr;
  symbols.lookup<lltype::GlobalOp>(name).setValueAttr(cast<ArrayAttr>(value));
  return FlatSymbolRefAttr::get(ctx, name);
}

FailureOr<Value> RTyper::newInstance(Operation *op, Attribute cls,
                                     ValueRange args, ArrayRef<Type> argTypes) {
  Location loc = op->getLoc();
  if (!classInfos.count(cls))
    return error(op, "the rtyper does not know the class " + className(cls));
  lltype::PtrType type = instanceType(cls);
  Value instance = lltype::MallocOp::create(builder, loc, type);
  Attribute root = classOrder.front();
  Value asObject = castInstance(loc, instance, root);
  Value vtable = lltype::AddressOfOp::create(
      builder, loc, lltype::PtrType::get(ctx, vtableStruct(cls)),
      vtableGlobal(cls));
  lltype::SetFieldOp::create(
      builder, loc, asObject, "typeptr",
      lltype::CastPointerOp::create(
          builder, loc, lltype::PtrType::get(ctx, vtableStruct(root)), vtable));
  if (failed(initClassDefaults(loc, instance, cls)))
    return failure();

  // An exception keeps str() of its argument for the runtime's report, as
  // CPython's BaseException.__new__ keeps the arguments.
  Attribute base = exceptionBase(cls);
  if (base && args.size() == 1) {
    Value message = toStr(loc, lookup(args[0]), argTypes[0], op);
    if (!message)
      return failure();
    // str() of a KeyError is the repr of its key.
    if (isString(argTypes[0]) && isSubclass(cls, "KeyError"))
      message = callRuntime(loc, "rpy_str_repr", message, stringType());
    lltype::SetFieldOp::create(builder, loc,
                               castInstance(loc, instance, base), "message",
                               message);
  } else if (base && args.size() > 1) {
    // str() of the arguments' tuple, as CPython keeps them all.
    SmallVector<Value> values;
    for (Value arg : args)
      values.push_back(lookup(arg));
    auto tuple = ann::TupleType::get(ctx, argTypes);
    Value made = buildTuple(loc, values, argTypes, tuple, op);
    Value message = made ? toStr(loc, made, tuple, op) : Value();
    if (!message)
      return failure();
    lltype::SetFieldOp::create(builder, loc,
                               castInstance(loc, instance, base), "message",
                               message);
  } else if (base) {
    // No argument: str() is empty (never null: str(e) reads it as is).
    lltype::SetFieldOp::create(builder, loc,
                               castInstance(loc, instance, base), "message",
                               stringLiteral(loc, ""));
  }

  // __init__, the nearest in the class and its bases.
  flow::FuncOp init;
  for (Attribute c = cls; c && !init; c = classInfos.lookup(c).parent) {
    auto ref = dyn_cast<FlatSymbolRefAttr>(c);
    auto classOp = ref ? symbols.lookup<flow::ClassOp>(ref.getValue())
                       : flow::ClassOp();
    if (!classOp)
      continue;
    if (auto member = dyn_cast_or_null<FlatSymbolRefAttr>(
            classOp.getMembers().get("__init__")))
      init = symbols.lookup<flow::FuncOp>(member.getValue());
  }
  if (init) {
    SmallVector<Value> withSelf{instance};
    SmallVector<Type> withSelfTypes{ann::InstanceType::get(ctx, cls, false)};
    for (auto [arg, argType] : llvm::zip(args, argTypes)) {
      withSelf.push_back(lookup(arg));
      withSelfTypes.push_back(argType);
    }
    if (failed(callFunction(op, init, withSelf, withSelfTypes, {})))
      return failure();
  }
  return instance;
}

void RTyper::unifyFamilyResults(ArrayRef<Attribute> members) {
  // The family's result: the first member's that returns something; the
  // members that always raise return it too, so that one pointer type (or
  // vtable slot) fits them all.
  Type result;
  for (Attribute member : members)
    if (auto ref = dyn_cast<FlatSymbolRefAttr>(member))
      if (auto func = symbols.lookup<flow::FuncOp>(ref.getValue()))
        if (Type own = func.getFunctionType().getResult(0);
            !isa<ann::ImpossibleType>(own) && !result)
          result = own;
  if (!result)
    return;
  for (Attribute member : members)
    if (auto ref = dyn_cast<FlatSymbolRefAttr>(member))
      if (auto func = symbols.lookup<flow::FuncOp>(ref.getValue()))
        if (isa<ann::ImpossibleType>(func.getFunctionType().getResult(0)))
          familyResults[func.getSymNameAttr()] = result;
}

void RTyper::collectFunctionFamilies() {
  // Every value that may be one of several functions (PyPy's
  // FunctionsPBCRepr): its members share a result.
  auto note = [&](Type type) {
    // Also inside containers: a dict of functions.
    type.walk([&](ann::PbcType pbc) {
      if (pbc.getMembers().size() > 1 || pbc.getNullable())
        unifyFamilyResults(pbc.getMembers().getValue());
    });
  };
  module.walk([&](Operation *op) {
    for (Type type : op->getResultTypes())
      note(type);
    for (Region &region : op->getRegions())
      for (Block &block : region)
        for (Type type : block.getArgumentTypes())
          note(type);
  });
  for (auto cls : module.getOps<flow::ClassOp>())
    if (auto attributes = cls->getAttrOfType<DictionaryAttr>("ann.attributes"))
      for (NamedAttribute attribute : attributes)
        note(cast<TypeAttr>(attribute.getValue()).getValue());
}

void RTyper::collectMethodSlots() {
  module.walk([&](flow::GetAttrOp getattr) {
    auto method = dyn_cast<ann::MethodType>(getattr.getResult().getType());
    if (!method || method.getFunctions().size() < 2)
      return;
    auto self = dyn_cast<ann::InstanceType>(method.getSelfType());
    if (!self || !classInfos.count(self.getClassRef()))
      return;
    auto &slots = classInfos[self.getClassRef()].slots;
    if (llvm::any_of(slots, [&](auto &slot) {
          return slot.first == getattr.getName();
        }))
      return;
    unifyFamilyResults(method.getFunctions().getValue());
    auto first = symbols.lookup<flow::FuncOp>(
        cast<FlatSymbolRefAttr>(method.getFunctions()[0]).getValue());
    slots.push_back({getattr.getName().str(), first});
  });
}

flow::FuncOp RTyper::resolveMethod(Attribute cls, StringRef name) {
  for (Attribute c = cls; c; c = classInfos.lookup(c).parent) {
    auto ref = dyn_cast<FlatSymbolRefAttr>(c);
    auto classOp = ref ? symbols.lookup<flow::ClassOp>(ref.getValue())
                       : flow::ClassOp();
    if (!classOp)
      continue;
    if (auto member =
            dyn_cast_or_null<FlatSymbolRefAttr>(classOp.getMembers().get(name)))
      if (auto func = symbols.lookup<flow::FuncOp>(member.getValue()))
        return functions.count(func.getSymName()) ? func : flow::FuncOp();
  }
  return nullptr;
}

std::string RTyper::boundMethodName(ann::MethodType method) {
  // The functions of a method are named Class.method (and a suffix for a
  // specialised copy): one name for them all, or none.
  std::string name;
  for (Attribute member : method.getFunctions()) {
    StringRef symbol = cast<FlatSymbolRefAttr>(member).getValue();
    StringRef own = symbol.rsplit('.').second;
    own = own.split("__").first;
    if (own.empty() || (!name.empty() && own != name))
      return "";
    name = own.str();
  }
  return name;
}

FailureOr<Value> RTyper::callMethodSlot(Operation *op, ann::MethodType method,
                                        StringRef name, ArrayRef<Value> args,
                                        ArrayRef<Type> argTypes) {
  Location loc = op->getLoc();
  Attribute cls = cast<ann::InstanceType>(method.getSelfType()).getClassRef();
  auto &slots = classInfos[cls].slots;
  auto slot = llvm::find_if(
      slots, [&](auto &entry) { return entry.first == name; });
  if (slot == slots.end())
    return error(op, "the rtyper found no method slot for '" + name + "'");
  flow::FuncOp signatureOf = slot->second;
  // The vtable of the object, as the vtable struct of the class read
  // through, and the slot's function.
  Attribute root = classOrder.front();
  Value object = castInstance(loc, args[0], root);
  Value vtable = lltype::GetFieldOp::create(
      builder, loc, lltype::PtrType::get(ctx, vtableStruct(root)), object,
      "typeptr");
  FlatSymbolRefAttr vtableType = vtableStruct(cls);
  if (!vtableType)
    return failure();
  vtable = lltype::CastPointerOp::create(
      builder, loc, lltype::PtrType::get(ctx, vtableType), vtable);
  FunctionType signature = lowSignature(signatureOf);
  Value function = lltype::GetFieldOp::create(
      builder, loc, lltype::FuncPtrType::get(ctx, signature), vtable, name);
  // The arguments as for a direct call of the first candidate.
  FunctionType flowType = signatureOf.getFunctionType();
  if (flowType.getNumInputs() != args.size())
    return error(op, "the rtyper supports calling methods with overrides "
                     "only with positional arguments, all given, yet");
  FailureOr<SmallVector<Value>> llArgs =
      convertArguments(op, args, argTypes, flowType.getInputs());
  if (failed(llArgs))
    return failure();
  auto call = lltype::IndirectCallOp::create(
      builder, loc, signature.getResults(), function, *llArgs, ArrayAttr(),
      ArrayAttr());
  return call.getNumResults() ? call.getResult(0) : Value();
}
