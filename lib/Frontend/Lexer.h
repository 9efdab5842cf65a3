//===- Lexer.h - Tokenizer for Python 3 source ------------------*- C++ -*-===//
//
// Turns RPython 3 (i.e. Python 3) source text into tokens the way CPython's
// tokenizer does: INDENT/DEDENT from an indentation stack, NEWLINE only at
// the end of logical lines, implicit line joining inside brackets, and
// string literals whose escapes are already decoded.
//
// The lexer never fails half-way: the first problem becomes an Error token
// that carries the message, and no token follows it. The parser decides
// when to report it (CPython reports a tokenizer error when the parser
// reaches it, or earlier in the cases listed in ErrorClass).
//
//===----------------------------------------------------------------------===//

#ifndef RPY_FRONTEND_LEXER_H
#define RPY_FRONTEND_LEXER_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rpy::frontend {

enum class TokenKind : uint8_t {
  EndOfFile,
  Error,
  Newline,
  Indent,
  Dedent,
  Name,
  Number,
  String,

  // Keywords of Python 3.11 (soft keywords such as `match` are names).
  KwFalse,
  KwNone,
  KwTrue,
  KwAnd,
  KwAs,
  KwAssert,
  KwAsync,
  KwAwait,
  KwBreak,
  KwClass,
  KwContinue,
  KwDef,
  KwDel,
  KwElif,
  KwElse,
  KwExcept,
  KwFinally,
  KwFor,
  KwFrom,
  KwGlobal,
  KwIf,
  KwImport,
  KwIn,
  KwIs,
  KwLambda,
  KwNonlocal,
  KwNot,
  KwOr,
  KwPass,
  KwRaise,
  KwReturn,
  KwTry,
  KwWhile,
  KwWith,
  KwYield,

  // Operators and delimiters.
  LParen,           // (
  RParen,           // )
  LSquare,          // [
  RSquare,          // ]
  LBrace,           // {
  RBrace,           // }
  Colon,            // :
  Comma,            // ,
  Semi,             // ;
  Plus,             // +
  Minus,            // -
  Star,             // *
  Slash,            // /
  VBar,             // |
  Amper,            // &
  Less,             // <
  Greater,          // >
  Equal,            // =
  Dot,              // .
  Percent,          // %
  EqEqual,          // ==
  NotEqual,         // !=
  LessEqual,        // <=
  GreaterEqual,     // >=
  Tilde,            // ~
  Circumflex,       // ^
  LeftShift,        // <<
  RightShift,       // >>
  DoubleStar,       // **
  PlusEqual,        // +=
  MinusEqual,       // -=
  StarEqual,        // *=
  SlashEqual,       // /=
  PercentEqual,     // %=
  AmperEqual,       // &=
  VBarEqual,        // |=
  CircumflexEqual,  // ^=
  LeftShiftEqual,   // <<=
  RightShiftEqual,  // >>=
  DoubleStarEqual,  // **=
  DoubleSlash,      // //
  DoubleSlashEqual, // //=
  At,               // @
  AtEqual,          // @=
  RArrow,           // ->
  Ellipsis,         // ...
  ColonEqual,       // :=
};

/// How an Error token interacts with a syntax error the parser finds before
/// reaching it (CPython re-tokenizes the rest of the file after a parser
/// error and lets some tokenizer errors win).
enum class ErrorClass : uint8_t {
  /// Reported only when the parser reaches the token (indentation errors,
  /// stray characters such as `$`).
  Plain,
  /// Also replaces any earlier parser error (unterminated strings, bad
  /// numbers, mismatched brackets, ...).
  Overriding,
  /// A bracket still open at the end of the file: replaces a parser error
  /// found on a later line than the bracket.
  UnclosedBracket,
};

/// One token. `text` views the source buffer, which must outlive the token.
struct Token {
  TokenKind kind = TokenKind::EndOfFile;
  /// 1-based line and byte column of the first character.
  int line = 1;
  int col = 1;
  /// Byte offset of the first character in the whole source.
  size_t offset = 0;
  /// The token's spelling (empty for NEWLINE at end of file, INDENT, DEDENT
  /// and EndOfFile).
  std::string_view text;

