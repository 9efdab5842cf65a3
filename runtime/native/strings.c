/*===- strings.c - The str helpers ----------------------------------------===*
 *
 * Strings are immutable arrays of Latin-1 chars. Character classes and case
 * mappings follow CPython's str for code points 0..255 (the table below was
 * generated with CPython 3.11), except that upper() keeps \xb5, \xdf and
 * \xff, whose upper case is not a Latin-1 char.
 *
 *===----------------------------------------------------------------------===*/

#define _GNU_SOURCE
#include "runtime/native/rpy_internal.h"

#include <stdlib.h>
#include <string.h>

/* [c] = space 0x01 | alpha 0x02 | digit 0x04 | alnum 0x08 | lower 0x10 |
   upper 0x20 | printable 0x40, as chr(c).isspace() etc. answer. */
const uint8_t rpy_char_classes[256] = {
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x01, 0x01,
    0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x01, 0x01, 0x01, 0x01, 0x41, 0x40, 0x40, 0x40,
    0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40,
    0x4c, 0x4c, 0x4c, 0x4c, 0x4c, 0x4c, 0x4c, 0x4c, 0x4c, 0x4c, 0x40, 0x40,
    0x40, 0x40, 0x40, 0x40, 0x40, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a,
    0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a,
    0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x40, 0x40, 0x40, 0x40, 0x40,
    0x40, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a,
    0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a,
    0x5a, 0x5a, 0x5a, 0x40, 0x40, 0x40, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x01, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40,
    0x40, 0x40, 0x5a, 0x40, 0x40, 0x00, 0x40, 0x40, 0x40, 0x40, 0x4c, 0x4c,
    0x40, 0x5a, 0x40, 0x40, 0x40, 0x4c, 0x5a, 0x40, 0x48, 0x48, 0x48, 0x40,
    0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a,
    0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x40,
    0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x6a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a,
    0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a,
    0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x40, 0x5a, 0x5a, 0x5a, 0x5a,
    0x5a, 0x5a, 0x5a, 0x5a};

static inline bool has_class(uint8_t c, uint8_t cls) {
  return (rpy_char_classes[c] & cls) != 0;
}

uint8_t rpy_char_lower(uint8_t c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))
    return (uint8_t)(c + 32);
  return c;
}

uint8_t rpy_char_upper(uint8_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7))
    return (uint8_t)(c - 32);
  return c;
}

bool rpy_char_isdigit(uint8_t c) { return has_class(c, RPY_CC_DIGIT); }
bool rpy_char_isalpha(uint8_t c) { return has_class(c, RPY_CC_ALPHA); }
bool rpy_char_isspace(uint8_t c) { return has_class(c, RPY_CC_SPACE); }
bool rpy_char_isalnum(uint8_t c) { return has_class(c, RPY_CC_ALNUM); }
bool rpy_char_islower(uint8_t c) { return has_class(c, RPY_CC_LOWER); }
bool rpy_char_isupper(uint8_t c) { return has_class(c, RPY_CC_UPPER); }

/*===----------------------------------------------------------------------===*
 * Construction
 *===----------------------------------------------------------------------===*/

rpy_string *rpy_str_alloc(int64_t length) {
  return (rpy_string *)rpy_gc_malloc_varsize(RPY_TID_STRING, length);
}

rpy_string *rpy_str_from_bytes(const char *s, int64_t n) {
  rpy_string *result = rpy_str_alloc(n);
  if (n > 0)
    memcpy(result->chars, s, (size_t)n);
  return result;
}

rpy_string *rpy_str_from_c(const char *s) {
  return rpy_str_from_bytes(s, (int64_t)strlen(s));
}

/* The 256 one-character strings, static objects outside the GC heap. */
static rpy_string *char_strings[256];

rpy_string *rpy_str_from_char(uint8_t c) {
  rpy_string *s = char_strings[c];
  if (!s) {
    s = calloc(1, sizeof(rpy_string) + 8);
    if (!s)
      rpy_fatal("out of memory");
    s->hdr.tid = RPY_TID_STRING;
    s->hdr.gcflags = RPY_GCFLAG_STATIC;
    s->length = 1;
    s->chars[0] = (char)c;
    char_strings[c] = s;
  }
  return s;
}

