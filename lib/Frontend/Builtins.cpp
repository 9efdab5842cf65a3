//===- Builtins.cpp - The builtins module at import time ------------------===//
//
// len, range, isinstance, sorted, print, ... and the constructors of the
// built-in types (int(), str(), dict(), ...). Each built-in's qualified name
// is its plain name ("len") so the flow builder recognises it.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/InterpreterImpl.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace rpy::frontend;

namespace {
using Args = const CallArgs &;

/// A stable merge sort whose comparison may fail (user __lt__, key
/// functions); std::stable_sort must not be given a comparator that fails
/// or is inconsistent.
bool mergeSort(std::vector<Object *> &items,
               const std::function<int(Object *, Object *)> &less) {
  std::vector<Object *> buffer(items.size());
  for (size_t width = 1; width < items.size(); width *= 2) {
    for (size_t lo = 0; lo < items.size(); lo += 2 * width) {
      size_t mid = std::min(lo + width, items.size());
      size_t hi = std::min(lo + 2 * width, items.size());
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        int lt = less(items[j], items[i]);
        if (lt < 0)
          return false;
        buffer[k++] = lt ? items[j++] : items[i++];
      }
      while (i < mid)
        buffer[k++] = items[i++];
      while (j < hi)
        buffer[k++] = items[j++];
    }
    items.swap(buffer);
  }
  return true;
}

std::string encodeUtf8(uint32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += (char)cp;
  } else if (cp < 0x800) {
    out += (char)(0xC0 | (cp >> 6));
    out += (char)(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += (char)(0xE0 | (cp >> 12));
    out += (char)(0x80 | ((cp >> 6) & 0x3F));
    out += (char)(0x80 | (cp & 0x3F));
  } else {
    out += (char)(0xF0 | (cp >> 18));
    out += (char)(0x80 | ((cp >> 12) & 0x3F));
    out += (char)(0x80 | ((cp >> 6) & 0x3F));
    out += (char)(0x80 | (cp & 0x3F));
  }
  return out;
}

/// Parses Python int() text in `base` (0 = from prefix); false if invalid.
bool parseIntText(const std::string &input, int base, __int128 &out,
                  bool &tooBig) {
  tooBig = false;
  size_t b = input.find_first_not_of(" \t\n\r\f\v");
  size_t e = input.find_last_not_of(" \t\n\r\f\v");
  if (b == std::string::npos)
    return false;
  std::string s = input.substr(b, e - b + 1);
  bool negative = false;
  size_t i = 0;
  if (s[i] == '+' || s[i] == '-')
    negative = s[i++] == '-';
  if (i + 1 < s.size() && s[i] == '0') {
    char p = s[i + 1] | 0x20;
    int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefixBase && (base == 0 || base == prefixBase)) {
      base = prefixBase;
      i += 2;
      if (i < s.size() && s[i] == '_')
        ++i;
    }
  }
  if (base == 0)
    base = 10;
  if (i >= s.size())
    return false;
  unsigned __int128 value = 0;
  const unsigned __int128 limit = (unsigned __int128)1 << 127;
  bool lastUnderscore = true;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (lastUnderscore)
        return false;
      lastUnderscore = true;
      continue;
    }
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'z' ? c - 'a' + 10
            : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                                   : 99;
    if (d >= base)
      return false;
    lastUnderscore = false;
    if (value > (limit - d) / base)
      tooBig = true;
    else
      value = value * base + d;
  }
  if (lastUnderscore)
    return false;
  if (!negative && value == limit)
    tooBig = true;
  out = negative ? -(__int128)(value - (value == limit)) - (value == limit)
                 : (__int128)value;
  return true;
}

std::string intToBase(__int128 v, unsigned base, const char *prefix) {
  bool negative = v < 0;
  unsigned __int128 m =
      negative ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
  std::string digits;
  do {
    digits += "0123456789abcdef"[(unsigned)(m % base)];
    m /= base;
  } while (m);
  std::reverse(digits.begin(), digits.end());
  return (negative ? "-" : "") + std::string(prefix) + digits;
}
} // namespace

BuiltinFunctionObject *Interpreter::defBuiltin(ModuleObject *mod,
                                               const std::string &name,
                                               BuiltinImpl impl) {
  std::string qualname = mod == builtinsMod ? name : mod->name + "." + name;
  BuiltinFunctionObject *fn = space.newBuiltin(qualname, std::move(impl));
  mod->globals.set(name, fn);
  return fn;
}

ModuleObject *Interpreter::newLibraryModule(const std::string &name,
                                            bool isPackage) {
  auto *mod = space.make<ModuleObject>();
  mod->name = name;
  mod->isBuiltin = true;
  mod->isPackage = isPackage;
  mod->initialized = true;
  mod->globals.set("__name__", space.newStr(name));
  moduleMap[name] = mod;
  moduleList.push_back(mod);
  return mod;
}

