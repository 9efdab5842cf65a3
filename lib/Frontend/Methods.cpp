//===- Methods.cpp - Methods of the built-in types at import time ---------===//
//
// str, list, dict, set, tuple, bytes, int and float methods. Each is a
// BuiltinFunctionObject named "type.method" (e.g. "str.join") taking self as
// its first argument; `"x".join` is a BoundMethodObject over it.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/InterpreterImpl.h"

#include <algorithm>
#include <cctype>
#include <cmath>

using namespace rpy::frontend;

namespace {
using Args = const CallArgs &;

bool isSpaceChar(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f' || (c >= 0x1c && c <= 0x1f);
}

/// Optional `start`/`end` arguments of find/count/startswith, resolved like
/// slice bounds.
bool sliceBounds(Interpreter &in, Args a, size_t first, size_t length,
                 size_t &start, size_t &end) {
  int64_t s = 0, e = (int64_t)length;
  if (a.args.size() > first && !isa<NoneObject>(a.args[first]) &&
      !in.toInt64(a.args[first], s, a.loc))
    return false;
  if (a.args.size() > first + 1 && !isa<NoneObject>(a.args[first + 1]) &&
      !in.toInt64(a.args[first + 1], e, a.loc))
    return false;
  auto clamp = [&](int64_t v) -> size_t {
    if (v < 0)
      v += length;
    return v < 0 ? 0 : v > (int64_t)length ? length : (size_t)v;
  };
  start = clamp(s);
  end = clamp(e);
  return true;
}

/// sliceBounds for str methods: `start`/`end` count code points; the
/// results are byte offsets.
bool strBounds(Interpreter &in, Args a, size_t first, const std::string &s,
               size_t &start, size_t &end) {
  if (isAscii(s))
    return sliceBounds(in, a, first, s.size(), start, end);
  std::vector<size_t> offsets = codePointOffsets(s);
  if (!sliceBounds(in, a, first, offsets.size() - 1, start, end))
    return false;
  start = offsets[start];
  end = offsets[end];
  return true;
}

size_t countOccurrences(const std::string &s, const std::string &sub,
                        size_t start, size_t end) {
  if (start > end)
    return 0;
  if (sub.empty())
    return end - start + 1;
  size_t count = 0;
  for (size_t pos = s.find(sub, start);
       pos != std::string::npos && pos + sub.size() <= end;
       pos = s.find(sub, pos + sub.size()))
    ++count;
  return count;
}
} // namespace

