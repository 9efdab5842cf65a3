/*===- io.c - Standard output and error, os.* and time.* ------------------===*
 *
 * Standard output is buffered here (flushed when full, at exit, before
 * anything else writes to fd 1 or 2 or reads fd 0, and at each newline when
 * fd 1 is a terminal) so that print() costs no system call per line.
 * Strings are written as UTF-8, each char being a Latin-1 code point.
 *
 *===----------------------------------------------------------------------===*/

#define _GNU_SOURCE
#include "runtime/native/rpy_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define STDOUT_BUFFER 65536

static char stdout_buffer[STDOUT_BUFFER];
static size_t stdout_used;
static int stdout_is_tty = -1; /* -1: not asked yet */
static bool flush_at_exit_registered;
static int64_t last_errno;

static bool write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      return false;
    p += w;
    n -= (size_t)w;
  }
  return true;
}

void rpy_stdout_flush(void) {
  if (stdout_used == 0)
    return;
  write_all(1, stdout_buffer, stdout_used);
  stdout_used = 0;
}

static void flush_at_exit(void) { rpy_stdout_flush(); }

static void stdout_prepare(void) {
  if (stdout_is_tty < 0)
    stdout_is_tty = isatty(1) ? 1 : 0;
  if (!flush_at_exit_registered) {
    flush_at_exit_registered = true;
    atexit(flush_at_exit);
  }
}

/// UTF-8 of `n` Latin-1 chars into `out` (room for 2n bytes); its length.
static size_t encode_utf8(const uint8_t *chars, int64_t n, char *out) {
  char *o = out;
  for (int64_t i = 0; i < n; ++i) {
    uint8_t c = chars[i];
    if (c < 0x80) {
      *o++ = (char)c;
    } else {
      *o++ = (char)(0xC0 | (c >> 6));
      *o++ = (char)(0x80 | (c & 0x3F));
    }
  }
  return (size_t)(o - out);
}

void rpy_stdout_write_bytes(const char *p, int64_t n) {
  stdout_prepare();
  if (n <= 0)
    return;
  if ((size_t)n > STDOUT_BUFFER - stdout_used) {
    rpy_stdout_flush();
    if ((size_t)n >= STDOUT_BUFFER) {
      write_all(1, p, (size_t)n);
      return;
    }
  }
  memcpy(stdout_buffer + stdout_used, p, (size_t)n);
  stdout_used += (size_t)n;
  if (stdout_is_tty && memchr(p, '\n', (size_t)n))
    rpy_stdout_flush();
}

void rpy_stdout_write(const rpy_string *s) {
  if (!s) {
    rpy_stdout_write_bytes("None", 4);
    return;
  }
  const uint8_t *chars = (const uint8_t *)s->chars;
  int64_t n = s->length;
  /* Chunks whose encoding fits a stack buffer. */
  char encoded[4096];
  for (int64_t start = 0; start < n; start += 2048) {
    int64_t chunk = n - start < 2048 ? n - start : 2048;
    size_t bytes = encode_utf8(chars + start, chunk, encoded);
    rpy_stdout_write_bytes(encoded, (int64_t)bytes);
  }
  if (n == 0)
    stdout_prepare();
}

void rpy_stdout_write_char(uint8_t c) {
  char encoded[2];
  size_t bytes = encode_utf8(&c, 1, encoded);
  rpy_stdout_write_bytes(encoded, (int64_t)bytes);
}

void rpy_print_newline(void) { rpy_stdout_write_bytes("\n", 1); }

/// Writes s to fd as UTF-8; the number of bytes written, or -1 (errno set).
static int64_t write_string(int fd, const rpy_string *s) {
  if (!s) {
    errno = EINVAL;
    return -1;
  }
  char encoded[4096];
  int64_t total = 0;
  for (int64_t start = 0; start < s->length; start += 2048) {
    int64_t chunk = s->length - start < 2048 ? s->length - start : 2048;
    size_t bytes =
        encode_utf8((const uint8_t *)s->chars + start, chunk, encoded);
    if (!write_all(fd, encoded, bytes))
      return -1;
    total += (int64_t)bytes;
  }
  return total;
}

void rpy_stderr_write(const rpy_string *s) {
  rpy_stdout_flush();
  write_string(2, s);
}

/*===----------------------------------------------------------------------===*
 * os
 *===----------------------------------------------------------------------===*/

int64_t rpy_os_errno(void) { return last_errno; }

rpy_string *rpy_os_strerror(int64_t err) {
  return rpy_str_from_c(strerror((int)err));
}

