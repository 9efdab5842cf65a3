/*===- dict.c - The insertion-ordered dict and set table ------------------===*
 *
 * CPython 3.6+'s compact dict: entries are appended to a dense array in
 * insertion order; a separate open-addressing index (CPython's perturbed
 * probing) maps hashes to entry numbers. Deleting leaves a deleted entry
 * and a deleted index slot; resizing compacts both. Sets are dicts whose
 * values are unused.
 *
 * A prebuilt dict may come with its entries and no index (the compiler
 * cannot compute string hashes): the first operation that needs the index
 * recomputes every hash and builds it.
 *
 *===----------------------------------------------------------------------===*/

#include "runtime/native/rpy_internal.h"

#include <string.h>

#define SLOT_EMPTY (-1)
#define SLOT_DELETED (-2)
#define MIN_SIZE 8
#define PERTURB_SHIFT 5

/*===----------------------------------------------------------------------===*
 * Keys
 *===----------------------------------------------------------------------===*/

static inline double as_double(uint64_t bits) {
  double d;
  memcpy(&d, &bits, sizeof(d));
  return d;
}

int64_t rpy_dict_hash_key(const rpy_dict_desc *desc, uint64_t key) {
  int64_t h;
  switch (desc->key_kind) {
  case RPY_DICT_KEY_INT:
    h = (int64_t)key;
    break;
  case RPY_DICT_KEY_FLOAT:
    h = rpy_float_hash(as_double(key));
    break;
  case RPY_DICT_KEY_STRING:
    h = rpy_str_hash((rpy_string *)(uintptr_t)key);
    break;
  case RPY_DICT_KEY_IDENTITY:
    h = (int64_t)((key >> 4) | (key << 60)); /* low bits are alignment */
    break;
  default:
    h = desc->hash(key);
    break;
  }
  return h == RPY_DICT_DELETED ? h + 1 : h;
}

static inline bool keys_equal(const rpy_dict_desc *desc, uint64_t a,
                              uint64_t b) {
  if (a == b)
    return true; /* same int, same bits, same object */
  switch (desc->key_kind) {
  case RPY_DICT_KEY_FLOAT:
    return as_double(a) == as_double(b); /* 0.0 == -0.0 */
  case RPY_DICT_KEY_STRING:
    return rpy_str_eq((rpy_string *)(uintptr_t)a, (rpy_string *)(uintptr_t)b);
  case RPY_DICT_KEY_CUSTOM:
    return desc->eq(a, b);
  default:
    return false;
  }
}

/* Which words of an entry are GC pointers, from the entries' type. */
#define KEY_IS_POINTER 1
#define VALUE_IS_POINTER 2
static int pointer_words(const rpy_dict_desc *desc) {
  const int64_t *off = rpy_typeinfo_of(desc->entries_tid)->item_ptr_offsets;
  int result = 0;
  for (; off && *off >= 0; ++off)
    result |= *off == 8 ? KEY_IS_POINTER : *off == 16 ? VALUE_IS_POINTER : 0;
  return result;
}

/*===----------------------------------------------------------------------===*
 * The index
 *===----------------------------------------------------------------------===*/

static inline int index_width(const rpy_byte_array *index) {
  int64_t bytes = index->length;
  return bytes <= 128                  ? 1
         : bytes <= 65536              ? 2
         : bytes <= ((int64_t)1 << 33) ? 4
                                       : 8;
}

static inline int width_for_size(int64_t size) {
  return size <= 128                  ? 1
         : size <= 32768              ? 2
         : size <= ((int64_t)1 << 31) ? 4
                                      : 8;
}

static inline int64_t get_slot(const rpy_byte_array *index, int width,
                               int64_t i) {
  switch (width) {
  case 1:
    return ((const int8_t *)index->items)[i];
  case 2:
    return ((const int16_t *)index->items)[i];
  case 4:
    return ((const int32_t *)index->items)[i];
  default:
    return ((const int64_t *)index->items)[i];
  }
}

static inline void set_slot(rpy_byte_array *index, int width, int64_t i,
                            int64_t v) {
  switch (width) {
  case 1:
    ((int8_t *)index->items)[i] = (int8_t)v;
    break;
  case 2:
    ((int16_t *)index->items)[i] = (int16_t)v;
    break;
  case 4:
    ((int32_t *)index->items)[i] = (int32_t)v;
    break;
  default:
    ((int64_t *)index->items)[i] = v;
    break;
  }
}

/* Usable entries for an index of `size` slots (CPython: 2/3). */
static inline int64_t usable_for(int64_t size) { return size * 2 / 3; }

/* The slot of `key` (which has hash h): where it is, or where it would go
   (the first empty slot on its probe path). *entry gets its entry number,
   or -1 when absent. */
