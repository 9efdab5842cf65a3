//===- Lexer.cpp - Tokenizer for Python 3 source --------------------------===//
//
// Follows CPython 3.11's Parser/tokenizer.c closely enough that messages and
// error positions match: a position reported "at the cursor" points at the
// last character the tokenizer consumed, as CPython's carets do.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/Lexer.h"

#include <cstdarg>
#include <cstdio>
#include <cstring>

namespace rpy::frontend {

namespace {

bool isDecDigit(char c) { return c >= '0' && c <= '9'; }
bool isHexDigit(char c) {
  return isDecDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool isOctDigit(char c) { return c >= '0' && c <= '7'; }
bool isBinDigit(char c) { return c == '0' || c == '1'; }
bool isIdentStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool isIdentChar(char c) { return isIdentStart(c) || isDecDigit(c); }
bool isNewlineChar(char c) { return c == '\n' || c == '\r'; }

int hexValue(char c) {
  if (isDecDigit(c))
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return c - 'A' + 10;
}

struct KeywordEntry {
  const char *spelling;
  TokenKind kind;
};

constexpr KeywordEntry kKeywords[] = {
    {"False", TokenKind::KwFalse},
    {"None", TokenKind::KwNone},
    {"True", TokenKind::KwTrue},
    {"and", TokenKind::KwAnd},
    {"as", TokenKind::KwAs},
    {"assert", TokenKind::KwAssert},
    {"async", TokenKind::KwAsync},
    {"await", TokenKind::KwAwait},
    {"break", TokenKind::KwBreak},
    {"class", TokenKind::KwClass},
    {"continue", TokenKind::KwContinue},
    {"def", TokenKind::KwDef},
    {"del", TokenKind::KwDel},
    {"elif", TokenKind::KwElif},
    {"else", TokenKind::KwElse},
    {"except", TokenKind::KwExcept},
    {"finally", TokenKind::KwFinally},
    {"for", TokenKind::KwFor},
    {"from", TokenKind::KwFrom},
    {"global", TokenKind::KwGlobal},
    {"if", TokenKind::KwIf},
    {"import", TokenKind::KwImport},
    {"in", TokenKind::KwIn},
    {"is", TokenKind::KwIs},
    {"lambda", TokenKind::KwLambda},
    {"nonlocal", TokenKind::KwNonlocal},
    {"not", TokenKind::KwNot},
    {"or", TokenKind::KwOr},
    {"pass", TokenKind::KwPass},
    {"raise", TokenKind::KwRaise},
    {"return", TokenKind::KwReturn},
    {"try", TokenKind::KwTry},
    {"while", TokenKind::KwWhile},
    {"with", TokenKind::KwWith},
    {"yield", TokenKind::KwYield},
};

struct OperatorEntry {
  const char *spelling;
  TokenKind kind;
};

// Longest spellings first so that a linear scan finds the longest match.
constexpr OperatorEntry kOperators[] = {
    {"**=", TokenKind::DoubleStarEqual},
    {"//=", TokenKind::DoubleSlashEqual},
    {">>=", TokenKind::RightShiftEqual},
    {"<<=", TokenKind::LeftShiftEqual},
    {"...", TokenKind::Ellipsis},
    {"==", TokenKind::EqEqual},
    {"!=", TokenKind::NotEqual},
    {"<=", TokenKind::LessEqual},
    {">=", TokenKind::GreaterEqual},
    {"<<", TokenKind::LeftShift},
    {">>", TokenKind::RightShift},
    {"**", TokenKind::DoubleStar},
    {"//", TokenKind::DoubleSlash},
    {"+=", TokenKind::PlusEqual},
    {"-=", TokenKind::MinusEqual},
    {"*=", TokenKind::StarEqual},
    {"/=", TokenKind::SlashEqual},
    {"%=", TokenKind::PercentEqual},
    {"&=", TokenKind::AmperEqual},
    {"|=", TokenKind::VBarEqual},
    {"^=", TokenKind::CircumflexEqual},
    {"@=", TokenKind::AtEqual},
    {"->", TokenKind::RArrow},
    {":=", TokenKind::ColonEqual},
    {"(", TokenKind::LParen},
    {")", TokenKind::RParen},
    {"[", TokenKind::LSquare},
    {"]", TokenKind::RSquare},
    {"{", TokenKind::LBrace},
    {"}", TokenKind::RBrace},
    {":", TokenKind::Colon},
    {",", TokenKind::Comma},
    {";", TokenKind::Semi},
    {"+", TokenKind::Plus},
    {"-", TokenKind::Minus},
    {"*", TokenKind::Star},
    {"/", TokenKind::Slash},
    {"|", TokenKind::VBar},
    {"&", TokenKind::Amper},
    {"<", TokenKind::Less},
    {">", TokenKind::Greater},
    {"=", TokenKind::Equal},
    {".", TokenKind::Dot},
    {"%", TokenKind::Percent},
    {"~", TokenKind::Tilde},
    {"^", TokenKind::Circumflex},
    {"@", TokenKind::At},
};

/// Length of the valid UTF-8 sequence at `s[i]`, or 0 if it is invalid.
size_t utf8SequenceLength(std::string_view s, size_t i) {
  auto byte = [&](size_t k) -> unsigned {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
  };
  unsigned b0 = byte(0);
  if (b0 < 0x80)
    return 1;
  auto cont = [&](size_t k) { return (byte(k) & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF)
    return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    unsigned b1 = byte(1);
    if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0))
      return 0; // overlong or surrogate
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    unsigned b1 = byte(1);
    if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 >= 0x90))
      return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

std::string format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char *fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return buf;
}

} // namespace

