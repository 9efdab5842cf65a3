/*===- rpy_internal.h - Helpers shared by the runtime's C files -----------===*
 *
 * Not part of the ABI: compiled code never includes this.
 *
 *===----------------------------------------------------------------------===*/

#ifndef RPY_INTERNAL_H
#define RPY_INTERNAL_H

#include "runtime/native/rpy_runtime.h"

/// Reserves `n` shadow-stack slots and returns them: a C function keeps the
/// GC pointers it holds across allocations in these slots (and reads them
/// back from there), then releases them with roots_pop.
static inline void **roots_push(int64_t n) {
  void **frame = rpy_shadowstack_top;
  if (rpy_shadowstack_limit - frame < n)
    rpy_shadowstack_overflow();
  for (int64_t i = 0; i < n; ++i)
    frame[i] = NULL;
  rpy_shadowstack_top = frame + n;
  return frame;
}

static inline void roots_pop(void **frame) { rpy_shadowstack_top = frame; }

/// Before storing a GC pointer into the GC object `obj` (which an
/// allocation may have made old): the generational collector's write
/// barrier, as compiled code has it.
static inline void gc_barrier(void *obj) {
  if (((rpy_hdr *)obj)->gcflags & RPY_GCFLAG_TRACK_YOUNG_PTRS)
    rpy_gc_write_barrier(obj);
}

/// Normalises Python slice bounds against `length`: negative values count
/// from the end, then both are clamped to [0, length].
static inline void normalize_slice(int64_t length, int64_t *start,
                                   int64_t *stop) {
  if (*start < 0) {
    *start += length;
    if (*start < 0)
      *start = 0;
  } else if (*start > length) {
    *start = length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0)
      *stop = 0;
  } else if (*stop > length) {
    *stop = length;
  }
}

/// The type-info table in use (rpy_gc_use_tables, or the program's).
extern const rpy_typeinfo *rpy_gc_typeinfos;
static inline const rpy_typeinfo *rpy_typeinfo_of(uint32_t tid) {
  return &rpy_gc_typeinfos[tid];
}

/// The string type's character classes (bit per predicate), from CPython.
extern const uint8_t rpy_char_classes[256];
#define RPY_CC_SPACE 0x01
#define RPY_CC_ALPHA 0x02
#define RPY_CC_DIGIT 0x04
#define RPY_CC_ALNUM 0x08
#define RPY_CC_LOWER 0x10
#define RPY_CC_UPPER 0x20
#define RPY_CC_PRINTABLE 0x40

#endif /* RPY_INTERNAL_H */
