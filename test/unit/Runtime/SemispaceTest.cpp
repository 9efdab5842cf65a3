//===- SemispaceTest.cpp - Tests of the semispace collector ---------------===//
//
// Built into RuntimeSemispaceTests only (its main selects the collector).
//
//===----------------------------------------------------------------------===//

#include "test/unit/Runtime/TestTypes.h"

#include "gtest/gtest.h"

namespace {

class SemispaceTest : public ::testing::Test {
protected:
  void SetUp() override { rpy_gc_init(); }
};

rpy_gc_stats_info stats() {
  rpy_gc_stats_info info;
  rpy_gc_stats(&info);
  return info;
}

TEST_F(SemispaceTest, CollectionsCopyEveryLiveObject) {
  Roots roots;
  void **list = roots.push(nullptr);
  for (int i = 0; i < 1000; ++i)
    *list = newNode(i, static_cast<Node *>(*list));
  void *before = *list;
  rpy_gc_collect();
  EXPECT_NE(*list, before);
  int64_t count = 0, sum = 0;
  for (auto *node = static_cast<Node *>(*list); node; node = node->next)
    ++count, sum += node->value;
  EXPECT_EQ(count, 1000);
  EXPECT_EQ(sum, 999 * 1000 / 2);
  EXPECT_GE(stats().live_bytes, 1000 * 24);
}

TEST_F(SemispaceTest, IdentityHashesFollowTheirObjects) {
  Roots roots;
  void **slot = roots.push(newNode(3, nullptr));
  int64_t hash = rpy_gc_identity_hash(*slot);
  rpy_gc_collect();
  rpy_gc_collect();
  EXPECT_EQ(rpy_gc_identity_hash(*slot), hash);
  EXPECT_EQ(static_cast<Node *>(*slot)->value, 3);
}

TEST_F(SemispaceTest, TheSpaceGrowsForLargeObjects) {
  Roots roots;
  // 1 MB arrays through a 64 KB space: it grows to hold them.
  void **big = roots.push(rpy_gc_malloc_varsize(TID_INT_ARRAY, 128 * 1024));
  void **other = roots.push(rpy_gc_malloc_varsize(TID_INT_ARRAY, 128 * 1024));
  EXPECT_NE(*big, nullptr);
  EXPECT_NE(*other, nullptr);
  rpy_gc_collect();
  EXPECT_GE(stats().heap_bytes, 2 * 1024 * 1024);
}

TEST_F(SemispaceTest, BoundedMemoryForShortLivedObjects) {
  for (int i = 0; i < 200 * 1000 * 1000 / 32; ++i)
    newNode(i, nullptr);
  EXPECT_LT(stats().heap_bytes, 64 * 1024 * 1024);
}

} // namespace