void Interpreter::initBuiltinMethods() {
  auto def = [&](const char *type, const char *name, BuiltinImpl impl) {
    std::string qualname = std::string(type) + "." + name;
    methodTable[qualname] = space.newBuiltin(qualname, std::move(impl));
  };

  // Fetches self as the expected kind, raising TypeError otherwise.
  auto selfAs = [](Interpreter &in, Args a, ObjKind kind, const char *type,
                   const char *name) -> Object * {
    if (a.args.empty() || a.args[0]->kind != kind)
      return in.raise(
          in.objectSpace().typeErrorClass,
          std::string("descriptor '") + name + "' for '" + type +
              "' objects doesn't apply to a '" +
              (a.args.empty() ? std::string("nothing") : typeName(a.args[0])) +
              "' object",
          a.loc);
    return a.args[0];
  };
  auto strArg = [](Interpreter &in, Args a, size_t i, const char *what,
                   std::string &out) {
    auto *s = i < a.args.size() ? dyn_cast<StrObject>(a.args[i]) : nullptr;
    if (!s) {
      in.raise(in.objectSpace().typeErrorClass,
               std::string(what) + " must be str, not " +
                   (i < a.args.size() ? typeName(a.args[i])
                                      : std::string("nothing")),
               a.loc);
      return false;
    }
    out = s->value;
    return true;
  };

#define STR_SELF(NAME)                                                         \
  auto *selfObj = selfAs(in, a, ObjKind::Str, "str", NAME);                    \
  if (!selfObj)                                                                \
    return nullptr;                                                            \
  const std::string &self = cast<StrObject>(selfObj)->value;                   \
  ObjectSpace &sp = in.objectSpace();                                          \
  (void)sp;

  //===------------------------------------------------------------------===//
  // str
  //===------------------------------------------------------------------===//

  def("str", "join", [=](Interpreter &in, Args a) -> Object * {
    STR_SELF("join")
    if (!in.checkArgs(a, "join", 2, 2))
      return nullptr;
    std::vector<Object *> items;
    if (!in.unpackIterable(a.args[1], items, a.loc))
      return nullptr;
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
      auto *s = dyn_cast<StrObject>(items[i]);
      if (!s)
        return in.raise(sp.typeErrorClass,
                        "sequence item " + std::to_string(i) +
                            ": expected str instance, " + typeName(items[i]) +
                            " found",
                        a.loc);
      if (i)
        out += self;
      out += s->value;
    }
    return sp.newStr(std::move(out));
  });

  auto split = [=](bool fromRight) {
    return [=](Interpreter &in, Args a) -> Object * {
      STR_SELF(fromRight ? "rsplit" : "split")
      Object *sepObj = a.args.size() > 1 ? a.args[1] : a.kwarg("sep");
      Object *maxObj = a.args.size() > 2 ? a.args[2] : a.kwarg("maxsplit");
      int64_t maxsplit = -1;
      if (maxObj && !in.toInt64(maxObj, maxsplit, a.loc))
        return nullptr;
      std::vector<std::string> parts;
      if (!sepObj || isa<NoneObject>(sepObj)) {
        // Runs of whitespace; no empty strings.
        std::vector<std::pair<size_t, size_t>> words;
        size_t i = 0;
        while (i < self.size()) {
          while (i < self.size() && isSpaceChar(self[i]))
            ++i;
          if (i >= self.size())
            break;
          size_t j = i;
          while (j < self.size() && !isSpaceChar(self[j]))
            ++j;
          words.emplace_back(i, j);
          i = j;
        }
        if (maxsplit < 0 || (size_t)maxsplit >= words.size()) {
          for (auto [s, e] : words)
            parts.push_back(self.substr(s, e - s));
        } else if (!fromRight) {
          for (int64_t k = 0; k < maxsplit; ++k)
            parts.push_back(
                self.substr(words[k].first, words[k].second - words[k].first));
          // The remainder keeps its trailing whitespace, as in CPython.
          parts.push_back(self.substr(words[maxsplit].first));
        } else {
          size_t keep = words.size() - maxsplit;
          parts.push_back(self.substr(0, words[keep - 1].second));
          for (size_t k = keep; k < words.size(); ++k)
            parts.push_back(
                self.substr(words[k].first, words[k].second - words[k].first));
        }
      } else {
        auto *sepStr = dyn_cast<StrObject>(sepObj);
        if (!sepStr)
          return in.raise(sp.typeErrorClass,
                          "must be str or None, not " + typeName(sepObj),
                          a.loc);
        const std::string &sep = sepStr->value;
        if (sep.empty())
          return in.raise(sp.valueErrorClass, "empty separator", a.loc);
        if (!fromRight) {
          size_t start = 0;
          int64_t n = 0;
          for (size_t pos; (maxsplit < 0 || n < maxsplit) &&
                           (pos = self.find(sep, start)) != std::string::npos;
               ++n) {
            parts.push_back(self.substr(start, pos - start));
            start = pos + sep.size();
          }
          parts.push_back(self.substr(start));
        } else {
          size_t end = self.size();
          int64_t n = 0;
          std::vector<std::string> reversed;
          while ((maxsplit < 0 || n < maxsplit) && end >= sep.size()) {
            size_t pos = self.rfind(sep, end - sep.size());
            if (pos == std::string::npos)
              break;
            reversed.push_back(
                self.substr(pos + sep.size(), end - pos - sep.size()));
            end = pos;
            ++n;
          }
          reversed.push_back(self.substr(0, end));
          parts.assign(reversed.rbegin(), reversed.rend());
        }
      }
      std::vector<Object *> items;
      for (std::string &p : parts)
        items.push_back(sp.newStr(std::move(p)));
      return sp.newList(std::move(items));
    };
  };
  def("str", "split", split(false));
  def("str", "rsplit", split(true));

  def("str", "splitlines", [=](Interpreter &in, Args a) -> Object * {
    STR_SELF("splitlines")
    Object *keepObj = a.args.size() > 1 ? a.args[1] : a.kwarg("keepends");
    int keep = keepObj ? in.isTrue(keepObj) : 0;
    if (keep < 0)
      return nullptr;
    std::vector<Object *> items;
    size_t start = 0, i = 0;
    while (i < self.size()) {
      char c = self[i];
      if (c == '\n' || c == '\r') {
        size_t eol =
            i +
            ((c == '\r' && i + 1 < self.size() && self[i + 1] == '\n') ? 2 : 1);
        items.push_back(
            sp.newStr(self.substr(start, (keep ? eol : i) - start)));
        start = i = eol;
      } else {
        ++i;
      }
    }
    if (start < self.size())
      items.push_back(sp.newStr(self.substr(start)));
    return sp.newList(std::move(items));
  });

  auto strip = [=](int which) { // 1 left, 2 right, 3 both
    return [=](Interpreter &in, Args a) -> Object * {
      STR_SELF(which == 1 ? "lstrip" : which == 2 ? "rstrip" : "strip")
      std::string chars;
      bool whitespace = a.args.size() < 2 || isa<NoneObject>(a.args[1]);
      if (!whitespace && !strArg(in, a, 1, "argument", chars))
        return nullptr;
      auto strippable = [&](unsigned char c) {
        return whitespace ? isSpaceChar(c)
                          : chars.find((char)c) != std::string::npos;
      };
      size_t b = 0, e = self.size();
      if (which & 1)
        while (b < e && strippable(self[b]))
          ++b;
      if (which & 2)
        while (e > b && strippable(self[e - 1]))
          --e;
      return sp.newStr(self.substr(b, e - b));
    };
  };
  def("str", "lstrip", strip(1));
  def("str", "rstrip", strip(2));
  def("str", "strip", strip(3));

  auto affix = [=](bool suffix) {
    return [=](Interpreter &in, Args a) -> Object * {
      STR_SELF(suffix ? "endswith" : "startswith")
      if (!in.checkArgs(a, suffix ? "endswith" : "startswith", 2, 4))
        return nullptr;
      size_t start, end;
      if (!strBounds(in, a, 2, self, start, end))
        return nullptr;
      std::vector<Object *> candidates{a.args[1]};
      if (auto *t = dyn_cast<TupleObject>(a.args[1]))
        candidates = t->items;
      for (Object *c : candidates) {
        auto *s = dyn_cast<StrObject>(c);
        if (!s)
          return in.raise(sp.typeErrorClass,
                          std::string(suffix ? "endswith" : "startswith") +
                              " first arg must be str or a tuple of str, "
                              "not " +
                              typeName(c),
                          a.loc);
        const std::string &p = s->value;
        if (start > end || end - start < p.size())
          continue;
        if (suffix ? self.compare(end - p.size(), p.size(), p) == 0
                   : self.compare(start, p.size(), p) == 0)
          return sp.trueObject();
      }
      return sp.falseObject();
    };
  };
  def("str", "startswith", affix(false));
  def("str", "endswith", affix(true));

  auto find = [=](bool fromRight, bool raises) {
    const char *name =
        fromRight ? (raises ? "rindex" : "rfind") : (raises ? "index" : "find");
    return [=](Interpreter &in, Args a) -> Object * {
      STR_SELF(name)
      std::string sub;
      if (!in.checkArgs(a, name, 2, 4) || !strArg(in, a, 1, "argument", sub))
        return nullptr;
      size_t start, end;
      if (!strBounds(in, a, 2, self, start, end))
        return nullptr;
      size_t pos = std::string::npos;
      if (start <= end && end - start >= sub.size()) {
        if (fromRight) {
          pos = self.rfind(sub, end - sub.size());
          if (pos != std::string::npos && pos < start)
            pos = std::string::npos;
        } else {
          pos = self.find(sub, start);
          if (pos != std::string::npos && pos + sub.size() > end)
            pos = std::string::npos;
        }
      }
      if (pos == std::string::npos) {
        if (raises)
          return in.raise(sp.valueErrorClass, "substring not found", a.loc);
        return sp.newInt(-1);
      }
      return sp.newInt((int64_t)codePointIndex(self, pos));
    };
  };
  def("str", "find", find(false, false));
  def("str", "rfind", find(true, false));
  def("str", "index", find(false, true));
  def("str", "rindex", find(true, true));

  def("str", "count", [=](Interpreter &in, Args a) -> Object * {
    STR_SELF("count")
    std::string sub;
    if (!in.checkArgs(a, "count", 2, 4) || !strArg(in, a, 1, "argument", sub))
      return nullptr;
    size_t start, end;
    if (!strBounds(in, a, 2, self, start, end))
      return nullptr;
    if (sub.empty())
      return sp.newInt((int64_t)codePointIndex(self, end) -
                       (int64_t)codePointIndex(self, start) + 1);
    return sp.newInt((int64_t)countOccurrences(self, sub, start, end));
  });

  def("str", "replace", [=](Interpreter &in, Args a) -> Object * {
    STR_SELF("replace")
    std::string from, to;
    if (!in.checkArgs(a, "replace", 3, 4) ||
        !strArg(in, a, 1, "replace() argument 1", from) ||
        !strArg(in, a, 2, "replace() argument 2", to))
      return nullptr;
    int64_t count = -1;
    if (a.args.size() > 3 && !in.toInt64(a.args[3], count, a.loc))
      return nullptr;
    std::string out;
    if (from.empty()) {
      int64_t n = 0;
      for (size_t i = 0; i <= self.size(); ++i) {
        if (count < 0 || n < count) {
          out += to;
          ++n;
        }
        if (i < self.size())
          out += self[i];
      }
      return sp.newStr(std::move(out));
    }
    size_t start = 0;
    int64_t n = 0;
    for (size_t pos; (count < 0 || n < count) &&
                     (pos = self.find(from, start)) != std::string::npos;
         ++n) {
      out.append(self, start, pos - start);
      out += to;
      start = pos + from.size();
    }
    out.append(self, start, std::string::npos);
    return sp.newStr(std::move(out));
  });

  auto mapChars = [=](const char *name, int mode) {
    return [=](Interpreter &in, Args a) -> Object * {
      STR_SELF(name)
      std::string out = self;
      bool startOfWord = true;
      for (size_t i = 0; i < out.size(); ++i) {
        unsigned char c = out[i];
        switch (mode) {
        case 0:
          out[i] = (char)std::tolower(c);
          break;
        case 1:
          out[i] = (char)std::toupper(c);
          break;
        case 2:
          out[i] = (char)(i == 0 ? std::toupper(c) : std::tolower(c));
          break;
        case 3:
          out[i] = (char)(startOfWord ? std::toupper(c) : std::tolower(c));
          startOfWord = !std::isalpha(c);
          break;
        case 4:
          out[i] = (char)(std::isupper(c) ? std::tolower(c) : std::toupper(c));
          break;
        }
      }
      return sp.newStr(std::move(out));
    };
  };
  def("str", "lower", mapChars("lower", 0));
  def("str", "casefold", mapChars("casefold", 0));
  def("str", "upper", mapChars("upper", 1));
  def("str", "capitalize", mapChars("capitalize", 2));
  def("str", "title", mapChars("title", 3));
  def("str", "swapcase", mapChars("swapcase", 4));

  auto predicate = [=](const char *name, int mode) {
    return [=](Interpreter &in, Args a) -> Object * {
      STR_SELF(name)
      if (mode == 4 || mode == 5) { // isupper / islower
        bool cased = false;
        for (unsigned char c : self) {
          if (mode == 4 ? std::islower(c) : std::isupper(c))
            return sp.falseObject();
          if (std::isalpha(c))
            cased = true;
        }
        return sp.newBool(cased);
      }
      if (mode == 6) { // isidentifier
        if (self.empty() || std::isdigit((unsigned char)self[0]))
          return sp.falseObject();
        for (unsigned char c : self)
          if (!(std::isalnum(c) || c == '_' || c >= 0x80))
            return sp.falseObject();
        return sp.trueObject();
      }
      if (self.empty())
        return sp.falseObject();
      for (unsigned char c : self) {
        bool ok = mode == 0   ? std::isdigit(c)
                  : mode == 1 ? (std::isalpha(c) || c >= 0x80)
                  : mode == 2 ? (std::isalnum(c) || c >= 0x80)
                              : isSpaceChar(c);
        if (!ok)
          return sp.falseObject();
      }
      return sp.trueObject();
    };
  };
  def("str", "isdigit", predicate("isdigit", 0));
  def("str", "isdecimal", predicate("isdecimal", 0));
  def("str", "isnumeric", predicate("isnumeric", 0));
  def("str", "isalpha", predicate("isalpha", 1));
  def("str", "isalnum", predicate("isalnum", 2));
  def("str", "isspace", predicate("isspace", 3));
  def("str", "isupper", predicate("isupper", 4));
  def("str", "islower", predicate("islower", 5));
  def("str", "isidentifier", predicate("isidentifier", 6));

  auto justify = [=](const char *name, int mode) { // 0 ljust 1 rjust 2 center
    return [=](Interpreter &in, Args a) -> Object * {
      STR_SELF(name)
      if (!in.checkArgs(a, name, 2, 3))
        return nullptr;
      int64_t width;
      if (!in.toInt64(a.args[1], width, a.loc))
        return nullptr;
      std::string fill = " ";
      if (a.args.size() > 2 && !strArg(in, a, 2, "fill character", fill))
        return nullptr;
      if (codePointCount(fill) != 1)
        return in.raise(sp.typeErrorClass,
                        "The fill character must be exactly one character "
                        "long",
                        a.loc);
      int64_t length = codePointCount(self);
      if (width <= length)
        return selfObj;
      width = std::min<int64_t>(width, 1 << 26);
      size_t pad = width - length;
      size_t left = mode == 0   ? 0
                    : mode == 1 ? pad
                                : pad / 2 + (pad & width & 1);
      std::string out;
      for (size_t k = 0; k < left; ++k)
        out += fill;
      out += self;
      for (size_t k = left; k < pad; ++k)
        out += fill;
      return sp.newStr(std::move(out));
    };
  };
  def("str", "ljust", justify("ljust", 0));
  def("str", "rjust", justify("rjust", 1));
  def("str", "center", justify("center", 2));

  def("str", "zfill", [=](Interpreter &in, Args a) -> Object * {
    STR_SELF("zfill")
    if (!in.checkArgs(a, "zfill", 2, 2))
      return nullptr;
    int64_t width;
    if (!in.toInt64(a.args[1], width, a.loc))
      return nullptr;
    int64_t length = codePointCount(self);
    if (width <= length)
      return selfObj;
    width = std::min<int64_t>(width, 1 << 26);
    std::string zeros(width - length, '0');
    if (!self.empty() && (self[0] == '+' || self[0] == '-'))
      return sp.newStr(self.substr(0, 1) + zeros + self.substr(1));
    return sp.newStr(zeros + self);
  });

  auto partition = [=](bool fromRight) {
    return [=](Interpreter &in, Args a) -> Object * {
      STR_SELF(fromRight ? "rpartition" : "partition")
      std::string sep;
      if (!in.checkArgs(a, "partition", 2, 2) ||
          !strArg(in, a, 1, "argument", sep))
        return nullptr;
      if (sep.empty())
        return in.raise(sp.valueErrorClass, "empty separator", a.loc);
      size_t pos = fromRight ? self.rfind(sep) : self.find(sep);
      if (pos == std::string::npos) {
        if (fromRight)
          return sp.newTuple({sp.newStr(""), sp.newStr(""), selfObj});
        return sp.newTuple({selfObj, sp.newStr(""), sp.newStr("")});
      }
      return sp.newTuple({sp.newStr(self.substr(0, pos)), sp.newStr(sep),
                          sp.newStr(self.substr(pos + sep.size()))});
    };
  };
  def("str", "partition", partition(false));
  def("str", "rpartition", partition(true));

  def("str", "format", [=](Interpreter &in, Args a) -> Object * {
    STR_SELF("format")
    return strFormatMethod(in, self, a, 1);
  });

  def("str", "encode", [=](Interpreter &in, Args a) -> Object * {
    STR_SELF("encode")
    return sp.newBytes(self);
  });

  def("str", "expandtabs", [=](Interpreter &in, Args a) -> Object * {
    STR_SELF("expandtabs")
    int64_t tab = 8;
    if (a.args.size() > 1 && !in.toInt64(a.args[1], tab, a.loc))
      return nullptr;
    std::string out;
    size_t column = 0;
    for (char c : self) {
      if (c == '\t') {
        if (tab > 0) {
          size_t n = tab - column % tab;
          out.append(n, ' ');
          column += n;
        }
      } else {
        out += c;
        column = (c == '\n' || c == '\r') ? 0 : column + 1;
      }
    }
    return sp.newStr(std::move(out));
  });