rpy_string *rpy_str_concat(rpy_string *a, rpy_string *b) {
  if (a->length == 0)
    return b;
  if (b->length == 0)
    return a;
  void **roots = roots_push(2);
  roots[0] = a;
  roots[1] = b;
  rpy_string *result = rpy_str_alloc(a->length + b->length);
  a = roots[0];
  b = roots[1];
  roots_pop(roots);
  memcpy(result->chars, a->chars, (size_t)a->length);
  memcpy(result->chars + a->length, b->chars, (size_t)b->length);
  return result;
}

rpy_string *rpy_str_slice(rpy_string *s, int64_t start, int64_t stop) {
  normalize_slice(s->length, &start, &stop);
  if (start == 0 && stop == s->length)
    return s;
  if (stop <= start)
    return rpy_str_alloc(0);
  if (stop - start == 1)
    return rpy_str_from_char((uint8_t)s->chars[start]);
  void **roots = roots_push(1);
  roots[0] = s;
  rpy_string *result = rpy_str_alloc(stop - start);
  s = roots[0];
  roots_pop(roots);
  memcpy(result->chars, s->chars + start, (size_t)(stop - start));
  return result;
}

/*===----------------------------------------------------------------------===*
 * Comparison and hashing
 *===----------------------------------------------------------------------===*/

bool rpy_str_eq(const rpy_string *a, const rpy_string *b) {
  if (a == b)
    return true;
  if (!a || !b || a->length != b->length)
    return false;
  if (a->hash && b->hash && a->hash != b->hash)
    return false;
  return memcmp(a->chars, b->chars, (size_t)a->length) == 0;
}

int64_t rpy_str_cmp(const rpy_string *a, const rpy_string *b) {
  if (a == b)
    return 0;
  if (!a)
    return -1;
  if (!b)
    return 1;
  int64_t n = a->length < b->length ? a->length : b->length;
  int c = memcmp(a->chars, b->chars, (size_t)n);
  if (c)
    return c < 0 ? -1 : 1;
  return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

static inline uint64_t mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

int64_t rpy_str_hash(rpy_string *s) {
  if (!s)
    return 0x2a5bd1e9; /* hash(None): any constant */
  if (s->hash)
    return s->hash;
  const uint8_t *p = (const uint8_t *)s->chars;
  int64_t n = s->length;
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ ((uint64_t)n * 0x100000001b3ULL);
  while (n >= 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    h = (h ^ mix64(w)) * 0x9e3779b97f4a7c15ULL;
    h = (h << 31) | (h >> 33);
    p += 8;
    n -= 8;
  }
  uint64_t tail = 0;
  for (int64_t i = 0; i < n; ++i)
    tail |= (uint64_t)p[i] << (8 * i);
  h = mix64(h ^ mix64(tail + (uint64_t)n));
  int64_t result = (int64_t)h;
  if (result == 0 || result == -1)
    result = -2; /* 0 means "not computed"; CPython never returns -1 */
  s->hash = result;
  return result;
}

/*===----------------------------------------------------------------------===*
 * Searching
 *===----------------------------------------------------------------------===*/

/* CPython's ADJUST_INDICES: stop clamped to [0, length]; start made
   non-negative but not clamped, so that a start past the end finds nothing
   (not even ""). */
static inline void adjust_indices(int64_t length, int64_t *start,
                                  int64_t *stop) {
  if (*stop > length)
    *stop = length;
  else if (*stop < 0) {
    *stop += length;
    if (*stop < 0)
      *stop = 0;
  }
  if (*start < 0) {
    *start += length;
    if (*start < 0)
      *start = 0;
  }
}

static int64_t find_bytes(const char *hay, int64_t n, const char *needle,
                          int64_t m) {
  if (m == 0)
    return 0;
  if (m > n)
    return -1;
  if (m == 1) {
    const char *p = memchr(hay, needle[0], (size_t)n);
    return p ? p - hay : -1;
  }
  const char *p = memmem(hay, (size_t)n, needle, (size_t)m);
  return p ? p - hay : -1;
}

static int64_t rfind_bytes(const char *hay, int64_t n, const char *needle,
                           int64_t m) {
  if (m > n)
    return -1;
  if (m == 0)
    return n;
  for (int64_t i = n - m; i >= 0; --i)
    if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)m) == 0)
      return i;
  return -1;
}

