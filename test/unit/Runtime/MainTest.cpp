//===- MainTest.cpp - Tests of main, argv and uncaught exceptions ---------===//
//
// Runs EntryProgram.c, linked with the runtime's main, as a subprocess.
//
//===----------------------------------------------------------------------===//

#include "gtest/gtest.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace {

struct Outcome {
  int status; ///< exit status, or 128 + signal
  std::string out, err;
};

std::string slurp(const std::string &path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Outcome run(const std::string &args, const std::string &env = "") {
  std::string dir = ::testing::TempDir();
  std::string out = dir + "/rpyrt-main.out", err = dir + "/rpyrt-main.err";
  std::string cmd =
      env + " " + RPYRT_MAIN_TEST + " " + args + " >" + out + " 2>" + err;
  int raw = std::system(cmd.c_str());
  Outcome result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  result.out = slurp(out);
  result.err = slurp(err);
  return result;
}

TEST(MainTest, ArgvAndExitStatus) {
  Outcome r = run("one 'two words' \"$(printf 'caf\\303\\251')\"");
  EXPECT_EQ(r.status, 4);
  EXPECT_EQ(r.err, "");
  // argv[0] is the program; é arrives as one Latin-1 char, printed as UTF-8.
  EXPECT_NE(r.out.find("'one'\n'two words'\n'caf\xc3\xa9'\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("rpyrt-main-test'\n"), std::string::npos) << r.out;
}

TEST(MainTest, UncaughtExceptionIsReported) {
  Outcome r = run("raise");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "before\n"); // flushed
  EXPECT_EQ(r.err, "ValueError: bad\n");
}

TEST(MainTest, UncaughtExceptionWithoutMessage) {
  Outcome r = run("raise-empty");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "KeyError\n");
}

TEST(MainTest, StressModeFromTheEnvironment) {
  Outcome r = run("gc", "RPY_GC_STRESS=1");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "1999000 1\n");
  r = run("gc");
  EXPECT_EQ(r.out, "1999000 0\n");
}

TEST(MainTest, StandardOutputIsBufferedInOrder) {
  Outcome r = run("io");
  EXPECT_EQ(r.status, 7);
  EXPECT_EQ(r.out, "a\xc3\xa9"
                   "bcNone\n");
  EXPECT_EQ(r.err, "err");
}

TEST(MainTest, ShadowStackOverflowIsFatal) {
  Outcome r = run("overflow");
  EXPECT_NE(r.status, 0);
  // (sh may add its own "Aborted" line.)
  EXPECT_EQ(r.err.rfind("Fatal RPython error: shadow stack overflow\n", 0), 0u)
      << r.err;
}

} // namespace
