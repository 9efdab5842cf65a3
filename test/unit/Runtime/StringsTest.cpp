//===- StringsTest.cpp - Tests of the str helpers -------------------------===//
//
// The expected values of the tables were printed by CPython 3.11.
//
//===----------------------------------------------------------------------===//

#include "test/unit/Runtime/TestTypes.h"

#include "gtest/gtest.h"

#include <set>
#include <string_view>

using namespace std::literals;

namespace {

rpy_string *S(std::string_view text) {
  return rpy_str_from_bytes(text.data(), (int64_t)text.size());
}

rpy_string *N(const char *text) {
  return text ? rpy_str_from_c(text) : nullptr;
}

struct FindCase {
  std::string_view s, sub;
  int64_t start, stop, find, rfind, count;
};
struct SplitCase {
  std::string_view s;
  const char *sep;
  int64_t maxsplit;
  std::vector<std::string_view> split, rsplit;
};
struct StripCase {
  std::string_view s;
  const char *chars;
  std::string_view strip, lstrip, rstrip;
};
struct ReplaceCase {
  std::string_view s, old, new_;
  int64_t count;
  std::string_view result;
};
struct ReprCase {
  std::string_view s, repr;
};
struct CaseCase {
  std::string_view s, lower, upper;
  bool isdigit, isalpha, isspace, isalnum, islower, isupper;
};

// {s, sub, start, stop, find, rfind, count}
const FindCase kFindCases[] = {
    {""sv, ""sv, 0, INT64_MAX, 0, 0, 1},
    {""sv, ""sv, 1, INT64_MAX, -1, -1, 0},
    {""sv, ""sv, -2, INT64_MAX, 0, 0, 1},
    {""sv, ""sv, 0, -1, 0, 0, 1},
    {""sv, ""sv, 2, 1, -1, -1, 0},
    {""sv, ""sv, 3, INT64_MAX, -1, -1, 0},
    {""sv, ""sv, 4, INT64_MAX, -1, -1, 0},
    {""sv, ""sv, 7, INT64_MAX, -1, -1, 0},
    {""sv, ""sv, -100, 100, 0, 0, 1},
    {""sv, ""sv, 0, 0, 0, 0, 1},
    {""sv, "a"sv, 0, INT64_MAX, -1, -1, 0},
    {""sv, "a"sv, 1, INT64_MAX, -1, -1, 0},
    {""sv, "a"sv, -2, INT64_MAX, -1, -1, 0},
    {""sv, "a"sv, 0, -1, -1, -1, 0},
    {""sv, "a"sv, 2, 1, -1, -1, 0},
    {""sv, "a"sv, 3, INT64_MAX, -1, -1, 0},
    {""sv, "a"sv, 4, INT64_MAX, -1, -1, 0},
    {""sv, "a"sv, 7, INT64_MAX, -1, -1, 0},
    {""sv, "a"sv, -100, 100, -1, -1, 0},
    {""sv, "a"sv, 0, 0, -1, -1, 0},
    {""sv, "bc"sv, 0, INT64_MAX, -1, -1, 0},
    {""sv, "bc"sv, 1, INT64_MAX, -1, -1, 0},
    {""sv, "bc"sv, -2, INT64_MAX, -1, -1, 0},
    {""sv, "bc"sv, 0, -1, -1, -1, 0},
    {""sv, "bc"sv, 2, 1, -1, -1, 0},
    {""sv, "bc"sv, 3, INT64_MAX, -1, -1, 0},
    {""sv, "bc"sv, 4, INT64_MAX, -1, -1, 0},
    {""sv, "bc"sv, 7, INT64_MAX, -1, -1, 0},
    {""sv, "bc"sv, -100, 100, -1, -1, 0},
    {""sv, "bc"sv, 0, 0, -1, -1, 0},
    {""sv, "abc"sv, 0, INT64_MAX, -1, -1, 0},
    {""sv, "abc"sv, 1, INT64_MAX, -1, -1, 0},
    {""sv, "abc"sv, -2, INT64_MAX, -1, -1, 0},
    {""sv, "abc"sv, 0, -1, -1, -1, 0},
    {""sv, "abc"sv, 2, 1, -1, -1, 0},
    {""sv, "abc"sv, 3, INT64_MAX, -1, -1, 0},
    {""sv, "abc"sv, 4, INT64_MAX, -1, -1, 0},
    {""sv, "abc"sv, 7, INT64_MAX, -1, -1, 0},
    {""sv, "abc"sv, -100, 100, -1, -1, 0},
    {""sv, "abc"sv, 0, 0, -1, -1, 0},
    {""sv, "aa"sv, 0, INT64_MAX, -1, -1, 0},
    {""sv, "aa"sv, 1, INT64_MAX, -1, -1, 0},
    {""sv, "aa"sv, -2, INT64_MAX, -1, -1, 0},
    {""sv, "aa"sv, 0, -1, -1, -1, 0},
    {""sv, "aa"sv, 2, 1, -1, -1, 0},
    {""sv, "aa"sv, 3, INT64_MAX, -1, -1, 0},
    {""sv, "aa"sv, 4, INT64_MAX, -1, -1, 0},
    {""sv, "aa"sv, 7, INT64_MAX, -1, -1, 0},
    {""sv, "aa"sv, -100, 100, -1, -1, 0},
    {""sv, "aa"sv, 0, 0, -1, -1, 0},
    {""sv, "z"sv, 0, INT64_MAX, -1, -1, 0},
    {""sv, "z"sv, 1, INT64_MAX, -1, -1, 0},
    {""sv, "z"sv, -2, INT64_MAX, -1, -1, 0},
    {""sv, "z"sv, 0, -1, -1, -1, 0},
    {""sv, "z"sv, 2, 1, -1, -1, 0},
    {""sv, "z"sv, 3, INT64_MAX, -1, -1, 0},
    {""sv, "z"sv, 4, INT64_MAX, -1, -1, 0},
    {""sv, "z"sv, 7, INT64_MAX, -1, -1, 0},
    {""sv, "z"sv, -100, 100, -1, -1, 0},
    {""sv, "z"sv, 0, 0, -1, -1, 0},
    {""sv, "world"sv, 0, INT64_MAX, -1, -1, 0},
    {""sv, "world"sv, 1, INT64_MAX, -1, -1, 0},
    {""sv, "world"sv, -2, INT64_MAX, -1, -1, 0},
    {""sv, "world"sv, 0, -1, -1, -1, 0},
    {""sv, "world"sv, 2, 1, -1, -1, 0},
    {""sv, "world"sv, 3, INT64_MAX, -1, -1, 0},
    {""sv, "world"sv, 4, INT64_MAX, -1, -1, 0},
    {""sv, "world"sv, 7, INT64_MAX, -1, -1, 0},
    {""sv, "world"sv, -100, 100, -1, -1, 0},
    {""sv, "world"sv, 0, 0, -1, -1, 0},
    {""sv, "o"sv, 0, INT64_MAX, -1, -1, 0},
    {""sv, "o"sv, 1, INT64_MAX, -1, -1, 0},
    {""sv, "o"sv, -2, INT64_MAX, -1, -1, 0},
    {""sv, "o"sv, 0, -1, -1, -1, 0},
    {""sv, "o"sv, 2, 1, -1, -1, 0},
    {""sv, "o"sv, 3, INT64_MAX, -1, -1, 0},
    {""sv, "o"sv, 4, INT64_MAX, -1, -1, 0},
    {""sv, "o"sv, 7, INT64_MAX, -1, -1, 0},
    {""sv, "o"sv, -100, 100, -1, -1, 0},
    {""sv, "o"sv, 0, 0, -1, -1, 0},
    {"abc"sv, ""sv, 0, INT64_MAX, 0, 3, 4},
    {"abc"sv, ""sv, 1, INT64_MAX, 1, 3, 3},
    {"abc"sv, ""sv, -2, INT64_MAX, 1, 3, 3},
    {"abc"sv, ""sv, 0, -1, 0, 2, 3},
    {"abc"sv, ""sv, 2, 1, -1, -1, 0},
    {"abc"sv, ""sv, 3, INT64_MAX, 3, 3, 1},
    {"abc"sv, ""sv, 4, INT64_MAX, -1, -1, 0},
    {"abc"sv, ""sv, 7, INT64_MAX, -1, -1, 0},
    {"abc"sv, ""sv, -100, 100, 0, 3, 4},
    {"abc"sv, ""sv, 0, 0, 0, 0, 1},
    {"abc"sv, "a"sv, 0, INT64_MAX, 0, 0, 1},
    {"abc"sv, "a"sv, 1, INT64_MAX, -1, -1, 0},
    {"abc"sv, "a"sv, -2, INT64_MAX, -1, -1, 0},
    {"abc"sv, "a"sv, 0, -1, 0, 0, 1},
    {"abc"sv, "a"sv, 2, 1, -1, -1, 0},
    {"abc"sv, "a"sv, 3, INT64_MAX, -1, -1, 0},
    {"abc"sv, "a"sv, 4, INT64_MAX, -1, -1, 0},
    {"abc"sv, "a"sv, 7, INT64_MAX, -1, -1, 0},
    {"abc"sv, "a"sv, -100, 100, 0, 0, 1},
    {"abc"sv, "a"sv, 0, 0, -1, -1, 0},
    {"abc"sv, "bc"sv, 0, INT64_MAX, 1, 1, 1},
    {"abc"sv, "bc"sv, 1, INT64_MAX, 1, 1, 1},
    {"abc"sv, "bc"sv, -2, INT64_MAX, 1, 1, 1},
    {"abc"sv, "bc"sv, 0, -1, -1, -1, 0},
    {"abc"sv, "bc"sv, 2, 1, -1, -1, 0},
    {"abc"sv, "bc"sv, 3, INT64_MAX, -1, -1, 0},
    {"abc"sv, "bc"sv, 4, INT64_MAX, -1, -1, 0},
    {"abc"sv, "bc"sv, 7, INT64_MAX, -1, -1, 0},
    {"abc"sv, "bc"sv, -100, 100, 1, 1, 1},
    {"abc"sv, "bc"sv, 0, 0, -1, -1, 0},
    {"abc"sv, "abc"sv, 0, INT64_MAX, 0, 0, 1},
    {"abc"sv, "abc"sv, 1, INT64_MAX, -1, -1, 0},
    {"abc"sv, "abc"sv, -2, INT64_MAX, -1, -1, 0},
    {"abc"sv, "abc"sv, 0, -1, -1, -1, 0},
    {"abc"sv, "abc"sv, 2, 1, -1, -1, 0},
    {"abc"sv, "abc"sv, 3, INT64_MAX, -1, -1, 0},
    {"abc"sv, "abc"sv, 4, INT64_MAX, -1, -1, 0},
    {"abc"sv, "abc"sv, 7, INT64_MAX, -1, -1, 0},
    {"abc"sv, "abc"sv, -100, 100, 0, 0, 1},
    {"abc"sv, "abc"sv, 0, 0, -1, -1, 0},
    {"abc"sv, "aa"sv, 0, INT64_MAX, -1, -1, 0},
    {"abc"sv, "aa"sv, 1, INT64_MAX, -1, -1, 0},
    {"abc"sv, "aa"sv, -2, INT64_MAX, -1, -1, 0},
    {"abc"sv, "aa"sv, 0, -1, -1, -1, 0},
    {"abc"sv, "aa"sv, 2, 1, -1, -1, 0},
    {"abc"sv, "aa"sv, 3, INT64_MAX, -1, -1, 0},
    {"abc"sv, "aa"sv, 4, INT64_MAX, -1, -1, 0},
    {"abc"sv, "aa"sv, 7, INT64_MAX, -1, -1, 0},
    {"abc"sv, "aa"sv, -100, 100, -1, -1, 0},
    {"abc"sv, "aa"sv, 0, 0, -1, -1, 0},
    {"abc"sv, "z"sv, 0, INT64_MAX, -1, -1, 0},
    {"abc"sv, "z"sv, 1, INT64_MAX, -1, -1, 0},
    {"abc"sv, "z"sv, -2, INT64_MAX, -1, -1, 0},
    {"abc"sv, "z"sv, 0, -1, -1, -1, 0},
    {"abc"sv, "z"sv, 2, 1, -1, -1, 0},
    {"abc"sv, "z"sv, 3, INT64_MAX, -1, -1, 0},
    {"abc"sv, "z"sv, 4, INT64_MAX, -1, -1, 0},
    {"abc"sv, "z"sv, 7, INT64_MAX, -1, -1, 0},
    {"abc"sv, "z"sv, -100, 100, -1, -1, 0},
    {"abc"sv, "z"sv, 0, 0, -1, -1, 0},
    {"abc"sv, "world"sv, 0, INT64_MAX, -1, -1, 0},
    {"abc"sv, "world"sv, 1, INT64_MAX, -1, -1, 0},
    {"abc"sv, "world"sv, -2, INT64_MAX, -1, -1, 0},
    {"abc"sv, "world"sv, 0, -1, -1, -1, 0},
    {"abc"sv, "world"sv, 2, 1, -1, -1, 0},
    {"abc"sv, "world"sv, 3, INT64_MAX, -1, -1, 0},
    {"abc"sv, "world"sv, 4, INT64_MAX, -1, -1, 0},
    {"abc"sv, "world"sv, 7, INT64_MAX, -1, -1, 0},
    {"abc"sv, "world"sv, -100, 100, -1, -1, 0},
    {"abc"sv, "world"sv, 0, 0, -1, -1, 0},
    {"abc"sv, "o"sv, 0, INT64_MAX, -1, -1, 0},
    {"abc"sv, "o"sv, 1, INT64_MAX, -1, -1, 0},
    {"abc"sv, "o"sv, -2, INT64_MAX, -1, -1, 0},
    {"abc"sv, "o"sv, 0, -1, -1, -1, 0},
    {"abc"sv, "o"sv, 2, 1, -1, -1, 0},
    {"abc"sv, "o"sv, 3, INT64_MAX, -1, -1, 0},
    {"abc"sv, "o"sv, 4, INT64_MAX, -1, -1, 0},
    {"abc"sv, "o"sv, 7, INT64_MAX, -1, -1, 0},
    {"abc"sv, "o"sv, -100, 100, -1, -1, 0},
    {"abc"sv, "o"sv, 0, 0, -1, -1, 0},
    {"abcabc"sv, ""sv, 0, INT64_MAX, 0, 6, 7},
    {"abcabc"sv, ""sv, 1, INT64_MAX, 1, 6, 6},
    {"abcabc"sv, ""sv, -2, INT64_MAX, 4, 6, 3},
    {"abcabc"sv, ""sv, 0, -1, 0, 5, 6},
    {"abcabc"sv, ""sv, 2, 1, -1, -1, 0},
    {"abcabc"sv, ""sv, 3, INT64_MAX, 3, 6, 4},
    {"abcabc"sv, ""sv, 4, INT64_MAX, 4, 6, 3},
    {"abcabc"sv, ""sv, 7, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, ""sv, -100, 100, 0, 6, 7},
    {"abcabc"sv, ""sv, 0, 0, 0, 0, 1},
    {"abcabc"sv, "a"sv, 0, INT64_MAX, 0, 3, 2},
    {"abcabc"sv, "a"sv, 1, INT64_MAX, 3, 3, 1},
    {"abcabc"sv, "a"sv, -2, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "a"sv, 0, -1, 0, 3, 2},
    {"abcabc"sv, "a"sv, 2, 1, -1, -1, 0},
    {"abcabc"sv, "a"sv, 3, INT64_MAX, 3, 3, 1},
    {"abcabc"sv, "a"sv, 4, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "a"sv, 7, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "a"sv, -100, 100, 0, 3, 2},
    {"abcabc"sv, "a"sv, 0, 0, -1, -1, 0},
    {"abcabc"sv, "bc"sv, 0, INT64_MAX, 1, 4, 2},
    {"abcabc"sv, "bc"sv, 1, INT64_MAX, 1, 4, 2},
    {"abcabc"sv, "bc"sv, -2, INT64_MAX, 4, 4, 1},
    {"abcabc"sv, "bc"sv, 0, -1, 1, 1, 1},
    {"abcabc"sv, "bc"sv, 2, 1, -1, -1, 0},
    {"abcabc"sv, "bc"sv, 3, INT64_MAX, 4, 4, 1},
    {"abcabc"sv, "bc"sv, 4, INT64_MAX, 4, 4, 1},
    {"abcabc"sv, "bc"sv, 7, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "bc"sv, -100, 100, 1, 4, 2},
    {"abcabc"sv, "bc"sv, 0, 0, -1, -1, 0},
    {"abcabc"sv, "abc"sv, 0, INT64_MAX, 0, 3, 2},
    {"abcabc"sv, "abc"sv, 1, INT64_MAX, 3, 3, 1},
    {"abcabc"sv, "abc"sv, -2, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "abc"sv, 0, -1, 0, 0, 1},
    {"abcabc"sv, "abc"sv, 2, 1, -1, -1, 0},
    {"abcabc"sv, "abc"sv, 3, INT64_MAX, 3, 3, 1},
    {"abcabc"sv, "abc"sv, 4, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "abc"sv, 7, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "abc"sv, -100, 100, 0, 3, 2},
    {"abcabc"sv, "abc"sv, 0, 0, -1, -1, 0},
    {"abcabc"sv, "aa"sv, 0, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "aa"sv, 1, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "aa"sv, -2, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "aa"sv, 0, -1, -1, -1, 0},
    {"abcabc"sv, "aa"sv, 2, 1, -1, -1, 0},
    {"abcabc"sv, "aa"sv, 3, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "aa"sv, 4, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "aa"sv, 7, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "aa"sv, -100, 100, -1, -1, 0},
    {"abcabc"sv, "aa"sv, 0, 0, -1, -1, 0},
    {"abcabc"sv, "z"sv, 0, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "z"sv, 1, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "z"sv, -2, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "z"sv, 0, -1, -1, -1, 0},
    {"abcabc"sv, "z"sv, 2, 1, -1, -1, 0},
    {"abcabc"sv, "z"sv, 3, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "z"sv, 4, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "z"sv, 7, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "z"sv, -100, 100, -1, -1, 0},
    {"abcabc"sv, "z"sv, 0, 0, -1, -1, 0},
    {"abcabc"sv, "world"sv, 0, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "world"sv, 1, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "world"sv, -2, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "world"sv, 0, -1, -1, -1, 0},
    {"abcabc"sv, "world"sv, 2, 1, -1, -1, 0},
    {"abcabc"sv, "world"sv, 3, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "world"sv, 4, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "world"sv, 7, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "world"sv, -100, 100, -1, -1, 0},
    {"abcabc"sv, "world"sv, 0, 0, -1, -1, 0},
    {"abcabc"sv, "o"sv, 0, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "o"sv, 1, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "o"sv, -2, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "o"sv, 0, -1, -1, -1, 0},
    {"abcabc"sv, "o"sv, 2, 1, -1, -1, 0},
    {"abcabc"sv, "o"sv, 3, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "o"sv, 4, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "o"sv, 7, INT64_MAX, -1, -1, 0},
    {"abcabc"sv, "o"sv, -100, 100, -1, -1, 0},
    {"abcabc"sv, "o"sv, 0, 0, -1, -1, 0},
    {"aaaa"sv, ""sv, 0, INT64_MAX, 0, 4, 5},
    {"aaaa"sv, ""sv, 1, INT64_MAX, 1, 4, 4},
    {"aaaa"sv, ""sv, -2, INT64_MAX, 2, 4, 3},
    {"aaaa"sv, ""sv, 0, -1, 0, 3, 4},
    {"aaaa"sv, ""sv, 2, 1, -1, -1, 0},
    {"aaaa"sv, ""sv, 3, INT64_MAX, 3, 4, 2},
    {"aaaa"sv, ""sv, 4, INT64_MAX, 4, 4, 1},
    {"aaaa"sv, ""sv, 7, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, ""sv, -100, 100, 0, 4, 5},
    {"aaaa"sv, ""sv, 0, 0, 0, 0, 1},
    {"aaaa"sv, "a"sv, 0, INT64_MAX, 0, 3, 4},
    {"aaaa"sv, "a"sv, 1, INT64_MAX, 1, 3, 3},
    {"aaaa"sv, "a"sv, -2, INT64_MAX, 2, 3, 2},
    {"aaaa"sv, "a"sv, 0, -1, 0, 2, 3},
    {"aaaa"sv, "a"sv, 2, 1, -1, -1, 0},
    {"aaaa"sv, "a"sv, 3, INT64_MAX, 3, 3, 1},
    {"aaaa"sv, "a"sv, 4, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "a"sv, 7, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "a"sv, -100, 100, 0, 3, 4},
    {"aaaa"sv, "a"sv, 0, 0, -1, -1, 0},
    {"aaaa"sv, "bc"sv, 0, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "bc"sv, 1, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "bc"sv, -2, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "bc"sv, 0, -1, -1, -1, 0},
    {"aaaa"sv, "bc"sv, 2, 1, -1, -1, 0},
    {"aaaa"sv, "bc"sv, 3, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "bc"sv, 4, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "bc"sv, 7, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "bc"sv, -100, 100, -1, -1, 0},
    {"aaaa"sv, "bc"sv, 0, 0, -1, -1, 0},
    {"aaaa"sv, "abc"sv, 0, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "abc"sv, 1, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "abc"sv, -2, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "abc"sv, 0, -1, -1, -1, 0},
    {"aaaa"sv, "abc"sv, 2, 1, -1, -1, 0},
    {"aaaa"sv, "abc"sv, 3, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "abc"sv, 4, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "abc"sv, 7, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "abc"sv, -100, 100, -1, -1, 0},
    {"aaaa"sv, "abc"sv, 0, 0, -1, -1, 0},
    {"aaaa"sv, "aa"sv, 0, INT64_MAX, 0, 2, 2},
    {"aaaa"sv, "aa"sv, 1, INT64_MAX, 1, 2, 1},
    {"aaaa"sv, "aa"sv, -2, INT64_MAX, 2, 2, 1},
    {"aaaa"sv, "aa"sv, 0, -1, 0, 1, 1},
    {"aaaa"sv, "aa"sv, 2, 1, -1, -1, 0},
    {"aaaa"sv, "aa"sv, 3, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "aa"sv, 4, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "aa"sv, 7, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "aa"sv, -100, 100, 0, 2, 2},
    {"aaaa"sv, "aa"sv, 0, 0, -1, -1, 0},
    {"aaaa"sv, "z"sv, 0, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "z"sv, 1, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "z"sv, -2, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "z"sv, 0, -1, -1, -1, 0},
    {"aaaa"sv, "z"sv, 2, 1, -1, -1, 0},
    {"aaaa"sv, "z"sv, 3, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "z"sv, 4, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "z"sv, 7, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "z"sv, -100, 100, -1, -1, 0},
    {"aaaa"sv, "z"sv, 0, 0, -1, -1, 0},
    {"aaaa"sv, "world"sv, 0, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "world"sv, 1, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "world"sv, -2, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "world"sv, 0, -1, -1, -1, 0},
    {"aaaa"sv, "world"sv, 2, 1, -1, -1, 0},
    {"aaaa"sv, "world"sv, 3, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "world"sv, 4, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "world"sv, 7, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "world"sv, -100, 100, -1, -1, 0},
    {"aaaa"sv, "world"sv, 0, 0, -1, -1, 0},
    {"aaaa"sv, "o"sv, 0, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "o"sv, 1, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "o"sv, -2, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "o"sv, 0, -1, -1, -1, 0},
    {"aaaa"sv, "o"sv, 2, 1, -1, -1, 0},
    {"aaaa"sv, "o"sv, 3, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "o"sv, 4, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "o"sv, 7, INT64_MAX, -1, -1, 0},
    {"aaaa"sv, "o"sv, -100, 100, -1, -1, 0},
    {"aaaa"sv, "o"sv, 0, 0, -1, -1, 0},
    {"hello world"sv, ""sv, 0, INT64_MAX, 0, 11, 12},
    {"hello world"sv, ""sv, 1, INT64_MAX, 1, 11, 11},
    {"hello world"sv, ""sv, -2, INT64_MAX, 9, 11, 3},
    {"hello world"sv, ""sv, 0, -1, 0, 10, 11},
    {"hello world"sv, ""sv, 2, 1, -1, -1, 0},
    {"hello world"sv, ""sv, 3, INT64_MAX, 3, 11, 9},
    {"hello world"sv, ""sv, 4, INT64_MAX, 4, 11, 8},
    {"hello world"sv, ""sv, 7, INT64_MAX, 7, 11, 5},
    {"hello world"sv, ""sv, -100, 100, 0, 11, 12},
    {"hello world"sv, ""sv, 0, 0, 0, 0, 1},
    {"hello world"sv, "a"sv, 0, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "a"sv, 1, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "a"sv, -2, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "a"sv, 0, -1, -1, -1, 0},
    {"hello world"sv, "a"sv, 2, 1, -1, -1, 0},
    {"hello world"sv, "a"sv, 3, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "a"sv, 4, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "a"sv, 7, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "a"sv, -100, 100, -1, -1, 0},
    {"hello world"sv, "a"sv, 0, 0, -1, -1, 0},
    {"hello world"sv, "bc"sv, 0, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "bc"sv, 1, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "bc"sv, -2, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "bc"sv, 0, -1, -1, -1, 0},
    {"hello world"sv, "bc"sv, 2, 1, -1, -1, 0},
    {"hello world"sv, "bc"sv, 3, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "bc"sv, 4, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "bc"sv, 7, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "bc"sv, -100, 100, -1, -1, 0},
    {"hello world"sv, "bc"sv, 0, 0, -1, -1, 0},
    {"hello world"sv, "abc"sv, 0, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "abc"sv, 1, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "abc"sv, -2, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "abc"sv, 0, -1, -1, -1, 0},
    {"hello world"sv, "abc"sv, 2, 1, -1, -1, 0},
    {"hello world"sv, "abc"sv, 3, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "abc"sv, 4, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "abc"sv, 7, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "abc"sv, -100, 100, -1, -1, 0},
    {"hello world"sv, "abc"sv, 0, 0, -1, -1, 0},
    {"hello world"sv, "aa"sv, 0, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "aa"sv, 1, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "aa"sv, -2, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "aa"sv, 0, -1, -1, -1, 0},
    {"hello world"sv, "aa"sv, 2, 1, -1, -1, 0},
    {"hello world"sv, "aa"sv, 3, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "aa"sv, 4, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "aa"sv, 7, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "aa"sv, -100, 100, -1, -1, 0},
    {"hello world"sv, "aa"sv, 0, 0, -1, -1, 0},
    {"hello world"sv, "z"sv, 0, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "z"sv, 1, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "z"sv, -2, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "z"sv, 0, -1, -1, -1, 0},
    {"hello world"sv, "z"sv, 2, 1, -1, -1, 0},
    {"hello world"sv, "z"sv, 3, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "z"sv, 4, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "z"sv, 7, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "z"sv, -100, 100, -1, -1, 0},
    {"hello world"sv, "z"sv, 0, 0, -1, -1, 0},
    {"hello world"sv, "world"sv, 0, INT64_MAX, 6, 6, 1},
    {"hello world"sv, "world"sv, 1, INT64_MAX, 6, 6, 1},
    {"hello world"sv, "world"sv, -2, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "world"sv, 0, -1, -1, -1, 0},
    {"hello world"sv, "world"sv, 2, 1, -1, -1, 0},
    {"hello world"sv, "world"sv, 3, INT64_MAX, 6, 6, 1},
    {"hello world"sv, "world"sv, 4, INT64_MAX, 6, 6, 1},
    {"hello world"sv, "world"sv, 7, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "world"sv, -100, 100, 6, 6, 1},
    {"hello world"sv, "world"sv, 0, 0, -1, -1, 0},
    {"hello world"sv, "o"sv, 0, INT64_MAX, 4, 7, 2},
    {"hello world"sv, "o"sv, 1, INT64_MAX, 4, 7, 2},
    {"hello world"sv, "o"sv, -2, INT64_MAX, -1, -1, 0},
    {"hello world"sv, "o"sv, 0, -1, 4, 7, 2},
    {"hello world"sv, "o"sv, 2, 1, -1, -1, 0},
    {"hello world"sv, "o"sv, 3, INT64_MAX, 4, 7, 2},
    {"hello world"sv, "o"sv, 4, INT64_MAX, 4, 7, 2},
    {"hello world"sv, "o"sv, 7, INT64_MAX, 7, 7, 1},
    {"hello world"sv, "o"sv, -100, 100, 4, 7, 2},
    {"hello world"sv, "o"sv, 0, 0, -1, -1, 0},
};
const SplitCase kSplitCases[] = {
    {""sv, nullptr, -1, {}, {}},
    {""sv, nullptr, 0, {}, {}},
    {""sv, nullptr, 1, {}, {}},
    {""sv, nullptr, 2, {}, {}},
    {""sv, ",", -1, {""sv}, {""sv}},
    {""sv, ",", 0, {""sv}, {""sv}},
    {""sv, ",", 1, {""sv}, {""sv}},
    {""sv, ",", 2, {""sv}, {""sv}},
    {""sv, "::", -1, {""sv}, {""sv}},
    {""sv, "::", 0, {""sv}, {""sv}},
    {""sv, "::", 1, {""sv}, {""sv}},
    {""sv, "::", 2, {""sv}, {""sv}},
    {""sv, ":", -1, {""sv}, {""sv}},
    {""sv, ":", 0, {""sv}, {""sv}},
    {""sv, ":", 1, {""sv}, {""sv}},
    {""sv, ":", 2, {""sv}, {""sv}},
    {""sv, "b", -1, {""sv}, {""sv}},
    {""sv, "b", 0, {""sv}, {""sv}},
    {""sv, "b", 1, {""sv}, {""sv}},
    {""sv, "b", 2, {""sv}, {""sv}},
    {" "sv, nullptr, -1, {}, {}},
    {" "sv, nullptr, 0, {}, {}},
    {" "sv, nullptr, 1, {}, {}},
    {" "sv, nullptr, 2, {}, {}},
    {" "sv, ",", -1, {" "sv}, {" "sv}},
    {" "sv, ",", 0, {" "sv}, {" "sv}},
    {" "sv, ",", 1, {" "sv}, {" "sv}},
    {" "sv, ",", 2, {" "sv}, {" "sv}},
    {" "sv, "::", -1, {" "sv}, {" "sv}},
    {" "sv, "::", 0, {" "sv}, {" "sv}},
    {" "sv, "::", 1, {" "sv}, {" "sv}},
    {" "sv, "::", 2, {" "sv}, {" "sv}},
    {" "sv, ":", -1, {" "sv}, {" "sv}},
    {" "sv, ":", 0, {" "sv}, {" "sv}},
    {" "sv, ":", 1, {" "sv}, {" "sv}},
    {" "sv, ":", 2, {" "sv}, {" "sv}},
    {" "sv, "b", -1, {" "sv}, {" "sv}},
    {" "sv, "b", 0, {" "sv}, {" "sv}},
    {" "sv, "b", 1, {" "sv}, {" "sv}},
    {" "sv, "b", 2, {" "sv}, {" "sv}},
    {"a b  c "sv, nullptr, -1, {"a"sv, "b"sv, "c"sv}, {"a"sv, "b"sv, "c"sv}},
    {"a b  c "sv, nullptr, 0, {"a b  c "sv}, {"a b  c"sv}},
    {"a b  c "sv, nullptr, 1, {"a"sv, "b  c "sv}, {"a b"sv, "c"sv}},
    {"a b  c "sv, nullptr, 2, {"a"sv, "b"sv, "c "sv}, {"a"sv, "b"sv, "c"sv}},
    {"a b  c "sv, ",", -1, {"a b  c "sv}, {"a b  c "sv}},
    {"a b  c "sv, ",", 0, {"a b  c "sv}, {"a b  c "sv}},
    {"a b  c "sv, ",", 1, {"a b  c "sv}, {"a b  c "sv}},
    {"a b  c "sv, ",", 2, {"a b  c "sv}, {"a b  c "sv}},
    {"a b  c "sv, "::", -1, {"a b  c "sv}, {"a b  c "sv}},
    {"a b  c "sv, "::", 0, {"a b  c "sv}, {"a b  c "sv}},
    {"a b  c "sv, "::", 1, {"a b  c "sv}, {"a b  c "sv}},
    {"a b  c "sv, "::", 2, {"a b  c "sv}, {"a b  c "sv}},
    {"a b  c "sv, ":", -1, {"a b  c "sv}, {"a b  c "sv}},
    {"a b  c "sv, ":", 0, {"a b  c "sv}, {"a b  c "sv}},
    {"a b  c "sv, ":", 1, {"a b  c "sv}, {"a b  c "sv}},
    {"a b  c "sv, ":", 2, {"a b  c "sv}, {"a b  c "sv}},
    {"a b  c "sv, "b", -1, {"a "sv, "  c "sv}, {"a "sv, "  c "sv}},
    {"a b  c "sv, "b", 0, {"a b  c "sv}, {"a b  c "sv}},
    {"a b  c "sv, "b", 1, {"a "sv, "  c "sv}, {"a "sv, "  c "sv}},
    {"a b  c "sv, "b", 2, {"a "sv, "  c "sv}, {"a "sv, "  c "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     nullptr,
     -1,
     {"a"sv, "b"sv, "c"sv, "d"sv, "e"sv, "f"sv, "g"sv},
     {"a"sv, "b"sv, "c"sv, "d"sv, "e"sv, "f"sv, "g"sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     nullptr,
     0,
     {"a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g"sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     nullptr,
     1,
     {"a"sv, "b\x0a"
             "c\x0b"
             "d\x1c"
             "e\x85"
             "f\xa0"
             "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f"sv,
      "g"sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     nullptr,
     2,
     {"a"sv, "b"sv,
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e"sv,
      "f"sv, "g"sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     ",",
     -1,
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     ",",
     0,
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     ",",
     1,
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     ",",
     2,
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     "::",
     -1,
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     "::",
     0,
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     "::",
     1,
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     "::",
     2,
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     ":",
     -1,
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     ":",
     0,
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     ":",
     1,
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     ":",
     2,
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     "b",
     -1,
     {"  a\x09"
      ""sv,
      "\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      ""sv,
      "\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     "b",
     0,
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      "b\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     "b",
     1,
     {"  a\x09"
      ""sv,
      "\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      ""sv,
      "\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"  a\x09"
     "b\x0a"
     "c\x0b"
     "d\x1c"
     "e\x85"
     "f\xa0"
     "g  "sv,
     "b",
     2,
     {"  a\x09"
      ""sv,
      "\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv},
     {"  a\x09"
      ""sv,
      "\x0a"
      "c\x0b"
      "d\x1c"
      "e\x85"
      "f\xa0"
      "g  "sv}},
    {"a,b,,c"sv, nullptr, -1, {"a,b,,c"sv}, {"a,b,,c"sv}},
    {"a,b,,c"sv, nullptr, 0, {"a,b,,c"sv}, {"a,b,,c"sv}},
    {"a,b,,c"sv, nullptr, 1, {"a,b,,c"sv}, {"a,b,,c"sv}},
    {"a,b,,c"sv, nullptr, 2, {"a,b,,c"sv}, {"a,b,,c"sv}},
    {"a,b,,c"sv,
     ",",
     -1,
     {"a"sv, "b"sv, ""sv, "c"sv},
     {"a"sv, "b"sv, ""sv, "c"sv}},
    {"a,b,,c"sv, ",", 0, {"a,b,,c"sv}, {"a,b,,c"sv}},
    {"a,b,,c"sv, ",", 1, {"a"sv, "b,,c"sv}, {"a,b,"sv, "c"sv}},
    {"a,b,,c"sv, ",", 2, {"a"sv, "b"sv, ",c"sv}, {"a,b"sv, ""sv, "c"sv}},
    {"a,b,,c"sv, "::", -1, {"a,b,,c"sv}, {"a,b,,c"sv}},
    {"a,b,,c"sv, "::", 0, {"a,b,,c"sv}, {"a,b,,c"sv}},
    {"a,b,,c"sv, "::", 1, {"a,b,,c"sv}, {"a,b,,c"sv}},
    {"a,b,,c"sv, "::", 2, {"a,b,,c"sv}, {"a,b,,c"sv}},
    {"a,b,,c"sv, ":", -1, {"a,b,,c"sv}, {"a,b,,c"sv}},
    {"a,b,,c"sv, ":", 0, {"a,b,,c"sv}, {"a,b,,c"sv}},
    {"a,b,,c"sv, ":", 1, {"a,b,,c"sv}, {"a,b,,c"sv}},
    {"a,b,,c"sv, ":", 2, {"a,b,,c"sv}, {"a,b,,c"sv}},
    {"a,b,,c"sv, "b", -1, {"a,"sv, ",,c"sv}, {"a,"sv, ",,c"sv}},
    {"a,b,,c"sv, "b", 0, {"a,b,,c"sv}, {"a,b,,c"sv}},
    {"a,b,,c"sv, "b", 1, {"a,"sv, ",,c"sv}, {"a,"sv, ",,c"sv}},
    {"a,b,,c"sv, "b", 2, {"a,"sv, ",,c"sv}, {"a,"sv, ",,c"sv}},
    {",a,"sv, nullptr, -1, {",a,"sv}, {",a,"sv}},
    {",a,"sv, nullptr, 0, {",a,"sv}, {",a,"sv}},
    {",a,"sv, nullptr, 1, {",a,"sv}, {",a,"sv}},
    {",a,"sv, nullptr, 2, {",a,"sv}, {",a,"sv}},
    {",a,"sv, ",", -1, {""sv, "a"sv, ""sv}, {""sv, "a"sv, ""sv}},
    {",a,"sv, ",", 0, {",a,"sv}, {",a,"sv}},
    {",a,"sv, ",", 1, {""sv, "a,"sv}, {",a"sv, ""sv}},
    {",a,"sv, ",", 2, {""sv, "a"sv, ""sv}, {""sv, "a"sv, ""sv}},
    {",a,"sv, "::", -1, {",a,"sv}, {",a,"sv}},
    {",a,"sv, "::", 0, {",a,"sv}, {",a,"sv}},
    {",a,"sv, "::", 1, {",a,"sv}, {",a,"sv}},
    {",a,"sv, "::", 2, {",a,"sv}, {",a,"sv}},
    {",a,"sv, ":", -1, {",a,"sv}, {",a,"sv}},
    {",a,"sv, ":", 0, {",a,"sv}, {",a,"sv}},
    {",a,"sv, ":", 1, {",a,"sv}, {",a,"sv}},
    {",a,"sv, ":", 2, {",a,"sv}, {",a,"sv}},
    {",a,"sv, "b", -1, {",a,"sv}, {",a,"sv}},
    {",a,"sv, "b", 0, {",a,"sv}, {",a,"sv}},
    {",a,"sv, "b", 1, {",a,"sv}, {",a,"sv}},
    {",a,"sv, "b", 2, {",a,"sv}, {",a,"sv}},
    {"abc"sv, nullptr, -1, {"abc"sv}, {"abc"sv}},
    {"abc"sv, nullptr, 0, {"abc"sv}, {"abc"sv}},
    {"abc"sv, nullptr, 1, {"abc"sv}, {"abc"sv}},
    {"abc"sv, nullptr, 2, {"abc"sv}, {"abc"sv}},
    {"abc"sv, ",", -1, {"abc"sv}, {"abc"sv}},
    {"abc"sv, ",", 0, {"abc"sv}, {"abc"sv}},
    {"abc"sv, ",", 1, {"abc"sv}, {"abc"sv}},
    {"abc"sv, ",", 2, {"abc"sv}, {"abc"sv}},
    {"abc"sv, "::", -1, {"abc"sv}, {"abc"sv}},
    {"abc"sv, "::", 0, {"abc"sv}, {"abc"sv}},
    {"abc"sv, "::", 1, {"abc"sv}, {"abc"sv}},
    {"abc"sv, "::", 2, {"abc"sv}, {"abc"sv}},
    {"abc"sv, ":", -1, {"abc"sv}, {"abc"sv}},
    {"abc"sv, ":", 0, {"abc"sv}, {"abc"sv}},
    {"abc"sv, ":", 1, {"abc"sv}, {"abc"sv}},
    {"abc"sv, ":", 2, {"abc"sv}, {"abc"sv}},
    {"abc"sv, "b", -1, {"a"sv, "c"sv}, {"a"sv, "c"sv}},
    {"abc"sv, "b", 0, {"abc"sv}, {"abc"sv}},
    {"abc"sv, "b", 1, {"a"sv, "c"sv}, {"a"sv, "c"sv}},
    {"abc"sv, "b", 2, {"a"sv, "c"sv}, {"a"sv, "c"sv}},
    {"a::b::c"sv, nullptr, -1, {"a::b::c"sv}, {"a::b::c"sv}},
    {"a::b::c"sv, nullptr, 0, {"a::b::c"sv}, {"a::b::c"sv}},
    {"a::b::c"sv, nullptr, 1, {"a::b::c"sv}, {"a::b::c"sv}},
    {"a::b::c"sv, nullptr, 2, {"a::b::c"sv}, {"a::b::c"sv}},
    {"a::b::c"sv, ",", -1, {"a::b::c"sv}, {"a::b::c"sv}},
    {"a::b::c"sv, ",", 0, {"a::b::c"sv}, {"a::b::c"sv}},
    {"a::b::c"sv, ",", 1, {"a::b::c"sv}, {"a::b::c"sv}},
    {"a::b::c"sv, ",", 2, {"a::b::c"sv}, {"a::b::c"sv}},
    {"a::b::c"sv, "::", -1, {"a"sv, "b"sv, "c"sv}, {"a"sv, "b"sv, "c"sv}},
    {"a::b::c"sv, "::", 0, {"a::b::c"sv}, {"a::b::c"sv}},
    {"a::b::c"sv, "::", 1, {"a"sv, "b::c"sv}, {"a::b"sv, "c"sv}},
    {"a::b::c"sv, "::", 2, {"a"sv, "b"sv, "c"sv}, {"a"sv, "b"sv, "c"sv}},
    {"a::b::c"sv,
     ":",
     -1,
     {"a"sv, ""sv, "b"sv, ""sv, "c"sv},
     {"a"sv, ""sv, "b"sv, ""sv, "c"sv}},
    {"a::b::c"sv, ":", 0, {"a::b::c"sv}, {"a::b::c"sv}},
    {"a::b::c"sv, ":", 1, {"a"sv, ":b::c"sv}, {"a::b:"sv, "c"sv}},
    {"a::b::c"sv, ":", 2, {"a"sv, ""sv, "b::c"sv}, {"a::b"sv, ""sv, "c"sv}},
    {"a::b::c"sv, "b", -1, {"a::"sv, "::c"sv}, {"a::"sv, "::c"sv}},
    {"a::b::c"sv, "b", 0, {"a::b::c"sv}, {"a::b::c"sv}},
    {"a::b::c"sv, "b", 1, {"a::"sv, "::c"sv}, {"a::"sv, "::c"sv}},
    {"a::b::c"sv, "b", 2, {"a::"sv, "::c"sv}, {"a::"sv, "::c"sv}},
    {":::"sv, nullptr, -1, {":::"sv}, {":::"sv}},
    {":::"sv, nullptr, 0, {":::"sv}, {":::"sv}},
    {":::"sv, nullptr, 1, {":::"sv}, {":::"sv}},
    {":::"sv, nullptr, 2, {":::"sv}, {":::"sv}},
    {":::"sv, ",", -1, {":::"sv}, {":::"sv}},
    {":::"sv, ",", 0, {":::"sv}, {":::"sv}},
    {":::"sv, ",", 1, {":::"sv}, {":::"sv}},
    {":::"sv, ",", 2, {":::"sv}, {":::"sv}},
    {":::"sv, "::", -1, {""sv, ":"sv}, {":"sv, ""sv}},
    {":::"sv, "::", 0, {":::"sv}, {":::"sv}},
    {":::"sv, "::", 1, {""sv, ":"sv}, {":"sv, ""sv}},
    {":::"sv, "::", 2, {""sv, ":"sv}, {":"sv, ""sv}},
    {":::"sv, ":", -1, {""sv, ""sv, ""sv, ""sv}, {""sv, ""sv, ""sv, ""sv}},
    {":::"sv, ":", 0, {":::"sv}, {":::"sv}},
    {":::"sv, ":", 1, {""sv, "::"sv}, {"::"sv, ""sv}},
    {":::"sv, ":", 2, {""sv, ""sv, ":"sv}, {":"sv, ""sv, ""sv}},
    {":::"sv, "b", -1, {":::"sv}, {":::"sv}},
    {":::"sv, "b", 0, {":::"sv}, {":::"sv}},
    {":::"sv, "b", 1, {":::"sv}, {":::"sv}},
    {":::"sv, "b", 2, {":::"sv}, {":::"sv}},
};
const StripCase kStripCases[] = {
    {""sv, nullptr, ""sv, ""sv, ""sv},
    {""sv, "x", ""sv, ""sv, ""sv},
    {""sv, "ab", ""sv, ""sv, ""sv},
    {""sv, "", ""sv, ""sv, ""sv},
    {"   "sv, nullptr, ""sv, ""sv, ""sv},
    {"   "sv, "x", "   "sv, "   "sv, "   "sv},
    {"   "sv, "ab", "   "sv, "   "sv, "   "sv},
    {"   "sv, "", "   "sv, "   "sv, "   "sv},
    {"  ab c \x09"
     "\x0a"
     ""sv,
     nullptr, "ab c"sv,
     "ab c \x09"
     "\x0a"
     ""sv,
     "  ab c"sv},
    {"  ab c \x09"
     "\x0a"
     ""sv,
     "x",
     "  ab c \x09"
     "\x0a"
     ""sv,
     "  ab c \x09"
     "\x0a"
     ""sv,
     "  ab c \x09"
     "\x0a"
     ""sv},
    {"  ab c \x09"
     "\x0a"
     ""sv,
     "ab",
     "  ab c \x09"
     "\x0a"
     ""sv,
     "  ab c \x09"
     "\x0a"
     ""sv,
     "  ab c \x09"
     "\x0a"
     ""sv},
    {"  ab c \x09"
     "\x0a"
     ""sv,
     "",
     "  ab c \x09"
     "\x0a"
     ""sv,
     "  ab c \x09"
     "\x0a"
     ""sv,
     "  ab c \x09"
     "\x0a"
     ""sv},
    {"\x85"
     "\xa0"
     "x\xa0"
     ""sv,
     nullptr, "x"sv,
     "x\xa0"
     ""sv,
     "\x85"
     "\xa0"
     "x"sv},
    {"\x85"
     "\xa0"
     "x\xa0"
     ""sv,
     "x",
     "\x85"
     "\xa0"
     "x\xa0"
     ""sv,
     "\x85"
     "\xa0"
     "x\xa0"
     ""sv,
     "\x85"
     "\xa0"
     "x\xa0"
     ""sv},
    {"\x85"
     "\xa0"
     "x\xa0"
     ""sv,
     "ab",
     "\x85"
     "\xa0"
     "x\xa0"
     ""sv,
     "\x85"
     "\xa0"
     "x\xa0"
     ""sv,
     "\x85"
     "\xa0"
     "x\xa0"
     ""sv},
    {"\x85"
     "\xa0"
     "x\xa0"
     ""sv,
     "",
     "\x85"
     "\xa0"
     "x\xa0"
     ""sv,
     "\x85"
     "\xa0"
     "x\xa0"
     ""sv,
     "\x85"
     "\xa0"
     "x\xa0"
     ""sv},
    {"xxhixx"sv, nullptr, "xxhixx"sv, "xxhixx"sv, "xxhixx"sv},
    {"xxhixx"sv, "x", "hi"sv, "hixx"sv, "xxhi"sv},
    {"xxhixx"sv, "ab", "xxhixx"sv, "xxhixx"sv, "xxhixx"sv},
    {"xxhixx"sv, "", "xxhixx"sv, "xxhixx"sv, "xxhixx"sv},
    {"abcba"sv, nullptr, "abcba"sv, "abcba"sv, "abcba"sv},
    {"abcba"sv, "x", "abcba"sv, "abcba"sv, "abcba"sv},
    {"abcba"sv, "ab", "c"sv, "cba"sv, "abc"sv},
    {"abcba"sv, "", "abcba"sv, "abcba"sv, "abcba"sv},
};
const ReplaceCase kReplaceCases[] = {
    {""sv, ""sv, "-"sv, -1, "-"sv},
    {""sv, ""sv, "-"sv, 0, ""sv},
    {""sv, ""sv, "-"sv, 1, "-"sv},
    {""sv, ""sv, "-"sv, 2, "-"sv},
    {""sv, "a"sv, "xyz"sv, -1, ""sv},
    {""sv, "a"sv, "xyz"sv, 0, ""sv},
    {""sv, "a"sv, "xyz"sv, 1, ""sv},
    {""sv, "a"sv, "xyz"sv, 2, ""sv},
    {""sv, "aa"sv, "b"sv, -1, ""sv},
    {""sv, "aa"sv, "b"sv, 0, ""sv},
    {""sv, "aa"sv, "b"sv, 1, ""sv},
    {""sv, "aa"sv, "b"sv, 2, ""sv},
    {""sv, "abc"sv, ""sv, -1, ""sv},
    {""sv, "abc"sv, ""sv, 0, ""sv},
    {""sv, "abc"sv, ""sv, 1, ""sv},
    {""sv, "abc"sv, ""sv, 2, ""sv},
    {""sv, "o"sv, "0"sv, -1, ""sv},
    {""sv, "o"sv, "0"sv, 0, ""sv},
    {""sv, "o"sv, "0"sv, 1, ""sv},
    {""sv, "o"sv, "0"sv, 2, ""sv},
    {""sv, "zz"sv, "q"sv, -1, ""sv},
    {""sv, "zz"sv, "q"sv, 0, ""sv},
    {""sv, "zz"sv, "q"sv, 1, ""sv},
    {""sv, "zz"sv, "q"sv, 2, ""sv},
    {"abc"sv, ""sv, "-"sv, -1, "-a-b-c-"sv},
    {"abc"sv, ""sv, "-"sv, 0, "abc"sv},
    {"abc"sv, ""sv, "-"sv, 1, "-abc"sv},
    {"abc"sv, ""sv, "-"sv, 2, "-a-bc"sv},
    {"abc"sv, "a"sv, "xyz"sv, -1, "xyzbc"sv},
    {"abc"sv, "a"sv, "xyz"sv, 0, "abc"sv},
    {"abc"sv, "a"sv, "xyz"sv, 1, "xyzbc"sv},
    {"abc"sv, "a"sv, "xyz"sv, 2, "xyzbc"sv},
    {"abc"sv, "aa"sv, "b"sv, -1, "abc"sv},
    {"abc"sv, "aa"sv, "b"sv, 0, "abc"sv},
    {"abc"sv, "aa"sv, "b"sv, 1, "abc"sv},
    {"abc"sv, "aa"sv, "b"sv, 2, "abc"sv},
    {"abc"sv, "abc"sv, ""sv, -1, ""sv},
    {"abc"sv, "abc"sv, ""sv, 0, "abc"sv},
    {"abc"sv, "abc"sv, ""sv, 1, ""sv},
    {"abc"sv, "abc"sv, ""sv, 2, ""sv},
    {"abc"sv, "o"sv, "0"sv, -1, "abc"sv},
    {"abc"sv, "o"sv, "0"sv, 0, "abc"sv},
    {"abc"sv, "o"sv, "0"sv, 1, "abc"sv},
    {"abc"sv, "o"sv, "0"sv, 2, "abc"sv},
    {"abc"sv, "zz"sv, "q"sv, -1, "abc"sv},
    {"abc"sv, "zz"sv, "q"sv, 0, "abc"sv},
    {"abc"sv, "zz"sv, "q"sv, 1, "abc"sv},
    {"abc"sv, "zz"sv, "q"sv, 2, "abc"sv},
    {"aaaa"sv, ""sv, "-"sv, -1, "-a-a-a-a-"sv},
    {"aaaa"sv, ""sv, "-"sv, 0, "aaaa"sv},
    {"aaaa"sv, ""sv, "-"sv, 1, "-aaaa"sv},
    {"aaaa"sv, ""sv, "-"sv, 2, "-a-aaa"sv},
    {"aaaa"sv, "a"sv, "xyz"sv, -1, "xyzxyzxyzxyz"sv},
    {"aaaa"sv, "a"sv, "xyz"sv, 0, "aaaa"sv},
    {"aaaa"sv, "a"sv, "xyz"sv, 1, "xyzaaa"sv},
    {"aaaa"sv, "a"sv, "xyz"sv, 2, "xyzxyzaa"sv},
    {"aaaa"sv, "aa"sv, "b"sv, -1, "bb"sv},
    {"aaaa"sv, "aa"sv, "b"sv, 0, "aaaa"sv},
    {"aaaa"sv, "aa"sv, "b"sv, 1, "baa"sv},
    {"aaaa"sv, "aa"sv, "b"sv, 2, "bb"sv},
    {"aaaa"sv, "abc"sv, ""sv, -1, "aaaa"sv},
    {"aaaa"sv, "abc"sv, ""sv, 0, "aaaa"sv},
    {"aaaa"sv, "abc"sv, ""sv, 1, "aaaa"sv},
    {"aaaa"sv, "abc"sv, ""sv, 2, "aaaa"sv},
    {"aaaa"sv, "o"sv, "0"sv, -1, "aaaa"sv},
    {"aaaa"sv, "o"sv, "0"sv, 0, "aaaa"sv},
    {"aaaa"sv, "o"sv, "0"sv, 1, "aaaa"sv},
    {"aaaa"sv, "o"sv, "0"sv, 2, "aaaa"sv},
    {"aaaa"sv, "zz"sv, "q"sv, -1, "aaaa"sv},
    {"aaaa"sv, "zz"sv, "q"sv, 0, "aaaa"sv},
    {"aaaa"sv, "zz"sv, "q"sv, 1, "aaaa"sv},
    {"aaaa"sv, "zz"sv, "q"sv, 2, "aaaa"sv},
    {"abcabc"sv, ""sv, "-"sv, -1, "-a-b-c-a-b-c-"sv},
    {"abcabc"sv, ""sv, "-"sv, 0, "abcabc"sv},
    {"abcabc"sv, ""sv, "-"sv, 1, "-abcabc"sv},
    {"abcabc"sv, ""sv, "-"sv, 2, "-a-bcabc"sv},
    {"abcabc"sv, "a"sv, "xyz"sv, -1, "xyzbcxyzbc"sv},
    {"abcabc"sv, "a"sv, "xyz"sv, 0, "abcabc"sv},
    {"abcabc"sv, "a"sv, "xyz"sv, 1, "xyzbcabc"sv},
    {"abcabc"sv, "a"sv, "xyz"sv, 2, "xyzbcxyzbc"sv},
    {"abcabc"sv, "aa"sv, "b"sv, -1, "abcabc"sv},
    {"abcabc"sv, "aa"sv, "b"sv, 0, "abcabc"sv},
    {"abcabc"sv, "aa"sv, "b"sv, 1, "abcabc"sv},
    {"abcabc"sv, "aa"sv, "b"sv, 2, "abcabc"sv},
    {"abcabc"sv, "abc"sv, ""sv, -1, ""sv},
    {"abcabc"sv, "abc"sv, ""sv, 0, "abcabc"sv},
    {"abcabc"sv, "abc"sv, ""sv, 1, "abc"sv},
    {"abcabc"sv, "abc"sv, ""sv, 2, ""sv},
    {"abcabc"sv, "o"sv, "0"sv, -1, "abcabc"sv},
    {"abcabc"sv, "o"sv, "0"sv, 0, "abcabc"sv},
    {"abcabc"sv, "o"sv, "0"sv, 1, "abcabc"sv},
    {"abcabc"sv, "o"sv, "0"sv, 2, "abcabc"sv},
    {"abcabc"sv, "zz"sv, "q"sv, -1, "abcabc"sv},
    {"abcabc"sv, "zz"sv, "q"sv, 0, "abcabc"sv},
    {"abcabc"sv, "zz"sv, "q"sv, 1, "abcabc"sv},
    {"abcabc"sv, "zz"sv, "q"sv, 2, "abcabc"sv},
    {"hello world"sv, ""sv, "-"sv, -1, "-h-e-l-l-o- -w-o-r-l-d-"sv},
    {"hello world"sv, ""sv, "-"sv, 0, "hello world"sv},
    {"hello world"sv, ""sv, "-"sv, 1, "-hello world"sv},
    {"hello world"sv, ""sv, "-"sv, 2, "-h-ello world"sv},
    {"hello world"sv, "a"sv, "xyz"sv, -1, "hello world"sv},
    {"hello world"sv, "a"sv, "xyz"sv, 0, "hello world"sv},
    {"hello world"sv, "a"sv, "xyz"sv, 1, "hello world"sv},
    {"hello world"sv, "a"sv, "xyz"sv, 2, "hello world"sv},
    {"hello world"sv, "aa"sv, "b"sv, -1, "hello world"sv},
    {"hello world"sv, "aa"sv, "b"sv, 0, "hello world"sv},
    {"hello world"sv, "aa"sv, "b"sv, 1, "hello world"sv},
    {"hello world"sv, "aa"sv, "b"sv, 2, "hello world"sv},
    {"hello world"sv, "abc"sv, ""sv, -1, "hello world"sv},
    {"hello world"sv, "abc"sv, ""sv, 0, "hello world"sv},
    {"hello world"sv, "abc"sv, ""sv, 1, "hello world"sv},
    {"hello world"sv, "abc"sv, ""sv, 2, "hello world"sv},
    {"hello world"sv, "o"sv, "0"sv, -1, "hell0 w0rld"sv},
    {"hello world"sv, "o"sv, "0"sv, 0, "hello world"sv},
    {"hello world"sv, "o"sv, "0"sv, 1, "hell0 world"sv},
    {"hello world"sv, "o"sv, "0"sv, 2, "hell0 w0rld"sv},
    {"hello world"sv, "zz"sv, "q"sv, -1, "hello world"sv},
    {"hello world"sv, "zz"sv, "q"sv, 0, "hello world"sv},
    {"hello world"sv, "zz"sv, "q"sv, 1, "hello world"sv},
    {"hello world"sv, "zz"sv, "q"sv, 2, "hello world"sv},
};
const ReprCase kReprCases[] = {
    {""sv, "''"sv},
    {"abc"sv, "'abc'"sv},
    {"it's"sv, "\"it's\""sv},
    {"say \"hi\""sv, "'say \"hi\"'"sv},
    {"both ' and \""sv, "'both \\' and \"'"sv},
    {"tab\x09"
     "nl\x0a"
     "ret\x0d"
     ""sv,
     "'tab\\tnl\\nret\\r'"sv},
    {"back\\slash"sv, "'back\\\\slash'"sv},
    {"\x00"
     "\x01"
     "\x1f"
     "\x7f"
     "\x80"
     "\x9f"
     ""sv,
     "'\\x00\\x01\\x1f\\x7f\\x80\\x9f'"sv},
    {"\xa0"
     "\xa1"
     "\xad"
     "\xe9"
     "\xff"
     ""sv,
     "'\\xa0\xa1"
     "\\xad\xe9"
     "\xff"
     "'"sv},
    {"caf\xe9"
     ""sv,
     "'caf\xe9"
     "'"sv},
};
const CaseCase kCaseCases[] = {
    {""sv, ""sv, ""sv, 0, 0, 0, 0, 0, 0},
    {"Hello World 42"sv, "hello world 42"sv, "HELLO WORLD 42"sv, 0, 0, 0, 0, 0,
     0},
    {"ABC"sv, "abc"sv, "ABC"sv, 0, 1, 0, 1, 0, 1},
    {"abc"sv, "abc"sv, "ABC"sv, 0, 1, 0, 1, 1, 0},
    {"\xc0"
     "\xe9"
     "\xd7"
     "\xf7"
     "\xdf"
     "\xff"
     "\xb5"
     ""sv,
     "\xe0"
     "\xe9"
     "\xd7"
     "\xf7"
     "\xdf"
     "\xff"
     "\xb5"
     ""sv,
     "\xc0"
     "\xc9"
     "\xd7"
     "\xf7"
     "\xdf"
     "\xff"
     "\xb5"
     ""sv,
     0, 0, 0, 0, 0, 0},
    {"123"sv, "123"sv, "123"sv, 1, 0, 0, 1, 0, 0},
    {" \x09"
     ""sv,
     " \x09"
     ""sv,
     " \x09"
     ""sv,
     0, 0, 1, 0, 0, 0},
    {"a1"sv, "a1"sv, "A1"sv, 0, 0, 0, 1, 1, 0},
    {"A"sv, "a"sv, "A"sv, 0, 1, 0, 1, 0, 1},
    {"aB"sv, "ab"sv, "AB"sv, 0, 1, 0, 1, 0, 0},
    {"\xaa"
     ""sv,
     "\xaa"
     ""sv,
     "\xaa"
     ""sv,
     0, 1, 0, 1, 1, 0},
    {"\xb2"
     "\xb3"
     "\xb9"
     ""sv,
     "\xb2"
     "\xb3"
     "\xb9"
     ""sv,
     "\xb2"
     "\xb3"
     "\xb9"
     ""sv,
     1, 0, 0, 1, 0, 0},
    {"1a"sv, "1a"sv, "1A"sv, 0, 0, 0, 1, 1, 0},
    {"_"sv, "_"sv, "_"sv, 0, 0, 0, 0, 0, 0},
};

std::vector<std::string> strings(const std::vector<std::string_view> &v) {
  return std::vector<std::string>(v.begin(), v.end());
}

class StringsTest : public ::testing::Test {
protected:
  void SetUp() override { rpy_gc_init(); }
};

TEST_F(StringsTest, FromCAndBytes) {
  rpy_string *s = str("hello");
  EXPECT_EQ(s->hdr.tid, (uint32_t)RPY_TID_STRING);
  EXPECT_EQ(s->length, 5);
  EXPECT_EQ(s->hash, 0);
  EXPECT_EQ(text(S("a\0b"sv)), "a\0b"s);
  EXPECT_EQ(rpy_str_alloc(3)->length, 3);
}

TEST_F(StringsTest, CharsAreShared) {
  rpy_string *a = rpy_str_from_char('x');
  EXPECT_EQ(a, rpy_str_from_char('x'));
  EXPECT_EQ(text(a), "x");
  EXPECT_EQ(a->hdr.gcflags, RPY_GCFLAG_STATIC);
  rpy_gc_collect();
  EXPECT_EQ(text(rpy_str_from_char(0)), "\0"s);
}

TEST_F(StringsTest, Concat) {
  EXPECT_EQ(text(rpy_str_concat(str("ab"), str("cd"))), "abcd");
  rpy_string *b = str("b");
  EXPECT_EQ(rpy_str_concat(str(""), b), b);
  EXPECT_EQ(rpy_str_concat(b, str("")), b);
  Roots roots;
  void **left = roots.push(str("left"));
  rpy_string *right = str("right");
  rpy_gc_set_stress(true);
  EXPECT_EQ(text(rpy_str_concat((rpy_string *)*left, right)), "leftright");
  rpy_gc_set_stress(false);
}

TEST_F(StringsTest, SliceClampsAsPython) {
  rpy_string *s = str("hello");
  struct {
    int64_t start, stop;
    const char *expected;
  } cases[] = {{0, INT64_MAX, "hello"},
               {1, 3, "el"},
               {-3, INT64_MAX, "llo"},
               {-100, 2, "he"},
               {3, 1, ""},
               {2, -1, "ll"},
               {5, INT64_MAX, ""},
               {100, 200, ""},
               {0, -100, ""},
               {INT64_MIN, INT64_MAX, "hello"},
               {4, 5, "o"}};
  for (auto &c : cases)
    EXPECT_EQ(text(rpy_str_slice(s, c.start, c.stop)), c.expected)
        << c.start << ":" << c.stop;
  EXPECT_EQ(rpy_str_slice(s, 0, 5), s);
}

TEST_F(StringsTest, EqualityAndComparison) {
  EXPECT_TRUE(rpy_str_eq(str("abc"), str("abc")));
  EXPECT_FALSE(rpy_str_eq(str("abc"), str("abd")));
  EXPECT_FALSE(rpy_str_eq(str("abc"), str("ab")));
  EXPECT_TRUE(rpy_str_eq(nullptr, nullptr));
  EXPECT_FALSE(rpy_str_eq(nullptr, str("")));
  EXPECT_FALSE(rpy_str_eq(str(""), nullptr));
  EXPECT_EQ(rpy_str_cmp(str("abc"), str("abd")), -1);
  EXPECT_EQ(rpy_str_cmp(str("abc"), str("ab")), 1);
  EXPECT_EQ(rpy_str_cmp(str("ab"), str("ab")), 0);
  EXPECT_EQ(rpy_str_cmp(str(""), str("a")), -1);
  EXPECT_EQ(rpy_str_cmp(S("\xe9"sv), S("z"sv)), 1); // unsigned chars
  EXPECT_EQ(rpy_str_cmp(nullptr, str("")), -1);
  EXPECT_EQ(rpy_str_cmp(str(""), nullptr), 1);
  // Equal hashes computed, then different strings of the same length.
  rpy_string *a = str("xy"), *b = str("yx");
  rpy_str_hash(a);
  rpy_str_hash(b);
  EXPECT_FALSE(rpy_str_eq(a, b));
}

TEST_F(StringsTest, HashIsCachedAndNeverZero) {
  rpy_string *s = str("some text");
  int64_t h = rpy_str_hash(s);
  EXPECT_NE(h, 0);
  EXPECT_NE(h, -1);
  EXPECT_EQ(s->hash, h);
  EXPECT_EQ(rpy_str_hash(str("some text")), h);
  EXPECT_NE(rpy_str_hash(str("some texT")), h);
  EXPECT_NE(rpy_str_hash(str("")), 0);
  EXPECT_EQ(rpy_str_hash(nullptr), rpy_str_hash(nullptr));
  // Few collisions among similar keys.
  std::set<int64_t> hashes;
  for (int i = 0; i < 10000; ++i)
    hashes.insert(rpy_str_hash(rpy_int_str(i)));
  EXPECT_EQ(hashes.size(), 10000u);
}

TEST_F(StringsTest, FindRfindCount) {
  for (const FindCase &c : kFindCases) {
    rpy_string *s = S(c.s), *sub = S(c.sub);
    SCOPED_TRACE(std::string(c.s) + " / " + std::string(c.sub) + " [" +
                 std::to_string(c.start) + ":" + std::to_string(c.stop) + "]");
    EXPECT_EQ(rpy_str_find(s, sub, c.start, c.stop), c.find);
    EXPECT_EQ(rpy_str_rfind(s, sub, c.start, c.stop), c.rfind);
    EXPECT_EQ(rpy_str_count(s, sub, c.start, c.stop), c.count);
    if (c.sub.size() == 1) {
      EXPECT_EQ(rpy_str_find_char(s, c.sub[0], c.start, c.stop), c.find);
      EXPECT_EQ(rpy_str_rfind_char(s, c.sub[0], c.start, c.stop), c.rfind);
      EXPECT_EQ(rpy_str_count_char(s, c.sub[0], c.start, c.stop), c.count);
    }
    if (c.start == 0 && c.stop == INT64_MAX) {
      EXPECT_EQ(rpy_str_contains(s, sub), c.find >= 0);
      if (c.sub.size() == 1)
        EXPECT_EQ(rpy_str_contains_char(s, c.sub[0]), c.find >= 0);
    }
  }
}

TEST_F(StringsTest, StartsWithEndsWith) {
  rpy_string *s = str("hello");
  EXPECT_TRUE(rpy_str_startswith(s, str("he")));
  EXPECT_TRUE(rpy_str_startswith(s, str("")));
  EXPECT_TRUE(rpy_str_startswith(s, str("hello")));
  EXPECT_FALSE(rpy_str_startswith(s, str("hello!")));
  EXPECT_FALSE(rpy_str_startswith(s, str("lo")));
  EXPECT_TRUE(rpy_str_endswith(s, str("lo")));
  EXPECT_TRUE(rpy_str_endswith(s, str("")));
  EXPECT_FALSE(rpy_str_endswith(s, str("he")));
  EXPECT_FALSE(rpy_str_endswith(str(""), str("a")));
}

TEST_F(StringsTest, Replace) {
  for (const ReplaceCase &c : kReplaceCases)
    EXPECT_EQ(text(rpy_str_replace(S(c.s), S(c.old), S(c.new_), c.count)),
              c.result)
        << c.s << " " << c.old << " " << c.new_ << " " << c.count;
}

TEST_F(StringsTest, SplitAndRsplit) {
  for (const SplitCase &c : kSplitCases) {
    SCOPED_TRACE(std::string(c.s) + " / " + (c.sep ? c.sep : "None") + " / " +
                 std::to_string(c.maxsplit));
    rpy_list *split = rpy_str_split(S(c.s), N(c.sep), c.maxsplit);
    EXPECT_EQ(split->hdr.tid, (uint32_t)RPY_TID_STRING_LIST);
    EXPECT_EQ(texts(split), strings(c.split));
    EXPECT_EQ(texts(rpy_str_rsplit(S(c.s), N(c.sep), c.maxsplit)),
              strings(c.rsplit));
  }
  EXPECT_EQ(rpy_str_split(str("abc"), str(""), -1), nullptr);
  EXPECT_EQ(rpy_str_rsplit(str("abc"), str(""), -1), nullptr);
}

TEST_F(StringsTest, SplitUnderStress) {
  rpy_gc_set_stress(true);
  rpy_list *parts = rpy_str_split(str(" one two  three "), nullptr, -1);
  rpy_gc_set_stress(false);
  EXPECT_EQ(texts(parts), (std::vector<std::string>{"one", "two", "three"}));
}

TEST_F(StringsTest, Join) {
  Roots roots;
  void **list = roots.push(rpy_str_split(str("a b c"), nullptr, -1));
  EXPECT_EQ(text(rpy_str_join(str(", "), (rpy_list *)*list)), "a, b, c");
  EXPECT_EQ(text(rpy_str_join(str(""), (rpy_list *)*list)), "abc");
  rpy_list *empty = rpy_list_new(RPY_TID_STRING_LIST, RPY_TID_PTR_ARRAY, 0);
  EXPECT_EQ(text(rpy_str_join(str(", "), empty)), "");
  rpy_list *one = rpy_str_split(str("x"), nullptr, -1);
  EXPECT_EQ(rpy_str_join(str(", "), one), one->items->items[0]);
  void **array = roots.push(rpy_gc_malloc_varsize(RPY_TID_PTR_ARRAY, 3));
  for (int i = 0; i < 3; ++i) {
    rpy_string *item = rpy_int_str(i);
    ((rpy_ptr_array *)*array)->items[i] = item;
  }
  rpy_gc_set_stress(true);
  EXPECT_EQ(text(rpy_str_join_array(str("-"), (rpy_ptr_array *)*array)),
            "0-1-2");
  rpy_gc_set_stress(false);
}

TEST_F(StringsTest, Strip) {
  for (const StripCase &c : kStripCases) {
    SCOPED_TRACE(std::string(c.s) + " / " + (c.chars ? c.chars : "None"));
    EXPECT_EQ(text(rpy_str_strip(S(c.s), N(c.chars))), c.strip);
    EXPECT_EQ(text(rpy_str_lstrip(S(c.s), N(c.chars))), c.lstrip);
    EXPECT_EQ(text(rpy_str_rstrip(S(c.s), N(c.chars))), c.rstrip);
  }
}

TEST_F(StringsTest, CaseAndCharacterClasses) {
  for (const CaseCase &c : kCaseCases) {
    SCOPED_TRACE(std::string(c.s));
    rpy_string *s = S(c.s);
    EXPECT_EQ(text(rpy_str_lower(s)), c.lower);
    EXPECT_EQ(text(rpy_str_upper(s)), c.upper);
    EXPECT_EQ(rpy_str_isdigit(s), c.isdigit);
    EXPECT_EQ(rpy_str_isalpha(s), c.isalpha);
    EXPECT_EQ(rpy_str_isspace(s), c.isspace);
    EXPECT_EQ(rpy_str_isalnum(s), c.isalnum);
    EXPECT_EQ(rpy_str_islower(s), c.islower);
    EXPECT_EQ(rpy_str_isupper(s), c.isupper);
    if (c.s.size() == 1) {
      uint8_t ch = (uint8_t)c.s[0];
      EXPECT_EQ(rpy_char_isdigit(ch), c.isdigit);
      EXPECT_EQ(rpy_char_isalpha(ch), c.isalpha);
      EXPECT_EQ(rpy_char_isspace(ch), c.isspace);
      EXPECT_EQ(rpy_char_isalnum(ch), c.isalnum);
      EXPECT_EQ(rpy_char_lower(ch), (uint8_t)c.lower[0]);
      EXPECT_EQ(rpy_char_upper(ch), (uint8_t)c.upper[0]);
    }
  }
  rpy_string *unchanged = str("abc");
  EXPECT_EQ(rpy_str_lower(unchanged), unchanged);
}

TEST_F(StringsTest, Mul) {
  EXPECT_EQ(text(rpy_str_mul(str("ab"), 3)), "ababab");
  EXPECT_EQ(text(rpy_str_mul(str("ab"), 0)), "");
  EXPECT_EQ(text(rpy_str_mul(str("ab"), -5)), "");
  EXPECT_EQ(text(rpy_str_mul(str(""), 5)), "");
  EXPECT_EQ(text(rpy_str_mul(str("x"), 7)), "xxxxxxx");
  rpy_string *big = rpy_str_mul(str("abc"), 100001);
  EXPECT_EQ(big->length, 300003);
  EXPECT_EQ(text(rpy_str_slice(big, 299997, INT64_MAX)), "abcabc");
}

TEST_F(StringsTest, Repr) {
  for (const ReprCase &c : kReprCases) {
    EXPECT_EQ(text(rpy_str_repr(S(c.s))), c.repr);
    if (c.s.size() == 1)
      EXPECT_EQ(text(rpy_char_repr((uint8_t)c.s[0])), c.repr);
  }
  EXPECT_EQ(text(rpy_char_repr('\'')), "\"'\"");
  EXPECT_EQ(text(rpy_char_repr('"')), "'\"'");
  EXPECT_EQ(text(rpy_char_repr('\n')), "'\\n'");
  EXPECT_EQ(text(rpy_char_repr(0xad)), "'\\xad'");
  EXPECT_EQ(text(rpy_char_repr(0xe9)), "'\xe9'");
}

} // namespace