#undef STR_SELF

  //===------------------------------------------------------------------===//
  // bytes
  //===------------------------------------------------------------------===//

  def("bytes", "decode", [=](Interpreter &in, Args a) -> Object * {
    Object *self = selfAs(in, a, ObjKind::Bytes, "bytes", "decode");
    if (!self)
      return nullptr;
    return in.objectSpace().newStr(cast<BytesObject>(self)->value);
  });

  //===------------------------------------------------------------------===//
  // list
  //===------------------------------------------------------------------===//

#define LIST_SELF(NAME)                                                        \
  auto *selfObj = selfAs(in, a, ObjKind::List, "list", NAME);                  \
  if (!selfObj)                                                                \
    return nullptr;                                                            \
  auto &items = cast<ListObject>(selfObj)->items;                              \
  ObjectSpace &sp = in.objectSpace();                                          \
  (void)sp;                                                                    \
  (void)items;

  def("list", "append", [=](Interpreter &in, Args a) -> Object * {
    LIST_SELF("append")
    if (!in.checkArgs(a, "append", 2, 2))
      return nullptr;
    items.push_back(a.args[1]);
    return sp.none();
  });

  def("list", "extend", [=](Interpreter &in, Args a) -> Object * {
    LIST_SELF("extend")
    if (!in.checkArgs(a, "extend", 2, 2))
      return nullptr;
    std::vector<Object *> more;
    if (!in.unpackIterable(a.args[1], more, a.loc))
      return nullptr;
    items.insert(items.end(), more.begin(), more.end());
    return sp.none();
  });

  def("list", "insert", [=](Interpreter &in, Args a) -> Object * {
    LIST_SELF("insert")
    if (!in.checkArgs(a, "insert", 3, 3))
      return nullptr;
    int64_t i;
    if (!in.toInt64(a.args[1], i, a.loc))
      return nullptr;
    int64_t n = items.size();
    if (i < 0)
      i = std::max<int64_t>(0, i + n);
    i = std::min(i, n);
    items.insert(items.begin() + i, a.args[2]);
    return sp.none();
  });

  def("list", "pop", [=](Interpreter &in, Args a) -> Object * {
    LIST_SELF("pop")
    if (!in.checkArgs(a, "pop", 1, 2))
      return nullptr;
    int64_t i = -1;
    if (a.args.size() > 1 && !in.toInt64(a.args[1], i, a.loc))
      return nullptr;
    if (items.empty())
      return in.raise(sp.indexErrorClass, "pop from empty list", a.loc);
    if (!normalizeIndex(i, items.size()))
      return in.raise(sp.indexErrorClass, "pop index out of range", a.loc);
    Object *value = items[i];
    items.erase(items.begin() + i);
    return value;
  });

  def("list", "remove", [=](Interpreter &in, Args a) -> Object * {
    LIST_SELF("remove")
    if (!in.checkArgs(a, "remove", 2, 2))
      return nullptr;
    for (size_t i = 0; i < items.size(); ++i) {
      int eq = in.eqTest(items[i], a.args[1], a.loc);
      if (eq < 0)
        return nullptr;
      if (eq) {
        items.erase(items.begin() + i);
        return sp.none();
      }
    }
    return in.raise(sp.valueErrorClass, "list.remove(x): x not in list", a.loc);
  });

  def("list", "reverse", [=](Interpreter &in, Args a) -> Object * {
    LIST_SELF("reverse")
    std::reverse(items.begin(), items.end());
    return sp.none();
  });

  def("list", "sort", [=](Interpreter &in, Args a) -> Object * {
    LIST_SELF("sort")
    if (!in.checkArgs(a, "sort", 1, 1))
      return nullptr;
    if (!in.sortList(cast<ListObject>(selfObj), a.kwarg("key"),
                     a.kwarg("reverse"), a.loc))
      return nullptr;
    return sp.none();
  });

  def("list", "copy", [=](Interpreter &in, Args a) -> Object * {
    LIST_SELF("copy")
    return sp.newList(items);
  });

  def("list", "clear", [=](Interpreter &in, Args a) -> Object * {
    LIST_SELF("clear")
    items.clear();
    return sp.none();
  });
