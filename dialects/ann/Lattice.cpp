//===- Lattice.cpp - Union and containment of ann types -------------------===//
//
// Recursion follows the nesting of a type's parameters, as MLIR's own type
// parser and printer do; it is not driven by the size of the program.
//
//===----------------------------------------------------------------------===//

#include "dialects/ann/Lattice.h"
#include "dialects/ann/AnnDialect.h"
#include "dialects/flow/FlowDialect.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace rpy::ann {

ClassHierarchy::~ClassHierarchy() = default;

Type ClassHierarchy::unionListElements(Type a, Type b) const {
  return unionOf(a, b, *this);
}

Type ClassHierarchy::unionDictKeys(Type a, Type b) const {
  return unionOf(a, b, *this);
}

//===----------------------------------------------------------------------===//
// unionOf
//===----------------------------------------------------------------------===//

/// `type` with its `nullable` flag set to `nullable`; null for the kinds
/// that have no such flag.
static Type withNullable(Type type, bool nullable) {
  MLIRContext *context = type.getContext();
  return TypeSwitch<Type, Type>(type)
      .Case([&](StrType str) {
        return StrType::get(context, nullable, str.getNoNul());
      })
      .Case([&](ListType list) {
        return ListType::get(context, list.getElementType(), list.getFixed(),
                             list.getMutated(), nullable);
      })
      .Case([&](DictType dict) {
        return DictType::get(context, dict.getKeyType(), dict.getValueType(),
                             nullable);
      })
      .Case([&](SetType set) {
        return SetType::get(context, set.getElementType(), nullable);
      })
      .Case([&](InstanceType instance) {
        return InstanceType::get(context, instance.getClassRef(), nullable);
      })
      .Case([&](PbcType pbc) {
        return PbcType::get(context, pbc.getMembers(), nullable);
      })
      .Default([](Type) { return Type(); });
}

/// `type` made nullable (PyPy's `noneify`), or null if it cannot be None.
static Type noneify(Type type) {
  if (isa<NoneType>(type))
    return type;
  if (auto chr = dyn_cast<CharType>(type))
    return StrType::get(type.getContext(), /*nullable=*/true, chr.getNoNul());
  return withNullable(type, /*nullable=*/true);
}

Type withoutNone(Type type) {
  if (isa<NoneType>(type))
    return ImpossibleType::get(type.getContext());
  Type result = withNullable(type, /*nullable=*/false);
  return result ? result : type;
}

/// Of a pair of different kinds that unify, rewrites the narrower one as a
/// value of the wider kind: a bool is a non-negative int, a char a str.
static void promote(Type &a, Type &b) {
  MLIRContext *context = a.getContext();
  auto promoteOne = [&](Type &narrow, Type wide) {
    if (isa<BoolType>(narrow) && isa<IntType>(wide))
      narrow = IntType::get(context, /*nonneg=*/true, /*isUnsigned=*/false);
    else if (auto chr = dyn_cast<CharType>(narrow); chr && isa<StrType>(wide))
      narrow = StrType::get(context, /*nullable=*/false, chr.getNoNul());
  };
  promoteOne(a, b);
  promoteOne(b, a);
}

/// PyPy's integer union: flags as in a lattice, but a signed int joins an
/// r_uint only when it is known non-negative (RPython cannot prove the
/// signedness otherwise), and the result is then unsigned.
static Type unionInts(IntType a, IntType b) {
  bool nonneg = a.getNonneg() && b.getNonneg();
  if (a.getIsUnsigned() == b.getIsUnsigned())
    return IntType::get(a.getContext(), nonneg, a.getIsUnsigned());
  IntType signedOne = a.getIsUnsigned() ? b : a;
  if (!signedOne.getNonneg())
    return {};
  return IntType::get(a.getContext(), nonneg, /*isUnsigned=*/true);
}

static Type unionInstances(InstanceType a, InstanceType b,
                           const ClassHierarchy &classes) {
  Attribute base = a.getClassRef() == b.getClassRef()
                       ? a.getClassRef()
                       : classes.commonBase(a.getClassRef(), b.getClassRef());
  if (!base)
    return {};
  return InstanceType::get(a.getContext(), base,
                           a.getNullable() || b.getNullable());
}

