/*===- format.c - str/repr/hex/oct of numbers, %-format, int(), float() ---===*
 *
 * repr(float) is CPython's 'r' mode: the shortest digit string that reads
 * back as the same double, in fixed notation when the decimal exponent is
 * in [-4, 16), else in exponent notation. The digits come from glibc's
 * correctly rounded printf at increasing precisions, checked with strtod.
 * %-format pads and signs as CPython's formatter does (which differs from
 * C's printf for ints: '%#o' is '0o17', '%x' of a negative is '-1f', the
 * precision never drops a zero), so only the digits of floats come from
 * printf.
 *
 *===----------------------------------------------------------------------===*/

#include "runtime/native/rpy_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*===----------------------------------------------------------------------===*
 * Integers
 *===----------------------------------------------------------------------===*/

/* Writes the digits of `magnitude` in `base` (lowercase) ending at `end`;
   returns the first digit. */
static char *utoa_base(uint64_t magnitude, unsigned base, char *end) {
  static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  char *p = end;
  do {
    *--p = digits[magnitude % base];
    magnitude /= base;
  } while (magnitude);
  return p;
}

static inline uint64_t magnitude_of(int64_t n) {
  return n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
}

static rpy_string *int_with_prefix(int64_t n, unsigned base,
                                   const char *prefix) {
  char buf[80];
  char *end = buf + sizeof(buf);
  char *p = utoa_base(magnitude_of(n), base, end);
  size_t plen = strlen(prefix);
  p -= plen;
  memcpy(p, prefix, plen);
  if (n < 0)
    *--p = '-';
  return rpy_str_from_bytes(p, end - p);
}

rpy_string *rpy_int_str(int64_t n) { return int_with_prefix(n, 10, ""); }
rpy_string *rpy_int_hex(int64_t n) { return int_with_prefix(n, 16, "0x"); }
rpy_string *rpy_int_oct(int64_t n) { return int_with_prefix(n, 8, "0o"); }
rpy_string *rpy_int_bin(int64_t n) { return int_with_prefix(n, 2, "0b"); }

/*===----------------------------------------------------------------------===*
 * repr(float)
 *===----------------------------------------------------------------------===*/

/* The decimal digits of a candidate: value = 0.DIGITS x 10^decpt. */
typedef struct {
  char digits[24];
  int ndigits;
  int decpt;
} decimal;

/* Parses the output of "%.*e". */
static void parse_exp_form(const char *text, decimal *d) {
  d->ndigits = 0;
  const char *p = text;
  for (; *p && *p != 'e'; ++p)
    if (*p >= '0' && *p <= '9')
      d->digits[d->ndigits++] = *p;
  d->digits[d->ndigits] = 0;
  d->decpt = atoi(p + 1) + 1;
}

static double decimal_value(const decimal *d) {
  char text[48];
  snprintf(text, sizeof(text), "0.%se%d", d->digits, d->decpt);
  return strtod(text, NULL);
}

/* The other p-digit neighbour of x: d plus or minus one unit in the last
   place (toward x). Returns false when there is none. */
static bool other_neighbour(const decimal *d, double x, decimal *out) {
  *out = *d;
  bool up = decimal_value(d) < x;
  int i = out->ndigits - 1;
  if (up) {
    while (i >= 0 && out->digits[i] == '9')
      out->digits[i--] = '0';
    if (i < 0) { /* 99..9 + 1 = 100..0: one more power of ten */
      memmove(out->digits + 1, out->digits, (size_t)out->ndigits);
      out->digits[0] = '1';
      out->digits[out->ndigits] = 0;
      out->decpt++;
      return true;
    }
    out->digits[i]++;
  } else {
    while (i >= 0 && out->digits[i] == '0')
      out->digits[i--] = '9';
    if (i < 0)
      return false;
    out->digits[i]--;
    if (out->digits[0] == '0')
      return false; /* fewer digits: a shorter precision covers it */
  }
  return true;
}

/* The p-digit decimal nearest to x, or its other neighbour when only that
   one reads back as x (at a power of two the gaps below and above x
   differ). Returns whether *d reads back as x. */
