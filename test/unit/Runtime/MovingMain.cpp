//===- MovingMain.cpp - The runtime's tests with a moving collector -------===//
//
// RuntimeGenerationalTests and RuntimeSemispaceTests: the collector is
// RPY_TEST_GC (a compile definition). Moving collectors move objects, so
// every C helper that keeps a GC pointer across an allocation must read it
// back from its roots. A small space makes the tests collect often.
//
//===----------------------------------------------------------------------===//

#include "runtime/native/rpy_runtime.h"

#include "gtest/gtest.h"

#include <cstdlib>

int main(int argc, char **argv) {
  setenv("RPY_GC_NURSERY", "65536", 0);
  rpy_gc_select(RPY_TEST_GC);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
