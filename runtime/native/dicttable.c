/*===- dicttable.c - The compiled code's dicts: finding keys --------------===*
 *
 * The compiler lays dicts out itself (docs/runtime-abi.md, "Dicts"): a GC
 * struct (length, used, entries, index) whose entries are a GC array of
 * (hash, live, key, value) structs in insertion order, and whose index is
 * a GC array of int64 mapping hash slots to entries (-1 empty, -2 deleted).
 * The compiled code allocates the arrays (their type ids are its own) and
 * reads and writes values; these functions find keys, add entries and move
 * the live entries into new arrays. Nothing here allocates.
 *
 *===----------------------------------------------------------------------===*/

#include "runtime/native/rpy_internal.h"

#include <string.h>

typedef struct dt_dict {
  rpy_hdr hdr;
  int64_t length; /* live entries */
  int64_t used;   /* entries in use, deleted ones included */
  void *entries;  /* GcArray of entry structs */
  void *index;    /* GcArray of int64 */
} dt_dict;

typedef struct dt_array {
  rpy_hdr hdr;
  int64_t length;
  char items[];
} dt_array;

typedef struct dt_entry {
  int64_t hash;
  int64_t live;
  /* the key at offset 16, then the value */
} dt_entry;

#define DT_EMPTY (-1)
#define DT_DELETED (-2)

static int64_t item_size(const dt_array *array) {
  return rpy_typeinfo_of(array->hdr.tid)->item_size;
}

static dt_entry *entry_at(const dt_dict *d, int64_t i) {
  dt_array *entries = d->entries;
  return (dt_entry *)(entries->items + i * item_size(entries));
}

static void *key_of(dt_entry *entry) { return (char *)entry + 16; }

static int64_t *slots(const dt_dict *d) {
  return (int64_t *)((dt_array *)d->index)->items;
}

static int64_t slot_count(const dt_dict *d) {
  return ((dt_array *)d->index)->length;
}

int64_t rpy_dt_index_size(int64_t capacity) {
  int64_t size = 8;
  while (size < capacity + capacity / 2)
    size *= 2;
  return size;
}

/* The kinds of keys: how to hash and compare one. */
typedef int64_t (*hash_fn)(const void *key);
typedef bool (*eq_fn)(const void *a, const void *b);

static int64_t hash_int(const void *key) {
  uint64_t x = *(const uint64_t *)key;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return (int64_t)x;
}
static bool eq_int(const void *a, const void *b) {
  return *(const int64_t *)a == *(const int64_t *)b;
}
static int64_t hash_str(const void *key) {
  return rpy_str_hash(*(rpy_string *const *)key);
}
static bool eq_str(const void *a, const void *b) {
  return rpy_str_eq(*(rpy_string *const *)a, *(rpy_string *const *)b);
}
static int64_t hash_ptr(const void *key) {
  void *object = *(void *const *)key;
  return object ? rpy_gc_identity_hash(object) : 0;
}
static bool eq_ptr(const void *a, const void *b) {
  return *(void *const *)a == *(void *const *)b;
}
static int64_t hash_float(const void *key) {
  return rpy_float_hash(*(const double *)key);
}
static bool eq_float(const void *a, const void *b) {
  return *(const double *)a == *(const double *)b;
}

/// The slot of `key` in the index: the one holding its entry, else the
/// first free one on its probe sequence (or -1 when the index is full).
static int64_t probe(const dt_dict *d, const void *key, int64_t hash,
                     hash_fn hash_of, eq_fn eq, int64_t *entry_index) {
  (void)hash_of;
  int64_t mask = slot_count(d) - 1;
  int64_t *table = slots(d);
  int64_t free_slot = -1;
  uint64_t perturb = (uint64_t)hash;
  int64_t i = hash & mask;
  for (int64_t tries = 0; tries <= mask; ++tries) {
    int64_t at = table[i];
    if (at == DT_EMPTY) {
      *entry_index = -1;
      return free_slot >= 0 ? free_slot : i;
    }
    if (at == DT_DELETED) {
      if (free_slot < 0)
        free_slot = i;
    } else {
      dt_entry *entry = entry_at(d, at);
      if (entry->hash == hash && eq(key_of(entry), key)) {
        *entry_index = at;
        return i;
      }
    }
    perturb >>= 5;
    i = (int64_t)((uint64_t)i * 5 + 1 + perturb) & mask;
  }
  *entry_index = -1;
  return free_slot;
}

