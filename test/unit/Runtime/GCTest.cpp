//===- GCTest.cpp - Tests of the mark-sweep collector ---------------------===//

#include "test/unit/Runtime/TestTypes.h"

#include "gtest/gtest.h"

#include <chrono>
#include <cstdio>
#include <set>
#include <unistd.h>

namespace {

rpy_gc_stats_info stats() {
  rpy_gc_stats_info info;
  rpy_gc_stats(&info);
  return info;
}

/// Resident set size of this process, in bytes.
int64_t residentBytes() {
  long pages = 0, resident = 0;
  FILE *f = fopen("/proc/self/statm", "r");
  if (!f)
    return 0;
  if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
    resident = 0;
  fclose(f);
  return resident * sysconf(_SC_PAGESIZE);
}

/// A list of n nodes with values n-1 .. 0, rooted nowhere.
Node *makeList(int64_t n) {
  Roots roots;
  void **head = roots.push(nullptr);
  for (int64_t i = 0; i < n; ++i)
    *head = newNode(i, static_cast<Node *>(*head));
  return static_cast<Node *>(*head);
}

int64_t sumList(const Node *node) {
  int64_t sum = 0;
  for (; node; node = node->next)
    sum += node->value;
  return sum;
}

class GCTest : public ::testing::Test {
protected:
  void SetUp() override {
    rpy_gc_init();
    rpy_gc_collect();
  }
};

TEST_F(GCTest, ObjectsAreZeroedWithTheirHeaderSet) {
  auto *node = static_cast<Node *>(rpy_gc_malloc(TID_NODE));
  EXPECT_EQ(node->hdr.tid, (uint32_t)TID_NODE);
  EXPECT_EQ(node->value, 0);
  EXPECT_EQ(node->next, nullptr);
  auto *array =
      static_cast<rpy_ptr_array *>(rpy_gc_malloc_varsize(TID_INT_ARRAY, 1000));
  EXPECT_EQ(array->hdr.tid, (uint32_t)TID_INT_ARRAY);
  EXPECT_EQ(array->length, 1000);
  for (int64_t i = 0; i < 1000; ++i)
    EXPECT_EQ(array->items[i], nullptr);
}

TEST_F(GCTest, UnreachableObjectsAreFreed) {
  int64_t before = stats().live_bytes;
  makeList(10000);
  rpy_gc_collect();
  EXPECT_LE(stats().live_bytes, before);
}

TEST_F(GCTest, ShadowStackRootsAreKept) {
  Roots roots;
  int64_t before = stats().live_bytes;
  void **head = roots.push(makeList(10000));
  makeList(10000); // garbage
  rpy_gc_collect();
  EXPECT_GE(stats().live_bytes, before + 10000 * 24);
  // The freed slots are reused; the kept list is intact.
  makeList(20000);
  EXPECT_EQ(sumList(static_cast<Node *>(*head)), 9999 * 10000 / 2);
}

TEST_F(GCTest, NullShadowStackEntriesAreAllowed) {
  Roots roots;
  roots.push(nullptr);
  void **node = roots.push(newNode(7, nullptr));
  roots.push(nullptr);
  rpy_gc_collect();
  EXPECT_EQ(static_cast<Node *>(*node)->value, 7);
}

TEST_F(GCTest, StaticRootsAreTracedButNeverFreed) {
  test_static_node.next = makeList(1000);
  rpy_gc_collect();
  makeList(5000);
  rpy_gc_collect();
  EXPECT_EQ(test_static_node.value, 42);
  EXPECT_EQ(test_static_node.hdr.gcflags, RPY_GCFLAG_STATIC);
  EXPECT_EQ(sumList(test_static_node.next), 999 * 1000 / 2);
  // A heap object pointing to the static one does not mark it.
  Roots roots;
  void **node = roots.push(newNode(1, &test_static_node));
  rpy_gc_collect();
  EXPECT_EQ(static_cast<Node *>(*node)->next, &test_static_node);
  EXPECT_EQ(test_static_node.hdr.gcflags, RPY_GCFLAG_STATIC);
  test_static_node.next = nullptr;
}

TEST_F(GCTest, DeepListsAreMarkedWithoutRecursion) {
  Roots roots;
  void **head = roots.push(makeList(2000000));
  rpy_gc_collect();
  rpy_gc_collect();
  EXPECT_EQ(sumList(static_cast<Node *>(*head)),
            (int64_t)1999999 * 2000000 / 2);
}

TEST_F(GCTest, ArrayItemsAreTraced) {
  Roots roots;
  void **array = roots.push(rpy_gc_malloc_varsize(RPY_TID_PTR_ARRAY, 100));
  for (int64_t i = 0; i < 100; ++i) {
    Node *node = newNode(i, nullptr);
    rpy_gc_write_barrier(*array); // as compiled code does before a store
    static_cast<rpy_ptr_array *>(*array)->items[i] = node;
  }
  // A large array (beyond the small size classes) of pointers too.
  void **big = roots.push(rpy_gc_malloc_varsize(RPY_TID_PTR_ARRAY, 5000));
  for (int64_t i = 0; i < 5000; ++i) {
    Node *node = newNode(i, nullptr);
    rpy_gc_write_barrier(*big);
    static_cast<rpy_ptr_array *>(*big)->items[i] = node;
  }
  makeList(100000);
  rpy_gc_collect();
  makeList(100000);
  for (int64_t i = 0; i < 100; ++i)
    EXPECT_EQ(
        static_cast<Node *>(static_cast<rpy_ptr_array *>(*array)->items[i])
            ->value,
        i);
  for (int64_t i = 0; i < 5000; ++i)
    ASSERT_EQ(static_cast<Node *>(static_cast<rpy_ptr_array *>(*big)->items[i])
                  ->value,
              i);
}

TEST_F(GCTest, TheExceptionBeingRaisedIsARoot) {
  auto *exc = static_cast<rpy_exception *>(rpy_gc_malloc(TID_EXCEPTION));
  rpy_exc_value = &exc->base;
  exc->message = str("kept");
  rpy_gc_collect();
  makeList(10000);
  EXPECT_EQ(text(exc->message), "kept");
  rpy_exc_value = nullptr;
}

TEST_F(GCTest, StressModeCollectsAtEveryAllocation) {
  Roots roots;
  int64_t before = stats().collections;
  rpy_gc_set_stress(true);
  void **head = roots.push(makeList(500));
  void **pair = roots.push(rpy_gc_malloc(TID_PAIR));
  static_cast<Pair *>(*pair)->a = str("left");
  static_cast<Pair *>(*pair)->b = rpy_str_concat(
      static_cast<rpy_string *>(static_cast<Pair *>(*pair)->a), str("right"));
  rpy_gc_set_stress(false);
  EXPECT_GE(stats().collections - before, 500 + 4);
  EXPECT_EQ(sumList(static_cast<Node *>(*head)), 499 * 500 / 2);
  EXPECT_EQ(text(static_cast<rpy_string *>(static_cast<Pair *>(*pair)->b)),
            "leftright");
}

TEST_F(GCTest, ThresholdGrowsWithTheLiveHeap) {
  Roots roots;
  int64_t small = stats().threshold;
  void **head = roots.push(makeList(1000000)); // 32 MB of slots
  rpy_gc_collect();
  EXPECT_GT(stats().threshold, small);
  EXPECT_GE(stats().threshold, stats().live_bytes);
  *head = nullptr;
  rpy_gc_collect();
  EXPECT_EQ(stats().threshold, small);
}

// 2 GB allocated in total, of mixed sizes (small, and large beyond the size
// classes), with about 1 MB live at any time: the heap stays bounded.
TEST_F(GCTest, MemoryIsBoundedWithASmallLiveSet) {
  Roots roots;
  constexpr int64_t kSlots = 256;
  void **ring = roots.push(rpy_gc_malloc_varsize(RPY_TID_PTR_ARRAY, kSlots));
  int64_t rssBefore = residentBytes();
  rpy_gc_stats_info start = stats();
  auto t0 = std::chrono::steady_clock::now();
  uint64_t seed = 12345;
  int64_t maxHeap = 0;
  while (stats().total_allocated - start.total_allocated < (int64_t)2 << 30) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    int64_t length = (seed >> 33) % 16 == 0 ? (seed >> 40) % 4000 // large
                                            : (seed >> 40) % 40;  // small
    void *array = rpy_gc_malloc_varsize(TID_INT_ARRAY, length);
    static_cast<rpy_ptr_array *>(*ring)->items[(seed >> 20) % kSlots] = array;
    if (((seed >> 24) & 1023) == 0)
      maxHeap = std::max(maxHeap, stats().heap_bytes);
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count();
  rpy_gc_stats_info end = stats();
  int64_t rssGrowth = residentBytes() - rssBefore;
  std::printf("[ info ] 2 GB in %.2f s, %lld collections, max heap %lld KB, "
              "RSS growth %lld KB\n",
              seconds, (long long)(end.collections - start.collections),
              (long long)maxHeap / 1024, (long long)rssGrowth / 1024);
  EXPECT_LT(maxHeap, (int64_t)64 << 20);
  EXPECT_LT(rssGrowth, (int64_t)64 << 20);
  EXPECT_LT(end.live_bytes, (int64_t)16 << 20);
}

} // namespace
