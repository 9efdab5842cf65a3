/*===- rpy_runtime.h - The ABI between translated programs and librpyrt ---===*
 *
 * Everything a translated program (or a test) needs from the native runtime:
 * object layouts, reserved type ids, globals and the helpers the compiled code
 * calls. docs/runtime-abi.md is the prose version of this file.
 *
 *===----------------------------------------------------------------------===*/

#ifndef RPY_RUNTIME_H
#define RPY_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
/* The variable-sized structs end in flexible array members, a C99 feature
   that C++ compilers accept as an extension. */
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wc99-extensions"
#pragma clang diagnostic ignored "-Wflexible-array-extensions"
#endif

/*===----------------------------------------------------------------------===*
 * GC objects and the type-info table
 *===----------------------------------------------------------------------===*/

/// Every GC object starts with this header.
typedef struct rpy_hdr {
  uint32_t tid;     /* the object's type id: an index into rpy_typeinfos */
  uint32_t gcflags; /* owned by the GC; RPY_GCFLAG_STATIC for prebuilt data */
} rpy_hdr;

/// Prebuilt objects in the data section: never marked, never freed.
#define RPY_GCFLAG_STATIC 0x1u
/// Internal to the collector: set on reachable objects during a collection.
#define RPY_GCFLAG_MARKED 0x2u
/// The generational collector's old objects not yet remembered: storing a
/// GC pointer into one calls rpy_gc_write_barrier first.
#define RPY_GCFLAG_TRACK_YOUNG_PTRS 0x4u
/// Internal to the generational collector: a nursery object copied out;
/// its second word is the copy's address.
#define RPY_GCFLAG_FORWARDED 0x8u
/// Internal to the generational collector: a nursery object whose identity
/// hash was taken; it is copied to the place reserved then.
#define RPY_GCFLAG_HAS_SHADOW 0x10u

/// One entry of the type-info table, indexed by tid.
typedef struct rpy_typeinfo {
  int64_t fixed_size;         /* bytes, header included, up to the items */
  int64_t item_size;          /* 0 for fixed-size objects */
  int64_t length_offset;      /* offset of the int64 length (varsize only) */
  const int64_t *ptr_offsets; /* GC pointers in the fixed part, -1 ends */
  const int64_t *item_ptr_offsets; /* GC pointers inside one item, -1 ends */
} rpy_typeinfo;

/* Emitted by the compiler (or defined by a test). Weak: a program that
   has none (the llinterpreter, which loads the runtime as a shared library)
   gives its tables to rpy_gc_use_tables before rpy_gc_init. */
extern const rpy_typeinfo rpy_typeinfos[] __attribute__((weak));
extern const uint32_t rpy_typeinfo_count __attribute__((weak));
extern void *const rpy_static_roots[] __attribute__((weak));
extern const int64_t rpy_static_root_count __attribute__((weak));

/* Reserved type ids: the compiler emits exactly these entries. */
#define RPY_TID_STRING 1         /* rpy_string */
#define RPY_TID_PTR_ARRAY 2      /* rpy_ptr_array: a GcArray of GC pointers */
#define RPY_TID_STRING_LIST 3    /* rpy_list of strings (items: tid 2) */
#define RPY_TID_DICT 4           /* rpy_dict, for every dict and set type */
#define RPY_TID_BYTE_ARRAY 5     /* rpy_byte_array: raw bytes, no pointers */
#define RPY_TID_RESERVED_COUNT 6 /* the first tid the compiler may choose */

/* Offset lists of the reserved entries, defined by the runtime. */
extern const int64_t rpy_offsets_0[];    /* {0, -1} */
extern const int64_t rpy_offsets_16[];   /* {16, -1} */
extern const int64_t rpy_offsets_dict[]; /* {40, 48, -1} */

/// The initialisers of rpy_typeinfos[0 .. RPY_TID_RESERVED_COUNT - 1], for
/// tables written in C: `const rpy_typeinfo rpy_typeinfos[] =
/// {RPY_RESERVED_TYPEINFOS, ...the program's types...};`
/* clang-format off */
#define RPY_RESERVED_TYPEINFOS                                                 \
  {0, 0, 0, NULL, NULL},               /* 0: invalid */                        \
  {24, 1, 16, NULL, NULL},             /* 1: string */                         \
  {16, 8, 8, NULL, rpy_offsets_0},     /* 2: array of pointers */              \
  {24, 0, 0, rpy_offsets_16, NULL},    /* 3: list of strings */                \
  {56, 0, 0, rpy_offsets_dict, NULL},  /* 4: dict */                           \
  {16, 1, 8, NULL, NULL}               /* 5: byte array */