void Interpreter::initBuiltins() {
  builtinsMod = space.make<ModuleObject>();
  builtinsMod->name = "builtins";
  builtinsMod->isBuiltin = true;
  builtinsMod->initialized = true;
  moduleMap["builtins"] = builtinsMod;
  ModuleObject *b = builtinsMod;
  AttrDict &g = b->globals;

  // Classes.
  for (ClassObject *cls : space.builtinClasses())
    if (cls->isSubclassOf(space.baseExceptionClass))
      g.set(cls->name, cls);
  g.set("EnvironmentError", space.osErrorClass);
  g.set("IOError", space.osErrorClass);
  for (ClassObject *cls :
       {space.objectClass, space.typeClass, space.intClass, space.boolClass,
        space.floatClass, space.strClass, space.bytesClass, space.tupleClass,
        space.listClass, space.dictClass, space.setClass, space.rangeClass,
        space.staticMethodClass, space.classMethodClass, space.sliceClass})
    g.set(cls->name, cls);
  g.set("frozenset", space.setClass);
  g.set("NotImplemented", space.notImplemented());
  g.set("Ellipsis", space.ellipsis());
  g.set("__debug__", space.trueObject());

  superClass = space.newBuiltinClass("super", {space.objectClass});
  g.set("super", superClass);
  superClass->construct = [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (a.args.size() != 2)
      return in.raise(sp.runtimeErrorClass,
                      "super() needs a class and an instance at import time",
                      a.loc);
    auto *cls = dyn_cast<ClassObject>(a.args[0]);
    if (!cls)
      return in.raise(sp.typeErrorClass,
                      "super() argument 1 must be a type, not " +
                          typeName(a.args[0]),
                      a.loc);
    Object *self = a.args[1];
    ClassObject *selfClass =
        isa<ClassObject>(self) ? cast<ClassObject>(self) : sp.typeOf(self);
    if (!selfClass->isSubclassOf(cls))
      return in.raise(sp.typeErrorClass,
                      "super(type, obj): obj must be an instance or subtype "
                      "of type",
                      a.loc);
    InstanceObject *inst = sp.newInstance(in.superClass);
    inst->dict.set("__thisclass__", cls);
    inst->dict.set("__self__", self);
    return inst;
  };

  // object.__init__ and BaseException.__init__, reachable through super().
  objectInit = space.newBuiltin(
      "object.__init__", [](Interpreter &in, Args a) -> Object * {
        if (a.args.size() > 1 || !a.kwargs.empty())
          return in.raise(in.objectSpace().typeErrorClass,
                          "object.__init__() takes exactly one argument (the "
                          "instance to initialize)",
                          a.loc);
        return in.objectSpace().none();
      });
  space.objectClass->dict.set("__init__", objectInit);
  space.baseExceptionClass->dict.set(
      "__init__",
      space.newBuiltin(
          "BaseException.__init__", [](Interpreter &in, Args a) -> Object * {
            if (a.args.empty())
              return in.objectSpace().none();
            if (auto *self = dyn_cast<InstanceObject>(a.args[0]))
              self->dict.set("args",
                             in.objectSpace().newTuple(std::vector<Object *>(
                                 a.args.begin() + 1, a.args.end())));
            return in.objectSpace().none();
          }));

  // Constructors of the built-in types.

  space.intClass->construct = [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (!in.checkArgs(a, "int", 0, 2))
      return nullptr;
    Object *baseObj = a.args.size() > 1 ? a.args[1] : a.kwarg("base");
    if (a.args.empty())
      return sp.newInt(0);
    Object *x = a.args[0];
    if (baseObj) {
      int64_t base;
      if (!in.toInt64(baseObj, base, a.loc))
        return nullptr;
      auto *s = dyn_cast<StrObject>(x);
      if (!s)
        return in.raise(sp.typeErrorClass,
                        "int() can't convert non-string with explicit base",
                        a.loc);
      if (base != 0 && (base < 2 || base > 36))
        return in.raise(sp.valueErrorClass,
                        "int() base must be >= 2 and <= 36, or 0", a.loc);
      __int128 v;
      bool tooBig;
      if (!parseIntText(s->value, (int)base, v, tooBig))
        return in.raise(sp.valueErrorClass,
                        "invalid literal for int() with base " +
                            std::to_string(base) + ": " + reprString(s->value),
                        a.loc);
      if (tooBig)
        return in.raise(sp.overflowErrorClass,
                        "int too large for import-time evaluation", a.loc);
      return sp.newInt128(v);
    }
    __int128 v;
    if (intLikeValue(x, v))
      return sp.newInt128(v);
    if (auto *f = dyn_cast<FloatObject>(x)) {
      if (std::isnan(f->value))
        return in.raise(sp.valueErrorClass,
                        "cannot convert float NaN to integer", a.loc);
      if (std::isinf(f->value))
        return in.raise(sp.overflowErrorClass,
                        "cannot convert float infinity to integer", a.loc);
      double t = std::trunc(f->value);
      if (std::fabs(t) >= 1.7e38)
        return in.raise(sp.overflowErrorClass,
                        "int too large for import-time evaluation", a.loc);
      return sp.newInt128((__int128)t);
    }
    if (auto *s = dyn_cast<StrObject>(x)) {
      bool tooBig;
      if (!parseIntText(s->value, 10, v, tooBig))
        return in.raise(sp.valueErrorClass,
                        "invalid literal for int() with base 10: " +
                            reprString(s->value),
                        a.loc);
      if (tooBig)
        return in.raise(sp.overflowErrorClass,
                        "int too large for import-time evaluation", a.loc);
      return sp.newInt128(v);
    }
    for (const char *method : {"__int__", "__index__"}) {
      bool found;
      Object *r = in.callUserMethod(x, method, {}, a.loc, found);
      if (found)
        return r;
    }
    return in.raise(sp.typeErrorClass,
                    "int() argument must be a string, a bytes-like object or "
                    "a real number, not '" +
                        typeName(x) + "'",
                    a.loc);
  };

  space.boolClass->construct = [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "bool", 0, 1))
      return nullptr;
    if (a.args.empty())
      return in.objectSpace().falseObject();
    int truth = in.isTrue(a.args[0]);
    return truth < 0 ? nullptr : in.objectSpace().newBool(truth);
  };

  space.floatClass->construct = [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (!in.checkArgs(a, "float", 0, 1))
      return nullptr;
    if (a.args.empty())
      return sp.newFloat(0.0);
    Object *x = a.args[0];
    if (auto *f = dyn_cast<FloatObject>(x))
      return f;
    __int128 v;
    if (intLikeValue(x, v))
      return sp.newFloat((double)v);
    if (auto *s = dyn_cast<StrObject>(x)) {
      std::string text;
      for (char c : s->value)
        if (c != '_')
          text += c;
      size_t b = text.find_first_not_of(" \t\n\r\f\v");
      size_t e = text.find_last_not_of(" \t\n\r\f\v");
      std::string t = b == std::string::npos ? "" : text.substr(b, e - b + 1);
      std::string lower;
      for (char c : t)
        lower += (char)std::tolower((unsigned char)c);
      std::string body = lower;
      bool negative = false;
      if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
        negative = body[0] == '-';
        body = body.substr(1);
      }
      if (body == "inf" || body == "infinity")
        return sp.newFloat(negative ? -INFINITY : INFINITY);
      if (body == "nan")
        return sp.newFloat(negative ? -NAN : NAN);
      bool valid = !t.empty() &&
                   t.find_first_not_of("0123456789+-.eE") == std::string::npos;
      char *end = nullptr;
      double d = valid ? std::strtod(t.c_str(), &end) : 0;
      if (!valid || !end || *end)
        return in.raise(sp.valueErrorClass,
                        "could not convert string to float: " +
                            reprString(s->value),
                        a.loc);
      return sp.newFloat(d);
    }
    bool found;
    Object *r = in.callUserMethod(x, "__float__", {}, a.loc, found);
    if (found)
      return r;
    return in.raise(sp.typeErrorClass,
                    "float() argument must be a string or a real number, "
                    "not '" +
                        typeName(x) + "'",
                    a.loc);
  };

  space.strClass->construct = [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "str", 0, 3))
      return nullptr;
    if (a.args.empty())
      return in.objectSpace().newStr("");
    if (auto *bytes = dyn_cast<BytesObject>(a.args[0]))
      if (a.args.size() > 1 || a.kwarg("encoding"))
        return in.objectSpace().newStr(bytes->value);
    std::string out;
    if (!in.strOf(a.args[0], out, a.loc))
      return nullptr;
    return in.objectSpace().newStr(std::move(out));
  };

  space.bytesClass->construct = [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (!in.checkArgs(a, "bytes", 0, 3))
      return nullptr;
    if (a.args.empty())
      return sp.newBytes("");
    Object *x = a.args[0];
    if (auto *s = dyn_cast<StrObject>(x))
      return sp.newBytes(s->value);
    if (auto *bytes = dyn_cast<BytesObject>(x))
      return bytes;
    __int128 n;
    if (intLikeValue(x, n)) {
      if (n < 0 || n > (1 << 28))
        return in.raise(sp.valueErrorClass, "negative count", a.loc);
      return sp.newBytes(std::string((size_t)n, '\0'));
    }
    std::vector<Object *> items;
    if (!in.unpackIterable(x, items, a.loc))
      return nullptr;
    std::string out;
    for (Object *item : items) {
      __int128 v;
      if (!intLikeValue(item, v) || v < 0 || v > 255)
        return in.raise(sp.valueErrorClass, "bytes must be in range(0, 256)",
                        a.loc);
      out += (char)v;
    }
    return sp.newBytes(std::move(out));
  };

  space.tupleClass->construct = [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "tuple", 0, 1))
      return nullptr;
    if (a.args.empty())
      return in.objectSpace().newTuple({});
    if (isa<TupleObject>(a.args[0]))
      return a.args[0];
    std::vector<Object *> items;
    if (!in.unpackIterable(a.args[0], items, a.loc))
      return nullptr;
    return in.objectSpace().newTuple(std::move(items));
  };

  space.listClass->construct = [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "list", 0, 1))
      return nullptr;
    std::vector<Object *> items;
    if (!a.args.empty() && !in.unpackIterable(a.args[0], items, a.loc))
      return nullptr;
    return in.objectSpace().newList(std::move(items));
  };

  space.setClass->construct = [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "set", 0, 1))
      return nullptr;
    return in.newSetFrom(a.args.empty() ? nullptr : a.args[0], a.loc);
  };

  space.dictClass->construct = [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (!in.checkArgs(a, "dict", 0, 1))
      return nullptr;
    DictObject *dict = sp.newDict();
    if (!a.args.empty()) {
      if (auto *src = dyn_cast<DictObject>(a.args[0])) {
        if (!in.dictMerge(dict, src, a.loc))
          return nullptr;
      } else {
        std::vector<Object *> pairs;
        if (!in.unpackIterable(a.args[0], pairs, a.loc))
          return nullptr;
        for (size_t i = 0; i < pairs.size(); ++i) {
          std::vector<Object *> kv;
          if (!in.unpackIterable(pairs[i], kv, a.loc))
            return nullptr;
          if (kv.size() != 2)
            return in.raise(sp.valueErrorClass,
                            "dictionary update sequence element #" +
                                std::to_string(i) + " has length " +
                                std::to_string(kv.size()) + "; 2 is required",
                            a.loc);
          if (!in.dictStore(dict, kv[0], kv[1], a.loc))
            return nullptr;
        }
      }
    }
    for (const auto &[key, value] : a.kwargs)
      dict->set(sp.newStr(key), value);
    return dict;
  };

  space.rangeClass->construct = [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (!in.noKwargs(a, "range") || !in.checkArgs(a, "range", 1, 3))
      return nullptr;
    int64_t values[3] = {0, 0, 1};
    for (size_t i = 0; i < a.args.size(); ++i) {
      if (isa<FloatObject>(a.args[i]))
        return in.raise(sp.typeErrorClass,
                        "'float' object cannot be interpreted as an integer",
                        a.loc);
      if (!in.toInt64(a.args[i], values[i], a.loc))
        return nullptr;
    }
    if (a.args.size() == 1)
      return sp.make<RangeObject>(0, values[0], 1);
    if (values[2] == 0)
      return in.raise(sp.valueErrorClass, "range() arg 3 must not be zero",
                      a.loc);
    return sp.make<RangeObject>(values[0], values[1], values[2]);
  };

  space.sliceClass->construct = [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (!in.checkArgs(a, "slice", 1, 3))
      return nullptr;
    if (a.args.size() == 1)
      return sp.make<SliceObject>(sp.none(), a.args[0], sp.none());
    return sp.make<SliceObject>(a.args[0], a.args[1],
                                a.args.size() > 2 ? a.args[2] : sp.none());
  };

  space.staticMethodClass->construct = [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "staticmethod", 1, 1))
      return nullptr;
    return in.objectSpace().make<StaticMethodObject>(a.args[0]);
  };
  space.classMethodClass->construct = [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "classmethod", 1, 1))
      return nullptr;
    return in.objectSpace().make<ClassMethodObject>(a.args[0]);
  };

  space.typeClass->construct = [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (a.args.size() == 1)
      return sp.typeOf(a.args[0]);
    if (a.args.size() != 3)
      return in.raise(sp.typeErrorClass, "type() takes 1 or 3 arguments",
                      a.loc);
    auto *name = dyn_cast<StrObject>(a.args[0]);
    auto *bases = dyn_cast<TupleObject>(a.args[1]);
    auto *ns = dyn_cast<DictObject>(a.args[2]);
    if (!name || !bases || !ns)
      return in.raise(sp.typeErrorClass,
                      "type() arguments must be (str, tuple, dict)", a.loc);
    auto *cls = sp.make<ClassObject>();
    cls->name = name->value;
    cls->qualname = name->value;
    ModuleObject *mod = in.frames.empty() ? nullptr : in.frames.back()->module;
    cls->module = mod;
    cls->fullName = (mod ? mod->name + "." : std::string()) + name->value;
    cls->loc = a.loc;
    for (Object *base : bases->items) {
      auto *bc = dyn_cast<ClassObject>(base);
      if (!bc)
        return in.raise(sp.typeErrorClass, "bases must be types", a.loc);
      cls->bases.push_back(bc);
    }
    if (cls->bases.empty())
      cls->bases.push_back(sp.objectClass);
    for (const auto &e : ns->items()) {
      auto *key = dyn_cast<StrObject>(e.key);
      if (!key)
        return in.raise(sp.typeErrorClass, "class namespace keys must be str",
                        a.loc);
      cls->dict.set(key->value, e.value);
    }
    if (!sp.computeMro(cls))
      return in.raise(sp.typeErrorClass,
                      "Cannot create a consistent method resolution order "
                      "(MRO)",
                      a.loc);
    return cls;
  };

  // Functions.
  defBuiltin(b, "len", [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (!in.checkArgs(a, "len", 1, 1))
      return nullptr;
    Object *x = a.args[0];
    switch (x->kind) {
    case ObjKind::Str:
      return sp.newInt(codePointCount(cast<StrObject>(x)->value));
    case ObjKind::Bytes:
      return sp.newInt(cast<BytesObject>(x)->value.size());
    case ObjKind::List:
      return sp.newInt(cast<ListObject>(x)->items.size());
    case ObjKind::Tuple:
      return sp.newInt(cast<TupleObject>(x)->items.size());
    case ObjKind::Dict:
      return sp.newInt(cast<DictObject>(x)->size());
    case ObjKind::Set:
      return sp.newInt(cast<SetObject>(x)->size());
    case ObjKind::Range:
      return sp.newInt(cast<RangeObject>(x)->length());
    default: {
      bool found;
      Object *r = in.callUserMethod(x, "__len__", {}, a.loc, found);
      if (found)
        return r;
      return in.raise(sp.typeErrorClass,
                      "object of type '" + typeName(x) + "' has no len()",
                      a.loc);
    }
    }
  });

  defBuiltin(b, "abs", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "abs", 1, 1))
      return nullptr;
    Object *x = a.args[0];
    if (auto *f = dyn_cast<FloatObject>(x))
      return in.objectSpace().newFloat(std::fabs(f->value));
    if (isa<UIntObject>(x))
      return x;
    __int128 v;
    if (intLikeValue(x, v)) {
      if (v >= 0)
        return in.objectSpace().newInt128(v);
      return in.unaryOp(UnaryOpKind::Neg, x, a.loc);
    }
    bool found;
    Object *r = in.callUserMethod(x, "__abs__", {}, a.loc, found);
    if (found)
      return r;
    return in.raise(in.objectSpace().typeErrorClass,
                    "bad operand type for abs(): '" + typeName(x) + "'", a.loc);
  });

  auto minMax = [](bool isMax) {
    return [isMax](Interpreter &in, Args a) -> Object * {
      ObjectSpace &sp = in.objectSpace();
      const char *name = isMax ? "max" : "min";
      if (a.args.empty())
        return in.raise(
            sp.typeErrorClass,
            std::string(name) + " expected at least 1 argument, got 0", a.loc);
      std::vector<Object *> items;
      if (a.args.size() == 1) {
        if (!in.unpackIterable(a.args[0], items, a.loc))
          return nullptr;
      } else {
        items = a.args;
      }
      Object *key = a.kwarg("key");
      if (key && isa<NoneObject>(key))
        key = nullptr;
      if (items.empty()) {
        if (Object *dflt = a.kwarg("default"))
          return dflt;
        return in.raise(sp.valueErrorClass,
                        std::string(name) + "() arg is an empty sequence",
                        a.loc);
      }
      Object *best = items[0];
      Object *bestKey = best;
      if (key && !(bestKey = in.call(key, {best}, a.loc)))
        return nullptr;
      for (size_t i = 1; i < items.size(); ++i) {
        Object *k = items[i];
        if (key && !(k = in.call(key, {items[i]}, a.loc)))
          return nullptr;
        Object *better = in.compare(isMax ? CmpOpKind::Gt : CmpOpKind::Lt, k,
                                    bestKey, a.loc);
        if (!better)
          return nullptr;
        int truth = in.isTrue(better);
        if (truth < 0)
          return nullptr;
        if (truth) {
          best = items[i];
          bestKey = k;
        }
      }
      return best;
    };
  };
  defBuiltin(b, "min", minMax(false));
  defBuiltin(b, "max", minMax(true));

  defBuiltin(b, "sum", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "sum", 1, 2))
      return nullptr;
    Object *total = a.args.size() > 1 ? a.args[1] : a.kwarg("start");
    if (!total)
      total = in.objectSpace().newInt(0);
    if (isa<StrObject>(total))
      return in.raise(in.objectSpace().typeErrorClass,
                      "sum() can't sum strings [use ''.join(seq) instead]",
                      a.loc);
    std::vector<Object *> items;
    if (!in.unpackIterable(a.args[0], items, a.loc))
      return nullptr;
    for (Object *item : items)
      if (!(total = in.binaryOp(BinOpKind::Add, total, item, a.loc)))
        return nullptr;
    return total;
  });

  auto anyAll = [](bool isAll) {
    return [isAll](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, isAll ? "all" : "any", 1, 1))
        return nullptr;
      Object *iter = in.getIter(a.args[0], a.loc);
      if (!iter)
        return nullptr;
      while (Object *item = in.iterNext(iter, a.loc)) {
        int truth = in.isTrue(item);
        if (truth < 0)
          return nullptr;
        if (truth != isAll)
          return in.objectSpace().newBool(!isAll);
      }
      if (in.pendingException())
        return nullptr;
      return in.objectSpace().newBool(isAll);
    };
  };
  defBuiltin(b, "any", anyAll(false));
  defBuiltin(b, "all", anyAll(true));

  defBuiltin(b, "sorted", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "sorted", 1, 1))
      return nullptr;
    std::vector<Object *> items;
    if (!in.unpackIterable(a.args[0], items, a.loc))
      return nullptr;
    ListObject *list = in.objectSpace().newList(std::move(items));
    if (!in.sortList(list, a.kwarg("key"), a.kwarg("reverse"), a.loc))
      return nullptr;
    return list;
  });

  defBuiltin(b, "reversed", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "reversed", 1, 1))
      return nullptr;
    Object *x = a.args[0];
    if (isa<SetObject>(x))
      return in.raise(in.objectSpace().typeErrorClass,
                      "'set' object is not reversible", a.loc);
    bool found;
    Object *r = in.callUserMethod(x, "__reversed__", {}, a.loc, found);
    if (found)
      return r;
    std::vector<Object *> items;
    if (!in.unpackIterable(x, items, a.loc))
      return nullptr;
    auto *iter = in.objectSpace().make<IteratorObject>();
    iter->items.assign(items.rbegin(), items.rend());
    return iter;
  });

  defBuiltin(b, "enumerate", [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (!in.checkArgs(a, "enumerate", 1, 2))
      return nullptr;
    int64_t start = 0;
    Object *startObj = a.args.size() > 1 ? a.args[1] : a.kwarg("start");
    if (startObj && !in.toInt64(startObj, start, a.loc))
      return nullptr;
    std::vector<Object *> items;
    if (!in.unpackIterable(a.args[0], items, a.loc))
      return nullptr;
    auto *iter = sp.make<IteratorObject>();
    for (size_t i = 0; i < items.size(); ++i)
      iter->items.push_back(sp.newTuple({sp.newInt(start + i), items[i]}));
    return iter;
  });

  defBuiltin(b, "zip", [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    std::vector<std::vector<Object *>> columns(a.args.size());
    size_t n = SIZE_MAX;
    for (size_t i = 0; i < a.args.size(); ++i) {
      if (!in.unpackIterable(a.args[i], columns[i], a.loc))
        return nullptr;
      n = std::min(n, columns[i].size());
    }
    auto *iter = sp.make<IteratorObject>();
    if (a.args.empty())
      return iter;
    for (size_t r = 0; r < n; ++r) {
      std::vector<Object *> row;
      for (auto &column : columns)
        row.push_back(column[r]);
      iter->items.push_back(sp.newTuple(std::move(row)));
    }
    return iter;
  });

  defBuiltin(b, "map", [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (a.args.size() < 2)
      return in.raise(sp.typeErrorClass,
                      "map() must have at least two arguments.", a.loc);
    std::vector<std::vector<Object *>> columns(a.args.size() - 1);
    size_t n = SIZE_MAX;
    for (size_t i = 1; i < a.args.size(); ++i) {
      if (!in.unpackIterable(a.args[i], columns[i - 1], a.loc))
        return nullptr;
      n = std::min(n, columns[i - 1].size());
    }
    auto *iter = sp.make<IteratorObject>();
    for (size_t r = 0; r < n; ++r) {
      std::vector<Object *> row;
      for (auto &column : columns)
        row.push_back(column[r]);
      Object *value = in.call(a.args[0], std::move(row), a.loc);
      if (!value)
        return nullptr;
      iter->items.push_back(value);
    }
    return iter;
  });

  defBuiltin(b, "filter", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "filter", 2, 2))
      return nullptr;
    std::vector<Object *> items;
    if (!in.unpackIterable(a.args[1], items, a.loc))
      return nullptr;
    auto *iter = in.objectSpace().make<IteratorObject>();
    for (Object *item : items) {
      Object *test = item;
      if (!isa<NoneObject>(a.args[0]) &&
          !(test = in.call(a.args[0], {item}, a.loc)))
        return nullptr;
      int truth = in.isTrue(test);
      if (truth < 0)
        return nullptr;
      if (truth)
        iter->items.push_back(item);
    }
    return iter;
  });

  defBuiltin(b, "iter", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "iter", 1, 1))
      return nullptr;
    return in.getIter(a.args[0], a.loc);
  });

  defBuiltin(b, "next", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "next", 1, 2))
      return nullptr;
    Object *item = in.iterNext(a.args[0], a.loc);
    if (item || in.pendingException())
      return item;
    if (a.args.size() > 1)
      return a.args[1];
    return in.raiseObject(
        in.newException(in.objectSpace().stopIterationClass, {}), a.loc);
  });

  defBuiltin(b, "repr", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "repr", 1, 1))
      return nullptr;
    std::string out;
    if (!in.reprOf(a.args[0], out, a.loc))
      return nullptr;
    return in.objectSpace().newStr(std::move(out));
  });
  g.set("ascii", g.get("repr"));

  defBuiltin(b, "format", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "format", 1, 2))
      return nullptr;
    std::string spec;
    if (a.args.size() > 1) {
      auto *s = dyn_cast<StrObject>(a.args[1]);
      if (!s)
        return in.raise(in.objectSpace().typeErrorClass,
                        "format() argument 2 must be str", a.loc);
      spec = s->value;
    }
    std::string out;
    if (!formatWithSpec(in, a.args[0], spec, out, a.loc))
      return nullptr;
    return in.objectSpace().newStr(std::move(out));
  });

  defBuiltin(b, "hash", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "hash", 1, 1))
      return nullptr;
    int64_t h;
    if (!in.hashOf(a.args[0], h, a.loc))
      return nullptr;
    return in.objectSpace().newInt(h);
  });

  defBuiltin(b, "id", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "id", 1, 1))
      return nullptr;
    // An address, which CPython's hash randomises as well: a __hash__
    // built from it is not reproducible (see Interpreter::keyHash).
    ++in.unstableHashes;
    return in.objectSpace().newInt(
        (int64_t) reinterpret_cast<uintptr_t>(a.args[0]));
  });

  defBuiltin(b, "chr", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "chr", 1, 1))
      return nullptr;
    int64_t v;
    if (!in.toInt64(a.args[0], v, a.loc))
      return nullptr;
    if (v < 0 || v > 0x10ffff)
      return in.raise(in.objectSpace().valueErrorClass,
                      "chr() arg not in range(0x110000)", a.loc);
    return in.objectSpace().newStr(encodeUtf8((uint32_t)v));
  });

  defBuiltin(b, "ord", [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (!in.checkArgs(a, "ord", 1, 1))
      return nullptr;
    if (auto *bytes = dyn_cast<BytesObject>(a.args[0])) {
      if (bytes->value.size() != 1)
        return in.raise(sp.typeErrorClass,
                        "ord() expected a character, but string of length " +
                            std::to_string(bytes->value.size()) + " found",
                        a.loc);
      return sp.newInt((unsigned char)bytes->value[0]);
    }
    auto *s = dyn_cast<StrObject>(a.args[0]);
    if (!s)
      return in.raise(sp.typeErrorClass,
                      "ord() expected string of length 1, but " +
                          typeName(a.args[0]) + " found",
                      a.loc);
    const std::string &v = s->value;
    // One code point, encoded in 1 to 4 bytes.
    uint32_t cp = v.empty() ? 0 : (unsigned char)v[0];
    size_t len = cp < 0x80         ? 1
                 : (cp >> 5) == 6  ? 2
                 : (cp >> 4) == 14 ? 3
                 : (cp >> 3) == 30 ? 4
                                   : 1;
    if (v.size() != len) {
      size_t chars = 0;
      for (unsigned char c : v)
        if ((c & 0xC0) != 0x80)
          ++chars;
      return in.raise(sp.typeErrorClass,
                      "ord() expected a character, but string of length " +
                          std::to_string(chars) + " found",
                      a.loc);
    }
    if (len > 1) {
      cp &= len == 2 ? 0x1f : len == 3 ? 0x0f : 0x07;
      for (size_t k = 1; k < len; ++k)
        cp = (cp << 6) | ((unsigned char)v[k] & 0x3f);
    }
    return sp.newInt(cp);
  });

  auto baseFn = [](const char *name, unsigned base, const char *prefix) {
    return [name, base, prefix](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, name, 1, 1))
        return nullptr;
      __int128 v;
      if (!intLikeValue(a.args[0], v))
        return in.raise(in.objectSpace().typeErrorClass,
                        "'" + typeName(a.args[0]) +
                            "' object cannot be interpreted as an integer",
                        a.loc);
      return in.objectSpace().newStr(intToBase(v, base, prefix));
    };
  };
  defBuiltin(b, "hex", baseFn("hex", 16, "0x"));
  defBuiltin(b, "oct", baseFn("oct", 8, "0o"));
  defBuiltin(b, "bin", baseFn("bin", 2, "0b"));

  defBuiltin(b, "round", [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (!in.checkArgs(a, "round", 1, 2))
      return nullptr;
    Object *x = a.args[0];
    Object *nd = a.args.size() > 1 ? a.args[1] : a.kwarg("ndigits");
    if (nd && isa<NoneObject>(nd))
      nd = nullptr;
    __int128 iv;
    if (intLikeValue(x, iv)) {
      if (!nd)
        return sp.newInt128(iv);
      int64_t digits;
      if (!in.toInt64(nd, digits, a.loc))
        return nullptr;
      if (digits >= 0)
        return sp.newInt128(iv);
      if (digits < -38)
        return sp.newInt(0);
      __int128 pow10 = 1;
      for (int64_t k = 0; k < -digits; ++k)
        pow10 *= 10;
      __int128 q = iv / pow10, r = iv % pow10;
      if (r < 0) {
        r += pow10;
        q -= 1;
      }
      // Round half to even.
      if (2 * r > pow10 || (2 * r == pow10 && (q & 1)))
        q += 1;
      return sp.newInt128(q * pow10);
    }
    auto *f = dyn_cast<FloatObject>(x);
    if (!f) {
      bool found;
      Object *r = in.callUserMethod(x, "__round__",
                                    nd ? std::vector<Object *>{nd}
                                       : std::vector<Object *>{},
                                    a.loc, found);
      if (found)
        return r;
      return in.raise(
          sp.typeErrorClass,
          "type " + typeName(x) + " doesn't define __round__ method", a.loc);
    }
    double d = f->value;
    if (!nd) {
      if (std::isnan(d))
        return in.raise(sp.valueErrorClass,
                        "cannot convert float NaN to integer", a.loc);
      if (std::isinf(d))
        return in.raise(sp.overflowErrorClass,
                        "cannot convert float infinity to integer", a.loc);
      double r = std::nearbyint(d);
      if (std::fabs(r) >= 1.7e38)
        return in.raise(sp.overflowErrorClass,
                        "int too large for import-time evaluation", a.loc);
      return sp.newInt128((__int128)r);
    }
    int64_t digits;
    if (!in.toInt64(nd, digits, a.loc))
      return nullptr;
    if (!std::isfinite(d) || d == 0)
      return sp.newFloat(d);
    if (digits > 300)
      return sp.newFloat(d);
    if (digits >= 0) {
      // glibc's printf rounds the exact binary value correctly, as
      // CPython's dtoa-based round() does.
      char buf[512];
      std::snprintf(buf, sizeof buf, "%.*f", (int)digits, d);
      return sp.newFloat(std::strtod(buf, nullptr));
    }
    if (digits < -308)
      return sp.newFloat(std::copysign(0.0, d));
    double pow10 = std::pow(10.0, (double)-digits);
    double y = d / pow10;
    double z = std::nearbyint(y);
    return sp.newFloat(z * pow10);
  });

  defBuiltin(b, "divmod", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "divmod", 2, 2))
      return nullptr;
    Object *q = in.binaryOp(BinOpKind::FloorDiv, a.args[0], a.args[1], a.loc);
    if (!q)
      return nullptr;
    Object *r = in.binaryOp(BinOpKind::Mod, a.args[0], a.args[1], a.loc);
    if (!r)
      return nullptr;
    return in.objectSpace().newTuple({q, r});
  });

  defBuiltin(b, "pow", [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (!in.checkArgs(a, "pow", 2, 3))
      return nullptr;
    if (a.args.size() == 2 || isa<NoneObject>(a.args[2]))
      return in.binaryOp(BinOpKind::Pow, a.args[0], a.args[1], a.loc);
    __int128 base, exp, mod;
    if (!intLikeValue(a.args[0], base) || !intLikeValue(a.args[1], exp) ||
        !intLikeValue(a.args[2], mod))
      return in.raise(sp.typeErrorClass,
                      "pow() 3rd argument not allowed unless all arguments "
                      "are integers",
                      a.loc);
    if (mod == 0)
      return in.raise(sp.valueErrorClass, "pow() 3rd argument cannot be 0",
                      a.loc);
    if (exp < 0)
      return in.raise(sp.valueErrorClass,
                      "negative exponent in three-argument pow() is not "
                      "supported at import time",
                      a.loc);
    if (mod > INT64_MAX || mod < -INT64_MAX)
      return in.raise(sp.overflowErrorClass,
                      "pow() modulus too large for import-time evaluation",
                      a.loc);
    __int128 m = mod < 0 ? -mod : mod;
    __int128 result = 1 % m, b = ((base % m) + m) % m;
    for (; exp > 0; exp >>= 1) {
      if (exp & 1)
        result = result * b % m;
      b = b * b % m;
    }
    if (mod < 0 && result != 0)
      result += mod;
    return sp.newInt128(result);
  });

  defBuiltin(b, "isinstance", [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (!in.checkArgs(a, "isinstance", 2, 2))
      return nullptr;
    std::vector<Object *> classes{a.args[1]};
    for (size_t i = 0; i < classes.size(); ++i) {
      if (auto *t = dyn_cast<TupleObject>(classes[i])) {
        classes.insert(classes.end(), t->items.begin(), t->items.end());
        continue;
      }
      auto *cls = dyn_cast<ClassObject>(classes[i]);
      if (!cls)
        return in.raise(sp.typeErrorClass,
                        "isinstance() arg 2 must be a type, a tuple of types, "
                        "or a union",
                        a.loc);
      if (sp.isInstance(a.args[0], cls))
        return sp.trueObject();
      // r_uint values are ints for isinstance(x, int).
      if (cls == sp.intClass && isa<UIntObject>(a.args[0]))
        return sp.trueObject();
    }
    return sp.falseObject();
  });

  defBuiltin(b, "issubclass", [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    if (!in.checkArgs(a, "issubclass", 2, 2))
      return nullptr;
    auto *sub = dyn_cast<ClassObject>(a.args[0]);
    if (!sub)
      return in.raise(sp.typeErrorClass, "issubclass() arg 1 must be a class",
                      a.loc);
    std::vector<Object *> classes{a.args[1]};
    for (size_t i = 0; i < classes.size(); ++i) {
      if (auto *t = dyn_cast<TupleObject>(classes[i])) {
        classes.insert(classes.end(), t->items.begin(), t->items.end());
        continue;
      }
      auto *cls = dyn_cast<ClassObject>(classes[i]);
      if (!cls)
        return in.raise(sp.typeErrorClass,
                        "issubclass() arg 2 must be a class, a tuple of "
                        "classes, or a union",
                        a.loc);
      if (sub->isSubclassOf(cls))
        return sp.trueObject();
    }
    return sp.falseObject();
  });

  defBuiltin(b, "getattr", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "getattr", 2, 3))
      return nullptr;
    auto *name = dyn_cast<StrObject>(a.args[1]);
    if (!name)
      return in.raise(in.objectSpace().typeErrorClass,
                      "attribute name must be string", a.loc);
    if (a.args.size() == 2)
      return in.getAttr(a.args[0], name->value, a.loc);
    Object *value = in.lookupAttr(a.args[0], name->value, a.loc);
    if (value || in.pendingException())
      return value;
    return a.args[2];
  });

  defBuiltin(b, "hasattr", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "hasattr", 2, 2))
      return nullptr;
    auto *name = dyn_cast<StrObject>(a.args[1]);
    if (!name)
      return in.raise(in.objectSpace().typeErrorClass,
                      "attribute name must be string", a.loc);
    Object *value = in.lookupAttr(a.args[0], name->value, a.loc);
    if (!value && in.pendingException())
      return nullptr;
    return in.objectSpace().newBool(value != nullptr);
  });

  defBuiltin(b, "setattr", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "setattr", 3, 3))
      return nullptr;
    auto *name = dyn_cast<StrObject>(a.args[1]);
    if (!name)
      return in.raise(in.objectSpace().typeErrorClass,
                      "attribute name must be string", a.loc);
    if (!in.setAttr(a.args[0], name->value, a.args[2], a.loc))
      return nullptr;
    return in.objectSpace().none();
  });

  defBuiltin(b, "delattr", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "delattr", 2, 2))
      return nullptr;
    auto *name = dyn_cast<StrObject>(a.args[1]);
    if (!name)
      return in.raise(in.objectSpace().typeErrorClass,
                      "attribute name must be string", a.loc);
    if (!in.delAttr(a.args[0], name->value, a.loc))
      return nullptr;
    return in.objectSpace().none();
  });

  defBuiltin(b, "callable", [](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, "callable", 1, 1))
      return nullptr;
    Object *x = a.args[0];
    bool result = isa<FunctionObject>(x) || isa<BuiltinFunctionObject>(x) ||
                  isa<ClassObject>(x) || isa<BoundMethodObject>(x) ||
                  isa<StaticMethodObject>(x) ||
                  (isa<InstanceObject>(x) &&
                   cast<InstanceObject>(x)->cls->lookup("__call__"));
    return in.objectSpace().newBool(result);
  });

  defBuiltin(b, "print", [](Interpreter &in, Args a) -> Object * {
    ObjectSpace &sp = in.objectSpace();
    std::string sep = " ", end = "\n";
    for (const auto &[key, value] : a.kwargs) {
      if (key == "sep" || key == "end") {
        if (isa<NoneObject>(value))
          continue;
        auto *s = dyn_cast<StrObject>(value);
        if (!s)
          return in.raise(
              sp.typeErrorClass,
              key + " must be None or a string, not " + typeName(value), a.loc);
        (key == "sep" ? sep : end) = s->value;
      } else if (key != "file" && key != "flush") {
        return in.raise(sp.typeErrorClass,
                        "'" + key +
                            "' is an invalid keyword argument for "
                            "print()",
                        a.loc);
      }
    }
    std::string line;
    for (size_t i = 0; i < a.args.size(); ++i) {
      if (i)
        line += sep;
      std::string text;
      if (!in.strOf(a.args[i], text, a.loc))
        return nullptr;
      line += text;
    }
    line += end;
    in.writeImportTimeOutput(line);
    return sp.none();
  });

  // globals(), and locals() at module or class level, are live views of
  // the namespace (PyPy code fills opcode tables with
  // `globals()[name] = value`); locals() in a function is a snapshot, as in
  // CPython.
  namespaceClass = space.newBuiltinClass("namespace", {space.objectClass});
  auto nsOf = [](Interpreter &in, Args a) -> AttrDict * {
    auto *self = a.args.empty() ? nullptr : dyn_cast<InstanceObject>(a.args[0]);
    Object *owner = self ? self->dict.get("__owner__") : nullptr;
    if (auto *mod = dyn_cast<ModuleObject>(owner))
      return &mod->globals;
    if (auto *cls = dyn_cast<ClassObject>(owner))
      return &cls->dict;
    in.raise(in.objectSpace().typeErrorClass, "bad namespace object", a.loc);
    return nullptr;
  };
  auto keyOf = [](Interpreter &in, Args a, size_t i, std::string &out) {
    auto *s = i < a.args.size() ? dyn_cast<StrObject>(a.args[i]) : nullptr;
    if (!s) {
      in.raise(in.objectSpace().typeErrorClass, "namespace keys must be str",
               a.loc);
      return false;
    }
    out = s->value;
    return true;
  };
  auto nsMethod = [&](const char *name, BuiltinImpl impl) {
    namespaceClass->dict.set(
        name, space.newBuiltin(std::string("namespace.") + name, impl));
  };
  nsMethod("__getitem__", [=](Interpreter &in, Args a) -> Object * {
    AttrDict *ns = nsOf(in, a);
    std::string key;
    if (!ns || !keyOf(in, a, 1, key))
      return nullptr;
    if (Object *value = ns->get(key))
      return value;
    return in.raiseObject(
        in.newException(in.objectSpace().keyErrorClass, {a.args[1]}), a.loc);
  });
  nsMethod("get", [=](Interpreter &in, Args a) -> Object * {
    AttrDict *ns = nsOf(in, a);
    std::string key;
    if (!ns || !keyOf(in, a, 1, key))
      return nullptr;
    if (Object *value = ns->get(key))
      return value;
    return a.args.size() > 2 ? a.args[2] : in.objectSpace().none();
  });
  nsMethod("__setitem__", [=](Interpreter &in, Args a) -> Object * {
    AttrDict *ns = nsOf(in, a);
    std::string key;
    if (!ns || !keyOf(in, a, 1, key) || !in.checkArgs(a, "__setitem__", 3, 3))
      return nullptr;
    ns->set(key, a.args[2]);
    return in.objectSpace().none();
  });
  nsMethod("setdefault", [=](Interpreter &in, Args a) -> Object * {
    AttrDict *ns = nsOf(in, a);
    std::string key;
    if (!ns || !keyOf(in, a, 1, key))
      return nullptr;
    if (Object *value = ns->get(key))
      return value;
    Object *value = a.args.size() > 2 ? a.args[2] : in.objectSpace().none();
    ns->set(key, value);
    return value;
  });
  nsMethod("__delitem__", [=](Interpreter &in, Args a) -> Object * {
    AttrDict *ns = nsOf(in, a);
    std::string key;
    if (!ns || !keyOf(in, a, 1, key))
      return nullptr;
    if (!ns->erase(key))
      return in.raiseObject(
          in.newException(in.objectSpace().keyErrorClass, {a.args[1]}), a.loc);
    return in.objectSpace().none();
  });
  nsMethod("__contains__", [=](Interpreter &in, Args a) -> Object * {
    AttrDict *ns = nsOf(in, a);
    if (!ns || a.args.size() < 2)
      return nullptr;
    auto *key = dyn_cast<StrObject>(a.args[1]);
    return in.objectSpace().newBool(key && ns->contains(key->value));
  });
  nsMethod("__len__", [=](Interpreter &in, Args a) -> Object * {
    AttrDict *ns = nsOf(in, a);
    return ns ? in.objectSpace().newInt((int64_t)ns->size()) : nullptr;
  });
  auto listing = [=](int what) {
    return [=](Interpreter &in, Args a) -> Object * {
      AttrDict *ns = nsOf(in, a);
      if (!ns)
        return nullptr;
      ObjectSpace &sp = in.objectSpace();
      std::vector<Object *> out;
      for (const auto &[key, value] : *ns)
        out.push_back(what == 0   ? (Object *)sp.newStr(key)
                      : what == 1 ? value
                                  : sp.newTuple({sp.newStr(key), value}));
      return sp.newList(std::move(out));
    };
  };
  nsMethod("keys", listing(0));
  nsMethod("values", listing(1));
  nsMethod("items", listing(2));
  nsMethod("__iter__", [=](Interpreter &in, Args a) -> Object * {
    Object *keys = listing(0)(in, a);
    return keys ? in.getIter(keys, a.loc) : nullptr;
  });
  nsMethod("update", [=](Interpreter &in, Args a) -> Object * {
    AttrDict *ns = nsOf(in, a);
    if (!ns)
      return nullptr;
    ObjectSpace &sp = in.objectSpace();
    CallArgs inner;
    inner.args.assign(a.args.begin() + 1, a.args.end());
    inner.kwargs = a.kwargs;
    inner.loc = a.loc;
    Object *dict = sp.dictClass->construct(in, inner);
    if (!dict)
      return nullptr;
    for (const auto &e : cast<DictObject>(dict)->items()) {
      auto *key = dyn_cast<StrObject>(e.key);
      if (!key)
        return in.raise(sp.typeErrorClass, "namespace keys must be str", a.loc);
      ns->set(key->value, e.value);
    }
    return sp.none();
  });

  auto namespaceOf = [](Interpreter &in, Object *owner) -> Object * {
    InstanceObject *view = in.objectSpace().newInstance(in.namespaceClass);
    view->dict.set("__owner__", owner);
    return view;
  };
  defBuiltin(b, "globals", [namespaceOf](Interpreter &in, Args a) -> Object * {
    if (in.frames.empty())
      return in.fatal("globals() outside of a frame", a.loc);
    return namespaceOf(in, in.frames.back()->module);
  });
  defBuiltin(b, "locals", [namespaceOf](Interpreter &in, Args a) -> Object * {
    if (in.frames.empty())
      return in.fatal("locals() outside of a frame", a.loc);
    Frame &frame = *in.frames.back();
    if (frame.scope->kind == ScopeInfo::Kind::Class)
      return namespaceOf(in, frame.ownerClass);
    if (frame.scope->kind == ScopeInfo::Kind::Module)
      return namespaceOf(in, frame.module);
    ObjectSpace &sp = in.objectSpace();
    DictObject *dict = sp.newDict();
    for (const std::string &name : frame.scope->locals) {
      auto fast = frame.fast.find(name);
      if (fast != frame.fast.end()) {
        dict->set(sp.newStr(name), fast->second);
        continue;
      }
      auto cell = frame.cells.find(name);
      if (cell != frame.cells.end() && cell->second->value)
        dict->set(sp.newStr(name), cell->second->value);
    }
    return dict;
  });

  defBuiltin(b, "property", [](Interpreter &in, Args a) -> Object * {
    return in.fatal("'property' is not RPython", a.loc);
  });
  for (const char *name :
       {"eval", "exec", "compile", "open", "input", "__import__", "vars", "dir",
        "memoryview", "bytearray", "complex", "breakpoint"}) {
    std::string message = std::string("'") + name + "' is not RPython";
    defBuiltin(b, name, [message](Interpreter &in, Args a) -> Object * {
      return in.fatal(message, a.loc);
    });
  }
}

