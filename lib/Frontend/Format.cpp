//===- Format.cpp - %-formatting, format specs and str.format -------------===//
//
// CPython's three formatting languages on import-time values: `fmt % args`,
// the format-spec mini-language of f-strings and format(), and
// str.format's replacement fields.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/InterpreterImpl.h"

#include <cmath>
#include <cstdio>

using namespace rpy::frontend;

namespace {

/// The parts of a format spec:
/// [[fill]align][sign][#][0][width][,|_][.prec][type]
struct Spec {
  std::string fill = " ";
  char align = 0;
  char sign = '-';
  bool alt = false;
  bool zero = false;
  int64_t width = -1;
  char grouping = 0;
  int64_t precision = -1;
  char type = 0;
};

size_t utf8Length(const std::string &s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80)
      ++n;
  return n;
}

bool parseSpec(const std::string &text, Spec &spec, std::string &error) {
  size_t i = 0, n = text.size();
  auto isAlign = [](char c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
  };
  // The fill may be any character (UTF-8 aware).
  size_t firstLen = 1;
  if (n && ((unsigned char)text[0] & 0x80))
    while (firstLen < n && ((unsigned char)text[firstLen] & 0xC0) == 0x80)
      ++firstLen;
  if (n > firstLen && isAlign(text[firstLen])) {
    spec.fill = text.substr(0, firstLen);
    spec.align = text[firstLen];
    i = firstLen + 1;
  } else if (n && isAlign(text[0])) {
    spec.align = text[0];
    i = 1;
  }
  if (i < n && (text[i] == '+' || text[i] == '-' || text[i] == ' '))
    spec.sign = text[i++];
  if (i < n && text[i] == '#') {
    spec.alt = true;
    ++i;
  }
  if (i < n && text[i] == '0') {
    spec.zero = true;
    ++i;
  }
  auto number = [&](int64_t &out) {
    size_t start = i;
    int64_t value = 0;
    while (i < n && text[i] >= '0' && text[i] <= '9') {
      value = value * 10 + (text[i] - '0');
      // Wider fields are certainly a mistake; keep memory bounded.
      if (value > (1 << 20))
        value = 1 << 20;
      ++i;
    }
    if (i > start)
      out = value;
    return i > start;
  };
  number(spec.width);
  if (i < n && (text[i] == ',' || text[i] == '_'))
    spec.grouping = text[i++];
  if (i < n && text[i] == '.') {
    ++i;
    if (!number(spec.precision)) {
      error = "Format specifier missing precision";
      return false;
    }
  }
  if (i < n)
    spec.type = text[i++];
  if (i < n) {
    error = "Invalid format specifier";
    return false;
  }
  if (spec.zero && !spec.align) {
    spec.fill = "0";
    spec.align = '=';
  }
  return true;
}

/// Inserts `sep` every `group` digits from the right of `digits`.
std::string groupDigits(const std::string &digits, char sep, int group) {
  std::string out;
  int count = 0;
  for (size_t i = digits.size(); i-- > 0;) {
    if (count && count % group == 0)
      out += sep;
    out += digits[i];
    ++count;
  }
  return std::string(out.rbegin(), out.rend());
}

/// Pads `body` (whose sign/prefix is `prefix`) to the spec's width.
std::string applyWidth(const Spec &spec, const std::string &prefix,
                       const std::string &body, char defaultAlign) {
  char align = spec.align ? spec.align : defaultAlign;
  size_t len = utf8Length(prefix) + utf8Length(body);
  if (spec.width < 0 || (size_t)spec.width <= len)
    return prefix + body;
  size_t padding = spec.width - len;
  auto fill = [&](size_t count) {
    std::string out;
    for (size_t k = 0; k < count; ++k)
      out += spec.fill;
    return out;
  };
  switch (align) {
  case '<':
    return prefix + body + fill(padding);
  case '^':
    return fill(padding / 2) + prefix + body + fill(padding - padding / 2);
  case '=':
    return prefix + fill(padding) + body;
  default:
    return fill(padding) + prefix + body;
  }
}

