/*===- gc.c - Precise collectors: mark-sweep, and generational -----------===*
 *
 * The mark-sweep space: small objects (up to SMALL_MAX bytes) live in 64 KiB
 * pages, one size class per page, free slots threaded through free lists;
 * larger objects are calloc'd one by one and kept on a doubly linked list.
 * A (major) collection marks from the shadow stack and the static roots
 * with an explicit mark stack, then sweeps every page and large object:
 * free slots go back to their size class, empty pages to a page cache
 * shared by every class (the excess is unmapped), dead large objects to
 * free().
 *
 * The generational collector puts small objects in a nursery first (bump
 * allocation). A minor collection copies the nursery objects reachable
 * from the roots, from the old objects the write barrier remembered and
 * from the large objects allocated since, into the mark-sweep space
 * (leaving forwarding addresses, updating every reference), then empties
 * the nursery; old objects get RPY_GCFLAG_TRACK_YOUNG_PTRS, which sends
 * the next store of a pointer into them through the write barrier. A
 * major collection follows a minor one when the mark-sweep space has grown
 * past its threshold.
 *
 * The semispace collector allocates every object in one space by bumping a
 * pointer; a collection copies the live objects to a new space (as large,
 * or larger when they would fill more than half of it) and unmaps the old
 * one. The nursery's variables hold its space.
 *
 *===----------------------------------------------------------------------===*/

#define _GNU_SOURCE
#include "runtime/native/rpy_runtime.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/*===----------------------------------------------------------------------===*
 * Tuning
 *===----------------------------------------------------------------------===*/

#define PAGE_SIZE ((size_t)64 * 1024)
#define SMALL_MAX 2048
/// A collection never starts before this many bytes were allocated.
#define MIN_THRESHOLD ((int64_t)8 * 1024 * 1024)
/// The next collection starts after allocating GROWTH x the live heap.
#define GROWTH 1.0
/// The generational collector's nursery (RPY_GC_NURSERY overrides it, in
/// bytes); objects up to SMALL_MAX bytes start there.
#define NURSERY_SIZE ((size_t)4 * 1024 * 1024)
/// The semispace collector's first space (RPY_GC_NURSERY overrides it too).
#define SEMISPACE_SIZE ((size_t)4 * 1024 * 1024)

/*===----------------------------------------------------------------------===*
 * State
 *===----------------------------------------------------------------------===*/

typedef struct gc_page {
  struct gc_page *next;
  uint32_t size_class;
  uint32_t slot_size;
  uint32_t nslots;
  uint32_t pad;
} gc_page;
#define PAGE_HEADER 32 /* slots start here, 16-byte aligned */

typedef struct large_obj {
  struct large_obj *next, *prev;
  int64_t size;
  int64_t pad;
} large_obj; /* 32 bytes: the object that follows is 16-byte aligned */

static const uint32_t class_sizes[] = {
    16,  24,  32,  40,  48,  56,  64,  80,  96,   112,  128,  160,  192, 224,
    256, 320, 384, 448, 512, 640, 768, 896, 1024, 1280, 1536, 1792, 2048};
#define NCLASSES (sizeof(class_sizes) / sizeof(class_sizes[0]))

static uint8_t class_of_words[SMALL_MAX / 8 + 1]; /* size / 8 -> class */
static void *free_lists[NCLASSES];
static gc_page *class_pages[NCLASSES];
static gc_page *page_cache; /* empty pages, any class */
static int64_t page_cache_count;
static int64_t pages_mapped;
static large_obj *large_objects;
static int64_t large_bytes;

static bool initialised;
static int32_t gc_kind = -1; /* RPY_GC_MARKSWEEP or RPY_GC_GENERATIONAL */
static bool stress;
static bool collecting;
static rpy_gc_stats_info stats;

void **rpy_shadowstack_base;
void **rpy_shadowstack_top;
void **rpy_shadowstack_limit;
static char *shadowstack_guard;

rpy_vtable *rpy_exc_type;
rpy_object *rpy_exc_value;

/* A growable array of object pointers. */
typedef struct ptr_vec {
  void **items;
  size_t size, capacity;
} ptr_vec;

static void vec_push(ptr_vec *v, void *p) {
  if (v->size == v->capacity) {
    size_t capacity = v->capacity ? v->capacity * 2 : 1024;
    void **grown = realloc(v->items, capacity * sizeof(void *));
    if (!grown)
      rpy_fatal("out of memory in the collector");
    v->items = grown;
    v->capacity = capacity;
  }
  v->items[v->size++] = p;
}