#undef LIST_SELF

  // index and count, shared by list and tuple.
  auto seqIndex = [=](const char *type, ObjKind kind) {
    return [=](Interpreter &in, Args a) -> Object * {
      Object *self = selfAs(in, a, kind, type, "index");
      if (!self || !in.checkArgs(a, "index", 2, 4))
        return nullptr;
      const auto &items = kind == ObjKind::List
                              ? cast<ListObject>(self)->items
                              : cast<TupleObject>(self)->items;
      size_t start, end;
      if (!sliceBounds(in, a, 2, items.size(), start, end))
        return nullptr;
      for (size_t i = start; i < end; ++i) {
        int eq = in.eqTest(items[i], a.args[1], a.loc);
        if (eq < 0)
          return nullptr;
        if (eq)
          return in.objectSpace().newInt((int64_t)i);
      }
      if (kind == ObjKind::Tuple)
        return in.raise(in.objectSpace().valueErrorClass,
                        "tuple.index(x): x not in tuple", a.loc);
      std::string text;
      if (!in.reprOf(a.args[1], text, a.loc))
        return nullptr;
      return in.raise(in.objectSpace().valueErrorClass,
                      text + " is not in list", a.loc);
    };
  };
  auto seqCount = [=](const char *type, ObjKind kind) {
    return [=](Interpreter &in, Args a) -> Object * {
      Object *self = selfAs(in, a, kind, type, "count");
      if (!self || !in.checkArgs(a, "count", 2, 2))
        return nullptr;
      const auto &items = kind == ObjKind::List
                              ? cast<ListObject>(self)->items
                              : cast<TupleObject>(self)->items;
      int64_t n = 0;
      for (Object *item : items) {
        int eq = in.eqTest(item, a.args[1], a.loc);
        if (eq < 0)
          return nullptr;
        n += eq;
      }
      return in.objectSpace().newInt(n);
    };
  };
  def("list", "index", seqIndex("list", ObjKind::List));
  def("list", "count", seqCount("list", ObjKind::List));
  def("tuple", "index", seqIndex("tuple", ObjKind::Tuple));
  def("tuple", "count", seqCount("tuple", ObjKind::Tuple));

  //===------------------------------------------------------------------===//
  // dict
  //===------------------------------------------------------------------===//