std::string digitsOf(unsigned __int128 magnitude, unsigned base, bool upper) {
  if (magnitude == 0)
    return "0";
  const char *chars = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string out;
  while (magnitude) {
    out += chars[(unsigned)(magnitude % base)];
    magnitude /= base;
  }
  return std::string(out.rbegin(), out.rend());
}

unsigned __int128 magnitudeOf(__int128 v) {
  return v < 0 ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
}

/// C-style formatting of a finite or non-finite double with type e/f/g/%.
std::string floatText(double value, char type, int64_t precision, bool alt) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isnan(value))
    return upper ? "NAN" : "nan";
  if (std::isinf(value))
    return upper ? "INF" : "inf";
  if (precision < 0)
    precision = 6;
  if (precision > 1000)
    precision = 1000;
  char conv = type == '%' ? 'f' : type;
  std::string fmt = std::string("%") + (alt ? "#" : "") + ".*" + conv;
  int size = std::snprintf(nullptr, 0, fmt.c_str(), (int)precision, value);
  std::string out(size + 1, '\0');
  std::snprintf(&out[0], out.size(), fmt.c_str(), (int)precision, value);
  out.resize(size);
  return out;
}

/// format() of a float with no presentation type.
std::string floatNoType(double value, int64_t precision) {
  if (precision < 0)
    return formatFloatRepr(value);
  std::string text =
      floatText(value, 'g', precision == 0 ? 1 : precision, false);
  if (std::isfinite(value) && text.find_first_of(".e") == std::string::npos)
    text += ".0";
  return text;
}

bool formatInt(Interpreter &in, __int128 value, const Spec &spec,
               std::string &out, Loc loc) {
  ObjectSpace &space = in.objectSpace();
  char type = spec.type ? spec.type : 'd';
  if (type == 'e' || type == 'E' || type == 'f' || type == 'F' || type == 'g' ||
      type == 'G' || type == '%') {
    Spec copy = spec;
    double d = (double)value;
    std::string body = floatText(std::fabs(type == '%' ? d * 100 : d), type,
                                 spec.precision, spec.alt);
    if (type == '%')
      body += "%";
    std::string prefix = value < 0          ? "-"
                         : spec.sign == '+' ? "+"
                         : spec.sign == ' ' ? " "
                                            : "";
    out = applyWidth(copy, prefix, body, '>');
    return true;
  }
  if (spec.precision >= 0) {
    in.raise(space.valueErrorClass,
             "Precision not allowed in integer format specifier", loc);
    return false;
  }
  if (type == 'c') {
    if (value < 0 || value > 0x10ffff) {
      in.raise(space.overflowErrorClass, "%c arg not in range(0x110000)", loc);
      return false;
    }
    std::string ch;
    uint32_t cp = (uint32_t)value;
    if (cp < 0x80) {
      ch += (char)cp;
    } else if (cp < 0x800) {
      ch += (char)(0xC0 | (cp >> 6));
      ch += (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      ch += (char)(0xE0 | (cp >> 12));
      ch += (char)(0x80 | ((cp >> 6) & 0x3F));
      ch += (char)(0x80 | (cp & 0x3F));
    } else {
      ch += (char)(0xF0 | (cp >> 18));
      ch += (char)(0x80 | ((cp >> 12) & 0x3F));
      ch += (char)(0x80 | ((cp >> 6) & 0x3F));
      ch += (char)(0x80 | (cp & 0x3F));
    }
    out = applyWidth(spec, "", ch, '<');
    return true;
  }
  unsigned base = 10;
  std::string altPrefix;
  switch (type) {
  case 'd':
  case 'n':
    break;
  case 'x':
    base = 16, altPrefix = "0x";
    break;
  case 'X':
    base = 16, altPrefix = "0X";
    break;
  case 'o':
    base = 8, altPrefix = "0o";
    break;
  case 'b':
    base = 2, altPrefix = "0b";
    break;
  default:
    in.raise(space.valueErrorClass,
             std::string("Unknown format code '") + type +
                 "' for object of type 'int'",
             loc);
    return false;
  }
  std::string digits = digitsOf(magnitudeOf(value), base, type == 'X');
  if (spec.grouping)
    digits = groupDigits(digits, spec.grouping, base == 10 ? 3 : 4);
  std::string prefix = value < 0          ? "-"
                       : spec.sign == '+' ? "+"
                       : spec.sign == ' ' ? " "
                                          : "";
  if (spec.alt)
    prefix += altPrefix;
  out = applyWidth(spec, prefix, digits, '>');
  return true;
}

bool formatFloat(Interpreter &in, double value, const Spec &spec,
                 std::string &out, Loc loc) {
  char type = spec.type;
  std::string body;
  bool negative = std::signbit(value) && !std::isnan(value);
  double magnitude = std::fabs(value);
  switch (type) {
  case 0:
    body = floatNoType(magnitude, spec.precision);
    break;
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
    body = floatText(magnitude, type, spec.precision, spec.alt);
    break;
  case 'n':
    body = floatText(magnitude, 'g', spec.precision, spec.alt);
    break;
  case '%':
    body = floatText(magnitude * 100, '%', spec.precision, spec.alt) + "%";
    break;
  default:
    in.raise(in.objectSpace().valueErrorClass,
             std::string("Unknown format code '") + type +
                 "' for object of type 'float'",
             loc);
    return false;
  }
  if (spec.grouping) {
    size_t end = body.find_first_not_of("0123456789");
    if (end == std::string::npos)
      end = body.size();
    body =
        groupDigits(body.substr(0, end), spec.grouping, 3) + body.substr(end);
  }
  std::string prefix = negative           ? "-"
                       : spec.sign == '+' ? "+"
                       : spec.sign == ' ' ? " "
                                          : "";
  out = applyWidth(spec, prefix, body, '>');
  return true;
}

} // namespace

