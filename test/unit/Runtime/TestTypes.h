//===- TestTypes.h - The type table of the runtime's unit tests -*- C++ -*-===//
//
// One rpy_typeinfos table serves every test of the binary (the symbol is
// global); the tids below follow the reserved ones.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_TEST_UNIT_RUNTIME_TESTTYPES_H
#define RPY_TEST_UNIT_RUNTIME_TESTTYPES_H

#include "runtime/native/rpy_runtime.h"

#include <string>
#include <vector>

enum : uint32_t {
  TID_NODE = RPY_TID_RESERVED_COUNT, ///< Node
  TID_INT_ARRAY,                     ///< GcArray of int64
  TID_CHAR_ARRAY,                    ///< GcArray of char
  TID_INT_LIST,                      ///< rpy_list of ints (TID_INT_ARRAY)
  TID_ENTRIES_PLAIN,                 ///< dict entries, no pointers
  TID_ENTRIES_KEY,                   ///< dict entries, the key a pointer
  TID_ENTRIES_VALUE,                 ///< dict entries, the value a pointer
  TID_ENTRIES_BOTH,                  ///< dict entries, both pointers
  TID_PAIR,                          ///< Pair
  TID_EXCEPTION,                     ///< rpy_exception
  TID_COUNT
};

/// A linked list cell: {hdr, value, next}.
struct Node {
  rpy_hdr hdr;
  int64_t value;
  Node *next;
};

/// Two GC pointers: {hdr, a, b}.
struct Pair {
  rpy_hdr hdr;
  void *a;
  void *b;
};

/// The static objects listed in rpy_static_roots.
extern "C" Node test_static_node;
extern "C" rpy_dict test_static_dict; ///< {"one": 1, "two": 2, "three": 3}
extern "C" const rpy_dict_desc test_string_key_desc; ///< str -> int

/// A new node (rooting nothing: callers root what they hold).
Node *newNode(int64_t value, Node *next);

/// A new GC string with the given text.
rpy_string *str(const char *text);

/// A string's text as std::string.
std::string text(const rpy_string *s);

/// The texts of a list of strings.
std::vector<std::string> texts(const rpy_list *list);

/// Keeps GC pointers on the shadow stack for a test's duration.
class Roots {
public:
  Roots() : frame(rpy_shadowstack_top) {}
  ~Roots() { rpy_shadowstack_top = frame; }
  /// Pushes p; returns its slot, which the collector may update.
  void **push(void *p) {
    rpy_push_root(p);
    return rpy_shadowstack_top - 1;
  }

private:
  void **frame;
};

#endif // RPY_TEST_UNIT_RUNTIME_TESTTYPES_H