int64_t rpy_str_find(const rpy_string *s, const rpy_string *sub, int64_t start,
                     int64_t stop) {
  adjust_indices(s->length, &start, &stop);
  if (stop - start < sub->length)
    return -1;
  int64_t i =
      find_bytes(s->chars + start, stop - start, sub->chars, sub->length);
  return i < 0 ? -1 : start + i;
}

int64_t rpy_str_rfind(const rpy_string *s, const rpy_string *sub, int64_t start,
                      int64_t stop) {
  adjust_indices(s->length, &start, &stop);
  if (stop - start < sub->length)
    return -1;
  int64_t i =
      rfind_bytes(s->chars + start, stop - start, sub->chars, sub->length);
  return i < 0 ? -1 : start + i;
}

int64_t rpy_str_find_char(const rpy_string *s, uint8_t c, int64_t start,
                          int64_t stop) {
  adjust_indices(s->length, &start, &stop);
  if (stop - start < 1)
    return -1;
  const char *p = memchr(s->chars + start, c, (size_t)(stop - start));
  return p ? p - s->chars : -1;
}

int64_t rpy_str_rfind_char(const rpy_string *s, uint8_t c, int64_t start,
                           int64_t stop) {
  adjust_indices(s->length, &start, &stop);
  if (stop - start < 1)
    return -1;
  const char *p = memrchr(s->chars + start, c, (size_t)(stop - start));
  return p ? p - s->chars : -1;
}

int64_t rpy_str_count(const rpy_string *s, const rpy_string *sub, int64_t start,
                      int64_t stop) {
  adjust_indices(s->length, &start, &stop);
  if (stop - start < sub->length)
    return 0;
  if (sub->length == 0)
    return stop - start + 1;
  int64_t count = 0;
  while (stop - start >= sub->length) {
    int64_t i =
        find_bytes(s->chars + start, stop - start, sub->chars, sub->length);
    if (i < 0)
      break;
    ++count;
    start += i + sub->length;
  }
  return count;
}

int64_t rpy_str_count_char(const rpy_string *s, uint8_t c, int64_t start,
                           int64_t stop) {
  adjust_indices(s->length, &start, &stop);
  int64_t count = 0;
  for (int64_t i = start; i < stop; ++i)
    count += (uint8_t)s->chars[i] == c;
  return count;
}

bool rpy_str_startswith(const rpy_string *s, const rpy_string *prefix) {
  return prefix->length <= s->length &&
         memcmp(s->chars, prefix->chars, (size_t)prefix->length) == 0;
}

bool rpy_str_endswith(const rpy_string *s, const rpy_string *suffix) {
  return suffix->length <= s->length &&
         memcmp(s->chars + s->length - suffix->length, suffix->chars,
                (size_t)suffix->length) == 0;
}

bool rpy_str_contains(const rpy_string *s, const rpy_string *sub) {
  return find_bytes(s->chars, s->length, sub->chars, sub->length) >= 0;
}

bool rpy_str_contains_char(const rpy_string *s, uint8_t c) {
  return memchr(s->chars, c, (size_t)s->length) != NULL;
}

/*===----------------------------------------------------------------------===*
 * replace, split, join
 *===----------------------------------------------------------------------===*/