bool Interpreter::sortList(ListObject *list, Object *key, Object *reverse,
                           Loc loc) {
  if (key && isa<NoneObject>(key))
    key = nullptr;
  int rev = 0;
  if (reverse && (rev = isTrue(reverse)) < 0)
    return false;
  std::vector<Object *> items = list->items;
  std::vector<Object *> keys = items;
  if (key)
    for (Object *&k : keys)
      if (!(k = call(key, {k}, loc)))
        return false;
  // Sort (key, item) pairs by index to keep the stability of equal keys.
  std::vector<Object *> order;
  for (size_t i = 0; i < items.size(); ++i)
    order.push_back(space.newInt((int64_t)i));
  if (rev)
    std::reverse(order.begin(), order.end());
  auto less = [&](Object *x, Object *y) -> int {
    Object *lt = compare(CmpOpKind::Lt, keys[cast<IntObject>(x)->value],
                         keys[cast<IntObject>(y)->value], loc);
    if (!lt)
      return -1;
    return isTrue(lt);
  };
  if (!mergeSort(order, less))
    return false;
  if (rev)
    std::reverse(order.begin(), order.end());
  std::vector<Object *> sorted;
  for (Object *index : order)
    sorted.push_back(items[cast<IntObject>(index)->value]);
  list->items = std::move(sorted);
  return true;
}

void Interpreter::writeImportTimeOutput(const std::string &text) {
  output += text;
  if (echoPrint)
    std::fputs(text.c_str(), stderr);
}