/* clang-format on */

/// tid 1. Characters are Latin-1 code points; no terminating NUL.
typedef struct rpy_string {
  rpy_hdr hdr;
  int64_t hash; /* 0: not computed yet */
  int64_t length;
  char chars[];
} rpy_string;

/// tid 2, and the layout of every GcArray of 8-byte items.
typedef struct rpy_ptr_array {
  rpy_hdr hdr;
  int64_t length;
  void *items[];
} rpy_ptr_array;

/// tid 5: the dict's index; also usable as a raw buffer.
typedef struct rpy_byte_array {
  rpy_hdr hdr;
  int64_t length;
  uint8_t items[];
} rpy_byte_array;

/// A resizable list (tid 3 for strings, a compiler tid for other items).
/// `items` is a GcArray whose length is the capacity; it may be NULL when
/// the capacity is 0. Slots past `length` are zero.
typedef struct rpy_list {
  rpy_hdr hdr;
  int64_t length;
  rpy_ptr_array *items; /* of any item size; the array's tid says which */
} rpy_list;

/*===----------------------------------------------------------------------===*
 * Instances, classes and exceptions
 *===----------------------------------------------------------------------===*/

/// The start of every class's vtable (a prebuilt non-GC struct).
typedef struct rpy_vtable {
  int64_t subclassrange_min; /* isinstance(x, C): min(C) <= id(x) < max(C) */
  int64_t subclassrange_max;
  rpy_string *name; /* the class's name, for error messages */
} rpy_vtable;

/// The start of every instance.
typedef struct rpy_object {
  rpy_hdr hdr;
  rpy_vtable *typeptr;
} rpy_object;

/// The start of every exception instance.
typedef struct rpy_exception {
  rpy_object base;
  rpy_string *message; /* str(e); NULL for none */
} rpy_exception;

extern rpy_vtable *rpy_exc_type; /* the exception being raised; NULL: none */
extern rpy_object *rpy_exc_value;

/*===----------------------------------------------------------------------===*
 * Allocation and collection (gc.c)
 *===----------------------------------------------------------------------===*/

/* The shadow stack: [rpy_shadowstack_base, rpy_shadowstack_top) are roots
   (NULL entries allowed). rpy_shadowstack_limit is one past the last usable
   slot; a guard page follows it, so an overflow is reported, not silent. */
extern void **rpy_shadowstack_base;
extern void **rpy_shadowstack_top;
extern void **rpy_shadowstack_limit;
#define RPY_SHADOWSTACK_ENTRIES (1024 * 1024)

/// The collectors: a non-moving mark-sweep (0), a generational one (1): a
/// nursery with bump allocation whose survivors are copied to the
/// mark-sweep space, and a semispace one (2): one space with bump
/// allocation, every live object copied to a new one at each collection. The program says which in `rpy_gc_kind` (the
/// compiler's --gc; its code has write barriers for the generational one).
#define RPY_GC_MARKSWEEP 0
#define RPY_GC_GENERATIONAL 1
#define RPY_GC_SEMISPACE 2
extern const int32_t rpy_gc_kind __attribute__((weak));
/// The generational collector's nursery: compiled code allocates a small
/// fixed-size object by bumping rpy_nursery_free (the memory is zeroed;
/// it writes the tid) while the new end stays within rpy_nursery_top, and
/// calls rpy_gc_malloc otherwise.
extern char *rpy_nursery_free, *rpy_nursery_top;
/// The collector to use instead of rpy_gc_kind; before rpy_gc_init.
void rpy_gc_select(int32_t kind);
/// Sets the collector up (idempotent); reads RPY_GC_STRESS.
void rpy_gc_init(void);
/// A hash of `obj`'s identity that stays the same while it lives: its
/// address, or for a nursery object the address it will be copied to
/// (reserved now, as PyPy's incminimark does).
int64_t rpy_gc_identity_hash(void *obj);
/// The generational collector's write barrier: remembers `obj`, an old
/// object with RPY_GCFLAG_TRACK_YOUNG_PTRS, until the next minor
/// collection (compiled code tests the flag first; any object may be
/// passed).
void rpy_gc_write_barrier(void *obj);
/// The type-info table and static roots to use instead of the program's
/// symbols above; before rpy_gc_init.
void rpy_gc_use_tables(const rpy_typeinfo *typeinfos, uint32_t count,
                       void *const *static_roots, int64_t static_root_count);
