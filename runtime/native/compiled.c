/*===- compiled.c - Helpers in the shape compiled code calls --------------===*
 *
 * The compiler's calls pass and return values only (lltype has no pointers
 * to locals): these wrap the runtime's functions that report a status
 * through an out-parameter, and add the few conversions compiled code
 * needs beyond the library's.
 *
 *===----------------------------------------------------------------------===*/

#include "runtime/native/rpy_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The status of the last rpy_parse_int/rpy_parse_float (RPY_PARSE_*). */
static int64_t parse_status;

int64_t rpy_parse_int(const rpy_string *s) {
  int64_t value = 0;
  parse_status = rpy_str_to_int(s, 10, &value);
  return value;
}

double rpy_parse_float(const rpy_string *s) {
  double value = 0;
  parse_status = rpy_str_to_float(s, &value);
  return value;
}

int64_t rpy_parse_status(void) { return parse_status; }

rpy_string *rpy_uint_str(uint64_t n) {
  char buffer[24];
  int length = snprintf(buffer, sizeof buffer, "%llu", (unsigned long long)n);
  return rpy_str_from_bytes(buffer, length);
}

/* The math module: libm under names of the runtime's own, so that they
   never meet a program's functions (a program may define `floor`). */
#define RPY_MATH1(name)                                                        \
  double rpy_math_##name(double x) { return name(x); }
#define RPY_MATH2(name)                                                        \
  double rpy_math_##name(double x, double y) { return name(x, y); }
RPY_MATH1(sqrt)
RPY_MATH1(exp)
RPY_MATH1(log)
RPY_MATH1(log10)
RPY_MATH1(log2)
RPY_MATH1(sin)
RPY_MATH1(cos)
RPY_MATH1(tan)
RPY_MATH1(asin)
RPY_MATH1(acos)
RPY_MATH1(atan)
RPY_MATH1(sinh)
RPY_MATH1(cosh)
RPY_MATH1(tanh)
RPY_MATH1(fabs)
RPY_MATH1(floor)
RPY_MATH1(ceil)
RPY_MATH1(trunc)
RPY_MATH2(atan2)
RPY_MATH2(pow)
RPY_MATH2(fmod)
RPY_MATH2(hypot)
RPY_MATH2(copysign)
#undef RPY_MATH1
#undef RPY_MATH2

bool rpy_math_isnan(double x) { return isnan(x); }
bool rpy_math_isinf(double x) { return isinf(x); }
bool rpy_math_isfinite(double x) { return isfinite(x); }

/* Python's float divmod, as CPython's float_divmod computes it: the
   remainder has the divisor's sign (a zero one too), the quotient is
   rounded from the exact (a - remainder) / b. The divisor is not zero. */
static double float_divmod(double a, double b, double *quotient) {
  double mod = fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = copysign(0.0, b);
  }
  if (div != 0) {
    double floored = floor(div);
    if (div - floored > 0.5)
      floored += 1.0;
    *quotient = floored;
  } else {
    *quotient = copysign(0.0, a / b);
  }
  return mod;
}

double rpy_float_floordiv(double a, double b) {
  double quotient;
  float_divmod(a, b, &quotient);
  return quotient;
}

double rpy_float_mod(double a, double b) {
  double quotient;
  return float_divmod(a, b, &quotient);
}

bool rpy_int_mul_overflows(int64_t a, int64_t b) {
  int64_t product;
  return __builtin_mul_overflow(a, b, &product);
}

bool rpy_int_lshift_overflows(int64_t a, int64_t b) {
  /* The shifted value must shift back: no bit, the sign included, lost. */
  if (b < 0 || b >= 64)
    return a != 0 || b < 0;
  return (int64_t)((uint64_t)a << b) >> b != a;
}

int64_t rpy_int_pow(int64_t base, int64_t exponent) {
  /* Machine words wrap, as RPython's int_pow; a negative exponent is the
     compiler's to reject (it makes a float in Python). */
  uint64_t result = 1, b = (uint64_t)base;
  for (int64_t e = exponent; e > 0; e >>= 1) {
    if (e & 1)
      result *= b;
    b *= b;
  }
  return (int64_t)result;
}