#define DICT_SELF(NAME)                                                        \
  auto *selfObj = selfAs(in, a, ObjKind::Dict, "dict", NAME);                  \
  if (!selfObj)                                                                \
    return nullptr;                                                            \
  auto *dict = cast<DictObject>(selfObj);                                      \
  ObjectSpace &sp = in.objectSpace();                                          \
  (void)sp;

  def("dict", "get", [=](Interpreter &in, Args a) -> Object * {
    DICT_SELF("get")
    if (!in.checkArgs(a, "get", 2, 3))
      return nullptr;
    Object *value;
    int found = in.dictLookup(dict, a.args[1], value, a.loc);
    if (found < 0)
      return nullptr;
    if (found)
      return value;
    return a.args.size() > 2 ? a.args[2] : sp.none();
  });

  def("dict", "setdefault", [=](Interpreter &in, Args a) -> Object * {
    DICT_SELF("setdefault")
    if (!in.checkArgs(a, "setdefault", 2, 3))
      return nullptr;
    Object *value;
    int found = in.dictLookup(dict, a.args[1], value, a.loc);
    if (found < 0)
      return nullptr;
    if (found)
      return value;
    value = a.args.size() > 2 ? a.args[2] : sp.none();
    return in.dictStore(dict, a.args[1], value, a.loc) ? value : nullptr;
  });

  def("dict", "pop", [=](Interpreter &in, Args a) -> Object * {
    DICT_SELF("pop")
    if (!in.checkArgs(a, "pop", 2, 3))
      return nullptr;
    Object *value;
    int removed = in.dictRemove(dict, a.args[1], value, a.loc);
    if (removed < 0)
      return nullptr;
    if (removed)
      return value;
    if (a.args.size() > 2)
      return a.args[2];
    return in.raiseObject(in.newException(sp.keyErrorClass, {a.args[1]}),
                          a.loc);
  });

  def("dict", "popitem", [=](Interpreter &in, Args a) -> Object * {
    DICT_SELF("popitem")
    if (dict->size() == 0)
      return in.raiseObject(
          in.newException(sp.keyErrorClass,
                          {sp.newStr("popitem(): dictionary is empty")}),
          a.loc);
    auto last = dict->items().back();
    dict->table.eraseAt(dict->size() - 1);
    return sp.newTuple({last.key, last.value});
  });

  // keys/values/items return lists: views are not RPython, and a list
  // iterates, tests membership and converts like the view does.
  def("dict", "keys", [=](Interpreter &in, Args a) -> Object * {
    DICT_SELF("keys")
    std::vector<Object *> out;
    for (const auto &e : dict->items())
      out.push_back(e.key);
    return sp.newList(std::move(out));
  });
  def("dict", "values", [=](Interpreter &in, Args a) -> Object * {
    DICT_SELF("values")
    std::vector<Object *> out;
    for (const auto &e : dict->items())
      out.push_back(e.value);
    return sp.newList(std::move(out));
  });
  def("dict", "items", [=](Interpreter &in, Args a) -> Object * {
    DICT_SELF("items")
    std::vector<Object *> out;
    for (const auto &e : dict->items())
      out.push_back(sp.newTuple({e.key, e.value}));
    return sp.newList(std::move(out));
  });

  def("dict", "copy", [=](Interpreter &in, Args a) -> Object * {
    DICT_SELF("copy")
    DictObject *copy = sp.newDict();
    copy->table = dict->table;
    return copy;
  });

  def("dict", "clear", [=](Interpreter &in, Args a) -> Object * {
    DICT_SELF("clear")
    dict->table.clear();
    return sp.none();
  });

  def("dict", "update", [=](Interpreter &in, Args a) -> Object * {
    DICT_SELF("update")
    if (!in.checkArgs(a, "update", 1, 2))
      return nullptr;
    if (a.args.size() > 1) {
      CallArgs inner;
      inner.args = {a.args[1]};
      inner.loc = a.loc;
      Object *other = sp.dictClass->construct(in, inner);
      if (!other || !in.dictMerge(dict, cast<DictObject>(other), a.loc))
        return nullptr;
    }
    for (const auto &[key, value] : a.kwargs)
      dict->set(sp.newStr(key), value);
    return sp.none();
  });

  // Reached as a bound method of the class: dict.fromkeys(keys, value).
  def("dict", "fromkeys", [=](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (!in.checkArgs(a, "fromkeys", 2, 3))
      return nullptr;
    std::vector<Object *> keys;
    if (!in.unpackIterable(a.args[1], keys, a.loc))
      return nullptr;
    DictObject *dict = sp.newDict();
    Object *value = a.args.size() > 2 ? a.args[2] : sp.none();
    for (Object *key : keys)
      if (!in.dictStore(dict, key, value, a.loc))
        return nullptr;
    return dict;
  });