/// The members of both sets; the builders sort and unique them.
static SmallVector<Attribute> mergeMembers(ArrayAttr a, ArrayAttr b) {
  SmallVector<Attribute> members(a.getValue());
  llvm::append_range(members, b.getValue());
  return members;
}

/// The union of two types of the same kind.
static Type unionSameKind(Type a, Type b, const ClassHierarchy &classes) {
  MLIRContext *context = a.getContext();
  auto unionWith = [&](Type x, Type y) { return unionOf(x, y, classes); };
  return TypeSwitch<Type, Type>(a)
      .Case([&](IntType x) { return unionInts(x, cast<IntType>(b)); })
      .Case([&](CharType x) {
        return CharType::get(context,
                             x.getNoNul() && cast<CharType>(b).getNoNul());
      })
      .Case([&](StrType x) {
        auto y = cast<StrType>(b);
        return StrType::get(context, x.getNullable() || y.getNullable(),
                            x.getNoNul() && y.getNoNul());
      })
      .Case([&](TupleType x) -> Type {
        auto y = cast<TupleType>(b);
        if (x.getElementTypes().size() != y.getElementTypes().size())
          return {};
        SmallVector<Type> elements;
        for (auto [ex, ey] :
             llvm::zip(x.getElementTypes(), y.getElementTypes())) {
          Type element = unionWith(ex, ey);
          if (!element)
            return {};
          elements.push_back(element);
        }
        return TupleType::get(context, elements);
      })
      .Case([&](ListType x) -> Type {
        auto y = cast<ListType>(b);
        Type element =
            classes.unionListElements(x.getElementType(), y.getElementType());
        if (!element)
          return {};
        return ListType::get(context, element, x.getFixed() && y.getFixed(),
                             x.getMutated() || y.getMutated(),
                             x.getNullable() || y.getNullable());
      })
      .Case([&](DictType x) -> Type {
        auto y = cast<DictType>(b);
        Type key = classes.unionDictKeys(x.getKeyType(), y.getKeyType());
        Type value = unionWith(x.getValueType(), y.getValueType());
        if (!key || !value)
          return {};
        return DictType::get(context, key, value,
                             x.getNullable() || y.getNullable());
      })
      .Case([&](SetType x) -> Type {
        auto y = cast<SetType>(b);
        // The items are a DictDef's keys in the annotator: merged as such.
        Type element =
            classes.unionDictKeys(x.getElementType(), y.getElementType());
        if (!element)
          return {};
        return SetType::get(context, element,
                            x.getNullable() || y.getNullable());
      })
      .Case([&](InstanceType x) {
        return unionInstances(x, cast<InstanceType>(b), classes);
      })
      .Case([&](PbcType x) {
        auto y = cast<PbcType>(b);
        return PbcType::get(context,
                            mergeMembers(x.getMembers(), y.getMembers()),
                            x.getNullable() || y.getNullable());
      })
      .Case([&](MethodType x) -> Type {
        auto y = cast<MethodType>(b);
        Type self = unionWith(x.getSelfType(), y.getSelfType());
        if (!self)
          return {};
        return MethodType::get(
            context, mergeMembers(x.getFunctions(), y.getFunctions()), self);
      })
      .Case([&](IterType x) -> Type {
        auto y = cast<IterType>(b);
        if (x.getKind() != y.getKind())
          return {};
        Type container = unionWith(x.getContainerType(), y.getContainerType());
        if (!container)
          return {};
        return IterType::get(context, container, x.getKind());
      })
      // bool, float, None and impossible are equal when of the same kind.
      .Default([](Type) { return Type(); });
}

Type unionOf(Type a, Type b, const ClassHierarchy &classes) {
  if (a == b)
    return a;
  if (isa<ImpossibleType>(a))
    return b;
  if (isa<ImpossibleType>(b))
    return a;
  if (!isa<AnnDialect>(a.getDialect()) || !isa<AnnDialect>(b.getDialect()))
    return {};
  if (isa<NoneType>(a))
    return noneify(b);
  if (isa<NoneType>(b))
    return noneify(a);
  promote(a, b);
  if (a.getTypeID() != b.getTypeID())
    return {};
  return unionSameKind(a, b, classes);
}