rpy_string *rpy_str_replace(rpy_string *s, rpy_string *old, rpy_string *new_,
                            int64_t count) {
  int64_t n = s->length, m = old->length;
  int64_t occurrences;
  if (m == 0)
    occurrences = n + 1;
  else
    occurrences = rpy_str_count(s, old, 0, n);
  if (count >= 0 && count < occurrences)
    occurrences = count;
  if (occurrences == 0)
    return s;
  int64_t delta = new_->length - m;
  if (delta > 0 && occurrences > (INT64_MAX / 2 - n) / delta)
    rpy_fatal("out of memory");
  void **roots = roots_push(3);
  roots[0] = s;
  roots[1] = old;
  roots[2] = new_;
  rpy_string *result = rpy_str_alloc(n + occurrences * delta);
  s = roots[0];
  old = roots[1];
  new_ = roots[2];
  roots_pop(roots);

  char *out = result->chars;
  int64_t pos = 0;
  for (int64_t k = 0; k < occurrences; ++k) {
    int64_t at;
    if (m == 0)
      at = k == 0 ? 0 : pos + 1;
    else
      at = pos + find_bytes(s->chars + pos, n - pos, old->chars, m);
    if (m == 0 && k > 0) {
      *out++ = s->chars[pos]; /* one char between insertions */
    } else {
      memcpy(out, s->chars + pos, (size_t)(at - pos));
      out += at - pos;
    }
    memcpy(out, new_->chars, (size_t)new_->length);
    out += new_->length;
    pos = m == 0 ? at : at + m;
  }
  memcpy(out, s->chars + pos, (size_t)(n - pos));
  return result;
}

/* split/rsplit: roots[0] = s, roots[1] = sep, roots[2] = the list. */
static void append_piece(void **roots, int64_t start, int64_t stop) {
  rpy_string *piece = rpy_str_slice(roots[0], start, stop);
  rpy_list_append(roots[2], (uint64_t)(uintptr_t)piece, RPY_TID_PTR_ARRAY);
}

static inline bool is_space(const rpy_string *s, int64_t i) {
  return has_class((uint8_t)s->chars[i], RPY_CC_SPACE);
}