int64_t rpy_os_write(int64_t fd, const rpy_string *s) {
  if (fd == 1 || fd == 2)
    rpy_stdout_flush();
  int64_t written = write_string((int)fd, s);
  if (written < 0)
    last_errno = errno;
  return written;
}

rpy_string *rpy_os_read(int64_t fd, int64_t n) {
  if (n < 0) {
    last_errno = EINVAL;
    return NULL;
  }
  if (fd == 0)
    rpy_stdout_flush(); /* a prompt shows before the program waits */
  char small[4096];
  char *buffer = n <= (int64_t)sizeof(small) ? small : malloc((size_t)n);
  if (!buffer) {
    last_errno = ENOMEM;
    return NULL;
  }
  ssize_t got;
  do
    got = read((int)fd, buffer, (size_t)n);
  while (got < 0 && errno == EINTR);
  rpy_string *result = NULL;
  if (got < 0)
    last_errno = errno;
  else
    result = rpy_str_from_bytes(buffer, got);
  if (buffer != small)
    free(buffer);
  return result;
}

int64_t rpy_os_open(const rpy_string *path, int64_t flags, int64_t mode) {
  if (!path || memchr(path->chars, 0, (size_t)path->length)) {
    last_errno = EINVAL; /* CPython: ValueError: embedded null byte */
    return -1;
  }
  char *cpath = malloc((size_t)path->length * 2 + 1);
  if (!cpath) {
    last_errno = ENOMEM;
    return -1;
  }
  size_t bytes = encode_utf8((const uint8_t *)path->chars, path->length, cpath);
  cpath[bytes] = 0;
  int fd;
  do
    fd = open(cpath, (int)flags | O_CLOEXEC, (mode_t)mode);
  while (fd < 0 && errno == EINTR);
  if (fd < 0)
    last_errno = errno;
  free(cpath);
  return fd;
}

int64_t rpy_os_close(int64_t fd) {
  if (fd == 1)
    rpy_stdout_flush();
  if (close((int)fd) < 0) {
    last_errno = errno;
    return -1;
  }
  return 0;
}

int64_t rpy_os_lseek(int64_t fd, int64_t pos, int64_t how) {
  off_t result = lseek((int)fd, (off_t)pos, (int)how);
  if (result < 0) {
    last_errno = errno;
    return -1;
  }
  return result;
}

/*===----------------------------------------------------------------------===*
 * time and sys
 *===----------------------------------------------------------------------===*/

double rpy_time_time(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double rpy_time_perf_counter(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void rpy_exit(int64_t status) {
  rpy_stdout_flush();
  exit((int)status);
}

/*===----------------------------------------------------------------------===*
 * Start and exit
 *===----------------------------------------------------------------------===*/

rpy_list *rpy_make_argv(int argc, char **argv) {
  rpy_push_root(rpy_list_new(RPY_TID_STRING_LIST, RPY_TID_PTR_ARRAY, argc));
  for (int i = 0; i < argc; ++i) {
    const uint8_t *in = (const uint8_t *)argv[i];
    size_t n = strlen(argv[i]);
    char *decoded = malloc(n + 1);
    if (!decoded)
      rpy_fatal("out of memory");
    int64_t length = 0;
    for (size_t k = 0; k < n; ++k) {
      /* C2 and C3 lead the two-byte sequences of U+0080..U+00FF. */
      if ((in[k] == 0xC2 || in[k] == 0xC3) && k + 1 < n &&
          (in[k + 1] & 0xC0) == 0x80) {
        decoded[length++] = (char)(((in[k] & 0x03) << 6) | (in[k + 1] & 0x3F));
        ++k;
      } else {
        decoded[length++] = (char)in[k];
      }
    }
    rpy_string *s = rpy_str_from_bytes(decoded, length);
    free(decoded);
    rpy_list *list = rpy_shadowstack_top[-1];
    gc_barrier(list->items);
    list->items->items[i] = s;
  }
  return rpy_pop_root();
}

int rpy_finish(int64_t result) {
  if (!rpy_exc_type) {
    rpy_stdout_flush();
    return (int)result;
  }
  rpy_stdout_flush();
  const rpy_string *name = rpy_exc_type->name;
  const rpy_string *message =
      rpy_exc_value ? ((rpy_exception *)rpy_exc_value)->message : NULL;
  if (name)
    write_string(2, name);
  else
    write_all(2, "Exception", 9);
  if (message && message->length > 0) {
    write_all(2, ": ", 2);
    write_string(2, message);
  }
  write_all(2, "\n", 1);
  return 1;
}
