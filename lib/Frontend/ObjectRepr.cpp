//===- ObjectRepr.cpp - repr() and str() of import-time objects -----------===//
//
// Printing exactly as CPython does, for the values that reach output: the
// translated program must print the same bytes as CPython.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/Object.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace rpy::frontend;

namespace {
constexpr int MaxReprDepth = 500;
/// Output beyond this is cut short: a repr that large is never useful and
/// shared substructure can make it exponential.
constexpr size_t MaxReprSize = size_t(1) << 24;

std::string hexAddress(const void *p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx",
                (unsigned long long)reinterpret_cast<uintptr_t>(p));
  return buf;
}

void reprImpl(const Object *obj, std::string &out, int depth);

void reprSequence(const std::vector<Object *> &items, const char *open,
                  const char *close, bool oneTuple, std::string &out,
                  int depth) {
  out += open;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i)
      out += ", ";
    if (out.size() > MaxReprSize) {
      out += "...";
      break;
    }
    reprImpl(items[i], out, depth + 1);
  }
  if (oneTuple && items.size() == 1)
    out += ",";
  out += close;
}

std::string exceptionArgsText(const InstanceObject *inst, bool forStr,
                              int depth) {
  const TupleObject *args = dyn_cast<TupleObject>(inst->dict.get("args"));
  if (!args)
    return "";
  std::string out;
  if (forStr) {
    if (args->items.empty())
      return "";
    if (args->items.size() == 1) {
      // KeyError shows the repr of its key.
      const Object *arg = args->items[0];
      bool isKeyError = false;
      for (const ClassObject *c : inst->cls->mro)
        if (c->isBuiltin && c->fullName == "KeyError")
          isKeyError = true;
      if (isKeyError || !isa<StrObject>(arg)) {
        reprImpl(arg, out, depth + 1);
        return out;
      }
      return cast<StrObject>(arg)->value;
    }
    reprSequence(args->items, "(", ")", true, out, depth);
    return out;
  }
  reprSequence(args->items, "(", ")", false, out, depth);
  return out;
}

bool isExceptionInstance(const InstanceObject *inst) {
  for (const ClassObject *c : inst->cls->mro)
    if (c->isBuiltin && c->fullName == "BaseException")
      return true;
  return false;
}