/// A zeroed fixed-size object of type `tid`, header set.
void *rpy_gc_malloc(uint32_t tid);
/// A zeroed variable-sized object of type `tid` with `length` items.
void *rpy_gc_malloc_varsize(uint32_t tid, int64_t length);
/// A full collection now.
void rpy_gc_collect(void);
/// Turns stress mode (a collection at every allocation) on or off.
void rpy_gc_set_stress(bool on);

/// Counters for tests and benchmarks.
typedef struct rpy_gc_stats_info {
  int64_t collections;     /* collections done so far */
  int64_t live_bytes;      /* bytes of objects found live by the last one */
  int64_t heap_bytes;      /* bytes the collector holds from the system now */
  int64_t total_allocated; /* bytes ever allocated (object sizes) */
  int64_t allocated_since; /* bytes allocated since the last collection */
  int64_t threshold;       /* allocated_since that triggers the next one */
  int64_t minor_collections; /* the generational collector's nursery ones */
} rpy_gc_stats_info;
/// Fills `out` with the collector's counters.
void rpy_gc_stats(rpy_gc_stats_info *out);

#define RPY_NORETURN __attribute__((noreturn))

/// Reports a shadow stack overflow as a fatal error.
RPY_NORETURN void rpy_shadowstack_overflow(void);

/*===----------------------------------------------------------------------===*
 * The stack check (stack.c): lltype.stack_too_deep is true when the stack
 * pointer is below rpy_stack_limit or the shadow stack's top at or above
 * rpy_shadowstack_softlimit; the program then raises RecursionError.
 *===----------------------------------------------------------------------===*/

extern char *rpy_stack_limit;
extern void **rpy_shadowstack_softlimit;
/* The C stack's size when its rlimit is unlimited, the most used, and the
   margin left for the calls between two checks and the runtime's own. */
#define RPY_STACK_DEFAULT_SIZE (8 * 1024 * 1024)
#define RPY_STACK_MAX_SIZE (1024 * 1024 * 1024)
#define RPY_STACK_MARGIN (256 * 1024)
/* The shadow stack's margin, in entries. */
#define RPY_SHADOWSTACK_MARGIN (64 * 1024)
/// Sets rpy_stack_limit for a stack that starts at `base` (main's frame).
void rpy_stack_init(void *base);

/// Pushes a GC pointer on the shadow stack (runtime-internal C code and tests).
static inline void rpy_push_root(void *p) {
  if (rpy_shadowstack_top == rpy_shadowstack_limit)
    rpy_shadowstack_overflow();
  *rpy_shadowstack_top++ = p;
}
/// Pops the last GC pointer pushed (possibly updated by the collector).
static inline void *rpy_pop_root(void) { return *--rpy_shadowstack_top; }

/// Prints `Fatal RPython error: <msg>` to stderr and aborts.
RPY_NORETURN void rpy_fatal(const char *msg);

/*===----------------------------------------------------------------------===*
 * Strings (strings.c)
 *
 * Slice-like bounds (start, stop) are Python's: negative values count from
 * the end, then both are clamped to [0, length]; pass INT64_MAX for a
 * missing stop. A NULL string is None.
 *===----------------------------------------------------------------------===*/

