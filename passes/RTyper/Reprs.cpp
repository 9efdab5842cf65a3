//===- Reprs.cpp - Low-level representations of annotations ---------------===//
//
// PyPy's Repr classes, reduced to what the lltype dialect needs: the
// low-level type of each annotation, the container definitions it uses
// (made on first use, one per distinct item type), prebuilt strings, the
// runtime functions, and the conversions between representations.
//
//===----------------------------------------------------------------------===//

#include "passes/RTyper/RTyperImpl.h"

#include "dialects/ann/Lattice.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::rtyper::detail;

Type RTyper::lowType(Type annotation, Location at) {
  Type low =
      TypeSwitch<Type, Type>(annotation)
          .Case([&](ann::IntType integer) -> Type {
            if (integer.getIsUnsigned())
              return lltype::UnsignedType::get(ctx);
            return lltype::SignedType::get(ctx);
          })
          .Case([&](ann::BoolType) { return lltype::BoolType::get(ctx); })
          .Case([&](ann::FloatType) { return lltype::FloatType::get(ctx); })
          .Case([&](ann::CharType chr) -> Type {
            // A char that may be None is a (nullable) string.
            return lltype::CharType::get(ctx);
          })
          .Case([&](ann::StrType) { return stringType(); })
          .Case<ann::NoneType, ann::ImpossibleType>(
              [&](Type) { return lltype::VoidType::get(ctx); })
          .Case([&](ann::PbcType pbc) -> Type {
            // One constant (a function, a class, a built-in) needs no
            // run-time value: the operations that use it know it.
            if (pbc.getMembers().size() == 1 && !pbc.getNullable())
              return lltype::VoidType::get(ctx);
            // Several classes: a pointer to the vtable.
            if (isClassSet(pbc))
              return lltype::PtrType::get(
                  ctx, vtableStruct(classOrder.front()));
            // Several functions (or one, or None): a function pointer.
            return functionPointerType(pbc, at);
          })
          .Case([&](ann::ListType list) -> Type {
            if (list.getNullable())
              return nullptr;
            Type item = listItemType(list, at);
            if (!item)
              return nullptr;
            return listType(item, !list.getFixed());
          })
          .Case([&](ann::IterType iter) -> Type {
            return iteratorType(iter, at);
          })
          .Case([&](ann::TupleType tuple) -> Type {
            return tupleType(tuple, at);
          })
          .Case<ann::DictType, ann::SetType>([&](Type type) -> Type {
            ann::DictType dict = dictOfSet(type);
            if (dict.getNullable())
              return nullptr;
            FailureOr<DictRepr> repr = dictRepr(dict, at);
            return failed(repr) ? Type() : Type(repr->dict);
          })
          .Case([&](ann::MethodType method) -> Type {
            // A bound method is its object (PyPy's MethodsPBCRepr); the
            // call finds the function, through the vtable if overridden.
            return lowType(method.getSelfType(), at);
          })
          .Case([&](ann::InstanceType instance) -> Type {
            // rpython.rlib.rstring.StringBuilder: a resizable list of
            // chars (Builders.cpp).
            if (isStringBuilder(instance))
              return listType(lltype::CharType::get(ctx), true);
            if (!classInfos.count(instance.getClassRef()))
              return nullptr;
            return instanceType(instance.getClassRef());
          })
          .Default([](Type) { return nullptr; });
  if (!low) {
    std::string message = "the rtyper does not support values of type " +
                          ann::describe(annotation) + " yet";
    (void)error(at, message);
  }
  return low;
}

void RTyper::define(Operation *definition) {
  if (lastDefinition)
    definition->moveAfter(lastDefinition);
  else
    definition->moveBefore(&module.getBody()->front());
  lastDefinition = definition;
  symbols.insert(definition);
}

lltype::PtrType RTyper::stringType() {
  auto ref = FlatSymbolRefAttr::get(ctx, kStringStruct);
  if (!symbols.lookup(kStringStruct)) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    // The runtime's layout: header, hash, then the characters.
    auto def = lltype::StructOp::create(
        builder, module.getLoc(), builder.getStringAttr(kStringStruct),
        builder.getUnitAttr(),
        builder.getStrArrayAttr({"hash", "chars"}),
        builder.getTypeArrayAttr(
            {lltype::SignedType::get(ctx),
             lltype::ArrayType::get(ctx, lltype::CharType::get(ctx))}));
    define(def);
  }
  return lltype::PtrType::get(ctx, ref);
}

Type RTyper::listItemType(ann::ListType list, Location at) {
  // A list never given an item (`[].pop()`), or only None (`[None] * n`,
  // whose result has items of their own): any items will do.
  if (isa<ann::ImpossibleType, ann::NoneType>(list.getElementType()))
    return lltype::SignedType::get(ctx);
  return lowType(list.getElementType(), at);
}