void reprImpl(const Object *obj, std::string &out, int depth) {
  if (depth > MaxReprDepth || out.size() > MaxReprSize) {
    out += "...";
    return;
  }
  switch (obj->kind) {
  case ObjKind::None:
    out += "None";
    return;
  case ObjKind::NotImplemented:
    out += "NotImplemented";
    return;
  case ObjKind::Ellipsis:
    out += "Ellipsis";
    return;
  case ObjKind::Bool:
    out += cast<BoolObject>(obj)->value ? "True" : "False";
    return;
  case ObjKind::Int:
    out += std::to_string(cast<IntObject>(obj)->value);
    return;
  case ObjKind::Long:
    out += int128ToString(cast<LongObject>(obj)->value);
    return;
  case ObjKind::UInt:
    out += std::to_string(cast<UIntObject>(obj)->value);
    return;
  case ObjKind::Float:
    out += formatFloatRepr(cast<FloatObject>(obj)->value);
    return;
  case ObjKind::Str:
    out += reprString(cast<StrObject>(obj)->value);
    return;
  case ObjKind::Bytes:
    out += reprBytes(cast<BytesObject>(obj)->value);
    return;
  case ObjKind::Tuple:
    reprSequence(cast<TupleObject>(obj)->items, "(", ")", true, out, depth);
    return;
  case ObjKind::List:
    reprSequence(cast<ListObject>(obj)->items, "[", "]", false, out, depth);
    return;
  case ObjKind::Dict: {
    out += "{";
    bool first = true;
    for (const auto &entry : cast<DictObject>(obj)->items()) {
      if (!first)
        out += ", ";
      if (out.size() > MaxReprSize) {
        out += "...";
        break;
      }
      first = false;
      reprImpl(entry.key, out, depth + 1);
      out += ": ";
      reprImpl(entry.value, out, depth + 1);
    }
    out += "}";
    return;
  }
  case ObjKind::Set: {
    auto *set = cast<SetObject>(obj);
    if (set->size() == 0) {
      out += "set()";
      return;
    }
    reprSequence(set->elements(), "{", "}", false, out, depth);
    return;
  }
  case ObjKind::Function:
    out += "<function " + cast<FunctionObject>(obj)->qualname + " at " +
           hexAddress(obj) + ">";
    return;
  case ObjKind::BuiltinFunction:
    out += "<built-in function " + cast<BuiltinFunctionObject>(obj)->name + ">";
    return;
  case ObjKind::Class:
    out += "<class '" + cast<ClassObject>(obj)->fullName + "'>";
    return;
  case ObjKind::Instance: {
    auto *inst = cast<InstanceObject>(obj);
    if (isExceptionInstance(inst)) {
      out += inst->cls->name + exceptionArgsText(inst, false, depth);
      return;
    }
    out += "<" + inst->cls->fullName + " object at " + hexAddress(obj) + ">";
    return;
  }
  case ObjKind::Module: {
    auto *mod = cast<ModuleObject>(obj);
    if (mod->isBuiltin)
      out += "<module '" + mod->name + "' (built-in)>";
    else
      out += "<module '" + mod->name + "' from '" + mod->path + "'>";
    return;
  }
  case ObjKind::BoundMethod: {
    auto *bm = cast<BoundMethodObject>(obj);
    if (auto *fn = dyn_cast<FunctionObject>(bm->function)) {
      out += "<bound method " + fn->qualname + " of ";
      reprImpl(bm->self, out, depth + 1);
      out += ">";
      return;
    }
    std::string name = isa<BuiltinFunctionObject>(bm->function)
                           ? cast<BuiltinFunctionObject>(bm->function)->name
                           : "?";
    out += "<built-in method " + name + " of " + typeName(bm->self) +
           " object at " + hexAddress(bm->self) + ">";
    return;
  }
  case ObjKind::StaticMethod:
    out += "<staticmethod(";
    reprImpl(cast<StaticMethodObject>(obj)->function, out, depth + 1);
    out += ")>";
    return;
  case ObjKind::ClassMethod:
    out += "<classmethod(";
    reprImpl(cast<ClassMethodObject>(obj)->function, out, depth + 1);
    out += ")>";
    return;
  case ObjKind::Cell:
    out += "<cell at " + hexAddress(obj) + ">";
    return;
  case ObjKind::Range: {
    auto *r = cast<RangeObject>(obj);
    out += "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1)
      out += ", " + std::to_string(r->step);
    out += ")";
    return;
  }
  case ObjKind::Iterator:
    out += "<iterator object at " + hexAddress(obj) + ">";
    return;
  case ObjKind::Slice: {
    auto *s = cast<SliceObject>(obj);
    out += "slice(";
    reprImpl(s->lower, out, depth + 1);
    out += ", ";
    reprImpl(s->upper, out, depth + 1);
    out += ", ";
    reprImpl(s->step, out, depth + 1);
    out += ")";
    return;
  }
  }
}
} // namespace

std::string rpy::frontend::repr(const Object *obj) {
  std::string out;
  reprImpl(obj, out, 0);
  return out;
}

std::string rpy::frontend::str(const Object *obj) {
  if (auto *s = dyn_cast<StrObject>(obj))
    return s->value;
  if (auto *inst = dyn_cast<InstanceObject>(obj))
    if (isExceptionInstance(inst))
      return exceptionArgsText(inst, true, 0);
  return repr(obj);
}

std::string rpy::frontend::formatFloatRepr(double value) {
  if (std::isnan(value))
    return "nan";
  if (std::isinf(value))
    return value > 0 ? "inf" : "-inf";
  if (value == 0)
    return std::signbit(value) ? "-0.0" : "0.0";
  // The shortest digits that round-trip, then CPython's layout rules
  // (float_repr_style 'short'): exponent form when the decimal point
  // position is <= -4 or > 16.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value,
                           std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  std::string sign;
  if (sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  size_t ePos = sci.find('e');
  std::string mantissa = sci.substr(0, ePos);
  int exponent = std::atoi(sci.c_str() + ePos + 1);
  std::string digits;
  for (char c : mantissa)
    if (c != '.')
      digits += c;
  while (digits.size() > 1 && digits.back() == '0')
    digits.pop_back();
  int decpt = exponent + 1;
  std::string out = sign;
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (digits.size() > 1)
      out += "." + digits.substr(1);
    char expBuf[16];
    std::snprintf(expBuf, sizeof expBuf, "e%c%02d", exponent < 0 ? '-' : '+',
                  std::abs(exponent));
    out += expBuf;
    return out;
  }
  if (decpt <= 0) {
    out += "0." + std::string(-decpt, '0') + digits;
  } else if ((size_t)decpt >= digits.size()) {
    out += digits + std::string(decpt - digits.size(), '0') + ".0";
  } else {
    out += digits.substr(0, decpt) + "." + digits.substr(decpt);
  }
  return out;
}