/* The generational collector's state. Compiled code bumps rpy_nursery_free
   itself while it stays within rpy_nursery_top (docs/runtime-abi.md); in
   stress mode the top is the start, so every allocation calls the runtime. */
static char *nursery, *nursery_end;
static size_t space_size;  /* semispace: the next space's size */
static char *to_free;      /* semispace: the copy's bump pointer */
char *rpy_nursery_free, *rpy_nursery_top;
#define nursery_free rpy_nursery_free
static ptr_vec remembered;  /* old objects the write barrier saw */
static ptr_vec young_large; /* large objects allocated since the last minor */
static ptr_vec copied;      /* copies whose fields are still to update */

/* Nursery objects with an identity hash -> the place reserved for their
   copy: open addressing, emptied by each minor collection. */
static void **shadow_keys, **shadow_values;
static size_t shadow_count, shadow_capacity;

static size_t shadow_slot(const void *obj) {
  size_t mask = shadow_capacity - 1;
  size_t i = ((uintptr_t)obj >> 4) & mask;
  while (shadow_keys[i] && shadow_keys[i] != obj)
    i = (i + 1) & mask;
  return i;
}

static void shadow_put(void *obj, void *shadow) {
  if ((shadow_count + 1) * 2 > shadow_capacity) {
    void **keys = shadow_keys, **values = shadow_values;
    size_t old = shadow_capacity;
    shadow_capacity = old ? old * 2 : 256;
    shadow_keys = calloc(shadow_capacity, sizeof(void *));
    shadow_values = calloc(shadow_capacity, sizeof(void *));
    if (!shadow_keys || !shadow_values)
      rpy_fatal("out of memory in the collector");
    for (size_t i = 0; i < old; ++i)
      if (keys[i]) {
        size_t j = shadow_slot(keys[i]);
        shadow_keys[j] = keys[i];
        shadow_values[j] = values[i];
      }
    free(keys);
    free(values);
  }
  size_t i = shadow_slot(obj);
  shadow_keys[i] = obj;
  shadow_values[i] = shadow;
  ++shadow_count;
}

const int64_t rpy_offsets_0[] = {0, -1};
const int64_t rpy_offsets_16[] = {16, -1};
const int64_t rpy_offsets_dict[] = {40, 48, -1};

/*===----------------------------------------------------------------------===*
 * Fatal errors
 *===----------------------------------------------------------------------===*/

static void write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w <= 0)
      return;
    p += w;
    n -= (size_t)w;
  }
}

void rpy_fatal(const char *msg) {
  rpy_stdout_flush();
  write_all(2, "Fatal RPython error: ", 21);
  write_all(2, msg, strlen(msg));
  write_all(2, "\n", 1);
  abort();
}

void rpy_shadowstack_overflow(void) { rpy_fatal("shadow stack overflow"); }

/* Compiled code pushes roots without checking: the guard page after the
   shadow stack turns an overflow into this report instead of corruption. */
static void segv_handler(int sig, siginfo_t *info, void *ctx) {
  (void)ctx;
  char *addr = (char *)info->si_addr;
  if (shadowstack_guard && addr >= shadowstack_guard &&
      addr < shadowstack_guard + (size_t)getpagesize()) {
    static const char msg[] = "Fatal RPython error: shadow stack overflow\n";
    write_all(2, msg, sizeof(msg) - 1);
    signal(SIGABRT, SIG_DFL);
    abort();
  }
  /* Not ours: fault again with the default action. */
  signal(sig, SIG_DFL);
}

