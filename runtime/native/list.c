/*===- list.c - Resizable lists -------------------------------------------===*
 *
 * A resizable list is {hdr, length, items} where items is a GcArray whose
 * length is the capacity (NULL when the capacity is 0). Growth follows
 * CPython's list_resize: about 1/8 over-allocation, and a shrink below half
 * the capacity reallocates. Slots past the length are always zero, so the
 * collector never keeps a removed item alive and grown slots read as zero.
 *
 *===----------------------------------------------------------------------===*/

#include "runtime/native/rpy_internal.h"

#include <string.h>

static inline const rpy_typeinfo *ti_of(uint32_t tid) {
  return rpy_typeinfo_of(tid);
}

/* The first item of a GcArray. */
static inline char *items_start(void *array) {
  return (char *)array + ti_of(((rpy_hdr *)array)->tid)->fixed_size;
}

static inline int64_t capacity_of(const rpy_list *l) {
  return l->items ? l->items->length : 0;
}

uint64_t rpy_array_get(const void *array, int64_t i) {
  const rpy_typeinfo *ti = ti_of(((const rpy_hdr *)array)->tid);
  const char *p = (const char *)array + ti->fixed_size + i * ti->item_size;
  switch (ti->item_size) {
  case 1:
    return *(const uint8_t *)p;
  case 2:
    return *(const uint16_t *)p;
  case 4:
    return *(const uint32_t *)p;
  default:
    return *(const uint64_t *)p;
  }
}

void rpy_array_set(void *array, int64_t i, uint64_t item) {
  const rpy_typeinfo *ti = ti_of(((rpy_hdr *)array)->tid);
  if (ti->item_ptr_offsets)
    gc_barrier(array);
  char *p = (char *)array + ti->fixed_size + i * ti->item_size;
  switch (ti->item_size) {
  case 1:
    *(uint8_t *)p = (uint8_t)item;
    break;
  case 2:
    *(uint16_t *)p = (uint16_t)item;
    break;
  case 4:
    *(uint32_t *)p = (uint32_t)item;
    break;
  default:
    *(uint64_t *)p = item;
    break;
  }
}

rpy_list *rpy_list_new(uint32_t list_tid, uint32_t items_tid, int64_t length) {
  void **roots = roots_push(1);
  roots[0] = rpy_gc_malloc(list_tid);
  void *items = length > 0 ? rpy_gc_malloc_varsize(items_tid, length) : NULL;
  rpy_list *l = roots[0];
  roots_pop(roots);
  gc_barrier(l);
  l->items = items;
  l->length = length;
  return l;
}

void rpy_list_resize(rpy_list *l, int64_t newlength, uint32_t items_tid) {
  int64_t allocated = capacity_of(l);
  int64_t item_size = ti_of(items_tid)->item_size;
  if (allocated >= newlength && newlength >= (allocated >> 1)) {
    if (newlength < l->length)
      memset(items_start(l->items) + newlength * item_size, 0,
             (size_t)((l->length - newlength) * item_size));
    l->length = newlength;
    return;
  }
  /* CPython's list_resize: the pattern is 0, 4, 8, 16, 24, 32, 40, 52, ... */
  int64_t new_allocated = (newlength + (newlength >> 3) + 6) & ~(int64_t)3;
  if (newlength - l->length > new_allocated - newlength)
    new_allocated = (newlength + 3) & ~(int64_t)3;
  if (newlength == 0) {
    l->items = NULL;
    l->length = 0;
    return;
  }
  void **roots = roots_push(1);
  roots[0] = l;
  void *items = rpy_gc_malloc_varsize(items_tid, new_allocated);
  l = roots[0];
  roots_pop(roots);
  int64_t keep = l->length < newlength ? l->length : newlength;
  if (keep > 0)
    memcpy(items_start(items), items_start(l->items),
           (size_t)(keep * item_size));
  gc_barrier(l);
  l->items = items;
  l->length = newlength;
}

/* True when the items of `items_tid` are GC pointers (then an item held in
   a local must be rooted across an allocation). */