bool contains(Type general, Type specific, const ClassHierarchy &classes) {
  return unionOf(general, specific, classes) == general;
}

//===----------------------------------------------------------------------===//
// describe
//===----------------------------------------------------------------------===//

/// The name of a class or PBC member: the symbol or the built-in's name.
static std::string memberName(Attribute member) {
  if (auto symbol = dyn_cast<FlatSymbolRefAttr>(member))
    return symbol.getValue().str();
  if (auto builtin = dyn_cast<flow::BuiltinAttr>(member))
    return builtin.getName().str();
  std::string out;
  llvm::raw_string_ostream(out) << member;
  return out;
}

static std::string memberNames(ArrayAttr members) {
  std::string out;
  llvm::raw_string_ostream os(out);
  llvm::interleaveComma(members, os,
                        [&](Attribute member) { os << memberName(member); });
  return out;
}

/// A type inside another's description, in parentheses if its own "or None"
/// would otherwise read as the outer type's.
static std::string describeInner(Type type) {
  std::string inner = describe(type);
  if (StringRef(inner).contains(" or "))
    return "(" + inner + ")";
  return inner;
}

static std::string orNone(std::string described, bool nullable) {
  return nullable ? described + " or None" : described;
}

std::string describe(Type type) {
  return TypeSwitch<Type, std::string>(type)
      .Case([](IntType x) -> std::string {
        return x.getIsUnsigned() ? "r_uint" : "int";
      })
      .Case([](BoolType) { return "bool"; })
      .Case([](FloatType) { return "float"; })
      .Case([](CharType) { return "char"; })
      .Case([](StrType x) { return orNone("str", x.getNullable()); })
      .Case([](NoneType) { return "None"; })
      .Case([](ImpossibleType) { return "impossible value"; })
      .Case([](TupleType x) -> std::string {
        if (x.getElementTypes().empty())
          return "empty tuple";
        std::string out = "tuple (";
        llvm::raw_string_ostream os(out);
        llvm::interleaveComma(x.getElementTypes(), os,
                              [&](Type element) { os << describe(element); });
        os << (x.getElementTypes().size() == 1 ? ",)" : ")");
        return out;
      })
      .Case([](ListType x) {
        return orNone("list of " + describeInner(x.getElementType()),
                      x.getNullable());
      })
      .Case([](DictType x) {
        return orNone("dict of " + describeInner(x.getKeyType()) + " to " +
                          describeInner(x.getValueType()),
                      x.getNullable());
      })
      .Case([](SetType x) {
        return orNone("set of " + describeInner(x.getElementType()),
                      x.getNullable());
      })
      .Case([](InstanceType x) {
        return orNone("instance of " + memberName(x.getClassRef()),
                      x.getNullable());
      })
      .Case([](PbcType x) {
        std::string prefix =
            x.getMembers().size() == 1 ? "constant " : "one of ";
        return orNone(prefix + memberNames(x.getMembers()), x.getNullable());
      })
      .Case([](MethodType x) {
        std::string prefix = x.getFunctions().size() == 1
                                 ? "bound method "
                                 : "one of bound methods ";
        return prefix + memberNames(x.getFunctions());
      })
      .Case([](IterType x) -> std::string {
        std::string container = describeInner(x.getContainerType());
        switch (x.getKind()) {
        case IterKind::Plain:
          return "iterator over " + container;
        case IterKind::Range:
          return "iterator over a range of " + container;
        case IterKind::Values:
          return "iterator over the values of " + container;
        case IterKind::Items:
          return "iterator over the items of " + container;
        case IterKind::Reversed:
          return "reversed iterator over " + container;
        case IterKind::Enumerate:
          return "enumerate iterator over " + container;
        }
        llvm_unreachable("unknown IterKind");
      })
      .Default([](Type other) {
        std::string out;
        llvm::raw_string_ostream(out) << other;
        return out;
      });
}

} // namespace rpy::ann