namespace {
/// Decodes one UTF-8 sequence at `i`; returns its length (1 for a byte
/// that does not start a valid sequence) and the code point.
size_t decodeUtf8(const std::string &s, size_t i, uint32_t &cp) {
  unsigned char c = s[i];
  size_t len = c < 0x80         ? 1
               : (c >> 5) == 6  ? 2
               : (c >> 4) == 14 ? 3
               : (c >> 3) == 30 ? 4
                                : 0;
  if (len == 0 || i + len > s.size()) {
    cp = c;
    return 1;
  }
  cp = len == 1 ? c : len == 2 ? c & 0x1f : len == 3 ? c & 0x0f : c & 0x07;
  for (size_t k = 1; k < len; ++k) {
    unsigned char cc = s[i + k];
    if ((cc >> 6) != 2) {
      cp = c;
      return 1;
    }
    cp = (cp << 6) | (cc & 0x3f);
  }
  return len;
}
} // namespace

std::string rpy::frontend::reprString(const std::string &value) {
  bool hasSingle = value.find('\'') != std::string::npos;
  bool hasDouble = value.find('"') != std::string::npos;
  char quote = hasSingle && !hasDouble ? '"' : '\'';
  std::string out(1, quote);
  for (size_t i = 0; i < value.size();) {
    uint32_t cp;
    size_t len = decodeUtf8(value, i, cp);
    if (cp == (uint32_t)quote || cp == '\\') {
      out += '\\';
      out += (char)cp;
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    } else {
      out.append(value, i, len);
    }
    i += len;
  }
  out += quote;
  return out;
}

std::string rpy::frontend::reprBytes(const std::string &value) {
  bool hasSingle = value.find('\'') != std::string::npos;
  bool hasDouble = value.find('"') != std::string::npos;
  char quote = hasSingle && !hasDouble ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (unsigned char c : value) {
    if (c == (unsigned char)quote || c == '\\') {
      out += '\\';
      out += (char)c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c >= 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += (char)c;
    }
  }
  out += quote;
  return out;
}

std::string rpy::frontend::int128ToString(__int128 value) {
  if (value == 0)
    return "0";
  bool negative = value < 0;
  unsigned __int128 magnitude = negative ? (unsigned __int128)(-(value + 1)) + 1
                                         : (unsigned __int128)value;
  std::string digits;
  while (magnitude) {
    digits += char('0' + (int)(magnitude % 10));
    magnitude /= 10;
  }
  if (negative)
    digits += '-';
  return std::string(digits.rbegin(), digits.rend());
}

std::string rpy::frontend::typeName(const Object *obj) {
  switch (obj->kind) {
  case ObjKind::None:
    return "NoneType";
  case ObjKind::NotImplemented:
    return "NotImplementedType";
  case ObjKind::Ellipsis:
    return "ellipsis";
  case ObjKind::Bool:
    return "bool";
  case ObjKind::Int:
  case ObjKind::Long:
    return "int";
  case ObjKind::UInt:
    return "r_uint";
  case ObjKind::Float:
    return "float";
  case ObjKind::Str:
    return "str";
  case ObjKind::Bytes:
    return "bytes";
  case ObjKind::Tuple:
    return "tuple";
  case ObjKind::List:
    return "list";
  case ObjKind::Dict:
    return "dict";
  case ObjKind::Set:
    return "set";
  case ObjKind::Function:
    return "function";
  case ObjKind::BuiltinFunction:
    return "builtin_function_or_method";
  case ObjKind::Class:
    return "type";
  case ObjKind::Instance:
    return cast<InstanceObject>(obj)->cls->name;
  case ObjKind::Module:
    return "module";
  case ObjKind::BoundMethod:
    return "method";
  case ObjKind::StaticMethod:
    return "staticmethod";
  case ObjKind::ClassMethod:
    return "classmethod";
  case ObjKind::Cell:
    return "cell";
  case ObjKind::Range:
    return "range";
  case ObjKind::Iterator:
    return "iterator";
  case ObjKind::Slice:
    return "slice";
  }
  return "object";
}