rpy_string *rpy_str_join_chars(rpy_string *sep, void *items,
                               int64_t count) {
  /* items: a GcArray of chars (its header, its length, then the bytes). */
  void **frame = roots_push(2);
  frame[0] = sep;
  frame[1] = items;
  int64_t length = count + (count > 0 ? (count - 1) * sep->length : 0);
  rpy_string *result = rpy_str_alloc(length);
  sep = frame[0];
  const uint8_t *chars = ((const rpy_byte_array *)frame[1])->items;
  int64_t at = 0;
  for (int64_t i = 0; i < count; ++i) {
    if (i > 0) {
      memcpy(result->chars + at, sep->chars, sep->length);
      at += sep->length;
    }
    result->chars[at++] = (char)chars[i];
  }
  roots_pop(frame);
  return result;
}

rpy_string *rpy_str_group_digits(rpy_string *s, char sep) {
  /* format(x, ",") after format(x, ""): `sep` between each group of three
     digits of the integer part, which follows an optional sign. */
  int64_t start = s->length > 0 && (s->chars[0] == '-' || s->chars[0] == '+');
  int64_t end = start;
  while (end < s->length && s->chars[end] >= '0' && s->chars[end] <= '9')
    ++end;
  int64_t digits = end - start;
  int64_t separators = digits > 0 ? (digits - 1) / 3 : 0;
  void **frame = roots_push(1);
  frame[0] = s;
  rpy_string *result = rpy_str_alloc(s->length + separators);
  s = frame[0];
  int64_t at = 0;
  for (int64_t i = 0; i < s->length; ++i) {
    result->chars[at++] = s->chars[i];
    int64_t left = end - 1 - i; /* digits after this one in the part */
    if (i >= start && i < end - 1 && left % 3 == 0)
      result->chars[at++] = sep;
  }
  roots_pop(frame);
  return result;
}

rpy_string *rpy_os_error_message(void) {
  /* str(OSError) as CPython prints it: "[Errno N] message". */
  int64_t err = rpy_os_errno();
  char prefix[32];
  int length = snprintf(prefix, sizeof prefix, "[Errno %lld] ", (long long)err);
  void **frame = roots_push(1);
  frame[0] = rpy_str_from_bytes(prefix, length);
  rpy_string *message = rpy_os_strerror(err);
  rpy_string *result = rpy_str_concat(frame[0], message);
  roots_pop(frame);
  return result;
}

/* list.sort() of a list of ints, floats or strings: a stable merge sort of
   the items array's first `count` 8-byte items (strings by rpy_str_cmp). A
   non-GC buffer holds the halves while merging; nothing is allocated on the
   GC heap, so no object moves or dies meanwhile. */
typedef bool (*less_fn)(uint64_t a, uint64_t b);

static bool less_int(uint64_t a, uint64_t b) {
  return (int64_t)a < (int64_t)b;
}
static bool less_float(uint64_t a, uint64_t b) {
  double x, y;
  memcpy(&x, &a, sizeof x);
  memcpy(&y, &b, sizeof y);
  return x < y;
}
static bool less_str(uint64_t a, uint64_t b) {
  return rpy_str_cmp((const rpy_string *)(uintptr_t)a,
                     (const rpy_string *)(uintptr_t)b) < 0;
}

static void merge_sort(uint64_t *items, uint64_t *buffer, int64_t count,
                       less_fn less) {
  if (count < 2)
    return;
  int64_t half = count / 2;
  merge_sort(items, buffer, half, less);
  merge_sort(items + half, buffer, count - half, less);
  memcpy(buffer, items, half * sizeof *items);
  int64_t i = 0, j = half, k = 0;
  while (i < half && j < count)
    /* Equal items keep their order: take from the left unless the right
       one is strictly smaller. */
    items[k++] = less(items[j], buffer[i]) ? items[j++] : buffer[i++];
  while (i < half)
    items[k++] = buffer[i++];
}

static void sort_items(void *array, int64_t count, less_fn less) {
  uint64_t *items = (uint64_t *)((rpy_ptr_array *)array)->items;
  uint64_t *buffer = malloc((count / 2 + 1) * sizeof *buffer);
  if (!buffer)
    rpy_fatal("out of memory while sorting");
  merge_sort(items, buffer, count, less);
  free(buffer);
}

void rpy_sort_int(void *array, int64_t count) {
  sort_items(array, count, less_int);
}
void rpy_sort_float(void *array, int64_t count) {
  sort_items(array, count, less_float);
}
void rpy_sort_str(void *array, int64_t count) {
  sort_items(array, count, less_str);
}