/* Reverses the list in place (rsplit collects from the end). */
static void reverse_list(rpy_list *list) {
  void **items = list->items ? list->items->items : NULL;
  for (int64_t i = 0, j = list->length - 1; i < j; ++i, --j) {
    void *t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
}

static rpy_list *split(rpy_string *s, rpy_string *sep, int64_t maxsplit,
                       bool from_right) {
  if (sep && sep->length == 0)
    return NULL;
  if (maxsplit < 0)
    maxsplit = INT64_MAX;
  void **roots = roots_push(3);
  roots[0] = s;
  roots[1] = sep;
  roots[2] = rpy_list_new(RPY_TID_STRING_LIST, RPY_TID_PTR_ARRAY, 0);
#define S ((rpy_string *)roots[0])
#define SEP ((rpy_string *)roots[1])
  int64_t n = S->length;
  if (!sep && !from_right) {
    int64_t i = 0;
    for (int64_t splits = 0;; ++splits) {
      while (i < n && is_space(S, i))
        ++i;
      if (i == n)
        break;
      if (splits == maxsplit) {
        append_piece(roots, i, n); /* the rest, trailing spaces included */
        break;
      }
      int64_t j = i;
      while (j < n && !is_space(S, j))
        ++j;
      append_piece(roots, i, j);
      i = j;
    }
  } else if (!sep) {
    int64_t j = n;
    for (int64_t splits = 0;; ++splits) {
      while (j > 0 && is_space(S, j - 1))
        --j;
      if (j == 0)
        break;
      if (splits == maxsplit) {
        append_piece(roots, 0, j); /* the rest, leading spaces included */
        break;
      }
      int64_t i = j;
      while (i > 0 && !is_space(S, i - 1))
        --i;
      append_piece(roots, i, j);
      j = i;
    }
    reverse_list(roots[2]);
  } else if (!from_right) {
    int64_t i = 0;
    for (int64_t splits = 0; splits < maxsplit; ++splits) {
      int64_t at = rpy_str_find(S, SEP, i, n);
      if (at < 0)
        break;
      append_piece(roots, i, at);
      i = at + SEP->length;
    }
    append_piece(roots, i, n);
  } else {
    int64_t j = n;
    for (int64_t splits = 0; splits < maxsplit; ++splits) {
      int64_t at = rpy_str_rfind(S, SEP, 0, j);
      if (at < 0)
        break;
      append_piece(roots, at + SEP->length, j);
      j = at;
    }
    append_piece(roots, 0, j);
    reverse_list(roots[2]);
  }
#undef S
#undef SEP
  rpy_list *result = roots[2];
  roots_pop(roots);
  return result;
}

rpy_list *rpy_str_split(rpy_string *s, rpy_string *sep, int64_t maxsplit) {
  return split(s, sep, maxsplit, false);
}

rpy_list *rpy_str_rsplit(rpy_string *s, rpy_string *sep, int64_t maxsplit) {
  return split(s, sep, maxsplit, true);
}

/* sep.join(items[0:count]) where `holder` keeps the items alive and
   `items_of` finds them again after the allocation. */
static rpy_string *join(rpy_string *sep, void *holder, int64_t count,
                        rpy_string **(*items_of)(void *)) {
  if (count == 0)
    return rpy_str_alloc(0);
  rpy_string **items = items_of(holder);
  if (count == 1 && items[0])
    return items[0];
  int64_t total = 0;
  for (int64_t i = 0; i < count; ++i)
    total += items[i] ? items[i]->length : 0;
  total += sep->length * (count - 1);
  void **roots = roots_push(2);
  roots[0] = sep;
  roots[1] = holder;
  rpy_string *result = rpy_str_alloc(total);
  sep = roots[0];
  items = items_of(roots[1]);
  roots_pop(roots);
  char *out = result->chars;
  for (int64_t i = 0; i < count; ++i) {
    if (i > 0) {
      memcpy(out, sep->chars, (size_t)sep->length);
      out += sep->length;
    }
    if (items[i]) {
      memcpy(out, items[i]->chars, (size_t)items[i]->length);
      out += items[i]->length;
    }
  }
  return result;
}

static rpy_string **list_items(void *list) {
  rpy_ptr_array *items = ((rpy_list *)list)->items;
  return items ? (rpy_string **)items->items : NULL;
}

static rpy_string **array_items(void *array) {
  return (rpy_string **)((rpy_ptr_array *)array)->items;
}

rpy_string *rpy_str_join(rpy_string *sep, rpy_list *list) {
  return join(sep, list, list->length, list_items);
}

rpy_string *rpy_str_join_array(rpy_string *sep, rpy_ptr_array *array) {
  return join(sep, array, array->length, array_items);
}

/*===----------------------------------------------------------------------===*
 * strip, case, classes, repetition
 *===----------------------------------------------------------------------===*/

static rpy_string *strip(rpy_string *s, rpy_string *chars, bool left,
                         bool right) {
  bool set[256];
  if (chars) {
    memset(set, 0, sizeof(set));
    for (int64_t i = 0; i < chars->length; ++i)
      set[(uint8_t)chars->chars[i]] = true;
  } else {
    for (int c = 0; c < 256; ++c)
      set[c] = has_class((uint8_t)c, RPY_CC_SPACE);
  }
  int64_t i = 0, j = s->length;
  if (left)
    while (i < j && set[(uint8_t)s->chars[i]])
      ++i;
  if (right)
    while (j > i && set[(uint8_t)s->chars[j - 1]])
      --j;
  return rpy_str_slice(s, i, j);
}

rpy_string *rpy_str_strip(rpy_string *s, rpy_string *chars) {
  return strip(s, chars, true, true);
}

rpy_string *rpy_str_lstrip(rpy_string *s, rpy_string *chars) {
  return strip(s, chars, true, false);
}

rpy_string *rpy_str_rstrip(rpy_string *s, rpy_string *chars) {
  return strip(s, chars, false, true);
}

static rpy_string *map_chars(rpy_string *s, uint8_t (*f)(uint8_t)) {
  int64_t first = 0;
  while (first < s->length &&
         f((uint8_t)s->chars[first]) == (uint8_t)s->chars[first])
    ++first;
  if (first == s->length)
    return s;
  void **roots = roots_push(1);
  roots[0] = s;
  rpy_string *result = rpy_str_alloc(s->length);
  s = roots[0];
  roots_pop(roots);
  for (int64_t i = 0; i < s->length; ++i)
    result->chars[i] = (char)f((uint8_t)s->chars[i]);
  return result;
}

rpy_string *rpy_str_lower(rpy_string *s) {
  return map_chars(s, rpy_char_lower);
}
rpy_string *rpy_str_upper(rpy_string *s) {
  return map_chars(s, rpy_char_upper);
}

static bool all_of(const rpy_string *s, uint8_t cls) {
  if (s->length == 0)
    return false;
  for (int64_t i = 0; i < s->length; ++i)
    if (!has_class((uint8_t)s->chars[i], cls))
      return false;
  return true;
}

bool rpy_str_isdigit(const rpy_string *s) { return all_of(s, RPY_CC_DIGIT); }
bool rpy_str_isalpha(const rpy_string *s) { return all_of(s, RPY_CC_ALPHA); }
bool rpy_str_isspace(const rpy_string *s) { return all_of(s, RPY_CC_SPACE); }
bool rpy_str_isalnum(const rpy_string *s) { return all_of(s, RPY_CC_ALNUM); }

/* CPython: no char of the `other` case, at least one of `cls`. */
static bool cased_as(const rpy_string *s, uint8_t cls, uint8_t other) {
  bool cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint8_t c = (uint8_t)s->chars[i];
    if (has_class(c, other))
      return false;
    cased |= has_class(c, cls);
  }
  return cased;
}