bool rpy::frontend::formatWithSpec(Interpreter &in, Object *obj,
                                   const std::string &specText,
                                   std::string &out, Loc loc) {
  ObjectSpace &space = in.objectSpace();
  if (auto *inst = dyn_cast<InstanceObject>(obj)) {
    if (Object *method = inst->cls->lookup("__format__")) {
      Object *result = in.call(method, {obj, space.newStr(specText)}, loc);
      if (!result)
        return false;
      if (!isa<StrObject>(result)) {
        in.raise(space.typeErrorClass, "__format__ must return a str", loc);
        return false;
      }
      out = cast<StrObject>(result)->value;
      return true;
    }
  }
  if (specText.empty())
    return in.strOf(obj, out, loc);
  Spec spec;
  std::string error;
  if (!parseSpec(specText, spec, error)) {
    in.raise(space.valueErrorClass, error, loc);
    return false;
  }
  __int128 intValue;
  if (intLikeValue(obj, intValue))
    return formatInt(in, intValue, spec, out, loc);
  if (auto *f = dyn_cast<FloatObject>(obj))
    return formatFloat(in, f->value, spec, out, loc);
  if (auto *s = dyn_cast<StrObject>(obj)) {
    if (spec.type && spec.type != 's') {
      in.raise(space.valueErrorClass,
               std::string("Unknown format code '") + spec.type +
                   "' for object of type 'str'",
               loc);
      return false;
    }
    if (spec.sign != '-' || spec.align == '=') {
      in.raise(space.valueErrorClass,
               spec.align == '='
                   ? "'=' alignment not allowed in string format specifier"
                   : "Sign not allowed in string format specifier",
               loc);
      return false;
    }
    std::string body = s->value;
    if (spec.precision >= 0)
      body = codePointPrefix(body, spec.precision);
    out = applyWidth(spec, "", body, '<');
    return true;
  }
  in.raise(space.typeErrorClass,
           "unsupported format string passed to " + typeName(obj) +
               ".__format__",
           loc);
  return false;
}