static bool digits_at(double x, int p, decimal *d) {
  char text[48];
  snprintf(text, sizeof(text), "%.*e", p - 1, x);
  parse_exp_form(text, d);
  if (strtod(text, NULL) == x)
    return true;
  decimal other;
  if (p < 17 && other_neighbour(d, x, &other) && decimal_value(&other) == x) {
    *d = other;
    return true;
  }
  return false;
}

/* The shortest digits of the positive finite x that read back as x. Reading
   back only gets easier with more digits, so a binary search over the
   precision finds the shortest. */
static void shortest_digits(double x, decimal *d) {
  int lo = 1, hi = 17; /* 17 digits always read back */
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (digits_at(x, mid, d))
      hi = mid;
    else
      lo = mid + 1;
  }
  digits_at(x, lo, d);
  while (d->ndigits > 1 && d->digits[d->ndigits - 1] == '0')
    d->digits[--d->ndigits] = 0;
}

int64_t rpy_float_repr_buf(double x, char *buf) {
  char *out = buf;
  if (isnan(x)) {
    strcpy(buf, "nan");
    return 3;
  }
  if (signbit(x)) {
    *out++ = '-';
    x = -x;
  }
  if (isinf(x)) {
    strcpy(out, "inf");
    return out + 3 - buf;
  }
  if (x == 0) {
    strcpy(out, "0.0");
    return out + 3 - buf;
  }
  decimal d;
  shortest_digits(x, &d);
  if (d.decpt > -4 && d.decpt <= 16) {
    if (d.decpt <= 0) {
      *out++ = '0';
      *out++ = '.';
      for (int i = 0; i < -d.decpt; ++i)
        *out++ = '0';
      memcpy(out, d.digits, (size_t)d.ndigits);
      out += d.ndigits;
    } else if (d.decpt >= d.ndigits) {
      memcpy(out, d.digits, (size_t)d.ndigits);
      out += d.ndigits;
      for (int i = d.ndigits; i < d.decpt; ++i)
        *out++ = '0';
      *out++ = '.';
      *out++ = '0';
    } else {
      memcpy(out, d.digits, (size_t)d.decpt);
      out += d.decpt;
      *out++ = '.';
      memcpy(out, d.digits + d.decpt, (size_t)(d.ndigits - d.decpt));
      out += d.ndigits - d.decpt;
    }
  } else {
    *out++ = d.digits[0];
    if (d.ndigits > 1) {
      *out++ = '.';
      memcpy(out, d.digits + 1, (size_t)(d.ndigits - 1));
      out += d.ndigits - 1;
    }
    out +=
        sprintf(out, "e%c%02d", d.decpt - 1 < 0 ? '-' : '+', abs(d.decpt - 1));
  }
  *out = 0;
  return out - buf;
}

rpy_string *rpy_float_repr(double x) {
  char buf[40];
  int64_t n = rpy_float_repr_buf(x, buf);
  return rpy_str_from_bytes(buf, n);
}

/*===----------------------------------------------------------------------===*
 * %-format
 *===----------------------------------------------------------------------===*/

/* sign + prefix + body, padded to `width` as CPython pads numbers: zeros
   after the sign and prefix with '0', else spaces (right with '-'). */
static rpy_string *pad_number(const char *sign, const char *prefix,
                              const char *body, int64_t body_len, int64_t flags,
                              int64_t width) {
  int64_t slen = (int64_t)strlen(sign), plen = (int64_t)strlen(prefix);
  int64_t len = slen + plen + body_len;
  int64_t fill = width > len ? width - len : 0;
  rpy_string *result = rpy_str_alloc(len + fill);
  char *out = result->chars;
  bool left = flags & RPY_FMT_LEFT;
  bool zero = !left && (flags & RPY_FMT_ZERO);
  if (!left && !zero) {
    memset(out, ' ', (size_t)fill);
    out += fill;
  }
  memcpy(out, sign, (size_t)slen);
  out += slen;
  memcpy(out, prefix, (size_t)plen);
  out += plen;
  if (zero) {
    memset(out, '0', (size_t)fill);
    out += fill;
  }
  memcpy(out, body, (size_t)body_len);
  out += body_len;
  if (left)
    memset(out, ' ', (size_t)fill);
  return result;
}

