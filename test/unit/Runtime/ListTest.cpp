//===- ListTest.cpp - Tests of the resizable list helpers -----------------===//

#include "test/unit/Runtime/TestTypes.h"

#include "gtest/gtest.h"

namespace {

std::vector<int64_t> ints(const rpy_list *l) {
  std::vector<int64_t> result;
  for (int64_t i = 0; i < l->length; ++i)
    result.push_back((int64_t)rpy_array_get(l->items, i));
  return result;
}

int64_t capacity(const rpy_list *l) { return l->items ? l->items->length : 0; }

class ListTest : public ::testing::Test {
protected:
  void SetUp() override { rpy_gc_init(); }
  rpy_list *newIntList(int64_t length = 0) {
    return rpy_list_new(TID_INT_LIST, TID_INT_ARRAY, length);
  }
};

TEST_F(ListTest, NewList) {
  rpy_list *l = newIntList(3);
  EXPECT_EQ(l->hdr.tid, (uint32_t)TID_INT_LIST);
  EXPECT_EQ(ints(l), (std::vector<int64_t>{0, 0, 0}));
  EXPECT_EQ(newIntList()->items, nullptr);
}

TEST_F(ListTest, AppendGrowsLikeCPython) {
  Roots roots;
  void **slot = roots.push(newIntList());
  std::vector<int64_t> capacities;
  for (int64_t i = 0; i < 100; ++i) {
    rpy_list_append((rpy_list *)*slot, i * i, TID_INT_ARRAY);
    int64_t c = capacity((rpy_list *)*slot);
    if (capacities.empty() || capacities.back() != c)
      capacities.push_back(c);
  }
  // CPython 3.11: [len(l) growth points of sys.getsizeof]
  EXPECT_EQ(capacities,
            (std::vector<int64_t>{4, 8, 16, 24, 32, 40, 52, 64, 76, 92, 108}));
  rpy_list *l = (rpy_list *)*slot;
  EXPECT_EQ(l->length, 100);
  for (int64_t i = 0; i < 100; ++i)
    EXPECT_EQ((int64_t)rpy_array_get(l->items, i), i * i);
}

TEST_F(ListTest, InsertClampsTheIndex) {
  Roots roots;
  void **slot = roots.push(newIntList());
  rpy_list_insert((rpy_list *)*slot, 0, 1, TID_INT_ARRAY);   // [1]
  rpy_list_insert((rpy_list *)*slot, 0, 2, TID_INT_ARRAY);   // [2, 1]
  rpy_list_insert((rpy_list *)*slot, 100, 3, TID_INT_ARRAY); // [2, 1, 3]
  rpy_list_insert((rpy_list *)*slot, -1, 4, TID_INT_ARRAY);  // [2, 1, 4, 3]
  rpy_list_insert((rpy_list *)*slot, -100, 5, TID_INT_ARRAY);
  EXPECT_EQ(ints((rpy_list *)*slot), (std::vector<int64_t>{5, 2, 1, 4, 3}));
}

TEST_F(ListTest, PopAndShrink) {
  Roots roots;
  void **slot = roots.push(newIntList());
  for (int64_t i = 0; i < 100; ++i)
    rpy_list_append((rpy_list *)*slot, i, TID_INT_ARRAY);
  rpy_list *l = (rpy_list *)*slot;
  uint64_t item;
  EXPECT_TRUE(rpy_list_pop(l, -1, &item));
  EXPECT_EQ(item, 99u);
  EXPECT_TRUE(rpy_list_pop(l, 0, &item));
  EXPECT_EQ(item, 0u);
  EXPECT_TRUE(rpy_list_pop(l, -98, &item));
  EXPECT_EQ(item, 1u);
  EXPECT_FALSE(rpy_list_pop(l, 97, &item));
  EXPECT_FALSE(rpy_list_pop(l, -98, &item));
  while (((rpy_list *)*slot)->length > 3)
    rpy_list_pop((rpy_list *)*slot, -1, nullptr);
  l = (rpy_list *)*slot;
  EXPECT_EQ(ints(l), (std::vector<int64_t>{2, 3, 4}));
  EXPECT_LT(capacity(l), 16); // shrunk below half
  // The slots past the length are zero.
  for (int64_t i = l->length; i < capacity(l); ++i)
    EXPECT_EQ(rpy_array_get(l->items, i), 0u);
  while (rpy_list_pop((rpy_list *)*slot, 0, nullptr)) {
  }
  EXPECT_EQ(((rpy_list *)*slot)->length, 0);
  EXPECT_FALSE(rpy_list_pop((rpy_list *)*slot, 0, &item));
}

TEST_F(ListTest, DeleteSlice) {
  Roots roots;
  void **slot = roots.push(newIntList());
  for (int64_t i = 0; i < 10; ++i)
    rpy_list_append((rpy_list *)*slot, i, TID_INT_ARRAY);
  rpy_list_delslice((rpy_list *)*slot, 2, 5);
  EXPECT_EQ(ints((rpy_list *)*slot),
            (std::vector<int64_t>{0, 1, 5, 6, 7, 8, 9}));
  rpy_list_delslice((rpy_list *)*slot, -2, INT64_MAX);
  EXPECT_EQ(ints((rpy_list *)*slot), (std::vector<int64_t>{0, 1, 5, 6, 7}));
  rpy_list_delslice((rpy_list *)*slot, 3, 1); // empty
  rpy_list_delslice((rpy_list *)*slot, -100, 1);
  EXPECT_EQ(ints((rpy_list *)*slot), (std::vector<int64_t>{1, 5, 6, 7}));
  rpy_list_delslice((rpy_list *)*slot, 0, INT64_MAX);
  EXPECT_EQ(((rpy_list *)*slot)->length, 0);
}

TEST_F(ListTest, ExtendIncludingItself) {
  Roots roots;
  void **slot = roots.push(newIntList());
  for (int64_t i = 1; i <= 3; ++i)
    rpy_list_append((rpy_list *)*slot, i, TID_INT_ARRAY);
  rpy_list *l = (rpy_list *)*slot;
  rpy_list_extend(l, l->items, l->length, TID_INT_ARRAY);
  EXPECT_EQ(ints((rpy_list *)*slot), (std::vector<int64_t>{1, 2, 3, 1, 2, 3}));
  void **fixed = roots.push(rpy_gc_malloc_varsize(TID_INT_ARRAY, 2));
  rpy_array_set(*fixed, 0, 7);
  rpy_array_set(*fixed, 1, 8);
  rpy_list_extend((rpy_list *)*slot, *fixed, 2, TID_INT_ARRAY);
  EXPECT_EQ(ints((rpy_list *)*slot),
            (std::vector<int64_t>{1, 2, 3, 1, 2, 3, 7, 8}));
  rpy_list_extend((rpy_list *)*slot, *fixed, 0, TID_INT_ARRAY);
  EXPECT_EQ(((rpy_list *)*slot)->length, 8);
}

TEST_F(ListTest, CharItems) {
  Roots roots;
  void **slot =
      roots.push(rpy_list_new(TID_INT_LIST, TID_CHAR_ARRAY, 0)); // same layout
  for (char c : std::string("hello"))
    rpy_list_append((rpy_list *)*slot, (uint8_t)c, TID_CHAR_ARRAY);
  rpy_list_insert((rpy_list *)*slot, 0, '>', TID_CHAR_ARRAY);
  rpy_list *l = (rpy_list *)*slot;
  std::string s;
  for (int64_t i = 0; i < l->length; ++i)
    s += (char)rpy_array_get(l->items, i);
  EXPECT_EQ(s, ">hello");
  uint64_t item;
  EXPECT_TRUE(rpy_list_pop(l, 1, &item));
  EXPECT_EQ(item, (uint64_t)'h');
}

TEST_F(ListTest, PointerItemsSurviveStress) {
  Roots roots;
  void **slot =
      roots.push(rpy_list_new(RPY_TID_STRING_LIST, RPY_TID_PTR_ARRAY, 0));
  rpy_gc_set_stress(true);
  for (int64_t i = 0; i < 50; ++i) {
    // The new string is held only by the argument: append keeps it alive.
    rpy_string *s = rpy_int_str(i);
    rpy_list_append((rpy_list *)*slot, (uint64_t)(uintptr_t)s,
                    RPY_TID_PTR_ARRAY);
  }
  rpy_string *s = rpy_int_str(-1);
  rpy_list_insert((rpy_list *)*slot, 10, (uint64_t)(uintptr_t)s,
                  RPY_TID_PTR_ARRAY);
  uint64_t popped;
  rpy_list_pop((rpy_list *)*slot, 0, &popped);
  void **kept = roots.push((void *)(uintptr_t)popped);
  while (((rpy_list *)*slot)->length > 5)
    rpy_list_pop((rpy_list *)*slot, -1, nullptr);
  rpy_gc_set_stress(false);
  EXPECT_EQ(text((rpy_string *)*kept), "0"); // as moved
  EXPECT_EQ(texts((rpy_list *)*slot),
            (std::vector<std::string>{"1", "2", "3", "4", "5"}));
}

} // namespace