//===----------------------------------------------------------------------===//
// fmt % args
//===----------------------------------------------------------------------===//

Object *rpy::frontend::percentFormat(Interpreter &in, const std::string &fmt,
                                     Object *args, Loc loc) {
  ObjectSpace &space = in.objectSpace();
  std::vector<Object *> positional;
  DictObject *mapping = nullptr;
  if (auto *tuple = dyn_cast<TupleObject>(args))
    positional = tuple->items;
  else
    positional.push_back(args);
  if (auto *dict = dyn_cast<DictObject>(args))
    mapping = dict;
  size_t next = 0;
  bool usedMapping = false;
  std::string out;
  auto typeError = [&](const std::string &msg) -> Object * {
    return in.raise(space.typeErrorClass, msg, loc);
  };
  auto nextArg = [&]() -> Object * {
    if (next >= positional.size())
      return typeError("not enough arguments for format string");
    return positional[next++];
  };

  for (size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c != '%') {
      out += c;
      continue;
    }
    size_t start = i;
    if (++i >= fmt.size())
      return in.raise(space.valueErrorClass, "incomplete format", loc);
    Object *arg = nullptr;
    if (fmt[i] == '(') {
      if (!mapping)
        return typeError("format requires a mapping");
      size_t depth = 1, keyStart = ++i;
      while (i < fmt.size() && depth) {
        if (fmt[i] == '(')
          ++depth;
        else if (fmt[i] == ')')
          --depth;
        if (depth)
          ++i;
      }
      if (i >= fmt.size())
        return in.raise(space.valueErrorClass, "incomplete format key", loc);
      Object *key = space.newStr(fmt.substr(keyStart, i - keyStart));
      arg = mapping->get(key);
      if (!arg)
        return in.raiseObject(in.newException(space.keyErrorClass, {key}), loc);
      usedMapping = true;
      ++i;
    }
    bool left = false, plus = false, blank = false, alt = false, zero = false;
    for (; i < fmt.size(); ++i) {
      char f = fmt[i];
      if (f == '-')
        left = true;
      else if (f == '+')
        plus = true;
      else if (f == ' ')
        blank = true;
      else if (f == '#')
        alt = true;
      else if (f == '0')
        zero = true;
      else
        break;
    }
    auto readNumber = [&](int64_t &value) -> bool {
      if (i < fmt.size() && fmt[i] == '*') {
        ++i;
        Object *w = nextArg();
        if (!w)
          return false;
        __int128 v;
        if (!intLikeValue(w, v)) {
          typeError("* wants int");
          return false;
        }
        value = (int64_t)v;
        return true;
      }
      bool any = false;
      value = 0;
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        value = std::min<int64_t>(value * 10 + (fmt[i++] - '0'), 1 << 20);
        any = true;
      }
      if (!any)
        value = -1;
      return true;
    };
    int64_t width = -1, precision = -1;
    if (!readNumber(width))
      return nullptr;
    if (width < -1) {
      left = true;
      width = -width;
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      if (!readNumber(precision))
        return nullptr;
      if (precision < 0)
        precision = 0;
    }
    while (i < fmt.size() && (fmt[i] == 'l' || fmt[i] == 'h' || fmt[i] == 'L'))
      ++i;
    if (i >= fmt.size())
      return in.raise(space.valueErrorClass, "incomplete format", loc);
    char type = fmt[i];
    if (type == '%') {
      out += '%';
      continue;
    }
    if (!arg && !(arg = nextArg()))
      return nullptr;

    std::string prefix, body;
    bool numeric = false;
    switch (type) {
    case 's':
    case 'r':
    case 'a': {
      bool ok =
          type == 's' ? in.strOf(arg, body, loc) : in.reprOf(arg, body, loc);
      if (!ok)
        return nullptr;
      if (precision >= 0)
        body = codePointPrefix(body, precision);
      break;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
      __int128 v;
      if (auto *f = dyn_cast<FloatObject>(arg)) {
        if (type == 'x' || type == 'X' || type == 'o')
          return typeError(std::string("%") + type +
                           " format: an integer is required, not float");
        if (!std::isfinite(f->value))
          return in.raise(std::isnan(f->value) ? space.valueErrorClass
                                               : space.overflowErrorClass,
                          std::isnan(f->value)
                              ? "cannot convert float NaN to integer"
                              : "cannot convert float infinity to integer",
                          loc);
        v = (__int128)std::trunc(f->value);
      } else if (!intLikeValue(arg, v)) {
        return typeError(std::string("%") + type + " format: " +
                         (type == 'x' || type == 'X' || type == 'o'
                              ? "an integer"
                              : "a real number") +
                         " is required, not " + typeName(arg));
      }
      unsigned base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : 10;
      body = digitsOf(magnitudeOf(v), base, type == 'X');
      if (precision >= 0 && (size_t)precision > body.size())
        body = std::string(precision - body.size(), '0') + body;
      prefix = v < 0 ? "-" : plus ? "+" : blank ? " " : "";
      if (alt && base == 16)
        prefix += type == 'X' ? "0X" : "0x";
      else if (alt && base == 8)
        prefix += "0o";
      numeric = true;
      break;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      double d;
      if (!in.toDouble(arg, d, loc)) {
        in.clearException();
        return typeError("must be real number, not " + typeName(arg));
      }
      body = floatText(std::fabs(d), type, precision, alt);
      bool negative = std::signbit(d) && !std::isnan(d);
      prefix = negative ? "-" : plus ? "+" : blank ? " " : "";
      numeric = std::isfinite(d);
      break;
    }
    case 'c': {
      __int128 v;
      if (auto *s = dyn_cast<StrObject>(arg)) {
        if (utf8Length(s->value) != 1)
          return typeError("%c requires int or char");
        body = s->value;
      } else if (intLikeValue(arg, v)) {
        Spec spec;
        spec.type = 'c';
        if (!formatInt(in, v, spec, body, loc))
          return nullptr;
      } else {
        return typeError("%c requires int or char");
      }
      break;
    }
    default: {
      char buf[96];
      std::snprintf(buf, sizeof buf,
                    "unsupported format character '%c' (0x%x) at index %zu",
                    type, (unsigned)(unsigned char)type, i);
      (void)start;
      return in.raise(space.valueErrorClass, buf, loc);
    }
    }
    size_t len = utf8Length(prefix) + utf8Length(body);
    if (width > 0 && (size_t)width > len) {
      size_t pad = width - len;
      if (left)
        out += prefix + body + std::string(pad, ' ');
      else if (zero && numeric)
        out += prefix + std::string(pad, '0') + body;
      else
        out += std::string(pad, ' ') + prefix + body;
    } else {
      out += prefix + body;
    }
  }
  if (next < positional.size() && !usedMapping && !mapping)
    return typeError("not all arguments converted during string formatting");
  return space.newStr(std::move(out));
}