static const char *sign_of(bool negative, int64_t flags) {
  if (negative)
    return "-";
  if (flags & RPY_FMT_PLUS)
    return "+";
  if (flags & RPY_FMT_SPACE)
    return " ";
  return "";
}

/* An integer given by its digits (no sign), in the conversion `conv`. */
static rpy_string *format_digits(bool negative, const char *digits,
                                 int64_t ndigits, char conv, int64_t flags,
                                 int64_t width, int64_t prec) {
  const char *prefix = "";
  if (flags & RPY_FMT_ALT)
    prefix = conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "";
  const char *body = digits;
  char *owned = NULL;
  if (prec > ndigits) { /* the precision is a minimum number of digits */
    owned = malloc((size_t)prec);
    if (!owned)
      rpy_fatal("out of memory");
    memset(owned, '0', (size_t)(prec - ndigits));
    memcpy(owned + prec - ndigits, digits, (size_t)ndigits);
    body = owned;
    ndigits = prec;
  }
  rpy_string *result =
      pad_number(sign_of(negative, flags), prefix, body, ndigits, flags, width);
  free(owned);
  return result;
}

/* Pads a string with spaces to `width` after truncating it to `prec`
   chars; roots[0] holds it. */
static rpy_string *pad_string(void **roots, int64_t flags, int64_t width,
                              int64_t prec) {
  rpy_string *s = roots[0];
  int64_t len = s->length;
  if (prec >= 0 && prec < len)
    len = prec;
  if (len == s->length && width <= len)
    return s;
  int64_t fill = width > len ? width - len : 0;
  rpy_string *result = rpy_str_alloc(len + fill);
  s = roots[0];
  bool left = flags & RPY_FMT_LEFT;
  memset(result->chars + (left ? len : 0), ' ', (size_t)fill);
  memcpy(result->chars + (left ? 0 : fill), s->chars, (size_t)len);
  return result;
}

static rpy_string *format_as_string(rpy_string *s, int64_t flags, int64_t width,
                                    int64_t prec) {
  void **roots = roots_push(1);
  roots[0] = s;
  rpy_string *result = pad_string(roots, flags, width, prec);
  roots_pop(roots);
  return result;
}

rpy_string *rpy_format_int(int64_t v, char conv, int64_t flags, int64_t width,
                           int64_t prec) {
  char buf[80];
  char *end = buf + sizeof(buf);
  switch (conv) {
  case 'd':
  case 'i':
  case 'u': {
    char *p = utoa_base(magnitude_of(v), 10, end);
    return format_digits(v < 0, p, end - p, conv, flags, width, prec);
  }
  case 'x':
  case 'X':
  case 'o': {
    char *p = utoa_base(magnitude_of(v), conv == 'o' ? 8 : 16, end);
    if (conv == 'X')
      for (char *q = p; q < end; ++q)
        if (*q >= 'a')
          *q = (char)(*q - 32);
    return format_digits(v < 0, p, end - p, conv, flags, width, prec);
  }
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
    return rpy_format_float((double)v, conv, flags, width, prec);
  case 's':
  case 'r':
    return format_as_string(rpy_int_str(v), flags, width, prec);
  case 'c':
    if (v < 0 || v > 255)
      return NULL;
    return format_as_string(rpy_str_from_char((uint8_t)v), flags, width, -1);
  default:
    return NULL;
  }
}