/// A new string of `length` zero chars (for the caller to fill).
rpy_string *rpy_str_alloc(int64_t length);
/// A new string holding the NUL-terminated `s`.
rpy_string *rpy_str_from_c(const char *s);
/// A new string holding `n` bytes of `s` (`s` must not point into the GC heap).
rpy_string *rpy_str_from_bytes(const char *s, int64_t n);
/// chr(c): the one-character string (a shared static object, made once).
rpy_string *rpy_str_from_char(uint8_t c);
/// a + b.
rpy_string *rpy_str_concat(rpy_string *a, rpy_string *b);
/// s[start:stop].
rpy_string *rpy_str_slice(rpy_string *s, int64_t start, int64_t stop);
/// a == b by content; None equals only None.
bool rpy_str_eq(const rpy_string *a, const rpy_string *b);
/// -1, 0, 1 as a < b, a == b, a > b by unsigned chars; None sorts first.
int64_t rpy_str_cmp(const rpy_string *a, const rpy_string *b);
/// hash(s), cached in s->hash; never 0 or -1. hash(None) is a constant.
int64_t rpy_str_hash(rpy_string *s);
/// s.find(sub, start, stop): the lowest index or -1.
int64_t rpy_str_find(const rpy_string *s, const rpy_string *sub, int64_t start,
                     int64_t stop);
/// s.rfind(sub, start, stop): the highest index or -1.
int64_t rpy_str_rfind(const rpy_string *s, const rpy_string *sub, int64_t start,
                      int64_t stop);
/// s.find(c, start, stop) for a one-character needle.
int64_t rpy_str_find_char(const rpy_string *s, uint8_t c, int64_t start,
                          int64_t stop);
/// s.rfind(c, start, stop) for a one-character needle.
int64_t rpy_str_rfind_char(const rpy_string *s, uint8_t c, int64_t start,
                           int64_t stop);
/// s.count(sub, start, stop): non-overlapping occurrences.
int64_t rpy_str_count(const rpy_string *s, const rpy_string *sub, int64_t start,
                      int64_t stop);
/// s.count(c, start, stop).
int64_t rpy_str_count_char(const rpy_string *s, uint8_t c, int64_t start,
                           int64_t stop);
/// s.startswith(prefix).
bool rpy_str_startswith(const rpy_string *s, const rpy_string *prefix);
/// s.endswith(suffix).
bool rpy_str_endswith(const rpy_string *s, const rpy_string *suffix);
/// sub in s.
bool rpy_str_contains(const rpy_string *s, const rpy_string *sub);
/// c in s.
bool rpy_str_contains_char(const rpy_string *s, uint8_t c);
/// s.replace(old, new, count); count < 0: all.
rpy_string *rpy_str_replace(rpy_string *s, rpy_string *old, rpy_string *new_,
                            int64_t count);
/// s.split(sep, maxsplit) (sep NULL: runs of whitespace; maxsplit < 0: all):
/// a new RPY_TID_STRING_LIST, or NULL when sep is empty (ValueError).
rpy_list *rpy_str_split(rpy_string *s, rpy_string *sep, int64_t maxsplit);
/// s.rsplit(sep, maxsplit), as rpy_str_split.
rpy_list *rpy_str_rsplit(rpy_string *s, rpy_string *sep, int64_t maxsplit);
/// sep.join(list) for a resizable list of strings (None items count as "").
rpy_string *rpy_str_join(rpy_string *sep, rpy_list *list);
/// sep.join(array) for a fixed-size list (a GcArray of strings).
rpy_string *rpy_str_join_array(rpy_string *sep, rpy_ptr_array *array);
/// s.strip(chars) (chars NULL: whitespace).
rpy_string *rpy_str_strip(rpy_string *s, rpy_string *chars);
/// s.lstrip(chars) (chars NULL: whitespace).
rpy_string *rpy_str_lstrip(rpy_string *s, rpy_string *chars);
/// s.rstrip(chars) (chars NULL: whitespace).
rpy_string *rpy_str_rstrip(rpy_string *s, rpy_string *chars);
/// s.lower() (Latin-1; returns s itself when nothing changes).
rpy_string *rpy_str_lower(rpy_string *s);
/// s.upper() (Latin-1 except \xb5 \xdf \xff, kept; s itself when unchanged).
rpy_string *rpy_str_upper(rpy_string *s);
/// s.isdigit() (false for "").
bool rpy_str_isdigit(const rpy_string *s);
/// s.isalpha().
bool rpy_str_isalpha(const rpy_string *s);
/// s.isspace().
bool rpy_str_isspace(const rpy_string *s);
/// s.isalnum().
bool rpy_str_isalnum(const rpy_string *s);
/// s.islower(): has a cased char and no uppercase one.
bool rpy_str_islower(const rpy_string *s);
/// s.isupper(): has a cased char and no lowercase one.
bool rpy_str_isupper(const rpy_string *s);
/// The same predicates for one char: c.isdigit() etc.
bool rpy_char_isdigit(uint8_t c);
bool rpy_char_isalpha(uint8_t c);
bool rpy_char_isspace(uint8_t c);
bool rpy_char_isalnum(uint8_t c);
bool rpy_char_islower(uint8_t c);
bool rpy_char_isupper(uint8_t c);
/// c.lower() / c.upper() as a char (the exceptions of rpy_str_upper apply).
uint8_t rpy_char_lower(uint8_t c);
uint8_t rpy_char_upper(uint8_t c);
/// s * n (n <= 0: "").
rpy_string *rpy_str_mul(rpy_string *s, int64_t n);
/// repr(s) exactly as CPython prints it.
rpy_string *rpy_str_repr(rpy_string *s);
/// repr(c) of a one-character string.
rpy_string *rpy_char_repr(uint8_t c);

