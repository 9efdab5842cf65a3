//===- IOTest.cpp - Tests of the os and time externals --------------------===//

#include "test/unit/Runtime/TestTypes.h"

#include "gtest/gtest.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace {

class IOTest : public ::testing::Test {
protected:
  void SetUp() override { rpy_gc_init(); }
};

TEST_F(IOTest, OpenWriteSeekReadClose) {
  std::string path = ::testing::TempDir() + "/rpyrt-io-test.txt";
  int64_t fd = rpy_os_open(str(path.c_str()), O_RDWR | O_CREAT | O_TRUNC, 0644);
  ASSERT_GE(fd, 0);
  rpy_string *data = str("caf\xe9\n");
  EXPECT_EQ(rpy_os_write(fd, data), 6); // é is two bytes of UTF-8
  EXPECT_EQ(rpy_os_lseek(fd, 0, SEEK_SET), 0);
  rpy_string *back = rpy_os_read(fd, 100);
  ASSERT_NE(back, nullptr);
  EXPECT_EQ(text(back), "caf\xc3\xa9\n"); // bytes come back one char each
  EXPECT_EQ(rpy_os_lseek(fd, 0, SEEK_END), 6);
  EXPECT_EQ(text(rpy_os_read(fd, 100)), ""); // end of file
  EXPECT_EQ(rpy_os_close(fd), 0);
  unlink(path.c_str());
}

TEST_F(IOTest, FailuresGiveErrno) {
  EXPECT_EQ(rpy_os_open(str("/nonexistent/dir/file"), O_RDONLY, 0), -1);
  EXPECT_EQ(rpy_os_errno(), ENOENT);
  EXPECT_EQ(text(rpy_os_strerror(ENOENT)), "No such file or directory");
  EXPECT_EQ(rpy_os_close(-1), -1);
  EXPECT_EQ(rpy_os_errno(), EBADF);
  EXPECT_EQ(rpy_os_read(-1, 10), nullptr);
  EXPECT_EQ(rpy_os_errno(), EBADF);
  EXPECT_EQ(rpy_os_write(-1, str("x")), -1);
  EXPECT_EQ(rpy_os_errno(), EBADF);
  EXPECT_EQ(rpy_os_lseek(-1, 0, SEEK_SET), -1);
  EXPECT_EQ(rpy_os_open(rpy_str_from_bytes("a\0b", 3), O_RDONLY, 0), -1);
  EXPECT_EQ(rpy_os_errno(), EINVAL);
}

TEST_F(IOTest, Clocks) {
  double t = rpy_time_time();
  EXPECT_GT(t, 1.6e9); // after 2020
  double a = rpy_time_perf_counter(), b = rpy_time_perf_counter();
  EXPECT_LE(a, b);
}

} // namespace
