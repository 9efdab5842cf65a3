//===- GenerationalMain.cpp - The runtime's tests, generational collector -===//
//
// The same tests as RuntimeTests, with the generational collector: it
// moves young objects, so every C helper that keeps a GC pointer across an
// allocation must read it back from its roots. A small nursery makes the
// tests collect often.
//
//===----------------------------------------------------------------------===//

#include "runtime/native/rpy_runtime.h"

#include "gtest/gtest.h"

#include <cstdlib>

int main(int argc, char **argv) {
  setenv("RPY_GC_NURSERY", "65536", 0);
  rpy_gc_select(RPY_GC_GENERATIONAL);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
