//===- LatticeTest.cpp - Tests of the ann lattice operations --------------===//

#include "dialects/ann/Lattice.h"
#include "dialects/ann/AnnDialect.h"
#include "dialects/flow/FlowDialect.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/StringMap.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace rpy;

namespace {

/// A class tree given as child -> parent names. Symbols are named by their
/// symbol ("Point"), built-ins by their name ("ValueError"). As in PyPy,
/// `object` is not a class of the tree: classes deriving only from it have
/// no common base.
class FakeHierarchy : public ann::ClassHierarchy {
public:
  FakeHierarchy() {
    parents["Point3"] = "Point";
    parents["Point4"] = "Point3";
    parents["Point3b"] = "Point";
    parents["LookupError"] = "Exception";
    parents["KeyError"] = "LookupError";
    parents["IndexError"] = "LookupError";
    parents["ValueError"] = "Exception";
    parents["MyError"] = "ValueError";
  }

  Attribute commonBase(Attribute a, Attribute b) const override {
    ++calls;
    for (Attribute x = a; x; x = parent(x))
      for (Attribute y = b; y; y = parent(y))
        if (x == y)
          return x;
    return nullptr;
  }

  mutable int calls = 0;

private:
  /// User classes are symbols, except those named as built-in exceptions.
  static bool isBuiltin(StringRef name) {
    return (name.ends_with("Error") && name != "MyError") ||
           name == "Exception";
  }

  Attribute classNamed(MLIRContext *context, StringRef name) const {
    if (isBuiltin(name))
      return flow::BuiltinAttr::get(context, name);
    return FlatSymbolRefAttr::get(context, name);
  }

  Attribute parent(Attribute cls) const {
    StringRef name;
    if (auto symbol = dyn_cast<FlatSymbolRefAttr>(cls))
      name = symbol.getValue();
    else
      name = cast<flow::BuiltinAttr>(cls).getName();
    auto it = parents.find(name);
    if (it == parents.end())
      return nullptr;
    return classNamed(cls.getContext(), it->second);
  }

  llvm::StringMap<std::string> parents;
};

class LatticeTest : public ::testing::Test {
protected:
  LatticeTest() { context.loadDialect<ann::AnnDialect, flow::FlowDialect>(); }

  /// The type spelled `text`; fails the test if it does not parse.
  Type t(StringRef text) {
    Type type = parseType(text, &context);
    EXPECT_TRUE(type) << "cannot parse " << text.str();
    return type;
  }

  Type join(StringRef a, StringRef b) {
    return ann::unionOf(t(a), t(b), classes);
  }

  /// Checks that `a` ∪ `b` is `expected` in both orders (null: no union).
  void expectUnion(StringRef a, StringRef b, StringRef expected) {
    Type want = expected.empty() ? Type() : t(expected);
    EXPECT_EQ(join(a, b), want) << a.str() << " | " << b.str();
    EXPECT_EQ(join(b, a), want) << b.str() << " | " << a.str();
  }

  void expectNoUnion(StringRef a, StringRef b) { expectUnion(a, b, ""); }

  bool contains(StringRef general, StringRef specific) {
    return ann::contains(t(general), t(specific), classes);
  }

