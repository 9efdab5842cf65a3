//===- TestTypes.cpp - The type table of the runtime's unit tests ---------===//

#include "test/unit/Runtime/TestTypes.h"

#include <string>

static const int64_t nodePtrs[] = {16, -1};
static const int64_t pairPtrs[] = {8, 16, -1};
static const int64_t keyPtr[] = {8, -1};
static const int64_t valuePtr[] = {16, -1};
static const int64_t bothPtrs[] = {8, 16, -1};
static const int64_t excPtrs[] = {16, -1};

extern "C" {
const rpy_typeinfo rpy_typeinfos[] = {
    RPY_RESERVED_TYPEINFOS,
    {24, 0, 0, nodePtrs, nullptr},       // TID_NODE
    {16, 8, 8, nullptr, nullptr},        // TID_INT_ARRAY
    {16, 1, 8, nullptr, nullptr},        // TID_CHAR_ARRAY
    {24, 0, 0, rpy_offsets_16, nullptr}, // TID_INT_LIST
    {16, 24, 8, nullptr, nullptr},       // TID_ENTRIES_PLAIN
    {16, 24, 8, nullptr, keyPtr},        // TID_ENTRIES_KEY
    {16, 24, 8, nullptr, valuePtr},      // TID_ENTRIES_VALUE
    {16, 24, 8, nullptr, bothPtrs},      // TID_ENTRIES_BOTH
    {24, 0, 0, pairPtrs, nullptr},       // TID_PAIR
    {24, 0, 0, excPtrs, nullptr},        // TID_EXCEPTION
};
const uint32_t rpy_typeinfo_count = TID_COUNT;

Node test_static_node = {{TID_NODE, RPY_GCFLAG_STATIC}, 42, nullptr};

// A prebuilt dict {"one": 1, "two": 2, "three": 3} as the compiler lays it
// out: static strings and entries, hashes 0 and no index.
#define STATIC_STRING(name, text)                                              \
  static struct {                                                              \
    rpy_hdr hdr;                                                               \
    int64_t hash;                                                              \
    int64_t length;                                                            \
    char chars[sizeof(text)];                                                  \
  } name = {{RPY_TID_STRING, RPY_GCFLAG_STATIC}, 0, sizeof(text) - 1, text}
STATIC_STRING(one, "one");
STATIC_STRING(two, "two");
STATIC_STRING(three, "three");
static struct {
  rpy_hdr hdr;
  int64_t length;
  rpy_dict_entry items[3];
} staticEntries = {{TID_ENTRIES_KEY, RPY_GCFLAG_STATIC},
                   3,
                   {{0, (uint64_t)(uintptr_t)&one, 1},
                    {0, (uint64_t)(uintptr_t)&two, 2},
                    {0, (uint64_t)(uintptr_t)&three, 3}}};
const rpy_dict_desc test_string_key_desc = {
    RPY_DICT_KEY_STRING, TID_ENTRIES_KEY, 0, nullptr, nullptr};
rpy_dict test_static_dict = {
    {RPY_TID_DICT, RPY_GCFLAG_STATIC},  3,      3, 0, &test_string_key_desc,
    (rpy_dict_entries *)&staticEntries, nullptr};

void *const rpy_static_roots[] = {&test_static_node, &test_static_dict};
const int64_t rpy_static_root_count = 2;
}

static_assert(sizeof(rpy_typeinfos) / sizeof(rpy_typeinfos[0]) == TID_COUNT,
              "one entry per test tid");

Node *newNode(int64_t value, Node *next) {
  Roots roots;
  void **slot = roots.push(next);
  Node *node = static_cast<Node *>(rpy_gc_malloc(TID_NODE));
  node->value = value;
  node->next = static_cast<Node *>(*slot);
  return node;
}

rpy_string *str(const char *text) { return rpy_str_from_c(text); }

std::string text(const rpy_string *s) {
  if (!s)
    return "<None>";
  return std::string(s->chars, s->length);
}

std::vector<std::string> texts(const rpy_list *list) {
  std::vector<std::string> result;
  for (int64_t i = 0; i < list->length; ++i)
    result.push_back(
        text(static_cast<const rpy_string *>(list->items->items[i])));
  return result;
}