//===----------------------------------------------------------------------===//
// str.format
//===----------------------------------------------------------------------===//

Object *rpy::frontend::strFormatMethod(Interpreter &in, const std::string &fmt,
                                       const CallArgs &args, size_t firstArg) {
  ObjectSpace &space = in.objectSpace();
  std::string out;
  size_t autoIndex = 0;
  bool usedAuto = false, usedManual = false;
  auto valueError = [&](const std::string &msg) -> Object * {
    return in.raise(space.valueErrorClass, msg, args.loc);
  };
  for (size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c == '}') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
        out += '}';
        ++i;
        continue;
      }
      return valueError("Single '}' encountered in format string");
    }
    if (c != '{') {
      out += c;
      continue;
    }
    if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
      out += '{';
      ++i;
      continue;
    }
    // Find the matching '}' (one level of nesting inside the spec).
    size_t depth = 1, j = i + 1;
    for (; j < fmt.size() && depth; ++j) {
      if (fmt[j] == '{')
        ++depth;
      else if (fmt[j] == '}')
        --depth;
    }
    if (depth)
      return valueError("expected '}' before end of string");
    std::string field = fmt.substr(i + 1, j - i - 2);
    i = j - 1;
    std::string spec;
    char conversion = 0;
    size_t colon = std::string::npos, bang = std::string::npos;
    for (size_t k = 0, brackets = 0; k < field.size(); ++k) {
      if (field[k] == '[')
        ++brackets;
      else if (field[k] == ']' && brackets)
        --brackets;
      else if (!brackets && field[k] == ':') {
        colon = k;
        break;
      } else if (!brackets && field[k] == '!' && bang == std::string::npos) {
        bang = k;
      }
    }
    if (colon != std::string::npos) {
      spec = field.substr(colon + 1);
      field = field.substr(0, colon);
    }
    if (bang != std::string::npos && bang < field.size()) {
      if (bang + 2 != field.size())
        return valueError("expected ':' after conversion specifier");
      conversion = field[bang + 1];
      field = field.substr(0, bang);
    }
    // The first part of the field name: an index or a keyword.
    size_t end = field.find_first_of(".[");
    std::string first = field.substr(0, end);
    Object *value = nullptr;
    if (first.empty()) {
      if (usedManual)
        return valueError("cannot switch from manual field specification to "
                          "automatic field numbering");
      usedAuto = true;
      size_t index = firstArg + autoIndex++;
      if (index >= args.args.size())
        return in.raise(space.indexErrorClass,
                        "Replacement index " + std::to_string(autoIndex - 1) +
                            " out of range for positional args tuple",
                        args.loc);
      value = args.args[index];
    } else if (first.find_first_not_of("0123456789") == std::string::npos) {
      if (usedAuto)
        return valueError("cannot switch from automatic field numbering to "
                          "manual field specification");
      usedManual = true;
      size_t index = firstArg + std::stoul(first.substr(0, 9));
      if (index >= args.args.size())
        return in.raise(space.indexErrorClass,
                        "Replacement index " + first +
                            " out of range for positional args tuple",
                        args.loc);
      value = args.args[index];
    } else {
      value = args.kwarg(first);
      if (!value)
        return in.raiseObject(
            in.newException(space.keyErrorClass, {space.newStr(first)}),
            args.loc);
    }
    // .attr and [index] accessors.
    while (end != std::string::npos && end < field.size()) {
      if (field[end] == '.') {
        size_t stop = field.find_first_of(".[", end + 1);
        std::string attr =
            field.substr(end + 1, stop == std::string::npos ? std::string::npos
                                                            : stop - end - 1);
        if (!(value = in.getAttr(value, attr, args.loc)))
          return nullptr;
        end = stop;
      } else {
        size_t close = field.find(']', end);
        if (close == std::string::npos)
          return valueError("Missing ']' in format string");
        std::string key = field.substr(end + 1, close - end - 1);
        Object *index =
            key.find_first_not_of("0123456789") == std::string::npos &&
                    !key.empty()
                ? (Object *)space.newInt(std::stoll(key.substr(0, 18)))
                : (Object *)space.newStr(key);
        if (!(value = in.getItem(value, index, args.loc)))
          return nullptr;
        end = close + 1 < field.size() ? close + 1 : std::string::npos;
      }
    }
    if (conversion) {
      std::string text;
      bool ok = conversion == 's' ? in.strOf(value, text, args.loc)
                                  : in.reprOf(value, text, args.loc);
      if (!ok)
        return nullptr;
      value = space.newStr(std::move(text));
    }
    if (spec.find('{') != std::string::npos) {
      Object *nested = strFormatMethod(in, spec, args, firstArg);
      if (!nested)
        return nullptr;
      spec = cast<StrObject>(nested)->value;
    }
    std::string text;
    if (!formatWithSpec(in, value, spec, text, args.loc))
      return nullptr;
    out += text;
  }
  return space.newStr(std::move(out));
}