bool RTyper::isClassSet(ann::PbcType pbc) {
  return !pbc.getMembers().empty() &&
         llvm::all_of(pbc.getMembers(), [&](Attribute member) {
           auto ref = dyn_cast<FlatSymbolRefAttr>(member);
           return ref && symbols.lookup<flow::ClassOp>(ref.getValue()) &&
                  classInfos.count(member);
         });
}

lltype::FuncPtrType RTyper::functionPointerType(ann::PbcType pbc,
                                                Location at) {
  // PyPy's FunctionsPBCRepr: the members of a call family share one
  // signature, so one function pointer type holds any of them.
  FunctionType signature;
  for (Attribute member : pbc.getMembers()) {
    auto ref = dyn_cast<FlatSymbolRefAttr>(member);
    auto func = ref ? symbols.lookup<flow::FuncOp>(ref.getValue())
                    : flow::FuncOp();
    if (!func) {
      (void)error(at, "the rtyper supports values of several functions "
                      "only, not " +
                          ann::describe(pbc));
      return nullptr;
    }
    FunctionType low = lowSignature(func);
    if (!low)
      return nullptr;
    // A member that always raises returns nothing: the others' result.
    if (signature && low != signature &&
        !(low.getInputs() == signature.getInputs() &&
          (low.getNumResults() == 0 || signature.getNumResults() == 0))) {
      (void)error(at, "the rtyper does not support functions of different "
                      "signatures in one value yet: " +
                          ann::describe(pbc));
      return nullptr;
    }
    if (!signature || signature.getNumResults() < low.getNumResults())
      signature = low;
  }
  return lltype::FuncPtrType::get(ctx, signature);
}

std::string rtyper::detail::typeName(Type type) {
  if (auto ptr = dyn_cast<lltype::PtrType>(type)) {
    StringRef target = ptr.getTarget().getValue();
    return target == kStringStruct ? "str" : ("ptr." + target).str();
  }
  if (auto fn = dyn_cast<lltype::FuncPtrType>(type)) {
    // fn.<inputs>.to.<result>: a symbol name without quotes.
    std::string name = "fn";
    for (Type input : fn.getSignature().getInputs())
      name += "." + typeName(input);
    name += ".to.";
    name += fn.getSignature().getNumResults()
                ? typeName(fn.getSignature().getResult(0))
                : "void";
    return name;
  }
  std::string text;
  llvm::raw_string_ostream os(text);
  os << type;
  StringRef name = text;
  name.consume_front("!lltype.");
  return name.str();
}

lltype::PtrType RTyper::itemArrayType(Type item) {
  std::string name = "array." + typeName(item);
  if (!symbols.lookup(name)) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    define(lltype::ArrayOp::create(builder, module.getLoc(),
                                   builder.getStringAttr(name),
                                   builder.getUnitAttr(), TypeAttr::get(item)));
  }
  return lltype::PtrType::get(ctx, FlatSymbolRefAttr::get(ctx, name));
}

lltype::PtrType RTyper::listType(Type item, bool resizable) {
  lltype::PtrType items = itemArrayType(item);
  if (!resizable)
    return items;
  std::string name = "list." + typeName(item);
  if (!symbols.lookup(name)) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    // The runtime's list layout: the length, then the items, whose array
    // length is the capacity.
    define(lltype::StructOp::create(
        builder, module.getLoc(), builder.getStringAttr(name),
        builder.getUnitAttr(),
        builder.getStrArrayAttr({"length", "items"}),
        builder.getTypeArrayAttr({lltype::SignedType::get(ctx), items})));
  }
  return lltype::PtrType::get(ctx, FlatSymbolRefAttr::get(ctx, name));
}

Value RTyper::stringLiteral(Location loc, StringRef text) {
  return lltype::AddressOfOp::create(builder, loc, stringType(),
                                     stringGlobal(text));
}

FlatSymbolRefAttr RTyper::runtimeFunction(StringRef name, FunctionType type) {
  if (!symbols.lookup(name)) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToEnd(module.getBody());
    auto func = lltype::FuncOp::create(builder, module.getLoc(), name, type,
                                       builder.getStringAttr("private"),
                                       ArrayAttr(), ArrayAttr());
    symbols.insert(func);
  }
  return FlatSymbolRefAttr::get(ctx, name);
}

Value RTyper::callRuntime(Location loc, StringRef name, ValueRange args,
                          Type result) {
  SmallVector<Type> results;
  if (result)
    results.push_back(result);
  auto type = FunctionType::get(ctx, args.getTypes(), results);
  FlatSymbolRefAttr callee = runtimeFunction(name, type);
  auto call = lltype::DirectCallOp::create(builder, loc, results, callee, args,
                                           ArrayAttr(), ArrayAttr());
  return result ? call.getResult(0) : Value();
}