/*===----------------------------------------------------------------------===*
 * Number formatting and parsing (format.c)
 *===----------------------------------------------------------------------===*/

/// str(n).
rpy_string *rpy_int_str(int64_t n);
/// hex(n): "0x1f", "-0x1f".
rpy_string *rpy_int_hex(int64_t n);
/// oct(n): "0o17", "-0o17".
rpy_string *rpy_int_oct(int64_t n);
/// bin(n): "0b101", "-0b101".
rpy_string *rpy_int_bin(int64_t n);
/// repr(x) == str(x): CPython's shortest round-trip form.
rpy_string *rpy_float_repr(double x);
/// Writes repr(x) NUL-terminated to buf (at least 32 bytes); its length.
int64_t rpy_float_repr_buf(double x, char *buf);

/* %-format flags */
#define RPY_FMT_LEFT 1  /* '-' */
#define RPY_FMT_PLUS 2  /* '+' */
#define RPY_FMT_SPACE 4 /* ' ' */
#define RPY_FMT_ZERO 8  /* '0' */
#define RPY_FMT_ALT 16  /* '#' */

/// '%<flags><width>.<prec><conv>' % v for an int; conv one of d i u x X o
/// e E f F g G (as float) s r (as str) c (chr(v)); width <= 0 and prec < 0:
/// none. NULL for an unknown conv or %c of v outside 0..255.
rpy_string *rpy_format_int(int64_t v, char conv, int64_t flags, int64_t width,
                           int64_t prec);
/// The same for a float: e E f F g G s r, and d i u (int(v), any size).
/// NULL for another conv, %d of inf or nan, or a precision above 10**6.
rpy_string *rpy_format_float(double v, char conv, int64_t flags, int64_t width,
                             int64_t prec);
/// The same for a str: s (the precision truncates), r (repr), c (one char).
/// NULL for another conv, or %c of a string whose length is not 1.
rpy_string *rpy_format_str(rpy_string *s, char conv, int64_t flags,
                           int64_t width, int64_t prec);

/* Status of the parsers. */
#define RPY_PARSE_OK 0
#define RPY_PARSE_VALUE_ERROR 1
#define RPY_PARSE_OVERFLOW 2

/// int(s, base) (base 0 or 2..36): RPY_PARSE_OK and *out, or an error status
/// (OVERFLOW when the value does not fit in 64 bits).
int64_t rpy_str_to_int(const rpy_string *s, int64_t base, int64_t *out);
/// float(s): RPY_PARSE_OK and *out, or RPY_PARSE_VALUE_ERROR.
int64_t rpy_str_to_float(const rpy_string *s, double *out);
/// hash(x) of a float, exactly as CPython computes it.
int64_t rpy_float_hash(double x);

/*===----------------------------------------------------------------------===*
 * Dicts and sets (dict.c)
 *===----------------------------------------------------------------------===*/

/// One entry: keys and values are 8-byte words (ints, double bits, GC
/// pointers). Deleted entries have hash RPY_DICT_DELETED and zero words.
typedef struct rpy_dict_entry {
  int64_t hash;
  uint64_t key;
  uint64_t value;
} rpy_dict_entry;
#define RPY_DICT_DELETED INT64_MIN

