//===- TestMain.cpp - main of the runtime's unit tests --------------------===//
//
// An object file's main: it keeps the linker from pulling the runtime's own
// main out of librpyrt.a (which it would do for gtest_main's, an archive
// member too, since librpyrt.a comes first on the command line).
//
//===----------------------------------------------------------------------===//

#include "gtest/gtest.h"

int main(int argc, char **argv) {
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