Value RTyper::convert(Value value, Type from, Type to, Operation *at) {
  Type lowFrom = lowType(from, at), lowTo = lowType(to, at);
  if (!lowFrom || !lowTo)
    return nullptr;
  if (lowFrom == lowTo)
    return value;
  Location loc = at->getLoc();
  // A value never produced (an impossible annotation) flows nowhere: any
  // placeholder of the target type will do.
  if (isa<ann::ImpossibleType>(from)) {
    if (auto ptr = dyn_cast<lltype::PtrType>(lowTo))
      return lltype::NullOp::create(builder, loc, ptr);
  }
  if (isa<lltype::BoolType>(lowFrom) && isa<lltype::SignedType>(lowTo))
    return lltype::CastBoolToIntOp::create(builder, loc, value);
  if (isa<lltype::BoolType>(lowFrom) && isa<lltype::FloatType>(lowTo))
    return lltype::CastBoolToFloatOp::create(builder, loc, value);
  if (isa<lltype::SignedType>(lowFrom) && isa<lltype::FloatType>(lowTo))
    return lltype::CastIntToFloatOp::create(builder, loc, value);
  if (isa<lltype::SignedType>(lowFrom) && isa<lltype::UnsignedType>(lowTo))
    return lltype::CastIntToUintOp::create(builder, loc, value);
  if (isa<lltype::BoolType>(lowFrom) && isa<lltype::UnsignedType>(lowTo))
    return lltype::CastIntToUintOp::create(
        builder, loc, lltype::CastBoolToIntOp::create(builder, loc, value));
  if (isa<lltype::CharType>(lowFrom) && lowTo == stringType())
    return callRuntime(loc, "rpy_str_from_char", value, lowTo);
  if (isa<lltype::VoidType>(lowFrom) && isa<lltype::PtrType>(lowTo))
    return lltype::NullOp::create(builder, loc, lowTo);
  // A known class as its vtable.
  if (auto many = dyn_cast<ann::PbcType>(to); many && isClassSet(many)) {
    auto one = dyn_cast<ann::PbcType>(from);
    if (one && one.getMembers().size() == 1 && isa<lltype::VoidType>(lowFrom))
      return classPointer(loc, one.getMembers()[0]);
  }
  if (isa<lltype::FuncPtrType>(lowTo)) {
    // A known function as a pointer to it; None as null.
    auto one = dyn_cast<ann::PbcType>(from);
    if (one && one.getMembers().size() == 1 && isa<lltype::VoidType>(lowFrom))
      return lltype::AddressOfOp::create(
          builder, loc, lowTo, cast<FlatSymbolRefAttr>(one.getMembers()[0]));
    if (isa<ann::NoneType>(from))
      return lltype::NullOp::create(builder, loc, lowTo);
  }
  // A bound method as one of a wider set: its object as the wider self.
  if (auto toMethod = dyn_cast<ann::MethodType>(to))
    if (auto fromMethod = dyn_cast<ann::MethodType>(from))
      return convert(value, fromMethod.getSelfType(), toMethod.getSelfType(),
                     at);
  // An instance as an instance of a base (or, on the edge of an isinstance
  // test, of a subclass).
  if (auto instance = dyn_cast<ann::InstanceType>(to);
      instance && isa<ann::InstanceType>(from))
    return castInstance(loc, value, instance.getClassRef());
  // A tuple whose items generalise (('a', 1) into a list of (str, int)):
  // a copy with each item converted.
  if (auto toTuple = dyn_cast<ann::TupleType>(to)) {
    auto fromTuple = dyn_cast<ann::TupleType>(from);
    if (fromTuple && fromTuple.getElementTypes().size() ==
                         toTuple.getElementTypes().size()) {
      SmallVector<Value> items;
      for (size_t i = 0; i < fromTuple.getElementTypes().size(); ++i) {
        items.push_back(tupleItem(loc, value, fromTuple, i, at));
        if (!items.back())
          return nullptr;
      }
      return buildTuple(loc, items, fromTuple.getElementTypes(), toTuple, at);
    }
  }
  (void)error(at, "the rtyper cannot convert " + ann::describe(from) +
                      " to " + ann::describe(to) + " yet");
  return nullptr;
}

lltype::PtrType RTyper::tupleType(ann::TupleType tuple, Location at) {
  // An immutable GC struct of the items (PyPy's TupleRepr): item0, ...
  SmallVector<Type> types;
  SmallVector<std::string> names;
  std::string name = "tuple" + std::to_string(tuple.getElementTypes().size());
  for (auto [index, element] : llvm::enumerate(tuple.getElementTypes())) {
    Type low = lowType(element, at);
    if (!low)
      return nullptr;
    if (isa<lltype::VoidType>(low))
      low = lltype::BoolType::get(ctx); // None in a tuple: a placeholder
    types.push_back(low);
    names.push_back("item" + std::to_string(index));
    name += "." + typeName(low);
  }
  if (!symbols.lookup(name)) {
    SmallVector<StringRef> fieldNames(names.begin(), names.end());
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    define(lltype::StructOp::create(
        builder, module.getLoc(), builder.getStringAttr(name),
        builder.getUnitAttr(), builder.getStrArrayAttr(fieldNames),
        builder.getTypeArrayAttr(types)));
  }
  return lltype::PtrType::get(ctx, FlatSymbolRefAttr::get(ctx, name));
}