const char *tokenKindName(TokenKind kind) {
  switch (kind) {
  case TokenKind::EndOfFile:
    return "end of file";
  case TokenKind::Error:
    return "error";
  case TokenKind::Newline:
    return "NEWLINE";
  case TokenKind::Indent:
    return "INDENT";
  case TokenKind::Dedent:
    return "DEDENT";
  case TokenKind::Name:
    return "NAME";
  case TokenKind::Number:
    return "NUMBER";
  case TokenKind::String:
    return "STRING";
  default:
    break;
  }
  for (const KeywordEntry &kw : kKeywords)
    if (kw.kind == kind)
      return kw.spelling;
  for (const OperatorEntry &op : kOperators)
    if (op.kind == kind)
      return op.spelling;
  return "?";
}

void appendUtf8(std::string &out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool decodeStringBody(std::string_view body, bool isBytes, bool isRaw,
                      std::string &out, std::string &error,
                      size_t &errorOffset) {
  out.clear();
  out.reserve(body.size());
  auto fail = [&](size_t at, std::string message) {
    error = std::move(message);
    errorOffset = at;
    return false;
  };
  // Python normalizes every line break of the source to "\n", also inside
  // string literals.
  auto appendNewline = [&](size_t &i) {
    if (body[i] == '\r' && i + 1 < body.size() && body[i + 1] == '\n')
      ++i;
    out += '\n';
  };
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (isBytes && static_cast<unsigned char>(c) >= 0x80)
      return fail(i, "bytes can only contain ASCII literal characters");
    if (isNewlineChar(c)) {
      appendNewline(i);
      continue;
    }
    if (c != '\\' || i + 1 >= body.size()) {
      out += c;
      continue;
    }
    char n = body[i + 1];
    if (isRaw) {
      // The backslash stays, but it still protects the next character.
      out += '\\';
      ++i;
      if (isNewlineChar(n))
        appendNewline(i);
      else if (isBytes && static_cast<unsigned char>(n) >= 0x80)
        return fail(i, "bytes can only contain ASCII literal characters");
      else
        out += n;
      continue;
    }
    size_t start = i;
    i += 1; // at n
    switch (n) {
    case '\n':
      continue;
    case '\r':
      if (i + 1 < body.size() && body[i + 1] == '\n')
        ++i;
      continue;
    case '\\':
    case '\'':
    case '"':
      out += n;
      continue;
    case 'a':
      out += '\a';
      continue;
    case 'b':
      out += '\b';
      continue;
    case 'f':
      out += '\f';
      continue;
    case 'n':
      out += '\n';
      continue;
    case 'r':
      out += '\r';
      continue;
    case 't':
      out += '\t';
      continue;
    case 'v':
      out += '\v';
      continue;
    default:
      break;
    }
    if (isOctDigit(n)) {
      unsigned value = 0;
      size_t k = i;
      for (int digits = 0; digits < 3 && k < body.size() && isOctDigit(body[k]);
           ++digits, ++k)
        value = value * 8 + (body[k] - '0');
      i = k - 1;
      if (isBytes)
        out += static_cast<char>(value & 0xFF);
      else
        appendUtf8(out, value);
      continue;
    }
    int hexDigits = n == 'x'                 ? 2
                    : (!isBytes && n == 'u') ? 4
                    : (!isBytes && n == 'U') ? 8
                                             : 0;
    if (hexDigits) {
      uint32_t value = 0;
      size_t k = i + 1;
      int found = 0;
      for (; found < hexDigits && k < body.size() && isHexDigit(body[k]);
           ++found, ++k)
        value = value * 16 + hexValue(body[k]);
      if (found < hexDigits) {
        if (isBytes)
          return fail(start, format("(value error) invalid \\x escape at "
                                    "position %zu",
                                    start));
        const char *what = n == 'x'   ? "truncated \\xXX escape"
                           : n == 'u' ? "truncated \\uXXXX escape"
                                      : "truncated \\UXXXXXXXX escape";
        return fail(start, format("(unicode error) 'unicodeescape' codec "
                                  "can't decode bytes in position %zu-%zu: %s",
                                  start, k - 1, what));
      }
      if (value > 0x10FFFF)
        return fail(start, format("(unicode error) 'unicodeescape' codec "
                                  "can't decode bytes in position %zu-%zu: "
                                  "illegal Unicode character",
                                  start, k - 1));
      i = k - 1;
      if (isBytes)
        out += static_cast<char>(value);
      else
        appendUtf8(out, value);
      continue;
    }
    if (!isBytes && n == 'N') {
      // Decoding \N{...} needs the Unicode name database, which a
      // translator of RPython programs does not carry.
      return fail(start, "'\\N{...}' escapes are not supported");
    }
    // Unknown escapes stay as written (CPython only warns).
    out += '\\';
    --i;
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Lexer
//===----------------------------------------------------------------------===//

Lexer::Lexer(std::string_view source) : src(source), end(source.size()) {
  // A UTF-8 byte order mark is not part of the program.
  if (src.substr(0, 3) == "\xEF\xBB\xBF") {
    pos = 3;
    lineStart = 3;
  }
  int scanLine = 1;
  size_t scanLineStart = lineStart;
  for (size_t i = pos; i < end;) {
    char c = src[i];
    if (c == '\0') {
      badByteOffset = i;
      badByteMessage = "source code cannot contain null bytes";
      break;
    }
    size_t len = utf8SequenceLength(src, i);
    if (len == 0) {
      badByteOffset = i;
      badByteMessage =
          format("Non-UTF-8 code starting with '\\x%02x'",
                 static_cast<unsigned>(static_cast<unsigned char>(c)));
      break;
    }
    if (c == '\n' || (c == '\r' && (i + 1 >= end || src[i + 1] != '\n'))) {
      ++scanLine;
      scanLineStart = i + 1;
    }
    i += len;
  }
  if (badByteOffset != std::string_view::npos) {
    badByteLine = scanLine;
    badByteCol = static_cast<int>(badByteOffset - scanLineStart) + 1;
  }
}

Lexer::Lexer(std::string_view source, size_t begin, size_t endOffset,
             int startLine, size_t startLineStart)
    : src(source), pos(begin),
      end(endOffset < source.size() ? endOffset : source.size()),
      line(startLine), lineStart(startLineStart), exprMode(true),
      atLineStart(false) {}

Token Lexer::next() {
  if (finished)
    return last;
  Token t = lex();
  if (t.kind != TokenKind::Error && badByteOffset != std::string_view::npos &&
      (pos > badByteOffset || t.kind == TokenKind::EndOfFile))
    t = makeError(badByteMessage, ErrorClass::Overriding, badByteLine,
                  badByteCol);
  if (t.kind == TokenKind::EndOfFile || t.kind == TokenKind::Error) {
    finished = true;
    last = t;
  }
  return t;
}

Token Lexer::makeToken(TokenKind kind, size_t start) {
  Token t;
  t.kind = kind;
  t.line = line;
  t.col = colOf(start);
  t.offset = start;
  t.text = src.substr(start, pos - start);
  return t;
}

Token Lexer::makeError(std::string message, ErrorClass cls, int errLine,
                       int errCol) {
  Token t;
  t.kind = TokenKind::Error;
  t.line = errLine;
  t.col = errCol;
  t.offset = pos;
  t.value = std::move(message);
  t.errorClass = cls;
  return t;
}

Token Lexer::errorAt(size_t offset, std::string message, ErrorClass cls) {
  return makeError(std::move(message), cls, line, colOf(offset));
}

bool Lexer::consumeNewline() {
  if (atEnd() || !isNewlineChar(src[pos]))
    return false;
  if (src[pos] == '\r' && pos + 1 < end && src[pos + 1] == '\n')
    ++pos;
  ++pos;
  ++line;
  lineStart = pos;
  return true;
}

/// Measures the indentation of a new logical line and produces INDENT,
/// DEDENT or an indentation error. Blank and comment-only lines are skipped
/// without touching the indentation stack, as in CPython.
bool Lexer::atLineStartIndentation(Token &out) {
  int col = 0, altCol = 0;
  for (; !atEnd(); ++pos) {
    char c = src[pos];
    if (c == ' ') {
      ++col;
      ++altCol;
    } else if (c == '\t') {
      col = (col / 8 + 1) * 8;
      ++altCol;
    } else if (c == '\f') {
      col = altCol = 0;
    } else {
      break;
    }
  }
  if (atEnd()) {
    atLineStart = false;
    return false;
  }
  char c = src[pos];
  if (c == '#' || isNewlineChar(c)) {
    while (!atEnd() && !isNewlineChar(src[pos]))
      ++pos;
    consumeNewline();
    return false; // still at the start of a line
  }
  atLineStart = false;
  const char *tabError = "inconsistent use of tabs and spaces in indentation";
  if (col == indents.back()) {
    if (altCol != altIndents.back()) {
      out = errorAt(pos, tabError, ErrorClass::Plain);
      return true;
    }
    return false;
  }
  if (col > indents.back()) {
    if (static_cast<int>(indents.size()) >= kMaxIndentDepth) {
      out = errorAt(pos, "too many levels of indentation", ErrorClass::Plain);
      return true;
    }
    if (altCol <= altIndents.back()) {
      out = errorAt(pos, tabError, ErrorClass::Plain);
      return true;
    }
    indents.push_back(col);
    altIndents.push_back(altCol);
    out = makeToken(TokenKind::Indent, pos);
    return true;
  }
  int dedents = 0;
  while (indents.size() > 1 && col < indents.back()) {
    indents.pop_back();
    altIndents.pop_back();
    ++dedents;
  }
  if (col != indents.back()) {
    out = errorAt(pos, "unindent does not match any outer indentation level",
                  ErrorClass::Plain);
    return true;
  }
  if (altCol != altIndents.back()) {
    out = errorAt(pos, tabError, ErrorClass::Plain);
    return true;
  }
  out = makeToken(TokenKind::Dedent, pos);
  pendingDedents = dedents - 1;
  pendingLine = out.line;
  pendingCol = out.col;
  pendingOffset = pos;
  return true;
}

Token Lexer::lex() {
  if (pendingDedents > 0) {
    --pendingDedents;
    Token t;
    t.kind = TokenKind::Dedent;
    t.line = pendingLine;
    t.col = pendingCol;
    t.offset = pendingOffset;
    return t;
  }
  for (;;) {
    if (atLineStart && !exprMode && brackets.empty()) {
      Token t;
      if (atLineStartIndentation(t))
        return t;
      if (atLineStart)
        continue; // a blank line was skipped
    }
    while (!atEnd() &&
           (src[pos] == ' ' || src[pos] == '\t' || src[pos] == '\f'))
      ++pos;

    if (atEnd()) {
      if (!brackets.empty()) {
        const OpenBracket &b = brackets.back();
        return makeError(format("'%c' was never closed", b.ch),
                         ErrorClass::UnclosedBracket, b.line, b.col);
      }
      if (exprMode)
        return makeToken(TokenKind::EndOfFile, pos);
      if (lineHasTokens) {
        lineHasTokens = false;
        return makeToken(TokenKind::Newline, pos);
      }
      if (indents.size() > 1) {
        indents.pop_back();
        altIndents.pop_back();
        return makeToken(TokenKind::Dedent, pos);
      }
      return makeToken(TokenKind::EndOfFile, pos);
    }

    char c = src[pos];
    if (c == '#') {
      while (!atEnd() && !isNewlineChar(src[pos]))
        ++pos;
      continue;
    }
    if (isNewlineChar(c)) {
      if (exprMode || !brackets.empty() || !lineHasTokens) {
        consumeNewline();
        atLineStart = !exprMode && brackets.empty();
        continue;
      }
      size_t start = pos;
      Token t;
      t.kind = TokenKind::Newline;
      t.line = line;
      t.col = colOf(start);
      t.offset = start;
      consumeNewline();
      t.text = src.substr(start, pos - start);
      atLineStart = true;
      lineHasTokens = false;
      return t;
    }
    if (c == '\\') {
      if (pos + 1 < end && isNewlineChar(src[pos + 1])) {
        ++pos;
        consumeNewline();
        if (atEnd())
          return errorAt(pos, "unexpected EOF while parsing");
        continue;
      }
      if (pos + 1 >= end)
        return errorAt(pos + 1, "unexpected EOF while parsing");
      return errorAt(pos + 1,
                     "unexpected character after line continuation character");
    }
    lineHasTokens = true;
    if (isIdentStart(c))
      return lexName();
    if (isDecDigit(c) || (c == '.' && isDecDigit(peekChar(1))))
      return lexNumber();
    if (c == '\'' || c == '"')
      return lexString(0, false, false, false);
    return lexOperator();
  }
}

Token Lexer::lexName() {
  size_t start = pos;
  while (!atEnd() && isIdentChar(src[pos]))
    ++pos;
  std::string_view word = src.substr(start, pos - start);
  if (!atEnd() && (src[pos] == '\'' || src[pos] == '"') && word.size() <= 2) {
    bool isBytes = false, isRaw = false, isFormat = false, isUnicode = false;
    bool valid = true;
    for (char ch : word) {
      switch (ch) {
      case 'b':
      case 'B':
        valid &= !isBytes;
        isBytes = true;
        break;
      case 'r':
      case 'R':
        valid &= !isRaw;
        isRaw = true;
        break;
      case 'f':
      case 'F':
        valid &= !isFormat;
        isFormat = true;
        break;
      case 'u':
      case 'U':
        valid &= !isUnicode;
        isUnicode = true;
        break;
      default:
        valid = false;
      }
    }
    valid &= !(isUnicode && word.size() > 1) && !(isBytes && isFormat);
    if (valid) {
      pos = start;
      return lexString(word.size(), isBytes, isRaw, isFormat);
    }
  }
  Token t = makeToken(TokenKind::Name, start);
  for (const KeywordEntry &kw : kKeywords)
    if (word == kw.spelling) {
      t.kind = kw.kind;
      break;
    }
  return t;
}

void Lexer::scanDigits(bool (*isDigit)(char)) {
  while (!atEnd() && isDigit(src[pos]))
    ++pos;
}

/// CPython's verify_end_of_number: a number may not run into a name, except
/// into the keywords that can follow a number in valid code (`1if x else y`).
Token Lexer::checkNumberEnd(size_t start, const char *kind) {
  char c = peekChar();
  std::string_view rest = src.substr(pos + 1 < end ? pos + 1 : end,
                                     end - (pos + 1 < end ? pos + 1 : end));
  auto startsWith = [&](const char *s) {
    return rest.substr(0, std::strlen(s)) == s;
  };
  bool keyword = false;
  switch (c) {
  case 'a':
    keyword = startsWith("nd");
    break;
  case 'e':
    keyword = startsWith("lse");
    break;
  case 'f':
    keyword = startsWith("or");
    break;
  case 'i':
    keyword = startsWith("f") || startsWith("n") || startsWith("s");
    break;
  case 'o':
    keyword = startsWith("r");
    break;
  case 'n':
    keyword = startsWith("ot");
    break;
  default:
    break;
  }
  if (!keyword && !atEnd() && isIdentChar(c))
    return errorAt(pos - 1, format("invalid %s literal", kind));
  return makeToken(TokenKind::Number, start);
}

Token Lexer::lexNumber() {
  size_t start = pos;
  // Decimal digits with single underscores between them; returns false
  // (with `err` set) on a misplaced underscore.
  Token err;
  auto decimalTail = [&]() {
    for (;;) {
      scanDigits(isDecDigit);
      if (peekChar() != '_')
        return true;
      ++pos;
      if (!isDecDigit(peekChar())) {
        err = errorAt(pos - 1, "invalid decimal literal");
        return false;
      }
    }
  };
  auto radix = [&](bool (*isDigit)(char), const char *kind) -> Token {
    pos += 2; // 0x, 0o, 0b
    bool octal = std::strcmp(kind, "octal") == 0;
    bool binary = std::strcmp(kind, "binary") == 0;
    do {
      if (peekChar() == '_')
        ++pos;
      if (!isDigit(peekChar())) {
        if ((octal || binary) && isDecDigit(peekChar()))
          return errorAt(pos, format("invalid digit '%c' in %s literal",
                                     peekChar(), kind));
        return errorAt(pos - 1, format("invalid %s literal", kind));
      }
      scanDigits(isDigit);
    } while (peekChar() == '_');
    if ((octal || binary) && isDecDigit(peekChar()))
      return errorAt(
          pos, format("invalid digit '%c' in %s literal", peekChar(), kind));
    return checkNumberEnd(start, kind);
  };
  // Fraction, exponent and imaginary suffix; `nonzeroInteger` flags a
  // decimal integer with leading zeros that is legal only as a float.
  auto floatTail = [&](bool sawDot, bool nonzeroInteger) -> Token {
    if (!sawDot && peekChar() == '.') {
      ++pos;
      sawDot = true;
    }
    if (sawDot && isDecDigit(peekChar()) && !decimalTail())
      return err;
    bool isFloat = sawDot;
    if (peekChar() == 'e' || peekChar() == 'E') {
      size_t ePos = pos;
      ++pos;
      if (peekChar() == '+' || peekChar() == '-') {
        ++pos;
        if (!isDecDigit(peekChar()))
          return errorAt(pos - 1, "invalid decimal literal");
      } else if (!isDecDigit(peekChar())) {
        // `1else`: the number ends before the `e`.
        pos = ePos;
        if (nonzeroInteger && !isFloat)
          return makeError("leading zeros in decimal integer literals are "
                           "not permitted; use an 0o prefix for octal "
                           "integers",
                           ErrorClass::Overriding, line, colOf(start));
        return checkNumberEnd(start, "decimal");
      }
      if (!decimalTail())
        return err;
      isFloat = true;
    }
    if (peekChar() == 'j' || peekChar() == 'J') {
      ++pos;
      return checkNumberEnd(start, "imaginary");
    }
    if (nonzeroInteger && !isFloat)
      return makeError("leading zeros in decimal integer literals are not "
                       "permitted; use an 0o prefix for octal integers",
                       ErrorClass::Overriding, line, colOf(start));
    return checkNumberEnd(start, "decimal");
  };

  char c = peekChar();
  if (c == '.') {
    ++pos;
    return floatTail(true, false);
  }
  if (c == '0') {
    char k = peekChar(1);
    if (k == 'x' || k == 'X')
      return radix(isHexDigit, "hexadecimal");
    if (k == 'o' || k == 'O')
      return radix(isOctDigit, "octal");
    if (k == 'b' || k == 'B')
      return radix(isBinDigit, "binary");
    // Zeros, possibly separated by underscores.
    for (;;) {
      if (peekChar() == '_') {
        ++pos;
        if (!isDecDigit(peekChar()))
          return errorAt(pos - 1, "invalid decimal literal");
      }
      if (peekChar() != '0')
        break;
      ++pos;
    }
    bool nonzero = false;
    if (isDecDigit(peekChar())) {
      nonzero = true;
      if (!decimalTail())
        return err;
    }
    return floatTail(false, nonzero);
  }
  if (!decimalTail())
    return err;
  return floatTail(false, false);
}

Token Lexer::lexString(size_t prefixLen, bool isBytes, bool isRaw,
                       bool isFormat) {
  size_t start = pos;
  int startLine = line;
  int startCol = colOf(start);
  pos += prefixLen;
  char quote = src[pos];
  size_t quoteLen = (peekChar(1) == quote && peekChar(2) == quote) ? 3 : 1;
  pos += quoteLen;
  for (;;) {
    if (atEnd()) {
      int detected = line;
      if (end > 0 && isNewlineChar(src[end - 1]) && detected > startLine)
        --detected;
      return makeError(format(quoteLen == 3
                                  ? "unterminated triple-quoted string literal "
                                    "(detected at line %d)"
                                  : "unterminated string literal (detected at "
                                    "line %d)",
                              detected),
                       ErrorClass::Overriding, startLine, startCol);
    }
    char c = src[pos];
    if (c == quote) {
      if (quoteLen == 1) {
        ++pos;
        break;
      }
      if (peekChar(1) == quote && peekChar(2) == quote) {
        pos += 3;
        break;
      }
      ++pos;
    } else if (c == '\\') {
      ++pos;
      if (!consumeNewline() && !atEnd())
        ++pos;
    } else if (isNewlineChar(c)) {
      if (quoteLen == 1)
        return makeError(format("unterminated string literal (detected at "
                                "line %d)",
                                line),
                         ErrorClass::Overriding, startLine, startCol);
      consumeNewline();
    } else {
      ++pos;
    }
  }
  Token t;
  t.kind = TokenKind::String;
  t.line = startLine;
  t.col = startCol;
  t.offset = start;
  t.text = src.substr(start, pos - start);
  t.isBytes = isBytes;
  t.isRaw = isRaw;
  t.isFormat = isFormat;
  t.bodyStart = static_cast<uint8_t>(prefixLen + quoteLen);
  t.quoteLen = static_cast<uint8_t>(quoteLen);
  if (!isFormat) {
    std::string error;
    size_t errorOffset = 0;
    if (!decodeStringBody(t.body(), isBytes, isRaw, t.value, error,
                          errorOffset))
      return makeError(std::move(error), ErrorClass::Overriding, startLine,
                       startCol);
  }
  return t;
}

Token Lexer::lexOperator() {
  size_t start = pos;
  char c = src[pos];
  for (const OperatorEntry &op : kOperators) {
    size_t len = std::strlen(op.spelling);
    if (src.substr(pos, len) != op.spelling)
      continue;
    pos += len;
    if (c == '(' || c == '[' || c == '{') {
      if (static_cast<int>(brackets.size()) >= kMaxBracketDepth)
        return errorAt(start, "too many nested parentheses");
      brackets.push_back({c, line, colOf(start)});
    } else if (c == ')' || c == ']' || c == '}') {
      if (brackets.empty())
        return errorAt(start, format("unmatched '%c'", c));
      OpenBracket open = brackets.back();
      brackets.pop_back();
      char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
      if (c != expected) {
        if (open.line != line)
          return errorAt(start, format("closing parenthesis '%c' does not "
                                       "match opening parenthesis '%c' on "
                                       "line %d",
                                       c, open.ch, open.line));
        return errorAt(start, format("closing parenthesis '%c' does not "
                                     "match opening parenthesis '%c'",
                                     c, open.ch));
      }
    }
    return makeToken(op.kind, start);
  }
  unsigned char u = static_cast<unsigned char>(c);
  if (u < 0x20 || u == 0x7F) {
    if (pos == badByteOffset)
      return makeError(badByteMessage, ErrorClass::Overriding, badByteLine,
                       badByteCol);
    return errorAt(start, format("invalid non-printable character U+%04X", u));
  }
  // `$`, `?`, `!` and the backquote: CPython's tokenizer returns an error
  // token without a message and the parser calls it invalid syntax.
  return errorAt(start, "invalid syntax", ErrorClass::Plain);
}

std::vector<Token> tokenize(std::string_view source) {
  Lexer lexer(source);
  std::vector<Token> tokens;
  for (;;) {
    tokens.push_back(lexer.next());
    TokenKind k = tokens.back().kind;
    if (k == TokenKind::EndOfFile || k == TokenKind::Error)
      return tokens;
  }
}

} // namespace rpy::frontend