static int64_t find_slot(const rpy_dict *d, uint64_t key, int64_t h,
                         int64_t *entry) {
  const rpy_byte_array *index = d->index;
  int width = index_width(index);
  uint64_t mask = (uint64_t)(index->length / width) - 1;
  uint64_t perturb = (uint64_t)h;
  uint64_t i = (uint64_t)h & mask;
  const rpy_dict_entry *entries = d->entries->items;
  for (;;) {
    int64_t ix = get_slot(index, width, (int64_t)i);
    if (ix == SLOT_EMPTY) {
      *entry = -1;
      return (int64_t)i;
    }
    if (ix >= 0 && entries[ix].hash == h &&
        keys_equal(d->desc, entries[ix].key, key)) {
      *entry = ix;
      return (int64_t)i;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/* Replaces d's tables by fresh ones of `size` index slots holding the live
   entries of `src` (its first `src_used` entries), in order. */
static void rebuild(rpy_dict *d, rpy_dict_entries *src, int64_t src_used,
                    int64_t size) {
  int width = width_for_size(size);
  void **roots = roots_push(3);
  roots[0] = d;
  roots[1] = src;
  roots[2] = rpy_gc_malloc_varsize(d->desc->entries_tid, usable_for(size));
  rpy_byte_array *index =
      rpy_gc_malloc_varsize(RPY_TID_BYTE_ARRAY, size * width);
  d = roots[0];
  src = roots[1];
  rpy_dict_entries *entries = roots[2];
  roots_pop(roots);
  gc_barrier(entries); /* made old if the index's allocation collected */
  memset(index->items, 0xff, (size_t)(size * width)); /* all SLOT_EMPTY */
  uint64_t mask = (uint64_t)size - 1;
  int64_t n = 0;
  for (int64_t k = 0; k < src_used; ++k) {
    const rpy_dict_entry *e = &src->items[k];
    if (e->hash == RPY_DICT_DELETED)
      continue;
    entries->items[n] = *e;
    uint64_t perturb = (uint64_t)e->hash;
    uint64_t i = (uint64_t)e->hash & mask;
    while (get_slot(index, width, (int64_t)i) != SLOT_EMPTY) {
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
    set_slot(index, width, (int64_t)i, n);
    ++n;
  }
  gc_barrier(d);
  d->entries = entries;
  d->index = index;
  d->length = d->used = d->filled = n;
}

/* The smallest index size whose usable part holds n entries and more. */
static int64_t size_for(int64_t n) {
  int64_t size = MIN_SIZE;
  while (usable_for(size) <= n)
    size *= 2;
  return size;
}

/* Makes sure d has an index (prebuilt dicts come without one), keeping
 *key alive when it is a GC pointer. Returns false when d is empty. */
static bool ensure_index(rpy_dict *d, uint64_t *key) {
  if (d->index)
    return true;
  if (!d->entries || d->used == 0)
    return false;
  for (int64_t k = 0; k < d->used; ++k) {
    rpy_dict_entry *e = &d->entries->items[k];
    if (e->hash != RPY_DICT_DELETED)
      e->hash = rpy_dict_hash_key(d->desc, e->key);
  }
  int64_t live = 0;
  for (int64_t k = 0; k < d->used; ++k)
    live += d->entries->items[k].hash != RPY_DICT_DELETED;
  bool key_is_pointer = key && (pointer_words(d->desc) & KEY_IS_POINTER);
  void **roots = roots_push(2);
  roots[0] = d;
  if (key_is_pointer)
    roots[1] = (void *)(uintptr_t)*key;
  rebuild(d, d->entries, d->used, size_for(live));
  if (key_is_pointer)
    *key = (uint64_t)(uintptr_t)roots[1];
  roots_pop(roots);
  return true;
}

/*===----------------------------------------------------------------------===*
 * The API
 *===----------------------------------------------------------------------===*/

rpy_dict *rpy_dict_new(const rpy_dict_desc *desc) {
  rpy_dict *d = rpy_gc_malloc(RPY_TID_DICT);
  d->desc = desc;
  return d;
}

int64_t rpy_dict_length(const rpy_dict *d) { return d->length; }

bool rpy_dict_lookup(rpy_dict *d, uint64_t key, uint64_t *value) {
  if (!ensure_index(d, &key))
    return false;
  int64_t entry;
  find_slot(d, key, rpy_dict_hash_key(d->desc, key), &entry);
  if (entry < 0)
    return false;
  if (value)
    *value = d->entries->items[entry].value;
  return true;
}

bool rpy_dict_contains(rpy_dict *d, uint64_t key) {
  return rpy_dict_lookup(d, key, NULL);
}

void rpy_dict_setitem(rpy_dict *d, uint64_t key, uint64_t value) {
  int64_t h = rpy_dict_hash_key(d->desc, key);
  int64_t entry = -1, slot = 0;
  if (d->index) {
    slot = find_slot(d, key, h, &entry);
    if (entry >= 0) {
      d->entries->items[entry].value = value;
      return;
    }
  }
  if (!d->index || d->used == d->entries->length ||
      d->filled == d->entries->length) {
    /* Allocates: keep d, key and value alive. */
    int pointers = pointer_words(d->desc);
    void **roots = roots_push(3);
    roots[0] = d;
    if (pointers & KEY_IS_POINTER)
      roots[1] = (void *)(uintptr_t)key;
    if (pointers & VALUE_IS_POINTER)
      roots[2] = (void *)(uintptr_t)value;
    if (!d->index && ensure_index(d, NULL)) {
      d = roots[0];
      if (pointers & KEY_IS_POINTER)
        key = (uint64_t)(uintptr_t)roots[1];
      if (pointers & VALUE_IS_POINTER)
        value = (uint64_t)(uintptr_t)roots[2];
      slot = find_slot(d, key, h, &entry);
      if (entry >= 0) {
        d->entries->items[entry].value = value;
        roots_pop(roots);
        return;
      }
    }
    d = roots[0];
    if (!d->index || d->used == d->entries->length ||
        d->filled == d->entries->length) {
      /* Grow or compact: CPython's GROWTH_RATE, 3 x the live entries. */
      rebuild(d, d->entries, d->entries ? d->used : 0, size_for(d->length * 3));
      d = roots[0];
      if (pointers & KEY_IS_POINTER)
        key = (uint64_t)(uintptr_t)roots[1];
      if (pointers & VALUE_IS_POINTER)
        value = (uint64_t)(uintptr_t)roots[2];
      slot = find_slot(d, key, h, &entry);
    }
    roots_pop(roots);
  }
  int64_t n = d->used;
  gc_barrier(d->entries);
  rpy_dict_entry *e = &d->entries->items[n];
  e->hash = h;
  e->key = key;
  e->value = value;
  set_slot(d->index, index_width(d->index), slot, n);
  d->used = n + 1;
  d->filled++;
  d->length++;
}

/* Removes the entry `entry`, found at index slot `slot`. */
static void remove_entry(rpy_dict *d, int64_t slot, int64_t entry) {
  set_slot(d->index, index_width(d->index), slot, SLOT_DELETED);
  rpy_dict_entry *e = &d->entries->items[entry];
  e->hash = RPY_DICT_DELETED;
  e->key = 0;
  e->value = 0;
  d->length--;
  /* Trailing deleted entries can be reused (popitem stays O(1)). */
  while (d->used > 0 && d->entries->items[d->used - 1].hash == RPY_DICT_DELETED)
    d->used--;
}

bool rpy_dict_pop(rpy_dict *d, uint64_t key, uint64_t *value) {
  if (!ensure_index(d, &key))
    return false;
  int64_t entry;
  int64_t slot = find_slot(d, key, rpy_dict_hash_key(d->desc, key), &entry);
  if (entry < 0)
    return false;
  if (value)
    *value = d->entries->items[entry].value;
  remove_entry(d, slot, entry);
  return true;
}

bool rpy_dict_delitem(rpy_dict *d, uint64_t key) {
  return rpy_dict_pop(d, key, NULL);
}

bool rpy_dict_popitem(rpy_dict *d, uint64_t *key, uint64_t *value) {
  if (d->length == 0 || !ensure_index(d, NULL))
    return false;
  int64_t entry = d->used - 1; /* never a deleted one: see remove_entry */
  rpy_dict_entry e = d->entries->items[entry];
  int64_t found;
  int64_t slot = find_slot(d, e.key, e.hash, &found);
  if (key)
    *key = e.key;
  if (value)
    *value = e.value;
  remove_entry(d, slot, found);
  return true;
}

void rpy_dict_clear(rpy_dict *d) {
  d->entries = NULL;
  d->index = NULL;
  d->length = d->used = d->filled = 0;
}

rpy_dict *rpy_dict_copy(rpy_dict *d) {
  void **roots = roots_push(2);
  roots[0] = d;
  ensure_index(d, NULL);
  roots[1] = rpy_dict_new(((rpy_dict *)roots[0])->desc);
  d = roots[0];
  if (d->length > 0)
    rebuild(roots[1], d->entries, d->used, size_for(d->length));
  rpy_dict *copy = roots[1];
  roots_pop(roots);
  return copy;
}

int64_t rpy_dict_next(const rpy_dict *d, int64_t pos) {
  if (!d->entries)
    return -1;
  for (int64_t i = pos < 0 ? 0 : pos; i < d->used; ++i)
    if (d->entries->items[i].hash != RPY_DICT_DELETED)
      return i;
  return -1;
}

uint64_t rpy_dict_key_at(const rpy_dict *d, int64_t i) {
  return d->entries->items[i].key;
}

uint64_t rpy_dict_value_at(const rpy_dict *d, int64_t i) {
  return d->entries->items[i].value;
}