#undef DICT_SELF

  //===------------------------------------------------------------------===//
  // set: CPython's algorithms (see Interpreter::setUpdate and friends), so
  // that results iterate in CPython's order.
  //===------------------------------------------------------------------===//

#define SET_SELF(NAME)                                                         \
  auto *selfObj = selfAs(in, a, ObjKind::Set, "set", NAME);                    \
  if (!selfObj)                                                                \
    return nullptr;                                                            \
  auto *set = cast<SetObject>(selfObj);                                        \
  ObjectSpace &sp = in.objectSpace();                                          \
  (void)sp;

  def("set", "add", [=](Interpreter &in, Args a) -> Object * {
    SET_SELF("add")
    if (!in.checkArgs(a, "add", 2, 2) || !in.setAdd(set, a.args[1], a.loc))
      return nullptr;
    return sp.none();
  });
  def("set", "remove", [=](Interpreter &in, Args a) -> Object * {
    SET_SELF("remove")
    if (!in.checkArgs(a, "remove", 2, 2))
      return nullptr;
    int removed = in.setDiscard(set, a.args[1], a.loc);
    if (removed < 0)
      return nullptr;
    if (!removed)
      return in.raiseObject(in.newException(sp.keyErrorClass, {a.args[1]}),
                            a.loc);
    return sp.none();
  });
  def("set", "discard", [=](Interpreter &in, Args a) -> Object * {
    SET_SELF("discard")
    if (!in.checkArgs(a, "discard", 2, 2) ||
        in.setDiscard(set, a.args[1], a.loc) < 0)
      return nullptr;
    return sp.none();
  });
  def("set", "pop", [=](Interpreter &in, Args a) -> Object * {
    SET_SELF("pop")
    if (Object *element = set->table.pop())
      return element;
    return in.raiseObject(
        in.newException(sp.keyErrorClass, {sp.newStr("pop from an empty set")}),
        a.loc);
  });
  def("set", "copy", [=](Interpreter &in, Args a) -> Object * {
    SET_SELF("copy")
    return in.newSetFrom(set, a.loc);
  });
  def("set", "clear", [=](Interpreter &in, Args a) -> Object * {
    SET_SELF("clear")
    set->table.clear();
    return sp.none();
  });

  def("set", "union", [=](Interpreter &in, Args a) -> Object * {
    SET_SELF("union")
    SetObject *result = in.newSetFrom(set, a.loc);
    for (size_t i = 1; result && i < a.args.size(); ++i)
      if (a.args[i] != set && !in.setUpdate(result, a.args[i], a.loc))
        return nullptr;
    return result;
  });
  def("set", "update", [=](Interpreter &in, Args a) -> Object * {
    SET_SELF("update")
    for (size_t i = 1; i < a.args.size(); ++i)
      if (!in.setUpdate(set, a.args[i], a.loc))
        return nullptr;
    return sp.none();
  });
  // set_intersection_multi: intersect with each argument in turn.
  auto intersectAll = [](Interpreter &in, SetObject *set, Args a) {
    if (a.args.size() < 2)
      return in.newSetFrom(set, a.loc);
    SetObject *result = set;
    for (size_t i = 1; result && i < a.args.size(); ++i)
      result = in.setIntersection(result, a.args[i], a.loc);
    return result;
  };
  def("set", "intersection", [=](Interpreter &in, Args a) -> Object * {
    SET_SELF("intersection")
    return intersectAll(in, set, a);
  });
  def("set", "intersection_update", [=](Interpreter &in, Args a) -> Object * {
    SET_SELF("intersection_update")
    SetObject *result = intersectAll(in, set, a);
    if (!result)
      return nullptr;
    set->table.swapBodies(result->table);
    return sp.none();
  });
  // set_difference_multi: a difference, then removals in place.
  def("set", "difference", [=](Interpreter &in, Args a) -> Object * {
    SET_SELF("difference")
    if (a.args.size() < 2)
      return in.newSetFrom(set, a.loc);
    SetObject *result = in.setDifference(set, a.args[1], a.loc);
    for (size_t i = 2; result && i < a.args.size(); ++i)
      if (!in.setDifferenceUpdate(result, a.args[i], a.loc))
        return nullptr;
    return result;
  });
  def("set", "difference_update", [=](Interpreter &in, Args a) -> Object * {
    SET_SELF("difference_update")
    for (size_t i = 1; i < a.args.size(); ++i)
      if (!in.setDifferenceUpdate(set, a.args[i], a.loc))
        return nullptr;
    return sp.none();
  });
  def("set", "symmetric_difference",
      [=](Interpreter &in, Args a) -> Object * {
        SET_SELF("symmetric_difference")
        if (!in.checkArgs(a, "symmetric_difference", 2, 2))
          return nullptr;
        return in.setSymmetricDifference(set, a.args[1], a.loc);
      });
  def("set", "symmetric_difference_update",
      [=](Interpreter &in, Args a) -> Object * {
        SET_SELF("symmetric_difference_update")
        if (!in.checkArgs(a, "symmetric_difference_update", 2, 2) ||
            !in.setSymmetricDifferenceUpdate(set, a.args[1], a.loc))
          return nullptr;
        return sp.none();
      });

  auto setRelation = [=](const char *name, int mode) {
    return [=](Interpreter &in, Args a) -> Object * {
      SET_SELF(name)
      if (!in.checkArgs(a, name, 2, 2))
        return nullptr;
      auto *other = dyn_cast<SetObject>(a.args[1]);
      if (!other && !(other = in.newSetFrom(a.args[1], a.loc)))
        return nullptr;
      int result;
      if (mode == 2) {
        SetObject *common = in.setIntersection(set, other, a.loc);
        if (!common)
          return nullptr;
        result = common->size() == 0;
      } else {
        result = mode == 0 ? in.setIsSubset(set, other, a.loc)
                           : in.setIsSubset(other, set, a.loc);
      }
      return result < 0 ? nullptr : sp.newBool(result);
    };
  };
  def("set", "issubset", setRelation("issubset", 0));
  def("set", "issuperset", setRelation("issuperset", 1));
  def("set", "isdisjoint", setRelation("isdisjoint", 2));
#undef SET_SELF

  //===------------------------------------------------------------------===//
  // int and float
  //===------------------------------------------------------------------===//

  def("int", "bit_length", [=](Interpreter &in, Args a) -> Object * {
    __int128 v;
    if (a.args.empty() || !intLikeValue(a.args[0], v))
      return in.raise(in.objectSpace().typeErrorClass,
                      "descriptor 'bit_length' requires an 'int' object",
                      a.loc);
    unsigned __int128 m =
        v < 0 ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
    int64_t bits = 0;
    while (m) {
      ++bits;
      m >>= 1;
    }
    return in.objectSpace().newInt(bits);
  });

  def("float", "is_integer", [=](Interpreter &in, Args a) -> Object * {
    Object *self = selfAs(in, a, ObjKind::Float, "float", "is_integer");
    if (!self)
      return nullptr;
    double d = cast<FloatObject>(self)->value;
    return in.objectSpace().newBool(std::isfinite(d) && std::floor(d) == d);
  });
}
