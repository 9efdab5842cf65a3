/*===- EntryProgram.c - A program linked with the runtime's main ----------===*
 *
 * What the compiler would emit, by hand: a type table, an exception class
 * and rpy_entry. MainTest.cpp runs it; argv[1] chooses the behaviour.
 *
 *===----------------------------------------------------------------------===*/

#include "runtime/native/rpy_runtime.h"

#include <string.h>

enum { TID_EXC = RPY_TID_RESERVED_COUNT, TID_NODE, TID_COUNT };

static const int64_t exc_ptrs[] = {16, -1};
static const int64_t node_ptrs[] = {16, -1};
const rpy_typeinfo rpy_typeinfos[] = {
    RPY_RESERVED_TYPEINFOS,
    {24, 0, 0, exc_ptrs, NULL},  /* TID_EXC: rpy_exception */
    {24, 0, 0, node_ptrs, NULL}, /* TID_NODE: {hdr, value, next} */
};
const uint32_t rpy_typeinfo_count = TID_COUNT;
void *const rpy_static_roots[] = {NULL};
const int64_t rpy_static_root_count = 0;

/* A prebuilt string, as the compiler lays them out. */
#define STATIC_STRING(name, text)                                              \
  static struct {                                                              \
    rpy_hdr hdr;                                                               \
    int64_t hash;                                                              \
    int64_t length;                                                            \
    char chars[sizeof(text)];                                                  \
  } name = {{RPY_TID_STRING, RPY_GCFLAG_STATIC}, 0, sizeof(text) - 1, text}

STATIC_STRING(value_error_name, "ValueError");
STATIC_STRING(key_error_name, "KeyError");
static rpy_vtable value_error = {10, 11, (rpy_string *)&value_error_name};
static rpy_vtable key_error = {12, 13, (rpy_string *)&key_error_name};

static bool arg_is(rpy_list *argv, const char *text) {
  rpy_string *s = argv->length > 1 ? argv->items->items[1] : NULL;
  return s && s->length == (int64_t)strlen(text) &&
         memcmp(s->chars, text, (size_t)s->length) == 0;
}

static void raise(rpy_vtable *type, const char *message) {
  rpy_exception *exc = rpy_gc_malloc(TID_EXC);
  exc->base.typeptr = type;
  rpy_push_root(exc);
  rpy_string *text = message ? rpy_str_from_c(message) : NULL;
  exc = rpy_pop_root();
  exc->message = text;
  rpy_exc_type = type;
  rpy_exc_value = &exc->base;
}

int64_t rpy_entry(rpy_list *argv) {
  if (arg_is(argv, "raise")) {
    rpy_stdout_write_bytes("before\n", 7);
    raise(&value_error, "bad");
    return 0;
  }
  if (arg_is(argv, "raise-empty")) {
    raise(&key_error, NULL);
    return 0;
  }
  if (arg_is(argv, "gc")) {
    /* A list kept alive across many collections. */
    rpy_push_root(NULL);
    for (int64_t i = 0; i < 2000; ++i) {
      int64_t *node = rpy_gc_malloc(TID_NODE);
      node[1] = i;
      ((void **)node)[2] = rpy_shadowstack_top[-1];
      rpy_shadowstack_top[-1] = node;
    }
    int64_t sum = 0;
    for (int64_t *node = rpy_pop_root(); node; node = ((int64_t **)node)[2])
      sum += node[1];
    rpy_gc_stats_info stats;
    rpy_gc_stats(&stats);
    rpy_stdout_write(rpy_int_str(sum));
    rpy_stdout_write_char(' ');
    rpy_stdout_write(rpy_int_str(stats.collections >= 2000));
    rpy_print_newline();
    return 0;
  }
  if (arg_is(argv, "io")) {
    /* Buffered and direct writes keep their order; chars become UTF-8. */
    rpy_stdout_write(rpy_str_from_c("a\xe9"));
    rpy_os_write(1, rpy_str_from_c("b"));
    rpy_stdout_write_char('c');
    rpy_stderr_write(rpy_str_from_c("err"));
    rpy_stdout_write(NULL);
    rpy_print_newline();
    rpy_exit(7);
  }
  if (arg_is(argv, "overflow")) {
    for (;;)
      *rpy_shadowstack_top++ = NULL; /* compiled code does not check */
  }
  /* Echo the arguments, one per line, through the stdout buffer. */
  rpy_push_root(argv);
  for (int64_t i = 0; i < argv->length; ++i) {
    argv = rpy_shadowstack_top[-1];
    rpy_string *line = rpy_str_repr(argv->items->items[i]);
    rpy_stdout_write(line);
    rpy_print_newline();
  }
  rpy_pop_root();
  return argv->length;
}