static void init_shadowstack(void) {
  size_t page = (size_t)getpagesize();
  size_t bytes = (size_t)RPY_SHADOWSTACK_ENTRIES * sizeof(void *);
  char *base = mmap(NULL, bytes + page, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (base == MAP_FAILED)
    rpy_fatal("cannot allocate the shadow stack");
  shadowstack_guard = base + bytes;
  mprotect(shadowstack_guard, page, PROT_NONE);
  rpy_shadowstack_base = rpy_shadowstack_top = (void **)base;
  rpy_shadowstack_limit = (void **)shadowstack_guard;
  rpy_shadowstack_softlimit = rpy_shadowstack_limit - RPY_SHADOWSTACK_MARGIN;

  static char altstack[32 * 1024];
  stack_t ss = {.ss_sp = altstack, .ss_size = sizeof(altstack), .ss_flags = 0};
  sigaltstack(&ss, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_sigaction = segv_handler;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
  sigaction(SIGSEGV, &sa, NULL);
}

/*===----------------------------------------------------------------------===*
 * Initialisation
 *===----------------------------------------------------------------------===*/

const rpy_typeinfo *rpy_gc_typeinfos;
static uint32_t typeinfo_count;
static void *const *static_roots;
static int64_t static_root_count;

void rpy_gc_use_tables(const rpy_typeinfo *typeinfos, uint32_t count,
                       void *const *roots, int64_t root_count) {
  rpy_gc_typeinfos = typeinfos;
  typeinfo_count = count;
  static_roots = roots;
  static_root_count = root_count;
}

void rpy_gc_init(void) {
  if (initialised)
    return;
  initialised = true;
  if (!rpy_gc_typeinfos && rpy_typeinfos)
    rpy_gc_use_tables(rpy_typeinfos, rpy_typeinfo_count, rpy_static_roots,
                      rpy_static_root_count);
  if (!rpy_gc_typeinfos)
    rpy_fatal("no type-info table: neither the program's nor one given to "
              "rpy_gc_use_tables");
  uint32_t cls = 0;
  for (uint32_t words = 0; words <= SMALL_MAX / 8; ++words) {
    while (class_sizes[cls] < words * 8)
      ++cls;
    class_of_words[words] = (uint8_t)cls;
  }
  const char *env = getenv("RPY_GC_STRESS");
  stress = env && env[0] && strcmp(env, "0") != 0;
  stats.threshold = MIN_THRESHOLD;
  init_shadowstack();
  if (gc_kind < 0)
    gc_kind = &rpy_gc_kind ? rpy_gc_kind : RPY_GC_MARKSWEEP;
  if (gc_kind == RPY_GC_GENERATIONAL || gc_kind == RPY_GC_SEMISPACE) {
    size_t size =
        gc_kind == RPY_GC_GENERATIONAL ? NURSERY_SIZE : SEMISPACE_SIZE;
    const char *bytes = getenv("RPY_GC_NURSERY");
    if (bytes && atoll(bytes) >= 65536)
      size = (size_t)atoll(bytes) & ~(size_t)15;
    space_size = size;
    nursery = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (nursery == MAP_FAILED)
      rpy_fatal("cannot allocate the nursery");
    nursery_free = nursery;
    nursery_end = nursery + size;
    rpy_nursery_top = stress ? nursery : nursery_end;
  }
}

void rpy_gc_select(int32_t kind) {
  if (initialised)
    rpy_fatal("rpy_gc_select after the collector started");
  gc_kind = kind;
}

/*===----------------------------------------------------------------------===*
 * Pages
 *===----------------------------------------------------------------------===*/

static gc_page *get_page(void) {
  gc_page *page = page_cache;
  if (page) {
    page_cache = page->next;
    --page_cache_count;
    return page;
  }
  void *mem = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED)
    rpy_fatal("out of memory");
  ++pages_mapped;
  return (gc_page *)mem;
}

static void release_page(gc_page *page) {
  page->next = page_cache;
  page_cache = page;
  ++page_cache_count;
}

/* Keeps as many empty pages as the next collection may need; unmaps the
   rest, so that memory goes back to the system after a peak. */
static void trim_page_cache(void) {
  int64_t keep = stats.threshold / (int64_t)PAGE_SIZE + 16;
  while (page_cache_count > keep) {
    gc_page *page = page_cache;
    page_cache = page->next;
    --page_cache_count;
    munmap(page, PAGE_SIZE);
    --pages_mapped;
  }
}

static inline void *slot_next(void *slot) {
  return *(void **)((char *)slot + 8);
}
static inline void set_slot_next(void *slot, void *next) {
  *(void **)((char *)slot + 8) = next;
}

/* A new page for `cls`, its slots threaded onto the class's free list. */
static void *refill(uint32_t cls) {
  gc_page *page = get_page();
  uint32_t size = class_sizes[cls];
  page->size_class = cls;
  page->slot_size = size;
  page->nslots = (uint32_t)((PAGE_SIZE - PAGE_HEADER) / size);
  page->next = class_pages[cls];
  class_pages[cls] = page;
  char *first = (char *)page + PAGE_HEADER;
  void *head = free_lists[cls];
  for (uint32_t i = page->nslots; i-- > 0;) {
    char *slot = first + (size_t)i * size;
    ((rpy_hdr *)slot)->tid = 0;
    ((rpy_hdr *)slot)->gcflags = 0;
    set_slot_next(slot, head);
    head = slot;
  }
  free_lists[cls] = head;
  return head;
}

/*===----------------------------------------------------------------------===*
 * Allocation
 *===----------------------------------------------------------------------===*/

static void minor_collection(void);
static void major_collection(void);
static void semispace_collection(int64_t needed);

/* An object of `size` bytes (a multiple of 8, at least 16) in the
   mark-sweep space, zeroed; never collects. */
static void *allocate_old(int64_t size) {
  void *obj;
  if (size <= SMALL_MAX) {
    uint32_t cls = class_of_words[size / 8];
    void *slot = free_lists[cls];
    if (!slot)
      slot = refill(cls);
    free_lists[cls] = slot_next(slot);
    memset(slot, 0, class_sizes[cls]);
    obj = slot;
    size = class_sizes[cls];
  } else {
    large_obj *large = calloc(1, sizeof(large_obj) + (size_t)size);
    if (!large)
      rpy_fatal("out of memory");
    large->size = size;
    large->prev = NULL;
    large->next = large_objects;
    if (large_objects)
      large_objects->prev = large;
    large_objects = large;
    large_bytes += size;
    obj = large + 1;
  }
  stats.allocated_since += size;
  return obj;
}

static inline int64_t rounded(int64_t size) {
  size = (size + 7) & ~(int64_t)7;
  return size < 16 ? 16 : size;
}

static void *allocate(uint32_t tid, int64_t size) {
  if (!initialised)
    rpy_gc_init();
  size = rounded(size);
  stats.total_allocated += size;
  if (gc_kind == RPY_GC_SEMISPACE) {
    if (stress || nursery_free + size > nursery_end)
      semispace_collection(size);
    void *obj = nursery_free; /* the space past the free pointer is zeroed */
    nursery_free += size;
    ((rpy_hdr *)obj)->tid = tid;
    return obj;
  }
  if (gc_kind == RPY_GC_GENERATIONAL && size <= SMALL_MAX) {
    if (stress || nursery_free + size > nursery_end) {
      minor_collection();
      if (stress || stats.allocated_since > stats.threshold)
        major_collection();
    }
    void *obj = nursery_free; /* the nursery is kept zeroed */
    nursery_free += size;
    ((rpy_hdr *)obj)->tid = tid;
    return obj;
  }
  if (stress || stats.allocated_since + size > stats.threshold)
    rpy_gc_collect();
  void *obj = allocate_old(size);
  ((rpy_hdr *)obj)->tid = tid;
  /* Young until the next minor collection: stores into it need no
     barrier, so that collection updates its fields. */
  if (gc_kind == RPY_GC_GENERATIONAL)
    vec_push(&young_large, obj);
  return obj;
}

static const rpy_typeinfo *typeinfo(uint32_t tid) {
  if (tid == 0 || tid >= typeinfo_count) {
    char msg[64];
    snprintf(msg, sizeof(msg), "invalid type id %u", tid);
    rpy_fatal(msg);
  }
  return &rpy_gc_typeinfos[tid];
}

void *rpy_gc_malloc(uint32_t tid) {
  return allocate(tid, typeinfo(tid)->fixed_size);
}

void *rpy_gc_malloc_varsize(uint32_t tid, int64_t length) {
  const rpy_typeinfo *ti = typeinfo(tid);
  if (length < 0)
    rpy_fatal("negative length in a variable-sized allocation");
  if (ti->item_size > 0 &&
      length > (INT64_MAX / 2 - ti->fixed_size) / ti->item_size)
    rpy_fatal("out of memory");
  void *obj = allocate(tid, ti->fixed_size + ti->item_size * length);
  *(int64_t *)((char *)obj + ti->length_offset) = length;
  return obj;
}

/*===----------------------------------------------------------------------===*
 * Marking
 *===----------------------------------------------------------------------===*/

static void **mark_stack;
static size_t mark_stack_size, mark_stack_capacity;

static void mark_stack_push(void *obj) {
  if (mark_stack_size == mark_stack_capacity) {
    size_t capacity = mark_stack_capacity ? mark_stack_capacity * 2 : 4096;
    void **grown = realloc(mark_stack, capacity * sizeof(void *));
    if (!grown)
      rpy_fatal("out of memory while marking");
    mark_stack = grown;
    mark_stack_capacity = capacity;
  }
  mark_stack[mark_stack_size++] = obj;
}

static inline bool has_pointers(const rpy_typeinfo *ti) {
  return ti->ptr_offsets || (ti->item_size && ti->item_ptr_offsets);
}

static inline void mark(void *obj) {
  if (!obj)
    return;
  rpy_hdr *hdr = (rpy_hdr *)obj;
  if (hdr->gcflags & (RPY_GCFLAG_STATIC | RPY_GCFLAG_MARKED))
    return;
  hdr->gcflags |= RPY_GCFLAG_MARKED;
  if (has_pointers(typeinfo(hdr->tid)))
    mark_stack_push(obj);
}

/* Marks every object `obj` points to. */
static void trace(void *obj) {
  char *base = (char *)obj;
  const rpy_typeinfo *ti = typeinfo(((rpy_hdr *)obj)->tid);
  if (ti->ptr_offsets)
    for (const int64_t *off = ti->ptr_offsets; *off >= 0; ++off)
      mark(*(void **)(base + *off));
  if (ti->item_size && ti->item_ptr_offsets) {
    int64_t length = *(int64_t *)(base + ti->length_offset);
    char *item = base + ti->fixed_size;
    for (int64_t i = 0; i < length; ++i, item += ti->item_size)
      for (const int64_t *off = ti->item_ptr_offsets; *off >= 0; ++off)
        mark(*(void **)(item + *off));
  }
}

static void mark_from_roots(void) {
  for (void **p = rpy_shadowstack_base; p < rpy_shadowstack_top; ++p)
    mark(*p);
  for (int64_t i = 0; i < static_root_count; ++i) {
    void *root = static_roots[i];
    if (!root)
      continue;
    if (((rpy_hdr *)root)->gcflags & RPY_GCFLAG_STATIC)
      trace(root); /* its heap children; it is never marked itself */
    else
      mark(root);
  }
  mark(rpy_exc_value);
  while (mark_stack_size > 0)
    trace(mark_stack[--mark_stack_size]);
}

/*===----------------------------------------------------------------------===*
 * Sweeping
 *===----------------------------------------------------------------------===*/

static int64_t sweep_small(void) {
  int64_t live = 0;
  for (uint32_t cls = 0; cls < NCLASSES; ++cls) {
    free_lists[cls] = NULL;
    gc_page **link = &class_pages[cls];
    while (*link) {
      gc_page *page = *link;
      uint32_t size = page->slot_size;
      char *slot = (char *)page + PAGE_HEADER;
      void *head = free_lists[cls];
      uint32_t page_live = 0;
      for (uint32_t i = 0; i < page->nslots; ++i, slot += size) {
        rpy_hdr *hdr = (rpy_hdr *)slot;
        if (hdr->tid && (hdr->gcflags & RPY_GCFLAG_MARKED)) {
          hdr->gcflags &= ~RPY_GCFLAG_MARKED;
          ++page_live;
          continue;
        }
        hdr->tid = 0;
        hdr->gcflags = 0;
        set_slot_next(slot, head);
        head = slot;
      }
      if (page_live == 0) {
        *link = page->next; /* its slots stay off the free list */
        release_page(page);
        continue;
      }
      free_lists[cls] = head;
      live += (int64_t)page_live * size;
      link = &page->next;
    }
  }
  return live;
}

static int64_t sweep_large(void) {
  int64_t live = 0;
  large_obj *large = large_objects;
  while (large) {
    large_obj *next = large->next;
    rpy_hdr *hdr = (rpy_hdr *)(large + 1);
    if (hdr->gcflags & RPY_GCFLAG_MARKED) {
      hdr->gcflags &= ~RPY_GCFLAG_MARKED;
      live += large->size;
    } else {
      if (large->prev)
        large->prev->next = next;
      else
        large_objects = next;
      if (next)
        next->prev = large->prev;
      large_bytes -= large->size;
      free(large);
    }
    large = next;
  }
  return live;
}

/*===----------------------------------------------------------------------===*
 * Minor collections (generational)
 *===----------------------------------------------------------------------===*/

static inline bool in_nursery(const void *p) {
  return (const char *)p >= nursery && (const char *)p < nursery_end;
}

static int64_t size_of(const rpy_hdr *hdr) {
  const rpy_typeinfo *ti = typeinfo(hdr->tid);
  int64_t size = ti->fixed_size;
  if (ti->item_size)
    size += ti->item_size *
            *(const int64_t *)((const char *)hdr + ti->length_offset);
  return rounded(size);
}

/* The address of `p` after the minor collection: a nursery object is
   copied to the mark-sweep space once, its first word after the header
   then holding the copy's address. */
static void *promote(void *p) {
  if (!in_nursery(p))
    return p;
  rpy_hdr *hdr = (rpy_hdr *)p;
  if (hdr->gcflags & RPY_GCFLAG_FORWARDED)
    return *(void **)((char *)p + 8);
  int64_t size = size_of(hdr);
  rpy_hdr *copy;
  if (gc_kind == RPY_GC_SEMISPACE) {
    copy = (rpy_hdr *)to_free;
    to_free += size;
  } else {
    copy = hdr->gcflags & RPY_GCFLAG_HAS_SHADOW
               ? shadow_values[shadow_slot(p)]
               : allocate_old(size);
  }
  memcpy(copy, p, (size_t)size);
  copy->gcflags =
      gc_kind == RPY_GC_GENERATIONAL ? RPY_GCFLAG_TRACK_YOUNG_PTRS : 0;
  hdr->gcflags |= RPY_GCFLAG_FORWARDED;
  *(void **)((char *)p + 8) = copy;
  if (has_pointers(typeinfo(copy->tid)))
    vec_push(&copied, copy);
  return copy;
}

/* Points every field of `obj` at its referents' copies. */
static void update_fields(void *obj) {
  char *base = (char *)obj;
  const rpy_typeinfo *ti = typeinfo(((rpy_hdr *)obj)->tid);
  if (ti->ptr_offsets)
    for (const int64_t *off = ti->ptr_offsets; *off >= 0; ++off) {
      void **field = (void **)(base + *off);
      *field = promote(*field);
    }
  if (ti->item_size && ti->item_ptr_offsets) {
    int64_t length = *(int64_t *)(base + ti->length_offset);
    char *item = base + ti->fixed_size;
    for (int64_t i = 0; i < length; ++i, item += ti->item_size)
      for (const int64_t *off = ti->item_ptr_offsets; *off >= 0; ++off) {
        void **field = (void **)(item + *off);
        *field = promote(*field);
      }
  }
}

static void copy_from_roots(void);

static void minor_collection(void) {
  if (collecting)
    rpy_fatal("collection started during a collection");
  collecting = true;
  copy_from_roots();
  for (size_t i = 0; i < remembered.size; ++i) {
    update_fields(remembered.items[i]);
    ((rpy_hdr *)remembered.items[i])->gcflags |= RPY_GCFLAG_TRACK_YOUNG_PTRS;
  }
  remembered.size = 0;
  for (size_t i = 0; i < young_large.size; ++i) {
    update_fields(young_large.items[i]);
    ((rpy_hdr *)young_large.items[i])->gcflags |= RPY_GCFLAG_TRACK_YOUNG_PTRS;
  }
  young_large.size = 0;
  while (copied.size > 0)
    update_fields(copied.items[--copied.size]);
  memset(nursery, 0, (size_t)(nursery_free - nursery));
  nursery_free = nursery;
  if (shadow_count) {
    memset(shadow_keys, 0, shadow_capacity * sizeof(void *));
    shadow_count = 0;
  }
  stats.minor_collections++;
  collecting = false;
}

static int64_t generational_identity_hash(void *obj) {
  void *place = obj;
  if (in_nursery(obj)) {
    rpy_hdr *hdr = (rpy_hdr *)obj;
    if (hdr->gcflags & RPY_GCFLAG_HAS_SHADOW) {
      place = shadow_values[shadow_slot(obj)];
    } else {
      /* Its copy's place, taken now; a dead object's is swept later (its
         header says no type). */
      place = allocate_old(size_of(hdr));
      shadow_put(obj, place);
      hdr->gcflags |= RPY_GCFLAG_HAS_SHADOW;
    }
  }
  return (int64_t)((uintptr_t)place >> 4);
}

/* The roots' referents and theirs, copied (promote) and updated. */
static void copy_from_roots(void) {
  for (void **p = rpy_shadowstack_base; p < rpy_shadowstack_top; ++p)
    *p = promote(*p);
  for (int64_t i = 0; i < static_root_count; ++i)
    if (static_roots[i])
      update_fields(static_roots[i]);
  rpy_exc_value = promote(rpy_exc_value);
}

static void semispace_collection(int64_t needed) {
  if (collecting)
    rpy_fatal("collection started during a collection");
  collecting = true;
  size_t used = (size_t)(nursery_free - nursery);
  size_t size = space_size;
  if (used + (size_t)needed > size)
    size = (used + (size_t)needed + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
  char *to = mmap(NULL, size, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (to == MAP_FAILED)
    rpy_fatal("out of memory");
  to_free = to;
  copy_from_roots();
  while (copied.size > 0)
    update_fields(copied.items[--copied.size]);
  /* Identity hashes follow their objects; the dead ones' go. */
  if (shadow_count) {
    void **keys = shadow_keys, **values = shadow_values;
    size_t capacity = shadow_capacity;
    shadow_keys = shadow_values = NULL;
    shadow_count = shadow_capacity = 0;
    for (size_t i = 0; i < capacity; ++i)
      if (keys[i] && (((rpy_hdr *)keys[i])->gcflags & RPY_GCFLAG_FORWARDED))
        shadow_put(*(void **)((char *)keys[i] + 8), values[i]);
    free(keys);
    free(values);
  }
  munmap(nursery, (size_t)(nursery_end - nursery));
  nursery = to;
  nursery_end = to + size;
  nursery_free = to_free;
  rpy_nursery_top = stress ? nursery : nursery_end;
  int64_t live = to_free - to;
  if ((size_t)(live + needed) > size / 2)
    space_size = size * 2;
  stats.collections++;
  stats.live_bytes = live;
  collecting = false;
}

int64_t rpy_gc_identity_hash(void *obj) {
  if (gc_kind == RPY_GC_SEMISPACE) {
    /* Every object moves at every collection: its first hash is kept in
       a table that follows it. */
    if (!in_nursery(obj))
      return (int64_t)((uintptr_t)obj >> 4);
    if (shadow_capacity) {
      size_t i = shadow_slot(obj);
      if (shadow_keys[i])
        return (int64_t)(intptr_t)shadow_values[i];
    }
    int64_t hash = (int64_t)((uintptr_t)obj >> 4);
    shadow_put(obj, (void *)(intptr_t)hash);
    return hash;
  }
  return generational_identity_hash(obj);
}

void rpy_gc_write_barrier(void *obj) {
  rpy_hdr *hdr = (rpy_hdr *)obj;
  if (!(hdr->gcflags & RPY_GCFLAG_TRACK_YOUNG_PTRS))
    return;
  hdr->gcflags &= ~RPY_GCFLAG_TRACK_YOUNG_PTRS;
  vec_push(&remembered, obj);
}

/*===----------------------------------------------------------------------===*
 * Major collections
 *===----------------------------------------------------------------------===*/

/* Mark-sweep of the mark-sweep space; the nursery is empty. */
static void major_collection(void) {
  if (collecting)
    rpy_fatal("collection started during a collection");
  collecting = true;
  mark_from_roots();
  int64_t live = sweep_small() + sweep_large();
  stats.collections++;
  stats.live_bytes = live;
  stats.allocated_since = 0;
  int64_t threshold = (int64_t)((double)live * GROWTH);
  stats.threshold = threshold > MIN_THRESHOLD ? threshold : MIN_THRESHOLD;
  trim_page_cache();
  collecting = false;
}

void rpy_gc_collect(void) {
  if (!initialised)
    rpy_gc_init();
  if (gc_kind == RPY_GC_SEMISPACE) {
    semispace_collection(0);
    return;
  }
  if (gc_kind == RPY_GC_GENERATIONAL)
    minor_collection();
  major_collection();
}

void rpy_gc_set_stress(bool on) {
  if (!initialised)
    rpy_gc_init();
  stress = on;
  if (nursery)
    rpy_nursery_top = stress ? nursery : nursery_end;
}

void rpy_gc_stats(rpy_gc_stats_info *out) {
  stats.heap_bytes = pages_mapped * (int64_t)PAGE_SIZE + large_bytes +
                     (int64_t)(nursery_end - nursery);
  *out = stats;
}