static int64_t lookup(const dt_dict *d, const void *key, hash_fn hash_of,
                      eq_fn eq) {
  int64_t found;
  probe(d, key, hash_of(key), hash_of, eq, &found);
  return found;
}

static int64_t insert(dt_dict *d, const void *key, int64_t key_size,
                      hash_fn hash_of, eq_fn eq) {
  int64_t hash = hash_of(key), found;
  int64_t slot = probe(d, key, hash, hash_of, eq, &found);
  if (found >= 0)
    return found;
  dt_array *entries = d->entries;
  if (d->used >= entries->length || slot < 0)
    return -1; /* full: the compiled code grows and asks again */
  int64_t at = d->used++;
  dt_entry *entry = entry_at(d, at);
  memset(entry, 0, item_size(entries));
  gc_barrier(entries);
  entry->hash = hash;
  entry->live = 1;
  memcpy(key_of(entry), key, key_size);
  slots(d)[slot] = at;
  d->length++;
  return at;
}

static int64_t delete_key(dt_dict *d, const void *key, hash_fn hash_of,
                          eq_fn eq) {
  int64_t found;
  int64_t slot = probe(d, key, hash_of(key), hash_of, eq, &found);
  if (found < 0)
    return -1;
  dt_entry *entry = entry_at(d, found);
  /* The key and the value are cleared: the collector must not keep them. */
  memset(entry, 0, item_size(d->entries));
  slots(d)[slot] = DT_DELETED;
  d->length--;
  return found;
}

#define DT_KIND(kind, ctype)                                                   \
  int64_t rpy_dt_lookup_##kind(void *d, ctype key) {                           \
    return lookup(d, &key, hash_##kind, eq_##kind);                            \
  }                                                                            \
  int64_t rpy_dt_insert_##kind(void *d, ctype key) {                           \
    return insert(d, &key, sizeof key, hash_##kind, eq_##kind);                \
  }                                                                            \
  int64_t rpy_dt_delete_##kind(void *d, ctype key) {                           \
    return delete_key(d, &key, hash_##kind, eq_##kind);                        \
  }

DT_KIND(int, int64_t)
DT_KIND(str, rpy_string *)
DT_KIND(ptr, void *)
DT_KIND(float, double)

void rpy_dt_rehash(void *dict, void *new_entries, void *new_index) {
  dt_dict *d = dict;
  dt_array *to = new_entries;
  int64_t size = item_size(to);
  int64_t count = 0;
  gc_barrier(to);
  gc_barrier(d);
  if (d->entries) {
    dt_array *from = d->entries;
    for (int64_t i = 0; i < d->used; ++i) {
      dt_entry *entry = (dt_entry *)(from->items + i * size);
      if (entry->live)
        memcpy(to->items + count++ * size, entry, size);
    }
  }
  d->entries = to;
  d->index = new_index;
  d->used = count;
  d->length = count;
  int64_t *table = slots(d);
  int64_t mask = slot_count(d) - 1;
  for (int64_t i = 0; i <= mask; ++i)
    table[i] = DT_EMPTY;
  for (int64_t at = 0; at < count; ++at) {
    uint64_t perturb = (uint64_t)entry_at(d, at)->hash;
    int64_t i = entry_at(d, at)->hash & mask;
    while (table[i] != DT_EMPTY) {
      perturb >>= 5;
      i = (int64_t)((uint64_t)i * 5 + 1 + perturb) & mask;
    }
    table[i] = at;
  }
}

int64_t rpy_dt_next(void *dict, int64_t pos) {
  dt_dict *d = dict;
  for (int64_t i = pos; i < d->used; ++i)
    if (entry_at(d, i)->live)
      return i;
  return -1;
}