  /// One type of every kind and flag, nested ones included.
  std::vector<Type> samples() {
    std::vector<Type> types;
    for (StringRef text : {
             "!ann.impossible",
             "!ann.none",
             "!ann.bool",
             "!ann.int",
             "!ann.int<nonneg>",
             "!ann.int<unsigned>",
             "!ann.int<nonneg, unsigned>",
             "!ann.float",
             "!ann.char",
             "!ann.char<no_nul>",
             "!ann.str",
             "!ann.str<nullable>",
             "!ann.str<no_nul>",
             "!ann.str<nullable, no_nul>",
             "!ann.tuple<>",
             "!ann.tuple<!ann.int>",
             "!ann.tuple<!ann.int<nonneg>, !ann.char>",
             "!ann.tuple<!ann.bool, !ann.str<nullable>>",
             "!ann.tuple<!ann.float, !ann.str>",
             "!ann.list<!ann.impossible, fixed>",
             "!ann.list<!ann.int, fixed>",
             "!ann.list<!ann.int<nonneg>, mutated>",
             "!ann.list<!ann.bool, nullable>",
             "!ann.list<!ann.str>",
             "!ann.list<!ann.list<!ann.char>>",
             "!ann.dict<!ann.impossible, !ann.impossible>",
             "!ann.dict<!ann.str, !ann.int>",
             "!ann.dict<!ann.char, !ann.bool, nullable>",
             "!ann.dict<!ann.int, !ann.int>",
             "!ann.set<!ann.int<nonneg>>",
             "!ann.set<!ann.int, nullable>",
             "!ann.instance<@Point>",
             "!ann.instance<@Point3, nullable>",
             "!ann.instance<@Point4>",
             "!ann.instance<@Point3b>",
             "!ann.instance<@Node>",
             "!ann.instance<#flow.builtin<\"KeyError\">>",
             "!ann.instance<#flow.builtin<\"ValueError\">, nullable>",
             "!ann.instance<@MyError>",
             "!ann.pbc<[@f]>",
             "!ann.pbc<[@g, #flow.builtin<\"len\">], nullable>",
             "!ann.pbc<[@Point]>",
             "!ann.method<[@Point.move], !ann.instance<@Point>>",
             "!ann.method<[@Point3.move], !ann.instance<@Point3>>",
             "!ann.method<[@Node.f], !ann.instance<@Node>>",
             "!ann.iter<!ann.list<!ann.int, fixed>>",
             "!ann.iter<!ann.list<!ann.str>>",
             "!ann.iter<!ann.str>",
             "!ann.iter<!ann.char<no_nul>>",
             "!ann.iter<!ann.int<nonneg>, range>",
             "!ann.iter<!ann.int, range>",
             "!ann.iter<!ann.dict<!ann.str, !ann.int>, items>",
         })
      types.push_back(t(text));
    EXPECT_EQ(types.size(), 52u);
    return types;
  }