rpy_string *rpy_format_float(double v, char conv, int64_t flags, int64_t width,
                             int64_t prec) {
  switch (conv) {
  case 'd':
  case 'i':
  case 'u': {
    if (!isfinite(v))
      return NULL; /* ValueError / OverflowError, as int(v) */
    double t = trunc(v);
    char buf[400];
    int n = snprintf(buf, sizeof(buf), "%.0f", fabs(t));
    return format_digits(t < 0, buf, n, conv, flags, width, prec);
  }
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G': {
    bool upper = conv == 'E' || conv == 'F' || conv == 'G';
    if (!isfinite(v)) {
      const char *body =
          isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
      return pad_number(sign_of(!isnan(v) && v < 0, flags), "", body, 3, flags,
                        width);
    }
    if (prec < 0)
      prec = 6;
    if (prec > 1000000)
      return NULL; /* CPython: ValueError: precision too large */
    char spec[8];
    snprintf(spec, sizeof(spec), "%%%s.*%c", (flags & RPY_FMT_ALT) ? "#" : "",
             conv);
    int n = snprintf(NULL, 0, spec, (int)prec, fabs(v));
    char *body = malloc((size_t)n + 1);
    if (!body)
      rpy_fatal("out of memory");
    snprintf(body, (size_t)n + 1, spec, (int)prec, fabs(v));
    rpy_string *result =
        pad_number(sign_of(signbit(v), flags), "", body, n, flags, width);
    free(body);
    return result;
  }
  case 's':
  case 'r':
    return format_as_string(rpy_float_repr(v), flags, width, prec);
  default:
    return NULL;
  }
}

rpy_string *rpy_format_str(rpy_string *s, char conv, int64_t flags,
                           int64_t width, int64_t prec) {
  switch (conv) {
  case 's':
    return format_as_string(s, flags, width, prec);
  case 'r':
    return format_as_string(rpy_str_repr(s), flags, width, prec);
  case 'c':
    if (s->length != 1)
      return NULL;
    return format_as_string(s, flags, width, -1);
  default:
    return NULL;
  }
}

/*===----------------------------------------------------------------------===*
 * int(s), float(s)
 *===----------------------------------------------------------------------===*/

static inline bool is_space(uint8_t c) {
  return (rpy_char_classes[c] & RPY_CC_SPACE) != 0;
}

static inline int digit_value(uint8_t c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  return 99;
}

/* [*start, *stop) of s without surrounding whitespace. */
static void trim(const rpy_string *s, int64_t *start, int64_t *stop) {
  int64_t i = 0, j = s->length;
  while (i < j && is_space((uint8_t)s->chars[i]))
    ++i;
  while (j > i && is_space((uint8_t)s->chars[j - 1]))
    --j;
  *start = i;
  *stop = j;
}

int64_t rpy_str_to_int(const rpy_string *s, int64_t base, int64_t *out) {
  if (!s || base == 1 || base < 0 || base > 36)
    return RPY_PARSE_VALUE_ERROR;
  int64_t i, n;
  trim(s, &i, &n);
  const uint8_t *c = (const uint8_t *)s->chars;
  bool negative = false;
  if (i < n && (c[i] == '+' || c[i] == '-'))
    negative = c[i++] == '-';
  /* A base prefix: required to pick the base when base is 0; then an
     underscore may follow it. */
  bool prefixed = false;
  if (i + 1 < n && c[i] == '0') {
    uint8_t p = (uint8_t)(c[i + 1] | 0x20);
    int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_base && (base == 0 || base == prefix_base)) {
      base = prefix_base;
      i += 2;
      prefixed = true;
    }
  }
  bool leading_zero_check = base == 0;
  if (base == 0)
    base = 10;
  if (prefixed && i < n && c[i] == '_')
    ++i;
  if (i == n)
    return RPY_PARSE_VALUE_ERROR;
  uint64_t limit = negative ? (uint64_t)1 << 63 : ((uint64_t)1 << 63) - 1;
  uint64_t value = 0;
  bool overflow = false, nonzero = false;
  int64_t first = i;
  for (; i < n; ++i) {
    if (c[i] == '_') {
      /* only between digits */
      if (i == first || i + 1 == n || c[i + 1] == '_')
        return RPY_PARSE_VALUE_ERROR;
      continue;
    }
    int d = digit_value(c[i]);
    if (d >= base)
      return RPY_PARSE_VALUE_ERROR;
    nonzero |= d != 0;
    if (value > (limit - (uint64_t)d) / (uint64_t)base)
      overflow = true;
    else
      value = value * (uint64_t)base + (uint64_t)d;
  }
  /* int('010', 0) is an error, as the literal 010 is. */
  if (leading_zero_check && !prefixed && c[first] == '0' && nonzero)
    return RPY_PARSE_VALUE_ERROR;
  if (overflow)
    return RPY_PARSE_OVERFLOW;
  *out = negative ? (int64_t)((uint64_t)0 - value) : (int64_t)value;
  return RPY_PARSE_OK;
}

