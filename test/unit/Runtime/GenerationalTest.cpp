//===- GenerationalTest.cpp - Tests of the generational collector ---------===//
//
// Built into RuntimeGenerationalTests only (its main selects the collector).
//
//===----------------------------------------------------------------------===//

#include "test/unit/Runtime/TestTypes.h"

#include "gtest/gtest.h"

namespace {

class GenerationalTest : public ::testing::Test {
protected:
  void SetUp() override { rpy_gc_init(); }
};

rpy_gc_stats_info stats() {
  rpy_gc_stats_info info;
  rpy_gc_stats(&info);
  return info;
}

TEST_F(GenerationalTest, MinorCollectionsMoveRootedObjects) {
  Roots roots;
  void **slot = roots.push(newNode(7, nullptr));
  void *before = *slot;
  int64_t minors = stats().minor_collections;
  rpy_gc_collect();
  EXPECT_GT(stats().minor_collections, minors);
  EXPECT_NE(*slot, before); // copied out of the nursery
  auto *node = static_cast<Node *>(*slot);
  EXPECT_EQ(node->value, 7);
  EXPECT_EQ(node->hdr.tid, (uint32_t)TID_NODE);
  // Old now: the write barrier's flag is set.
  EXPECT_TRUE(node->hdr.gcflags & RPY_GCFLAG_TRACK_YOUNG_PTRS);
}

TEST_F(GenerationalTest, TheWriteBarrierKeepsYoungObjectsReachable) {
  Roots roots;
  void **old = roots.push(newNode(1, nullptr));
  rpy_gc_collect(); // *old is old now
  auto *parent = static_cast<Node *>(*old);
  Node *young = newNode(2, nullptr);
  // Only the old object points to the young one: without the barrier the
  // next minor collection would not find it.
  rpy_gc_write_barrier(parent);
  EXPECT_FALSE(parent->hdr.gcflags & RPY_GCFLAG_TRACK_YOUNG_PTRS);
  parent->next = young;
  for (int i = 0; i < 10000; ++i) // several minor collections
    newNode(i, nullptr);
  parent = static_cast<Node *>(*old);
  ASSERT_NE(parent->next, nullptr);
  EXPECT_EQ(parent->next->value, 2);
  EXPECT_TRUE(parent->hdr.gcflags & RPY_GCFLAG_TRACK_YOUNG_PTRS);
}

TEST_F(GenerationalTest, IdentityHashesSurviveMoves) {
  Roots roots;
  void **slot = roots.push(newNode(3, nullptr));
  int64_t hash = rpy_gc_identity_hash(*slot);
  EXPECT_EQ(rpy_gc_identity_hash(*slot), hash);
  rpy_gc_collect();
  EXPECT_EQ(rpy_gc_identity_hash(*slot), hash);
  EXPECT_EQ((int64_t)((uintptr_t)*slot >> 4), hash); // copied to its place
  EXPECT_EQ(static_cast<Node *>(*slot)->value, 3);
}

TEST_F(GenerationalTest, BoundedMemoryForShortLivedObjects) {
  // 200 MB of garbage through a 64 KB nursery: the old space stays small.
  for (int i = 0; i < 200 * 1000 * 1000 / 32; ++i)
    newNode(i, nullptr);
  EXPECT_LT(stats().heap_bytes, 64 * 1024 * 1024);
}

} // namespace