static bool items_are_pointers(uint32_t items_tid) {
  const rpy_typeinfo *ti = ti_of(items_tid);
  return ti->item_ptr_offsets != NULL;
}

/* Grows l by one slot at the end, keeping `*item` alive (and updating it,
   as the collector may move it). */
static rpy_list *grow_by_one(rpy_list *l, uint64_t *item,
                             uint32_t items_tid) {
  bool pointer = items_are_pointers(items_tid);
  void **roots = roots_push(2);
  roots[0] = l;
  if (pointer)
    roots[1] = (void *)(uintptr_t)*item;
  rpy_list_resize(l, l->length + 1, items_tid);
  l = roots[0];
  if (pointer)
    *item = (uint64_t)(uintptr_t)roots[1];
  roots_pop(roots);
  return l;
}

void rpy_list_append(rpy_list *l, uint64_t item, uint32_t items_tid) {
  int64_t n = l->length;
  if (n < capacity_of(l))
    l->length = n + 1;
  else
    l = grow_by_one(l, &item, items_tid);
  rpy_array_set(l->items, n, item);
}

void rpy_list_insert(rpy_list *l, int64_t index, uint64_t item,
                     uint32_t items_tid) {
  int64_t n = l->length;
  if (index < 0) {
    index += n;
    if (index < 0)
      index = 0;
  } else if (index > n) {
    index = n;
  }
  l = grow_by_one(l, &item, items_tid);
  int64_t item_size = ti_of(items_tid)->item_size;
  char *items = items_start(l->items);
  memmove(items + (index + 1) * item_size, items + index * item_size,
          (size_t)((n - index) * item_size));
  rpy_array_set(l->items, index, item);
}

bool rpy_list_pop(rpy_list *l, int64_t index, uint64_t *item) {
  int64_t n = l->length;
  if (index < 0)
    index += n;
  if (index < 0 || index >= n)
    return false;
  uint32_t items_tid = l->items->hdr.tid;
  int64_t item_size = ti_of(items_tid)->item_size;
  uint64_t result = rpy_array_get(l->items, index);
  char *items = items_start(l->items);
  memmove(items + index * item_size, items + (index + 1) * item_size,
          (size_t)((n - index - 1) * item_size));
  memset(items + (n - 1) * item_size, 0, (size_t)item_size);
  void **roots = roots_push(1);
  if (items_are_pointers(items_tid))
    roots[0] = (void *)(uintptr_t)result;
  l->length = n - 1; /* the slot is already cleared */
  rpy_list_resize(l, n - 1, items_tid);
  if (items_are_pointers(items_tid))
    result = (uint64_t)(uintptr_t)roots[0];
  roots_pop(roots);
  if (item)
    *item = result;
  return true;
}

void rpy_list_delslice(rpy_list *l, int64_t start, int64_t stop) {
  int64_t n = l->length;
  normalize_slice(n, &start, &stop);
  if (stop <= start)
    return;
  uint32_t items_tid = l->items->hdr.tid;
  int64_t item_size = ti_of(items_tid)->item_size;
  char *items = items_start(l->items);
  int64_t removed = stop - start;
  memmove(items + start * item_size, items + stop * item_size,
          (size_t)((n - stop) * item_size));
  memset(items + (n - removed) * item_size, 0, (size_t)(removed * item_size));
  l->length = n - removed;
  rpy_list_resize(l, n - removed, items_tid);
}

void rpy_list_extend(rpy_list *l, void *src, int64_t count,
                     uint32_t items_tid) {
  if (count <= 0)
    return;
  void **roots = roots_push(2);
  roots[0] = l;
  roots[1] = src; /* may be l->items: the copy reads the old array */
  int64_t n = l->length;
  rpy_list_resize(l, n + count, items_tid);
  l = roots[0];
  src = roots[1];
  roots_pop(roots);
  int64_t item_size = ti_of(items_tid)->item_size;
  gc_barrier(l->items);
  memmove(items_start(l->items) + n * item_size, items_start(src),
          (size_t)(count * item_size));
}
