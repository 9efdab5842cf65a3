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

/// The elements of a set as a list repr, in iteration order.
std::string order(const SetObject *set) {
  ListObject list(set->elements());
  return repr(&list);
}

TEST(ObjectTest, SetIteratesInCPythonSlotOrder) {
  // Expected values from CPython 3.11 (list(s) after the same operations).
  ObjectSpace space;
  SetObject *small = space.newSet();
  for (int i : {3, 1, 2})
    small->add(space.newInt(i));
  EXPECT_EQ(order(small), "[1, 2, 3]");

  // Collisions in a small table: no linear probes (they would wrap), so
  // perturbation moves 15 to slot 4 and 23 to slot 5.
  SetObject *probed = space.newSet();
  for (int i : {7, 15, 23, 1})
    probed->add(space.newInt(i));
  EXPECT_EQ(order(probed), "[1, 15, 23, 7]");

  // The fifth element grows the table to 32 slots.
  SetObject *grown = space.newSet();
  for (int i : {10, 1, 100, 8, 16, 33})
    grown->add(space.newInt(i));
  EXPECT_EQ(order(grown), "[1, 33, 100, 8, 10, 16]");

  // A removal leaves a dummy that a later addition reuses.
  SetObject *reused = space.newSet();
  reused->add(space.newInt(1));
  reused->add(space.newInt(9));
  EXPECT_TRUE(reused->erase(space.newInt(1)));
  EXPECT_FALSE(reused->erase(space.newInt(1)));
  reused->add(space.newInt(17));
  EXPECT_EQ(order(reused), "[17, 9]");

  // pop() walks from its finger.
  SetObject *popped = space.newSet();
  for (int i = 0; i < 20; ++i)
    popped->add(space.newInt(i));
  EXPECT_EQ(repr(popped->table.pop()), "0");
  EXPECT_EQ(repr(popped->table.pop()), "1");
  EXPECT_EQ(popped->size(), 18u);
}

TEST(ObjectTest, SetOfRandomisedHashesKeepsInsertionOrder) {
  // CPython randomises str hashes, so no order is CPython's: such sets
  // iterate in insertion order, and in slot order again without them.
  ObjectSpace space;
  SetObject *set = space.newSet();
  StrObject *b = space.newStr("b");
  set->add(space.newInt(3));
  set->add(space.newInt(1));
  set->add(b);
  set->add(space.newStr("a"));
  EXPECT_EQ(order(set), "[3, 1, 'b', 'a']");
  EXPECT_TRUE(set->erase(b));
  EXPECT_EQ(order(set), "[3, 1, 'a']");
  EXPECT_TRUE(set->erase(space.newStr("a")));
  EXPECT_EQ(order(set), "[1, 3]");
  set->add(space.newStr("z"));
  set->add(space.newInt(2));
  EXPECT_EQ(repr(set->table.pop()), "3");
  EXPECT_EQ(order(set), "[1, 'z', 2]");
  EXPECT_FALSE(set->contains(space.newInt(3)));
  EXPECT_TRUE(set->contains(space.newInt(2)));
  EXPECT_FALSE(hashIsReproducible(b));
  EXPECT_FALSE(hashIsReproducible(space.newTuple({space.newInt(1), b})));
  EXPECT_FALSE(hashIsReproducible(space.newFloat(NAN)));
  EXPECT_TRUE(hashIsReproducible(space.newTuple({space.none()})));
}

TEST(ObjectTest, HashesMatchCPython) {
  // CPython 3.11 (None: 3.12+, where its hash is a constant).
  ObjectSpace space;
  EXPECT_EQ(hashObject(space.none()), 4238894112);
  EXPECT_EQ(hashObject(space.make<RangeObject>(0, 10, 2)),
            -6143170332311272345);
  EXPECT_EQ(hashObject(space.newInt128((__int128)1 << 61)), 1);
  EXPECT_EQ(hashObject(space.newInt(INT64_MIN)), -4);
  EXPECT_EQ(hashObject(space.newInt128(((__int128)1 << 64) + 1)), 9);
  EXPECT_EQ(hashObject(space.newTuple(
                {space.newInt(1), space.newInt(2), space.newInt(3)})),
            529344067295497451);
  EXPECT_EQ(hashObject(space.newFloat(-0.0)), 0);
  EXPECT_EQ(hashObject(space.newFloat(1e300)), 1224995262755759164);
  EXPECT_EQ(hashObject(space.newFloat(INFINITY)), 314159);
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