bool rpy_str_islower(const rpy_string *s) {
  return cased_as(s, RPY_CC_LOWER, RPY_CC_UPPER);
}

bool rpy_str_isupper(const rpy_string *s) {
  return cased_as(s, RPY_CC_UPPER, RPY_CC_LOWER);
}

rpy_string *rpy_str_mul(rpy_string *s, int64_t n) {
  if (n <= 0 || s->length == 0)
    return rpy_str_alloc(0);
  if (n == 1)
    return s;
  if (n > (INT64_MAX / 2) / s->length)
    rpy_fatal("out of memory");
  void **roots = roots_push(1);
  roots[0] = s;
  rpy_string *result = rpy_str_alloc(s->length * n);
  s = roots[0];
  roots_pop(roots);
  int64_t len = s->length, total = len * n;
  memcpy(result->chars, s->chars, (size_t)len);
  /* Doubling copies: log2(n) memcpy calls. */
  for (int64_t done = len; done < total;) {
    int64_t chunk = done < total - done ? done : total - done;
    memcpy(result->chars + done, result->chars, (size_t)chunk);
    done += chunk;
  }
  return result;
}

/*===----------------------------------------------------------------------===*
 * repr
 *===----------------------------------------------------------------------===*/

/* Writes the escaped form of c (quote: the enclosing quote) to out, or just
   returns its length when out is NULL. */
static int escape_char(uint8_t c, char quote, char *out) {
  static const char hex[] = "0123456789abcdef";
  char buf[4];
  int n;
  if (c == '\\' || c == (uint8_t)quote) {
    buf[0] = '\\';
    buf[1] = (char)c;
    n = 2;
  } else if (c == '\n' || c == '\t' || c == '\r') {
    buf[0] = '\\';
    buf[1] = c == '\n' ? 'n' : c == '\t' ? 't' : 'r';
    n = 2;
  } else if (!has_class(c, RPY_CC_PRINTABLE)) {
    buf[0] = '\\';
    buf[1] = 'x';
    buf[2] = hex[c >> 4];
    buf[3] = hex[c & 15];
    n = 4;
  } else {
    buf[0] = (char)c;
    n = 1;
  }
  if (out)
    memcpy(out, buf, (size_t)n);
  return n;
}

rpy_string *rpy_str_repr(rpy_string *s) {
  bool has_single = memchr(s->chars, '\'', (size_t)s->length) != NULL;
  bool has_double = memchr(s->chars, '"', (size_t)s->length) != NULL;
  char quote = has_single && !has_double ? '"' : '\'';
  int64_t length = 2;
  for (int64_t i = 0; i < s->length; ++i)
    length += escape_char((uint8_t)s->chars[i], quote, NULL);
  void **roots = roots_push(1);
  roots[0] = s;
  rpy_string *result = rpy_str_alloc(length);
  s = roots[0];
  roots_pop(roots);
  char *out = result->chars;
  *out++ = quote;
  for (int64_t i = 0; i < s->length; ++i)
    out += escape_char((uint8_t)s->chars[i], quote, out);
  *out = quote;
  return result;
}

rpy_string *rpy_char_repr(uint8_t c) {
  char quote = c == '\'' ? '"' : '\'';
  char buf[6];
  buf[0] = quote;
  int n = escape_char(c, quote, buf + 1);
  buf[n + 1] = quote;
  return rpy_str_from_bytes(buf, n + 2);
}
