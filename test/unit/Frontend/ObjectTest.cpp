//===- ObjectTest.cpp - Tests of the import-time object model -------------===//

#include "lib/Frontend/Object.h"

#include "gtest/gtest.h"

#include <cmath>

using namespace rpy::frontend;

namespace {

TEST(ObjectTest, FloatReprMatchesCPython) {
  EXPECT_EQ(formatFloatRepr(1.0), "1.0");
  EXPECT_EQ(formatFloatRepr(0.1), "0.1");
  EXPECT_EQ(formatFloatRepr(1e16), "1e+16");
  EXPECT_EQ(formatFloatRepr(1e15), "1000000000000000.0");
  EXPECT_EQ(formatFloatRepr(1.5e-5), "1.5e-05");
  EXPECT_EQ(formatFloatRepr(1e-4), "0.0001");
  EXPECT_EQ(formatFloatRepr(-0.0), "-0.0");
  EXPECT_EQ(formatFloatRepr(0.0), "0.0");
  EXPECT_EQ(formatFloatRepr(INFINITY), "inf");
  EXPECT_EQ(formatFloatRepr(-INFINITY), "-inf");
  EXPECT_EQ(formatFloatRepr(NAN), "nan");
  EXPECT_EQ(formatFloatRepr(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(formatFloatRepr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(formatFloatRepr(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(formatFloatRepr(5e-324), "5e-324");
  EXPECT_EQ(formatFloatRepr(1e22), "1e+22");
  EXPECT_EQ(formatFloatRepr(2.5), "2.5");
  EXPECT_EQ(formatFloatRepr(-12345.678), "-12345.678");
}

TEST(ObjectTest, StringRepr) {
  EXPECT_EQ(reprString("abc"), "'abc'");
  EXPECT_EQ(reprString("it's"), "\"it's\"");
  EXPECT_EQ(reprString("say \"hi\""), "'say \"hi\"'");
  EXPECT_EQ(reprString("both ' \""), "'both \\' \"'");
  EXPECT_EQ(reprString("t\tn\n\\"), "'t\\tn\\n\\\\'");
  EXPECT_EQ(reprString("\x01\x7f"), "'\\x01\\x7f'");
  EXPECT_EQ(reprString("\xc3\xa9"), "'\xc3\xa9'");
  EXPECT_EQ(reprBytes(std::string("a'\x00\xff", 4)), "b\"a'\\x00\\xff\"");
}

TEST(ObjectTest, ContainerRepr) {
  ObjectSpace space;
  TupleObject *one = space.newTuple({space.newInt(1)});
  EXPECT_EQ(repr(one), "(1,)");
  EXPECT_EQ(repr(space.newTuple({})), "()");
  ListObject *list = space.newList(
      {space.newStr("a"), space.none(), space.trueObject(), space.newFloat(2)});
  EXPECT_EQ(repr(list), "['a', None, True, 2.0]");
  DictObject *dict = space.newDict();
  dict->set(space.newStr("k"), one);
  EXPECT_EQ(repr(dict), "{'k': (1,)}");
  EXPECT_EQ(repr(space.newSet()), "set()");
  EXPECT_EQ(repr(space.make<RangeObject>(0, 10, 2)), "range(0, 10, 2)");
  EXPECT_EQ(repr(space.newInt128((__int128)1 << 64)), "18446744073709551616");
  EXPECT_EQ(repr(space.newUInt(UINT64_MAX)), "18446744073709551615");
  EXPECT_EQ(repr(space.intClass), "<class 'int'>");
  EXPECT_EQ(str(space.newStr("x")), "x");
}

TEST(ObjectTest, Int128ToString) {
  EXPECT_EQ(int128ToString(0), "0");
  EXPECT_EQ(int128ToString(-42), "-42");
  __int128 min = -((__int128)1 << 126) * 2;
  EXPECT_EQ(int128ToString(min), "-170141183460469231731687303715884105728");
}

TEST(ObjectTest, EqualityAndHashAcrossNumbers) {
  ObjectSpace space;
  Object *one = space.newInt(1);
  Object *oneF = space.newFloat(1.0);
  Object *t = space.trueObject();
  Object *u = space.newUInt(1);
  EXPECT_TRUE(equals(one, oneF));
  EXPECT_TRUE(equals(one, t));
  EXPECT_TRUE(equals(one, u));
  EXPECT_EQ(hashObject(one), hashObject(oneF));
  EXPECT_EQ(hashObject(one), hashObject(t));
  EXPECT_EQ(hashObject(space.newInt(-1)), -2);
  EXPECT_EQ(hashObject(space.newFloat(2.5)), 1152921504606846978);
  // CPython: hash((1, 2)) == -3550055125485641917
  EXPECT_EQ(hashObject(space.newTuple({space.newInt(1), space.newInt(2)})),
            -3550055125485641917);
  EXPECT_FALSE(equals(space.newStr("1"), one));
  EXPECT_TRUE(equals(space.newTuple({one, space.newStr("a")}),
                     space.newTuple({oneF, space.newStr("a")})));
  EXPECT_FALSE(isHashable(space.newList()));
  EXPECT_FALSE(isHashable(space.newTuple({space.newList()})));
  EXPECT_TRUE(isHashable(space.newTuple({one})));
}

TEST(ObjectTest, DictKeepsInsertionOrder) {
  ObjectSpace space;
  DictObject *dict = space.newDict();
  for (int i : {5, 3, 9, 1})
    dict->set(space.newInt(i), space.newInt(i * 10));
  dict->set(space.newFloat(3.0), space.newStr("three")); // replaces key 3
  ASSERT_EQ(dict->size(), 4u);
  EXPECT_EQ(repr(dict), "{5: 50, 3: 'three', 9: 90, 1: 10}");
  EXPECT_TRUE(dict->erase(space.newInt(5)));
  EXPECT_FALSE(dict->erase(space.newInt(5)));
  dict->set(space.newInt(5), space.none());
  EXPECT_EQ(repr(dict), "{3: 'three', 9: 90, 1: 10, 5: None}");
  EXPECT_EQ(dict->get(space.newInt(9)), dict->items()[1].value);
  EXPECT_EQ(dict->get(space.newStr("9")), nullptr);
}

TEST(ObjectTest, AttrDictOrder) {
  AttrDict attrs;
  ObjectSpace space;
  attrs.set("b", space.newInt(1));
  attrs.set("a", space.newInt(2));
  attrs.set("b", space.newInt(3));
  ASSERT_EQ(attrs.size(), 2u);
  EXPECT_EQ(attrs.begin()->first, "b");
  EXPECT_EQ(repr(attrs.get("b")), "3");
  EXPECT_TRUE(attrs.erase("b"));
  EXPECT_EQ(attrs.begin()->first, "a");
  EXPECT_EQ(attrs.get("b"), nullptr);
}

TEST(ObjectTest, BuiltinClassHierarchy) {
  ObjectSpace space;
  EXPECT_TRUE(
      space.zeroDivisionErrorClass->isSubclassOf(space.arithmeticErrorClass));
  EXPECT_TRUE(space.keyErrorClass->isSubclassOf(space.lookupErrorClass));
  EXPECT_TRUE(space.recursionErrorClass->isSubclassOf(space.runtimeErrorClass));
  EXPECT_TRUE(space.exceptionClass->isSubclassOf(space.objectClass));
  EXPECT_FALSE(space.systemExitClass->isSubclassOf(space.exceptionClass));
  EXPECT_EQ(space.builtinClass("ValueError"), space.valueErrorClass);
  EXPECT_EQ(space.builtinClass("nope"), nullptr);
  EXPECT_TRUE(space.isInstance(space.trueObject(), space.intClass));
  EXPECT_EQ(space.typeOf(space.newUInt(1)), space.rUIntClass);
  EXPECT_EQ(typeName(space.none()), "NoneType");
}

TEST(ObjectTest, C3Mro) {
  ObjectSpace space;
  auto make = [&](const char *name, std::vector<ClassObject *> bases) {
    auto *cls = space.make<ClassObject>();
    cls->name = cls->qualname = cls->fullName = name;
    cls->bases = std::move(bases);
    EXPECT_TRUE(space.computeMro(cls));
    return cls;
  };
  ClassObject *base = make("Base", {space.objectClass});
  ClassObject *mixin = make("Mixin", {space.objectClass});
  ClassObject *left = make("Left", {base});
  ClassObject *right = make("Right", {base, mixin});
  ClassObject *both = make("Both", {left, right});
  std::vector<std::string> names;
  for (ClassObject *c : both->mro)
    names.push_back(c->name);
  EXPECT_EQ(names, (std::vector<std::string>{"Both", "Left", "Right", "Base",
                                             "Mixin", "object"}));
  base->dict.set("attr", space.newInt(1));
  right->dict.set("attr", space.newInt(2));
  EXPECT_EQ(repr(both->lookup("attr")), "2");
  EXPECT_EQ(both->lookupOwner("attr"), right);

  auto *bad = space.make<ClassObject>();
  bad->bases = {base, left}; // base before its own subclass
  EXPECT_FALSE(space.computeMro(bad));
}

TEST(ObjectTest, RangeLength) {
  ObjectSpace space;
  EXPECT_EQ(RangeObject(0, 10, 3).length(), 4);
  EXPECT_EQ(RangeObject(10, 0, -3).length(), 4);
  EXPECT_EQ(RangeObject(0, 0, 1).length(), 0);
  EXPECT_EQ(RangeObject(5, 0, 1).length(), 0);
  EXPECT_EQ(RangeObject(INT64_MIN, INT64_MAX, INT64_MAX).length(), 3);
}

TEST(ObjectTest, DeepNestingDoesNotCrash) {
  ObjectSpace space;
  Object *nested = space.newTuple({});
  for (int i = 0; i < 100000; ++i)
    nested = space.newTuple({nested});
  (void)hashObject(nested);
  EXPECT_TRUE(equals(nested, nested));
  EXPECT_FALSE(repr(nested).empty());
}

} // namespace