/* Case-insensitive equality of c[i..n) and the lowercase `word`. */
static bool word_is(const uint8_t *c, int64_t i, int64_t n, const char *word) {
  int64_t len = (int64_t)strlen(word);
  if (n - i != len)
    return false;
  for (int64_t k = 0; k < len; ++k)
    if ((c[i + k] | 0x20) != (uint8_t)word[k])
      return false;
  return true;
}

/* Copies a run of digits with single underscores between them from c[*i]
   to *out; the number of digits (0: none or a misplaced underscore). */
static int64_t copy_digits(const uint8_t *c, int64_t *i, int64_t n, char **out,
                           bool *bad) {
  int64_t count = 0;
  while (*i < n) {
    if (c[*i] >= '0' && c[*i] <= '9') {
      *(*out)++ = (char)c[(*i)++];
      ++count;
    } else if (c[*i] == '_' && count > 0 && *i + 1 < n && c[*i + 1] >= '0' &&
               c[*i + 1] <= '9') {
      ++*i;
    } else {
      break;
    }
  }
  if (*i < n && c[*i] == '_')
    *bad = true;
  return count;
}

int64_t rpy_str_to_float(const rpy_string *s, double *out) {
  if (!s)
    return RPY_PARSE_VALUE_ERROR;
  int64_t i, n;
  trim(s, &i, &n);
  const uint8_t *c = (const uint8_t *)s->chars;
  bool negative = false;
  if (i < n && (c[i] == '+' || c[i] == '-'))
    negative = c[i++] == '-';
  if (word_is(c, i, n, "inf") || word_is(c, i, n, "infinity")) {
    *out = negative ? -INFINITY : INFINITY;
    return RPY_PARSE_OK;
  }
  if (word_is(c, i, n, "nan")) {
    *out = negative ? -NAN : NAN;
    return RPY_PARSE_OK;
  }
  char small[128];
  char *clean =
      n - i < (int64_t)sizeof(small) - 2 ? small : malloc((size_t)(n - i) + 2);
  if (!clean)
    rpy_fatal("out of memory");
  char *o = clean;
  bool bad = false;
  int64_t digits = copy_digits(c, &i, n, &o, &bad);
  if (i < n && c[i] == '.') {
    *o++ = '.';
    ++i;
    digits += copy_digits(c, &i, n, &o, &bad);
  }
  if (digits > 0 && i < n && (c[i] | 0x20) == 'e') {
    *o++ = 'e';
    ++i;
    if (i < n && (c[i] == '+' || c[i] == '-'))
      *o++ = (char)c[i++];
    if (copy_digits(c, &i, n, &o, &bad) == 0)
      bad = true;
  }
  *o = 0;
  int64_t status = RPY_PARSE_VALUE_ERROR;
  if (!bad && digits > 0 && i == n) {
    double value = strtod(clean, NULL);
    *out = negative ? -value : value;
    status = RPY_PARSE_OK;
  }
  if (clean != small)
    free(clean);
  return status;
}

/*===----------------------------------------------------------------------===*
 * hash(float)
 *===----------------------------------------------------------------------===*/

int64_t rpy_float_hash(double v) {
  const int bits = 61;
  const uint64_t modulus = ((uint64_t)1 << bits) - 1;
  if (!isfinite(v))
    return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
  int e;
  double m = frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & modulus) | x >> (bits - 28);
    m *= 268435456.0; /* 2**28 */
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= modulus)
      x -= modulus;
  }
  e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
  x = ((x << e) & modulus) | x >> (bits - e);
  x = x * (uint64_t)(int64_t)sign;
  if (x == (uint64_t)-1)
    x = (uint64_t)-2;
  return (int64_t)x;
}