  // String literals.
  bool isBytes = false;
  bool isRaw = false;
  bool isFormat = false;
  /// Length of the prefix letters plus the opening quotes; the body is
  /// text.substr(bodyStart, text.size() - bodyStart - quoteLen).
  uint8_t bodyStart = 0;
  uint8_t quoteLen = 0;

  /// String literals other than f-strings: the decoded value (UTF-8 for str,
  /// raw bytes for bytes). Error tokens: the message.
  std::string value;
  ErrorClass errorClass = ErrorClass::Plain;

  bool is(TokenKind k) const { return kind == k; }
  std::string_view body() const {
    return text.substr(bodyStart, text.size() - bodyStart - quoteLen);
  }
};

/// Returns the printable spelling of a token kind, e.g. "'('" or "NEWLINE".
const char *tokenKindName(TokenKind kind);

/// Limits shared with CPython's tokenizer.
constexpr int kMaxBracketDepth = 200;
constexpr int kMaxIndentDepth = 100;

class Lexer {
public:
  /// Tokenizes a whole file.
  explicit Lexer(std::string_view source);

  /// Tokenizes `source[begin, end)` as the expression of an f-string field:
  /// newlines are plain whitespace (as inside brackets) and no NEWLINE,
  /// INDENT or DEDENT is produced. `line` and `lineStart` give the position
  /// of `begin` so that locations point into the enclosing file.
  Lexer(std::string_view source, size_t begin, size_t end, int line,
        size_t lineStart);

  /// Returns the next token; after EndOfFile or an Error token, keeps
  /// returning that token.
  Token next();

private:
  Token lex();
  bool atLineStartIndentation(Token &out);
  Token lexName();
  Token lexNumber();
  Token lexString(size_t prefixLen, bool isBytes, bool isRaw, bool isFormat);
  Token lexOperator();
  Token makeToken(TokenKind kind, size_t start);
  Token makeError(std::string message, ErrorClass cls, int line, int col);
  Token errorAt(size_t offset, std::string message,
                ErrorClass cls = ErrorClass::Overriding);
  Token checkNumberEnd(size_t start, const char *kind);
  int colOf(size_t offset) const {
    return static_cast<int>(offset - lineStart) + 1;
  }
  char peekChar(size_t ahead = 0) const {
    return pos + ahead < end ? src[pos + ahead] : '\0';
  }
  bool atEnd() const { return pos >= end; }
  /// Consumes a line break (\n, \r\n or \r) at `pos` if there is one.
  bool consumeNewline();
  void scanDigits(bool (*isDigit)(char));

  std::string_view src;
  size_t pos = 0;
  size_t end = 0;
  int line = 1;
  size_t lineStart = 0;

  bool exprMode = false;
  bool atLineStart = true;
  /// Whether the current logical line has produced a token (a NEWLINE is
  /// owed at the end of it).
  bool lineHasTokens = false;
  int pendingDedents = 0;
  int pendingLine = 0, pendingCol = 0;
  size_t pendingOffset = 0;
  std::vector<int> indents{0};
  /// Indentation measured with a tab size of 1: CPython's check against
  /// ambiguous mixes of tabs and spaces.
  std::vector<int> altIndents{0};

  struct OpenBracket {
    char ch;
    int line, col;
  };
  std::vector<OpenBracket> brackets;

  /// First NUL byte or invalid UTF-8 sequence (or npos) with its message.
  size_t badByteOffset = std::string_view::npos;
  int badByteLine = 0, badByteCol = 0;
  std::string badByteMessage;

  bool finished = false;
  Token last;
};

/// Tokenizes a whole file; the last token is EndOfFile or Error.
std::vector<Token> tokenize(std::string_view source);

/// Decodes the escapes of a string literal's body (already split from its
/// prefix and quotes). Raw bodies are copied unchanged. Returns false and
/// sets `error` (a CPython-style message) on a malformed escape;
/// `errorOffset` is then the escape's offset in `body`.
bool decodeStringBody(std::string_view body, bool isBytes, bool isRaw,
                      std::string &out, std::string &error,
                      size_t &errorOffset);

/// Appends the UTF-8 encoding of `cp` (surrogates are encoded like any other
/// code point, as CPython's "surrogatepass").
void appendUtf8(std::string &out, uint32_t cp);

} // namespace rpy::frontend

#endif // RPY_FRONTEND_LEXER_H
