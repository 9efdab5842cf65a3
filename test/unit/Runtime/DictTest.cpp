//===- DictTest.cpp - Tests of the dict and set table ---------------------===//

#include "test/unit/Runtime/TestTypes.h"

#include "gtest/gtest.h"

#include <cmath>
#include <cstring>
#include <utility>

namespace {

const rpy_dict_desc kIntDesc = {RPY_DICT_KEY_INT, TID_ENTRIES_PLAIN, 0, nullptr,
                                nullptr};
const rpy_dict_desc kFloatDesc = {RPY_DICT_KEY_FLOAT, TID_ENTRIES_PLAIN, 0,
                                  nullptr, nullptr};
const rpy_dict_desc kStrToNodeDesc = {RPY_DICT_KEY_STRING, TID_ENTRIES_BOTH, 0,
                                      nullptr, nullptr};
const rpy_dict_desc kIdentityDesc = {RPY_DICT_KEY_IDENTITY, TID_ENTRIES_KEY, 0,
                                     nullptr, nullptr};

// Tuple keys (str, str) as Pairs, with generated hash and equality.
int64_t pairHash(uint64_t key) {
  auto *p = reinterpret_cast<Pair *>(key);
  int64_t a = rpy_str_hash(static_cast<rpy_string *>(p->a));
  int64_t b = rpy_str_hash(static_cast<rpy_string *>(p->b));
  return (int64_t)(((uint64_t)a * 1000003) ^ (uint64_t)b);
}
bool pairEq(uint64_t x, uint64_t y) {
  auto *p = reinterpret_cast<Pair *>(x), *q = reinterpret_cast<Pair *>(y);
  return rpy_str_eq(static_cast<rpy_string *>(p->a),
                    static_cast<rpy_string *>(q->a)) &&
         rpy_str_eq(static_cast<rpy_string *>(p->b),
                    static_cast<rpy_string *>(q->b));
}
const rpy_dict_desc kPairDesc = {RPY_DICT_KEY_CUSTOM, TID_ENTRIES_KEY, 0,
                                 pairHash, pairEq};

uint64_t W(const void *p) { return (uint64_t)(uintptr_t)p; }
uint64_t F(double x) {
  uint64_t bits;
  std::memcpy(&bits, &x, sizeof(bits));
  return bits;
}

/// The keys in iteration order.
std::vector<uint64_t> keys(const rpy_dict *d) {
  std::vector<uint64_t> result;
  for (int64_t i = rpy_dict_next(d, 0); i >= 0; i = rpy_dict_next(d, i + 1))
    result.push_back(rpy_dict_key_at(d, i));
  return result;
}

class DictTest : public ::testing::Test {
protected:
  void SetUp() override { rpy_gc_init(); }
};

TEST_F(DictTest, EmptyDict) {
  rpy_dict *d = rpy_dict_new(&kIntDesc);
  EXPECT_EQ(d->hdr.tid, (uint32_t)RPY_TID_DICT);
  EXPECT_EQ(rpy_dict_length(d), 0);
  uint64_t v;
  EXPECT_FALSE(rpy_dict_lookup(d, 1, &v));
  EXPECT_FALSE(rpy_dict_delitem(d, 1));
  EXPECT_FALSE(rpy_dict_popitem(d, nullptr, &v));
  EXPECT_EQ(rpy_dict_next(d, 0), -1);
}

TEST_F(DictTest, IntKeysInInsertionOrder) {
  Roots roots;
  void **slot = roots.push(rpy_dict_new(&kIntDesc));
  std::vector<uint64_t> expected;
  for (int64_t i = 0; i < 1000; ++i) {
    int64_t key = (i * 7919) % 1000 - 500; // negative keys too
    rpy_dict_setitem((rpy_dict *)*slot, key, i);
    expected.push_back(key);
  }
  rpy_dict *d = (rpy_dict *)*slot;
  EXPECT_EQ(rpy_dict_length(d), 1000);
  for (int64_t i = 0; i < 1000; ++i) {
    uint64_t v = 0;
    ASSERT_TRUE(rpy_dict_lookup(d, (i * 7919) % 1000 - 500, &v));
    EXPECT_EQ(v, (uint64_t)i);
  }
  EXPECT_FALSE(rpy_dict_contains(d, 500));
  EXPECT_EQ(keys(d), expected);
  // Updating keeps the position.
  rpy_dict_setitem(d, expected[0], 99);
  EXPECT_EQ(keys(d), expected);
  EXPECT_EQ(rpy_dict_value_at(d, rpy_dict_next(d, 0)), 99u);
}

TEST_F(DictTest, DeletionLeavesTombstones) {
  Roots roots;
  void **slot = roots.push(rpy_dict_new(&kIntDesc));
  for (int64_t i = 0; i < 100; ++i)
    rpy_dict_setitem((rpy_dict *)*slot, i * 8, i); // same low bits
  rpy_dict *d = (rpy_dict *)*slot;
  for (int64_t i = 0; i < 100; i += 2)
    EXPECT_TRUE(rpy_dict_delitem(d, i * 8));
  EXPECT_FALSE(rpy_dict_delitem(d, 0));
  EXPECT_EQ(rpy_dict_length(d), 50);
  for (int64_t i = 0; i < 100; ++i)
    EXPECT_EQ(rpy_dict_contains(d, i * 8), i % 2 == 1) << i;
  // A key inserted again goes to the end, as in Python.
  rpy_dict_setitem(d, 0, 1234);
  std::vector<uint64_t> k = keys(d);
  ASSERT_EQ(k.size(), 51u);
  EXPECT_EQ(k.front(), 8u);
  EXPECT_EQ(k.back(), 0u);
}

TEST_F(DictTest, ChurnKeepsTheTableSmall) {
  Roots roots;
  void **slot = roots.push(rpy_dict_new(&kIntDesc));
  for (int64_t i = 0; i < 100000; ++i) {
    rpy_dict_setitem((rpy_dict *)*slot, i, i);
    if (i >= 5)
      ASSERT_TRUE(rpy_dict_delitem((rpy_dict *)*slot, i - 5));
  }
  rpy_dict *d = (rpy_dict *)*slot;
  EXPECT_EQ(rpy_dict_length(d), 5);
  EXPECT_LE(d->entries->length, 32);
  EXPECT_EQ(keys(d),
            (std::vector<uint64_t>{99995, 99996, 99997, 99998, 99999}));
}

TEST_F(DictTest, ResizingThroughAllIndexWidths) {
  Roots roots;
  void **slot = roots.push(rpy_dict_new(&kIntDesc));
  const int64_t n = 100000; // index of 262144 slots: 4-byte entries
  for (int64_t i = 0; i < n; ++i)
    rpy_dict_setitem((rpy_dict *)*slot, i * 1000003, i);
  rpy_dict *d = (rpy_dict *)*slot;
  EXPECT_EQ(rpy_dict_length(d), n);
  for (int64_t i = 0; i < n; ++i) {
    uint64_t v;
    ASSERT_TRUE(rpy_dict_lookup(d, i * 1000003, &v));
    ASSERT_EQ(v, (uint64_t)i);
  }
  EXPECT_FALSE(rpy_dict_contains(d, 1));
}

TEST_F(DictTest, PopAndPopitem) {
  Roots roots;
  void **slot = roots.push(rpy_dict_new(&kIntDesc));
  for (int64_t i = 1; i <= 5; ++i)
    rpy_dict_setitem((rpy_dict *)*slot, i, i * 10);
  rpy_dict *d = (rpy_dict *)*slot;
  uint64_t k, v;
  EXPECT_TRUE(rpy_dict_pop(d, 3, &v));
  EXPECT_EQ(v, 30u);
  EXPECT_FALSE(rpy_dict_pop(d, 3, &v));
  std::vector<std::pair<uint64_t, uint64_t>> popped;
  while (rpy_dict_popitem(d, &k, &v))
    popped.push_back({k, v});
  EXPECT_EQ(popped, (std::vector<std::pair<uint64_t, uint64_t>>{
                        {5, 50}, {4, 40}, {2, 20}, {1, 10}}));
  EXPECT_EQ(rpy_dict_length(d), 0);
  // Popping many leaves a usable table.
  for (int64_t round = 0; round < 3; ++round) {
    for (int64_t i = 0; i < 1000; ++i)
      rpy_dict_setitem((rpy_dict *)*slot, i, i);
    for (int64_t i = 999; i >= 0; --i) {
      ASSERT_TRUE(rpy_dict_popitem((rpy_dict *)*slot, &k, &v));
      ASSERT_EQ(k, (uint64_t)i);
    }
  }
}

TEST_F(DictTest, ClearAndCopy) {
  Roots roots;
  void **slot = roots.push(rpy_dict_new(&kIntDesc));
  for (int64_t i = 0; i < 20; ++i)
    rpy_dict_setitem((rpy_dict *)*slot, i, i);
  for (int64_t i = 0; i < 20; i += 3)
    rpy_dict_delitem((rpy_dict *)*slot, i);
  void **copy = roots.push(rpy_dict_copy((rpy_dict *)*slot));
  EXPECT_EQ(keys((rpy_dict *)*copy), keys((rpy_dict *)*slot));
  EXPECT_EQ(((rpy_dict *)*copy)->used, ((rpy_dict *)*copy)->length);
  rpy_dict_setitem((rpy_dict *)*copy, 100, 1);
  EXPECT_FALSE(rpy_dict_contains((rpy_dict *)*slot, 100));
  rpy_dict_clear((rpy_dict *)*slot);
  EXPECT_EQ(rpy_dict_length((rpy_dict *)*slot), 0);
  EXPECT_FALSE(rpy_dict_contains((rpy_dict *)*slot, 1));
  EXPECT_TRUE(rpy_dict_contains((rpy_dict *)*copy, 1));
  rpy_dict_setitem((rpy_dict *)*slot, 7, 7);
  EXPECT_EQ(keys((rpy_dict *)*slot), (std::vector<uint64_t>{7}));
  void **empty = roots.push(
      rpy_dict_copy((rpy_dict *)roots.push(rpy_dict_new(&kIntDesc))[0]));
  EXPECT_EQ(rpy_dict_length((rpy_dict *)*empty), 0);
}

TEST_F(DictTest, FloatKeys) {
  Roots roots;
  void **slot = roots.push(rpy_dict_new(&kFloatDesc));
  rpy_dict_setitem((rpy_dict *)*slot, F(0.0), 1);
  rpy_dict_setitem((rpy_dict *)*slot, F(-0.0), 2); // the same key
  rpy_dict_setitem((rpy_dict *)*slot, F(1.5), 3);
  rpy_dict_setitem((rpy_dict *)*slot, F(NAN), 4);
  rpy_dict *d = (rpy_dict *)*slot;
  EXPECT_EQ(rpy_dict_length(d), 3);
  uint64_t v;
  ASSERT_TRUE(rpy_dict_lookup(d, F(0.0), &v));
  EXPECT_EQ(v, 2u);
  EXPECT_EQ(rpy_dict_key_at(d, 0), F(0.0));  // the first key stays
  EXPECT_TRUE(rpy_dict_contains(d, F(NAN))); // the same NaN, by its bits
  EXPECT_FALSE(rpy_dict_contains(d, F(2.5)));
}

TEST_F(DictTest, StringKeysByContentAndNone) {
  Roots roots;
  void **slot = roots.push(rpy_dict_new(&kStrToNodeDesc));
  for (int64_t i = 0; i < 200; ++i) {
    void **key = roots.push(rpy_int_str(i));
    Node *node = newNode(i, nullptr);
    rpy_dict_setitem((rpy_dict *)*slot, W(*key), W(node));
  }
  rpy_dict_setitem((rpy_dict *)*slot, 0, W(newNode(-1, nullptr))); // None
  rpy_dict *d = (rpy_dict *)*slot;
  EXPECT_EQ(rpy_dict_length(d), 201);
  uint64_t v;
  ASSERT_TRUE(rpy_dict_lookup(d, W(str("123")), &v));
  EXPECT_EQ(((Node *)v)->value, 123);
  ASSERT_TRUE(rpy_dict_lookup(d, 0, &v));
  EXPECT_EQ(((Node *)v)->value, -1);
  EXPECT_FALSE(rpy_dict_contains(d, W(str("1234"))));
  EXPECT_FALSE(rpy_dict_contains(d, W(str(""))));
  EXPECT_TRUE(rpy_dict_delitem(d, W(str("7"))));
  EXPECT_FALSE(rpy_dict_contains(d, W(str("7"))));
}

TEST_F(DictTest, IdentityKeys) {
  Roots roots;
  void **a = roots.push(str("same"));
  void **b = roots.push(str("same"));
  void **slot = roots.push(rpy_dict_new(&kIdentityDesc));
  rpy_dict_setitem((rpy_dict *)*slot, W(*a), 1);
  EXPECT_TRUE(rpy_dict_contains((rpy_dict *)*slot, W(*a)));
  EXPECT_FALSE(rpy_dict_contains((rpy_dict *)*slot, W(*b)));
  rpy_dict_setitem((rpy_dict *)*slot, W(*b), 2);
  EXPECT_EQ(rpy_dict_length((rpy_dict *)*slot), 2);
}

TEST_F(DictTest, CustomTupleKeys) {
  Roots roots;
  void **slot = roots.push(rpy_dict_new(&kPairDesc));
  for (int i = 0; i < 50; ++i) {
    void **pair = roots.push(rpy_gc_malloc(TID_PAIR));
    void *a = rpy_int_str(i);
    ((Pair *)*pair)->a = a;
    void *b = rpy_int_str(i * i);
    ((Pair *)*pair)->b = b;
    rpy_dict_setitem((rpy_dict *)*slot, W(*pair), i);
  }
  void **probe = roots.push(rpy_gc_malloc(TID_PAIR));
  void *a = rpy_int_str(7);
  ((Pair *)*probe)->a = a;
  void *b = rpy_int_str(49);
  ((Pair *)*probe)->b = b;
  uint64_t v;
  ASSERT_TRUE(rpy_dict_lookup((rpy_dict *)*slot, W(*probe), &v));
  EXPECT_EQ(v, 7u);
  ((Pair *)*probe)->b = str("48");
  EXPECT_FALSE(rpy_dict_contains((rpy_dict *)*slot, W(*probe)));
}

TEST_F(DictTest, SetsUseTheSameTable) {
  Roots roots;
  void **set = roots.push(rpy_dict_new(&kIntDesc));
  for (int64_t i : {3, 1, 3, 2, 1})
    rpy_dict_setitem((rpy_dict *)*set, i, 0);
  EXPECT_EQ(keys((rpy_dict *)*set), (std::vector<uint64_t>{3, 1, 2}));
}

TEST_F(DictTest, ContentsAreTracedAndFreed) {
  Roots roots;
  rpy_gc_collect();
  rpy_gc_stats_info before;
  rpy_gc_stats(&before);
  void **slot = roots.push(rpy_dict_new(&kStrToNodeDesc));
  rpy_gc_set_stress(true);
  for (int64_t i = 0; i < 300; ++i) {
    void **key = roots.push(rpy_int_str(i));
    Node *node = newNode(i, nullptr);
    rpy_dict_setitem((rpy_dict *)*slot, W(*key), W(node));
    rpy_shadowstack_top--; // the key is kept by the dict only
  }
  rpy_gc_set_stress(false);
  rpy_gc_collect();
  rpy_dict *d = (rpy_dict *)*slot;
  for (int64_t i = 0; i < 300; ++i) {
    uint64_t v;
    ASSERT_TRUE(rpy_dict_lookup(d, W(rpy_int_str(i)), &v));
    ASSERT_EQ(((Node *)v)->value, i);
  }
  rpy_gc_stats_info full;
  rpy_gc_stats(&full);
  EXPECT_GE(full.live_bytes - before.live_bytes, 300 * (24 + 32));
  for (int64_t i = 0; i < 300; ++i)
    rpy_dict_delitem(d, W(rpy_int_str(i)));
  rpy_gc_collect();
  rpy_gc_stats_info emptied;
  rpy_gc_stats(&emptied);
  // Deleted entries keep nothing alive (the tables themselves remain).
  EXPECT_GE(full.live_bytes - emptied.live_bytes, 300 * (24 + 32));
}

TEST_F(DictTest, PrebuiltDictGetsItsIndexOnFirstUse) {
  uint64_t v;
  ASSERT_TRUE(rpy_dict_lookup(&test_static_dict, W(str("two")), &v));
  EXPECT_EQ(v, 2u);
  EXPECT_NE(test_static_dict.index, nullptr);
  EXPECT_EQ(test_static_dict.hdr.gcflags, RPY_GCFLAG_STATIC);
  // The new tables live in the heap: the dict is a static root.
  rpy_dict_setitem(&test_static_dict, W(str("four")), 4);
  rpy_gc_collect();
  for (int i = 0; i < 10000; ++i)
    newNode(i, nullptr);
  ASSERT_TRUE(rpy_dict_lookup(&test_static_dict, W(str("four")), &v));
  EXPECT_EQ(v, 4u);
  ASSERT_TRUE(rpy_dict_lookup(&test_static_dict, W(str("one")), &v));
  EXPECT_EQ(v, 1u);
  EXPECT_EQ(rpy_dict_length(&test_static_dict), 4);
}

// Random operations against a model: a vector of (key, value) in order.
TEST_F(DictTest, MatchesAModel) {
  Roots roots;
  void **slot = roots.push(rpy_dict_new(&kIntDesc));
  std::vector<std::pair<uint64_t, uint64_t>> model;
  auto find = [&](uint64_t key) {
    for (size_t i = 0; i < model.size(); ++i)
      if (model[i].first == key)
        return (int64_t)i;
    return (int64_t)-1;
  };
  uint64_t seed = 42;
  for (int step = 0; step < 50000; ++step) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    uint64_t key = (seed >> 33) % 64, op = (seed >> 20) % 10;
    rpy_dict *d = (rpy_dict *)*slot;
    int64_t at = find(key);
    if (op < 5) {
      rpy_dict_setitem(d, key, step);
      if (at >= 0)
        model[at].second = step;
      else
        model.push_back({key, (uint64_t)step});
    } else if (op < 8) {
      ASSERT_EQ(rpy_dict_delitem(d, key), at >= 0);
      if (at >= 0)
        model.erase(model.begin() + at);
    } else if (op < 9) {
      uint64_t k, v;
      ASSERT_EQ(rpy_dict_popitem(d, &k, &v), !model.empty());
      if (!model.empty()) {
        ASSERT_EQ(std::make_pair(k, v), model.back());
        model.pop_back();
      }
    } else {
      uint64_t v;
      ASSERT_EQ(rpy_dict_lookup(d, key, &v), at >= 0);
      if (at >= 0)
        ASSERT_EQ(v, model[at].second);
    }
    ASSERT_EQ(rpy_dict_length(d), (int64_t)model.size());
    if (step % 97 == 0) {
      std::vector<uint64_t> expected;
      for (auto &kv : model)
        expected.push_back(kv.first);
      ASSERT_EQ(keys(d), expected) << "step " << step;
    }
  }
}

} // namespace