/// The entries GcArray (tid from the descriptor: item_size 24, length_offset
/// 8, fixed_size 16; item_ptr_offsets {8} / {16} / {8, 16} / NULL as the key
/// and the value are GC pointers).
typedef struct rpy_dict_entries {
  rpy_hdr hdr;
  int64_t length;
  rpy_dict_entry items[];
} rpy_dict_entries;

/* Key kinds */
#define RPY_DICT_KEY_INT 0      /* int64 */
#define RPY_DICT_KEY_FLOAT 1    /* double bits; 0.0 == -0.0 */
#define RPY_DICT_KEY_STRING 2   /* rpy_string * by content; NULL is None */
#define RPY_DICT_KEY_IDENTITY 3 /* any pointer, by address */
#define RPY_DICT_KEY_CUSTOM 4   /* hash/eq below (tuple keys) */

/// What the compiler emits once per dict or set type (a constant struct).
typedef struct rpy_dict_desc {
  int64_t key_kind;
  uint32_t entries_tid;
  uint32_t reserved;
  /* RPY_DICT_KEY_CUSTOM only; neither may allocate. */
  int64_t (*hash)(uint64_t key);
  bool (*eq)(uint64_t a, uint64_t b);
} rpy_dict_desc;

/// tid 4: every dict and set. The index is a hash table of slots (int8,
/// int16, int32 or int64 as its size needs) holding entry numbers, -1 for
/// empty and -2 for deleted.
typedef struct rpy_dict {
  rpy_hdr hdr;
  int64_t length;            /* live entries */
  int64_t used;              /* entries in use, deleted ones included */
  int64_t filled;            /* index slots not empty (live or deleted) */
  const rpy_dict_desc *desc; /* not a GC pointer */
  rpy_dict_entries *entries; /* NULL while empty */
  rpy_byte_array *index;     /* NULL while empty or when to be rebuilt */
} rpy_dict;

/// A new empty dict (or set) of the type `desc` describes.
rpy_dict *rpy_dict_new(const rpy_dict_desc *desc);
/// len(d).
int64_t rpy_dict_length(const rpy_dict *d);
/// d[key]: true and *value when present (value may be NULL), else false.
bool rpy_dict_lookup(rpy_dict *d, uint64_t key, uint64_t *value);
/// key in d.
bool rpy_dict_contains(rpy_dict *d, uint64_t key);
/// d[key] = value (sets: value unused, pass 0); may allocate.
void rpy_dict_setitem(rpy_dict *d, uint64_t key, uint64_t value);
/// del d[key]: false when absent (KeyError).
bool rpy_dict_delitem(rpy_dict *d, uint64_t key);
/// d.pop(key): true and *value when present (then removed), else false.
bool rpy_dict_pop(rpy_dict *d, uint64_t key, uint64_t *value);
/// d.popitem() (the last entry): false when empty (KeyError).
bool rpy_dict_popitem(rpy_dict *d, uint64_t *key, uint64_t *value);
/// d.clear().
void rpy_dict_clear(rpy_dict *d);
/// d.copy(): a new dict of the same type, compacted.
rpy_dict *rpy_dict_copy(rpy_dict *d);
/// The index of the first live entry at or after `pos`, or -1: iteration is
/// `for (i = rpy_dict_next(d, 0); i >= 0; i = rpy_dict_next(d, i + 1))`.
int64_t rpy_dict_next(const rpy_dict *d, int64_t pos);
/// The key of the live entry at index i (from rpy_dict_next).
uint64_t rpy_dict_key_at(const rpy_dict *d, int64_t i);
/// The value of the live entry at index i.
uint64_t rpy_dict_value_at(const rpy_dict *d, int64_t i);
/// The hash of a key as the dict computes it.
int64_t rpy_dict_hash_key(const rpy_dict_desc *desc, uint64_t key);

/*===----------------------------------------------------------------------===*
 * Resizable lists (list.c). Items are 1, 2, 4 or 8 bytes, passed as the low
 * bytes of a uint64_t (double bits for floats); `items_tid` names the
 * GcArray type of l->items, used when it must be (re)allocated.
 *===----------------------------------------------------------------------===*/