  MLIRContext context;
  FakeHierarchy classes;
};

//===----------------------------------------------------------------------===//
// Union rules
//===----------------------------------------------------------------------===//

TEST_F(LatticeTest, ImpossibleIsTheIdentity) {
  for (Type type : samples()) {
    Type impossible = ann::ImpossibleType::get(&context);
    EXPECT_EQ(ann::unionOf(impossible, type, classes), type);
    EXPECT_EQ(ann::unionOf(type, impossible, classes), type);
  }
}

TEST_F(LatticeTest, Ints) {
  expectUnion("!ann.int", "!ann.int", "!ann.int");
  expectUnion("!ann.int<nonneg>", "!ann.int<nonneg>", "!ann.int<nonneg>");
  expectUnion("!ann.int", "!ann.int<nonneg>", "!ann.int");
  expectUnion("!ann.int<unsigned>", "!ann.int<nonneg, unsigned>",
              "!ann.int<unsigned>");
  // A signed int joins an r_uint only if known non-negative (PyPy's rule).
  expectUnion("!ann.int<nonneg>", "!ann.int<unsigned>", "!ann.int<unsigned>");
  expectUnion("!ann.int<nonneg>", "!ann.int<nonneg, unsigned>",
              "!ann.int<nonneg, unsigned>");
  expectNoUnion("!ann.int", "!ann.int<unsigned>");
  expectNoUnion("!ann.int", "!ann.int<nonneg, unsigned>");
}

TEST_F(LatticeTest, BoolUnifiesWithInt) {
  expectUnion("!ann.bool", "!ann.bool", "!ann.bool");
  expectUnion("!ann.bool", "!ann.int", "!ann.int");
  expectUnion("!ann.bool", "!ann.int<nonneg>", "!ann.int<nonneg>");
  expectUnion("!ann.bool", "!ann.int<unsigned>", "!ann.int<unsigned>");
  expectUnion("!ann.bool", "!ann.int<nonneg, unsigned>",
              "!ann.int<nonneg, unsigned>");
  expectNoUnion("!ann.bool", "!ann.float");
  expectNoUnion("!ann.bool", "!ann.str");
}

TEST_F(LatticeTest, FloatNeverUnifiesWithInt) {
  expectUnion("!ann.float", "!ann.float", "!ann.float");
  expectNoUnion("!ann.float", "!ann.int");
  expectNoUnion("!ann.float", "!ann.int<nonneg>");
  expectNoUnion("!ann.float", "!ann.str");
}

TEST_F(LatticeTest, CharsAndStrs) {
  expectUnion("!ann.char", "!ann.char<no_nul>", "!ann.char");
  expectUnion("!ann.char<no_nul>", "!ann.char<no_nul>", "!ann.char<no_nul>");
  expectUnion("!ann.char", "!ann.str", "!ann.str");
  expectUnion("!ann.char", "!ann.str<no_nul>", "!ann.str");
  expectUnion("!ann.char<no_nul>", "!ann.str<no_nul>", "!ann.str<no_nul>");
  expectUnion("!ann.char<no_nul>", "!ann.str<nullable, no_nul>",
              "!ann.str<nullable, no_nul>");
  // nullable if either, no_nul if both.
  expectUnion("!ann.str<nullable>", "!ann.str<no_nul>", "!ann.str<nullable>");
  expectUnion("!ann.str<nullable, no_nul>", "!ann.str<no_nul>",
              "!ann.str<nullable, no_nul>");
  expectNoUnion("!ann.char", "!ann.int");
  expectNoUnion("!ann.str", "!ann.list<!ann.char>");
}

TEST_F(LatticeTest, NoneMakesNullable) {
  expectUnion("!ann.none", "!ann.none", "!ann.none");
  expectUnion("!ann.none", "!ann.str<no_nul>", "!ann.str<nullable, no_nul>");
  expectUnion("!ann.none", "!ann.char", "!ann.str<nullable>");
  expectUnion("!ann.none", "!ann.char<no_nul>", "!ann.str<nullable, no_nul>");
  expectUnion("!ann.none", "!ann.list<!ann.int, fixed>",
              "!ann.list<!ann.int, fixed, nullable>");
  expectUnion("!ann.none", "!ann.dict<!ann.str, !ann.int>",
              "!ann.dict<!ann.str, !ann.int, nullable>");
  expectUnion("!ann.none", "!ann.set<!ann.int>",
              "!ann.set<!ann.int, nullable>");
  expectUnion("!ann.none", "!ann.instance<@Point>",
              "!ann.instance<@Point, nullable>");
  expectUnion("!ann.none", "!ann.pbc<[@f, @g]>",
              "!ann.pbc<[@f, @g], nullable>");
  expectUnion("!ann.none", "!ann.str<nullable>", "!ann.str<nullable>");
  for (StringRef other : {"!ann.int", "!ann.int<nonneg>", "!ann.bool",
                          "!ann.float", "!ann.tuple<>", "!ann.tuple<!ann.int>",
                          "!ann.method<[@Point.move], !ann.instance<@Point>>",
                          "!ann.iter<!ann.str>"})
    expectNoUnion("!ann.none", other);
}

TEST_F(LatticeTest, TuplesUnionPositionWise) {
  expectUnion("!ann.tuple<>", "!ann.tuple<>", "!ann.tuple<>");
  expectUnion("!ann.tuple<!ann.int<nonneg>, !ann.char>",
              "!ann.tuple<!ann.bool, !ann.str<nullable>>",
              "!ann.tuple<!ann.int<nonneg>, !ann.str<nullable>>");
  expectUnion("!ann.tuple<!ann.impossible, !ann.str>",
              "!ann.tuple<!ann.int, !ann.impossible>",
              "!ann.tuple<!ann.int, !ann.str>");
  expectNoUnion("!ann.tuple<!ann.int>", "!ann.tuple<!ann.int, !ann.int>");
  expectNoUnion("!ann.tuple<>", "!ann.tuple<!ann.int>");
  expectNoUnion("!ann.tuple<!ann.int, !ann.str>",
                "!ann.tuple<!ann.int, !ann.float>");
  expectNoUnion("!ann.tuple<!ann.int>", "!ann.list<!ann.int>");
}

TEST_F(LatticeTest, Lists) {
  expectUnion("!ann.list<!ann.impossible, fixed>", "!ann.list<!ann.int, fixed>",
              "!ann.list<!ann.int, fixed>");
  expectUnion("!ann.list<!ann.int<nonneg>>", "!ann.list<!ann.bool>",
              "!ann.list<!ann.int<nonneg>>");
  // Resizable if either is resized, mutated or nullable if either is.
  expectUnion("!ann.list<!ann.int, fixed>", "!ann.list<!ann.int>",
              "!ann.list<!ann.int>");
  expectUnion("!ann.list<!ann.int, fixed>",
              "!ann.list<!ann.int, fixed, mutated>",
              "!ann.list<!ann.int, fixed, mutated>");
  expectUnion("!ann.list<!ann.int, nullable>", "!ann.list<!ann.int, fixed>",
              "!ann.list<!ann.int, nullable>");
  expectUnion("!ann.list<!ann.list<!ann.char>>",
              "!ann.list<!ann.list<!ann.str<no_nul>>>",
              "!ann.list<!ann.list<!ann.str>>");
  expectNoUnion("!ann.list<!ann.int>", "!ann.list<!ann.str>");
  expectNoUnion("!ann.list<!ann.int>", "!ann.list<!ann.float>");
  expectNoUnion("!ann.list<!ann.int>", "!ann.set<!ann.int>");
}

TEST_F(LatticeTest, DictsAndSets) {
  expectUnion("!ann.dict<!ann.impossible, !ann.impossible>",
              "!ann.dict<!ann.str, !ann.int>", "!ann.dict<!ann.str, !ann.int>");
  expectUnion("!ann.dict<!ann.char, !ann.bool, nullable>",
              "!ann.dict<!ann.str, !ann.int<nonneg>>",
              "!ann.dict<!ann.str, !ann.int<nonneg>, nullable>");
  expectNoUnion("!ann.dict<!ann.str, !ann.int>",
                "!ann.dict<!ann.int, !ann.int>");
  expectNoUnion("!ann.dict<!ann.str, !ann.int>",
                "!ann.dict<!ann.str, !ann.str>");
  expectUnion("!ann.set<!ann.int<nonneg>>", "!ann.set<!ann.int, nullable>",
              "!ann.set<!ann.int, nullable>");
  expectNoUnion("!ann.set<!ann.int>", "!ann.set<!ann.str>");
  expectNoUnion("!ann.set<!ann.int>", "!ann.dict<!ann.int, !ann.int>");
}

TEST_F(LatticeTest, InstancesUnionToTheirCommonBase) {
  expectUnion("!ann.instance<@Point3>", "!ann.instance<@Point>",
              "!ann.instance<@Point>");
  expectUnion("!ann.instance<@Point4>", "!ann.instance<@Point3b, nullable>",
              "!ann.instance<@Point, nullable>");
  expectUnion("!ann.instance<#flow.builtin<\"KeyError\">>",
              "!ann.instance<#flow.builtin<\"IndexError\">>",
              "!ann.instance<#flow.builtin<\"LookupError\">>");
  expectUnion("!ann.instance<@MyError>",
              "!ann.instance<#flow.builtin<\"KeyError\">>",
              "!ann.instance<#flow.builtin<\"Exception\">>");
  expectNoUnion("!ann.instance<@Point>", "!ann.instance<@Node>");
  expectNoUnion("!ann.instance<@Point>",
                "!ann.instance<#flow.builtin<\"ValueError\">>");
  expectNoUnion("!ann.instance<@Point>", "!ann.pbc<[@Point]>");
}

TEST_F(LatticeTest, SameClassNeedsNoHierarchy) {
  classes.calls = 0;
  expectUnion("!ann.instance<@Point>", "!ann.instance<@Point, nullable>",
              "!ann.instance<@Point, nullable>");
  EXPECT_EQ(classes.calls, 0);
}

TEST_F(LatticeTest, PbcsUnionTheirSets) {
  expectUnion("!ann.pbc<[@g]>", "!ann.pbc<[@f]>", "!ann.pbc<[@f, @g]>");
  expectUnion("!ann.pbc<[@f, #flow.builtin<\"len\">]>",
              "!ann.pbc<[@a, @f], nullable>",
              "!ann.pbc<[@a, @f, #flow.builtin<\"len\">], nullable>");
  expectNoUnion("!ann.pbc<[@f]>", "!ann.int");
  expectNoUnion("!ann.pbc<[@Point.move]>",
                "!ann.method<[@Point.move], !ann.instance<@Point>>");
}

TEST_F(LatticeTest, PbcBuilderSortsAndUniques) {
  Attribute f = FlatSymbolRefAttr::get(&context, "f");
  Attribute g = FlatSymbolRefAttr::get(&context, "g");
  Attribute len = flow::BuiltinAttr::get(&context, "len");
  EXPECT_EQ(ann::PbcType::get(&context, {len, g, f, g}),
            t("!ann.pbc<[@f, @g, #flow.builtin<\"len\">]>"));
  EXPECT_EQ(
      ann::MethodType::get(&context, {g, f, f}, t("!ann.instance<@Point>")),
      t("!ann.method<[@f, @g], !ann.instance<@Point>>"));
}

TEST_F(LatticeTest, MethodsUnionFunctionsAndSelf) {
  expectUnion(
      "!ann.method<[@Point.move], !ann.instance<@Point>>",
      "!ann.method<[@Point3.move], !ann.instance<@Point3>>",
      "!ann.method<[@Point.move, @Point3.move], !ann.instance<@Point>>");
  expectNoUnion("!ann.method<[@Point.move], !ann.instance<@Point>>",
                "!ann.method<[@Node.f], !ann.instance<@Node>>");
}

TEST_F(LatticeTest, IteratorsOfTheSameKind) {
  expectUnion("!ann.iter<!ann.list<!ann.int, fixed>>",
              "!ann.iter<!ann.list<!ann.int<nonneg>>>",
              "!ann.iter<!ann.list<!ann.int>>");
  expectUnion("!ann.iter<!ann.char<no_nul>>", "!ann.iter<!ann.str>",
              "!ann.iter<!ann.str>");
  expectUnion("!ann.iter<!ann.int<nonneg>, range>",
              "!ann.iter<!ann.int, range>", "!ann.iter<!ann.int, range>");
  expectNoUnion("!ann.iter<!ann.dict<!ann.str, !ann.int>>",
                "!ann.iter<!ann.dict<!ann.str, !ann.int>, values>");
  expectNoUnion("!ann.iter<!ann.list<!ann.int>>", "!ann.iter<!ann.str>");
  expectNoUnion("!ann.iter<!ann.list<!ann.int>>",
                "!ann.iter<!ann.list<!ann.str>>");
  expectNoUnion("!ann.iter<!ann.list<!ann.int>>", "!ann.list<!ann.int>");
}

TEST_F(LatticeTest, IteratorItemTypes) {
  auto item = [&](StringRef iter) {
    return cast<ann::IterType>(t(iter)).getItemType();
  };
  EXPECT_EQ(item("!ann.iter<!ann.list<!ann.float>>"), t("!ann.float"));
  EXPECT_EQ(item("!ann.iter<!ann.set<!ann.int>>"), t("!ann.int"));
  EXPECT_EQ(item("!ann.iter<!ann.str<no_nul>>"), t("!ann.char<no_nul>"));
  EXPECT_EQ(item("!ann.iter<!ann.str<nullable>>"), t("!ann.char"));
  EXPECT_EQ(item("!ann.iter<!ann.char>"), t("!ann.char"));
  EXPECT_EQ(item("!ann.iter<!ann.int<nonneg>, range>"), t("!ann.int<nonneg>"));
  EXPECT_EQ(item("!ann.iter<!ann.dict<!ann.str, !ann.float>>"), t("!ann.str"));
  EXPECT_EQ(item("!ann.iter<!ann.dict<!ann.str, !ann.float>, values>"),
            t("!ann.float"));
  EXPECT_EQ(item("!ann.iter<!ann.dict<!ann.str, !ann.float>, items>"),
            t("!ann.tuple<!ann.str, !ann.float>"));
  EXPECT_EQ(item("!ann.iter<!ann.list<!ann.str>, reversed>"), t("!ann.str"));
  EXPECT_EQ(item("!ann.iter<!ann.str, reversed>"), t("!ann.char"));
  EXPECT_EQ(item("!ann.iter<!ann.list<!ann.str>, enumerate>"),
            t("!ann.tuple<!ann.int<nonneg>, !ann.str>"));
  EXPECT_EQ(item("!ann.iter<!ann.str<no_nul>, enumerate>"),
            t("!ann.tuple<!ann.int<nonneg>, !ann.char<no_nul>>"));
}

TEST_F(LatticeTest, OtherTypesOnlyUnionWithThemselves) {
  expectUnion("i64", "i64", "i64");
  expectUnion("!flow.obj", "!flow.obj", "!flow.obj");
  expectNoUnion("i64", "i32");
  expectNoUnion("i64", "!ann.int");
  expectNoUnion("!flow.obj", "!ann.none");
}

//===----------------------------------------------------------------------===//
// contains
//===----------------------------------------------------------------------===//

TEST_F(LatticeTest, Contains) {
  EXPECT_TRUE(contains("!ann.int", "!ann.int<nonneg>"));
  EXPECT_FALSE(contains("!ann.int<nonneg>", "!ann.int"));
  EXPECT_TRUE(contains("!ann.int", "!ann.bool"));
  EXPECT_FALSE(contains("!ann.bool", "!ann.int"));
  EXPECT_TRUE(contains("!ann.int<unsigned>", "!ann.int<nonneg>"));
  EXPECT_FALSE(contains("!ann.int<unsigned>", "!ann.int"));
  EXPECT_TRUE(contains("!ann.str<nullable>", "!ann.none"));
  EXPECT_TRUE(contains("!ann.str<nullable>", "!ann.char"));
  EXPECT_FALSE(contains("!ann.str", "!ann.none"));
  EXPECT_FALSE(contains("!ann.str<no_nul>", "!ann.char"));
  EXPECT_TRUE(contains("!ann.instance<@Point>", "!ann.instance<@Point4>"));
  EXPECT_FALSE(contains("!ann.instance<@Point4>", "!ann.instance<@Point>"));
  EXPECT_FALSE(
      contains("!ann.instance<@Point>", "!ann.instance<@Point3, nullable>"));
  EXPECT_TRUE(contains("!ann.pbc<[@f, @g]>", "!ann.pbc<[@g]>"));
  EXPECT_FALSE(contains("!ann.pbc<[@g]>", "!ann.pbc<[@f, @g]>"));
  EXPECT_TRUE(
      contains("!ann.list<!ann.int>", "!ann.list<!ann.impossible, fixed>"));
  EXPECT_FALSE(contains("!ann.list<!ann.int, fixed>", "!ann.list<!ann.int>"));
  EXPECT_TRUE(contains("!ann.int", "!ann.impossible"));
  EXPECT_FALSE(contains("!ann.impossible", "!ann.int"));
  EXPECT_FALSE(contains("!ann.float", "!ann.int"));
  EXPECT_FALSE(contains("!ann.int", "!ann.float"));
}

//===----------------------------------------------------------------------===//
// Algebra, over every pair and triple of samples
//===----------------------------------------------------------------------===//

TEST_F(LatticeTest, IdempotentAndCommutative) {
  std::vector<Type> types = samples();
  for (Type a : types) {
    EXPECT_EQ(ann::unionOf(a, a, classes), a) << ann::describe(a);
    for (Type b : types)
      EXPECT_EQ(ann::unionOf(a, b, classes), ann::unionOf(b, a, classes))
          << ann::describe(a) << " | " << ann::describe(b);
  }
}

TEST_F(LatticeTest, Associative) {
  std::vector<Type> types = samples();
  auto join = [&](Type a, Type b) {
    return a && b ? ann::unionOf(a, b, classes) : Type();
  };
  for (Type a : types)
    for (Type b : types)
      for (Type c : types)
        EXPECT_EQ(join(join(a, b), c), join(a, join(b, c)))
            << ann::describe(a) << " | " << ann::describe(b) << " | "
            << ann::describe(c);
}

TEST_F(LatticeTest, UnionIsTheLeastUpperBound) {
  std::vector<Type> types = samples();
  int bounds = 0;
  for (Type a : types)
    for (Type b : types) {
      // contains agrees with union.
      EXPECT_EQ(ann::contains(a, b, classes), ann::unionOf(a, b, classes) == a);
      Type u = ann::unionOf(a, b, classes);
      if (!u)
        continue;
      EXPECT_TRUE(ann::contains(u, a, classes));
      EXPECT_TRUE(ann::contains(u, b, classes));
      // Every sample above both a and b is above their union.
      for (Type c : types)
        if (ann::contains(c, a, classes) && ann::contains(c, b, classes)) {
          ++bounds;
          EXPECT_TRUE(ann::contains(c, u, classes))
              << ann::describe(c) << " above " << ann::describe(a) << " and "
              << ann::describe(b);
        }
    }
  // The samples are related enough for the check to mean something.
  EXPECT_GT(bounds, 400);
}

//===----------------------------------------------------------------------===//
// describe
//===----------------------------------------------------------------------===//

TEST_F(LatticeTest, Describe) {
  auto describe = [&](StringRef text) { return ann::describe(t(text)); };
  EXPECT_EQ(describe("!ann.int"), "int");
  EXPECT_EQ(describe("!ann.int<nonneg>"), "int");
  EXPECT_EQ(describe("!ann.int<unsigned>"), "r_uint");
  EXPECT_EQ(describe("!ann.bool"), "bool");
  EXPECT_EQ(describe("!ann.float"), "float");
  EXPECT_EQ(describe("!ann.char<no_nul>"), "char");
  EXPECT_EQ(describe("!ann.str<no_nul>"), "str");
  EXPECT_EQ(describe("!ann.str<nullable>"), "str or None");
  EXPECT_EQ(describe("!ann.none"), "None");
  EXPECT_EQ(describe("!ann.impossible"), "impossible value");
  EXPECT_EQ(describe("!ann.tuple<>"), "empty tuple");
  EXPECT_EQ(describe("!ann.tuple<!ann.int>"), "tuple (int,)");
  EXPECT_EQ(describe("!ann.tuple<!ann.int, !ann.str<nullable>>"),
            "tuple (int, str or None)");
  EXPECT_EQ(describe("!ann.list<!ann.int, fixed>"), "list of int");
  EXPECT_EQ(describe("!ann.list<!ann.int, nullable>"), "list of int or None");
  EXPECT_EQ(describe("!ann.list<!ann.str<nullable>>"), "list of (str or None)");
  EXPECT_EQ(describe("!ann.list<!ann.list<!ann.float>>"),
            "list of list of float");
  EXPECT_EQ(describe("!ann.dict<!ann.str, !ann.list<!ann.int>, nullable>"),
            "dict of str to list of int or None");
  EXPECT_EQ(describe("!ann.set<!ann.char>"), "set of char");
  EXPECT_EQ(describe("!ann.instance<@Point>"), "instance of Point");
  EXPECT_EQ(describe("!ann.instance<#flow.builtin<\"ValueError\">, nullable>"),
            "instance of ValueError or None");
  EXPECT_EQ(describe("!ann.pbc<[@f]>"), "constant f");
  EXPECT_EQ(describe("!ann.pbc<[@f, #flow.builtin<\"len\">], nullable>"),
            "one of f, len or None");
  EXPECT_EQ(describe("!ann.method<[@Point.move], !ann.instance<@Point>>"),
            "bound method Point.move");
  EXPECT_EQ(describe("!ann.method<[@A.f, @B.f], !ann.instance<@A>>"),
            "one of bound methods A.f, B.f");
  EXPECT_EQ(describe("!ann.iter<!ann.list<!ann.int>>"),
            "iterator over list of int");
  EXPECT_EQ(describe("!ann.iter<!ann.int<nonneg>, range>"),
            "iterator over a range of int");
  EXPECT_EQ(describe("!ann.iter<!ann.dict<!ann.str, !ann.int>, values>"),
            "iterator over the values of dict of str to int");
  EXPECT_EQ(describe("!ann.iter<!ann.dict<!ann.str, !ann.int>, items>"),
            "iterator over the items of dict of str to int");
  EXPECT_EQ(describe("!ann.iter<!ann.str, reversed>"),
            "reversed iterator over str");
  EXPECT_EQ(describe("!ann.iter<!ann.list<!ann.int>, enumerate>"),
            "enumerate iterator over list of int");
  EXPECT_EQ(describe("i64"), "i64");
}

} // namespace