/// A new list of type `list_tid` with `length` zero items and no spare room.
rpy_list *rpy_list_new(uint32_t list_tid, uint32_t items_tid, int64_t length);
/// Sets len(l) to newlength with CPython's amortised over-allocation; new
/// items are zero.
void rpy_list_resize(rpy_list *l, int64_t newlength, uint32_t items_tid);
/// l.append(item).
void rpy_list_append(rpy_list *l, uint64_t item, uint32_t items_tid);
/// l.insert(index, item) (index clamped as Python does).
void rpy_list_insert(rpy_list *l, int64_t index, uint64_t item,
                     uint32_t items_tid);
/// l.pop(index) (negative counts from the end): false when out of range
/// (IndexError), else true and *item.
bool rpy_list_pop(rpy_list *l, int64_t index, uint64_t *item);
/// del l[start:stop] (Python bounds, step 1).
void rpy_list_delslice(rpy_list *l, int64_t start, int64_t stop);
/// l.extend(src[0:count]) where src is a GcArray of the same item type (the
/// items of a resizable list, or a fixed-size list); src may be l->items.
void rpy_list_extend(rpy_list *l, void *src, int64_t count, uint32_t items_tid);
/// Item i of a GcArray of 1, 2, 4 or 8-byte items, zero-extended.
uint64_t rpy_array_get(const void *array, int64_t i);
/// Stores the low bytes of `item` as item i of a GcArray.
void rpy_array_set(void *array, int64_t i, uint64_t item);

/*===----------------------------------------------------------------------===*
 * I/O and externals (io.c). Strings are written as UTF-8 (each char its
 * Latin-1 code point); bytes read become one char each.
 *===----------------------------------------------------------------------===*/

/// Appends s to the standard output buffer (line-buffered on a terminal).
void rpy_stdout_write(const rpy_string *s);
/// Appends n raw bytes (already UTF-8) to the standard output buffer.
void rpy_stdout_write_bytes(const char *p, int64_t n);
/// Appends one char (a Latin-1 code point).
void rpy_stdout_write_char(uint8_t c);
/// Appends "\n" (print's default end).
void rpy_print_newline(void);
/// Writes the buffer to fd 1.
void rpy_stdout_flush(void);
/// Flushes standard output, then writes s to fd 2 (unbuffered).
void rpy_stderr_write(const rpy_string *s);

/* The os functions return -1 on failure; rpy_os_errno() then says why. */
/// errno of the last failed os function.
int64_t rpy_os_errno(void);
/// os.strerror(err).
rpy_string *rpy_os_strerror(int64_t err);
/// os.write(fd, s): the number of bytes written, or -1.
int64_t rpy_os_write(int64_t fd, const rpy_string *s);
/// os.read(fd, n): a new string, or NULL on failure.
rpy_string *rpy_os_read(int64_t fd, int64_t n);
/// os.open(path, flags, mode): a file descriptor, or -1.
int64_t rpy_os_open(const rpy_string *path, int64_t flags, int64_t mode);
/// os.close(fd): 0, or -1.
int64_t rpy_os_close(int64_t fd);
/// os.lseek(fd, pos, how): the new position, or -1.
int64_t rpy_os_lseek(int64_t fd, int64_t pos, int64_t how);
/// time.time().
double rpy_time_time(void);
/// time.perf_counter().
double rpy_time_perf_counter(void);
/// sys.exit(status) without unwinding: flushes standard output, exits.
RPY_NORETURN void rpy_exit(int64_t status);

/*===----------------------------------------------------------------------===*
 * Start (main.c)
 *===----------------------------------------------------------------------===*/

/// The program's entry point, emitted by the compiler.
int64_t rpy_entry(rpy_list *argv);
/// argv as an RPY_TID_STRING_LIST (UTF-8 sequences of code points below 256
/// become one char; other bytes stay one char each).
rpy_list *rpy_make_argv(int argc, char **argv);
/// What main does after rpy_entry returns: reports an uncaught exception
/// ("Name: message" on stderr, status 1) or returns `result` as the status.
int rpy_finish(int64_t result);

#ifdef __cplusplus
#pragma clang diagnostic pop
} /* extern "C" */
#endif

#endif /* RPY_RUNTIME_H */
