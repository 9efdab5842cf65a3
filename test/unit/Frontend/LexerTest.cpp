//===- LexerTest.cpp - Tests of the Python 3 tokenizer --------------------===//
//
// Token kinds, values and positions, and every lexer error with the exact
// position CPython 3.11 reports.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/Lexer.h"

#include "gtest/gtest.h"

#include <memory>
#include <string>
#include <vector>

using namespace rpy::frontend;

namespace {

using K = TokenKind;

/// Tokens together with the source they view.
struct Lexed {
  std::unique_ptr<std::string> source;
  std::vector<Token> tokens;

  const Token &operator[](size_t i) const { return tokens.at(i); }
  size_t size() const { return tokens.size(); }
  const Token &back() const { return tokens.back(); }
  auto begin() const { return tokens.begin(); }
  auto end() const { return tokens.end(); }
};

Lexed lex(const std::string &source) {
  Lexed out;
  out.source = std::make_unique<std::string>(source);
  out.tokens = tokenize(*out.source);
  return out;
}

std::vector<TokenKind> kinds(const std::string &source) {
  std::vector<TokenKind> out;
  for (const Token &t : lex(source))
    out.push_back(t.kind);
  return out;
}

/// "line:col: message" of the Error token ending the stream, or "" if none.
std::string lexError(const std::string &source) {
  Lexed toks = lex(source);
  const Token &last = toks.back();
  if (last.kind != K::Error)
    return "";
  return std::to_string(last.line) + ":" + std::to_string(last.col) + ": " +
         last.value;
}

const Token &firstOf(const Lexed &toks, TokenKind kind) {
  for (const Token &t : toks)
    if (t.kind == kind)
      return t;
  return toks.back();
}

std::string stringValue(const std::string &literal) {
  Lexed toks = lex(literal + "\n");
  EXPECT_EQ(toks[0].kind, K::String) << literal << ": " << toks[0].value;
  return toks[0].value;
}

TEST(LexerTest, EmptyAndBlankFiles) {
  EXPECT_EQ(kinds(""), (std::vector<K>{K::EndOfFile}));
  EXPECT_EQ(kinds("\n\n   \n# comment\n"), (std::vector<K>{K::EndOfFile}));
  EXPECT_EQ(kinds("  # indented comment"), (std::vector<K>{K::EndOfFile}));
}

TEST(LexerTest, SimpleStatement) {
  Lexed toks = lex("x = 42\n");
  ASSERT_EQ(toks.size(), 5u);
  EXPECT_EQ(toks[0].kind, K::Name);
  EXPECT_EQ(toks[0].text, "x");
  EXPECT_EQ(toks[1].kind, K::Equal);
  EXPECT_EQ(toks[1].col, 3);
  EXPECT_EQ(toks[2].kind, K::Number);
  EXPECT_EQ(toks[2].text, "42");
  EXPECT_EQ(toks[2].col, 5);
  EXPECT_EQ(toks[3].kind, K::Newline);
  EXPECT_EQ(toks[3].col, 7);
  EXPECT_EQ(toks[4].kind, K::EndOfFile);
}

TEST(LexerTest, MissingFinalNewline) {
  EXPECT_EQ(kinds("x"), (std::vector<K>{K::Name, K::Newline, K::EndOfFile}));
  EXPECT_EQ(kinds("if x:\n  y"),
            (std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent,
                            K::Name, K::Newline, K::Dedent, K::EndOfFile}));
}

TEST(LexerTest, IndentAndDedent) {
  const char *source = "if a:\n"
                       "    if b:\n"
                       "        c\n"
                       "\n"
                       "      # comment at another indentation\n"
                       "d\n";
  EXPECT_EQ(kinds(source),
            (std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent,
                            K::KwIf, K::Name, K::Colon, K::Newline, K::Indent,
                            K::Name, K::Newline, K::Dedent, K::Dedent, K::Name,
                            K::Newline, K::EndOfFile}));
  Lexed toks = lex(source);
  const Token &indent = firstOf(toks, K::Indent);
  EXPECT_EQ(indent.line, 2);
  EXPECT_EQ(indent.col, 5);
  const Token &dedent = firstOf(toks, K::Dedent);
  EXPECT_EQ(dedent.line, 6);
  EXPECT_EQ(dedent.col, 1);
}

TEST(LexerTest, DedentsAtEndOfFile) {
  EXPECT_EQ(kinds("if a:\n if b:\n  c\n"),
            (std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent,
                            K::KwIf, K::Name, K::Colon, K::Newline, K::Indent,
                            K::Name, K::Newline, K::Dedent, K::Dedent,
                            K::EndOfFile}));
}

TEST(LexerTest, TabsCountToMultiplesOfEight) {
  // A tab after 4 spaces reaches column 8, like 8 spaces, but CPython still
  // rejects the mix as ambiguous.
  EXPECT_EQ(lexError("if x:\n\ta\n        b\n"),
            "3:9: inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(lexError("if x:\n\ta\n\tb\n"), "");
  EXPECT_EQ(lexError("if x:\n  \ta\n  \tb\n"), "");
}

TEST(LexerTest, IndentationErrors) {
  EXPECT_EQ(lexError("if x:\n        a\n    b\n"),
            "3:5: unindent does not match any outer indentation level");
  std::string deep;
  for (int i = 0; i < 101; ++i)
    deep += std::string(i, ' ') + "if x:\n";
  EXPECT_EQ(lexError(deep + std::string(101, ' ') + "pass\n"),
            "101:101: too many levels of indentation");
}

TEST(LexerTest, ImplicitLineJoining) {
  EXPECT_EQ(kinds("f(a,\n    b\n  )\n"),
            (std::vector<K>{K::Name, K::LParen, K::Name, K::Comma, K::Name,
                            K::RParen, K::Newline, K::EndOfFile}));
  EXPECT_EQ(kinds("x = [\n# c\n\n1]\n"),
            (std::vector<K>{K::Name, K::Equal, K::LSquare, K::Number,
                            K::RSquare, K::Newline, K::EndOfFile}));
}

TEST(LexerTest, BackslashContinuation) {
  Lexed toks = lex("x = 1 + \\\n    2\n");
  EXPECT_EQ(toks.size(), 7u);
  EXPECT_EQ(toks[4].text, "2");
  EXPECT_EQ(toks[4].line, 2);
  EXPECT_EQ(toks[4].col, 5);
  EXPECT_EQ(lexError("x = 1 \\ 2\n"),
            "1:8: unexpected character after line continuation character");
  EXPECT_EQ(lexError("x = 1 + \\"), "1:10: unexpected EOF while parsing");
}

TEST(LexerTest, LineEndings) {
  Lexed toks = lex("a\r\nb\rc\n");
  ASSERT_EQ(toks.size(), 7u);
  EXPECT_EQ(toks[2].line, 2);
  EXPECT_EQ(toks[2].col, 1);
  EXPECT_EQ(toks[4].line, 3);
  EXPECT_EQ(stringValue("'''a\r\nb'''"), "a\nb");
}

TEST(LexerTest, KeywordsAndNames) {
  EXPECT_EQ(kinds("False None True and as assert async await break class"),
            (std::vector<K>{K::KwFalse, K::KwNone, K::KwTrue, K::KwAnd, K::KwAs,
                            K::KwAssert, K::KwAsync, K::KwAwait, K::KwBreak,
                            K::KwClass, K::Newline, K::EndOfFile}));
  EXPECT_EQ(kinds("continue def del elif else except finally for from"),
            (std::vector<K>{K::KwContinue, K::KwDef, K::KwDel, K::KwElif,
                            K::KwElse, K::KwExcept, K::KwFinally, K::KwFor,
                            K::KwFrom, K::Newline, K::EndOfFile}));
  EXPECT_EQ(kinds("global if import in is lambda nonlocal not or pass"),
            (std::vector<K>{K::KwGlobal, K::KwIf, K::KwImport, K::KwIn, K::KwIs,
                            K::KwLambda, K::KwNonlocal, K::KwNot, K::KwOr,
                            K::KwPass, K::Newline, K::EndOfFile}));
  EXPECT_EQ(kinds("raise return try while with yield"),
            (std::vector<K>{K::KwRaise, K::KwReturn, K::KwTry, K::KwWhile,
                            K::KwWith, K::KwYield, K::Newline, K::EndOfFile}));
  // Soft keywords and near-keywords are names; UTF-8 letters are accepted.
  EXPECT_EQ(kinds("match case _ print Ifx _if \xC3\xA9t\xC3\xA9"),
            (std::vector<K>{K::Name, K::Name, K::Name, K::Name, K::Name,
                            K::Name, K::Name, K::Newline, K::EndOfFile}));
}

TEST(LexerTest, Operators) {
  EXPECT_EQ(
      kinds("( ) [ ] { } : , ; + - * / | & < > = . % == != <= >= ~ ^ << >>"),
      (std::vector<K>{K::LParen,  K::RParen,     K::LSquare,   K::RSquare,
                      K::LBrace,  K::RBrace,     K::Colon,     K::Comma,
                      K::Semi,    K::Plus,       K::Minus,     K::Star,
                      K::Slash,   K::VBar,       K::Amper,     K::Less,
                      K::Greater, K::Equal,      K::Dot,       K::Percent,
                      K::EqEqual, K::NotEqual,   K::LessEqual, K::GreaterEqual,
                      K::Tilde,   K::Circumflex, K::LeftShift, K::RightShift,
                      K::Newline, K::EndOfFile}));
  EXPECT_EQ(kinds("** += -= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> "
                  "... :="),
            (std::vector<K>{
                K::DoubleStar,     K::PlusEqual,        K::MinusEqual,
                K::StarEqual,      K::SlashEqual,       K::PercentEqual,
                K::AmperEqual,     K::VBarEqual,        K::CircumflexEqual,
                K::LeftShiftEqual, K::RightShiftEqual,  K::DoubleStarEqual,
                K::DoubleSlash,    K::DoubleSlashEqual, K::At,
                K::AtEqual,        K::RArrow,           K::Ellipsis,
                K::ColonEqual,     K::Newline,          K::EndOfFile}));
  // Longest match: `a<<=b`, `..` is two dots, `<>` two operators.
  EXPECT_EQ(kinds("a<<=b..c<>d"),
            (std::vector<K>{K::Name, K::LeftShiftEqual, K::Name, K::Dot, K::Dot,
                            K::Name, K::Less, K::Greater, K::Name, K::Newline,
                            K::EndOfFile}));
}

TEST(LexerTest, Numbers) {
  for (const char *n :
       {"0",           "00",   "0_0",   "7",      "1_000_000", "0x1F",
        "0XdEaD_bEeF", "0o17", "0O1_7", "0b1010", "0B1_0",     "1.5",
        "1.",          ".5",   "1e10",  "1E-5",   "1.5e+3",    "1_0.0_1e1_0",
        "10j",         "1.5J", ".5j",   "1e5j",   "0777.5",    "0777e1",
        "0777j",       "00.5"}) {
    Lexed toks = lex(std::string(n) + "\n");
    EXPECT_EQ(toks[0].kind, K::Number) << n << ": " << toks[0].value;
    EXPECT_EQ(toks[0].text, n);
    EXPECT_EQ(toks[1].kind, K::Newline) << n;
  }
  // A number may run into the keywords that can follow it.
  EXPECT_EQ(kinds("1if x else 2"),
            (std::vector<K>{K::Number, K::KwIf, K::Name, K::KwElse, K::Number,
                            K::Newline, K::EndOfFile}));
  EXPECT_EQ(kinds("1else"),
            (std::vector<K>{K::Number, K::KwElse, K::Newline, K::EndOfFile}));
  EXPECT_EQ(kinds("0x1for"),
            (std::vector<K>{K::Number, K::KwOr, K::Newline, K::EndOfFile}));
  EXPECT_EQ(kinds("1 .real"), (std::vector<K>{K::Number, K::Dot, K::Name,
                                              K::Newline, K::EndOfFile}));
}

TEST(LexerTest, NumberErrors) {
  EXPECT_EQ(lexError("x = 0777\n"),
            "1:5: leading zeros in decimal integer literals are not "
            "permitted; use an 0o prefix for octal integers");
  EXPECT_EQ(lexError("x = 1_\n"), "1:6: invalid decimal literal");
  EXPECT_EQ(lexError("x = 1__0\n"), "1:6: invalid decimal literal");
  EXPECT_EQ(lexError("x = 0x\n"), "1:6: invalid hexadecimal literal");
  EXPECT_EQ(lexError("x = 0xg\n"), "1:6: invalid hexadecimal literal");
  EXPECT_EQ(lexError("x = 0b2\n"), "1:7: invalid digit '2' in binary literal");
  EXPECT_EQ(lexError("x = 0o8\n"), "1:7: invalid digit '8' in octal literal");
  EXPECT_EQ(lexError("x = 0o\n"), "1:6: invalid octal literal");
  EXPECT_EQ(lexError("x = 1abc\n"), "1:5: invalid decimal literal");
  EXPECT_EQ(lexError("x = 1e\n"), "1:5: invalid decimal literal");
  EXPECT_EQ(lexError("x = 1e+\n"), "1:7: invalid decimal literal");
  EXPECT_EQ(lexError("x = 1.__class__\n"), "1:6: invalid decimal literal");
  EXPECT_EQ(lexError("x = 1.5j2\n"), "1:8: invalid imaginary literal");
}

TEST(LexerTest, StringPrefixesAndQuotes) {
  struct Case {
    const char *literal;
    bool isBytes, isRaw, isFormat;
  } cases[] = {
      {"'a'", false, false, false},     {"\"a\"", false, false, false},
      {"'''a'''", false, false, false}, {"\"\"\"a\"\"\"", false, false, false},
      {"u'a'", false, false, false},    {"U'a'", false, false, false},
      {"r'a'", false, true, false},     {"R'a'", false, true, false},
      {"b'a'", true, false, false},     {"B'a'", true, false, false},
      {"br'a'", true, true, false},     {"Rb'a'", true, true, false},
      {"f'a'", false, false, true},     {"F'a'", false, false, true},
      {"fr'a'", false, true, true},     {"rF'a'", false, true, true},
  };
  for (const Case &c : cases) {
    Lexed toks = lex(std::string(c.literal) + "\n");
    ASSERT_EQ(toks[0].kind, K::String) << c.literal;
    EXPECT_EQ(toks[0].text, c.literal);
    EXPECT_EQ(toks[0].isBytes, c.isBytes) << c.literal;
    EXPECT_EQ(toks[0].isRaw, c.isRaw) << c.literal;
    EXPECT_EQ(toks[0].isFormat, c.isFormat) << c.literal;
    EXPECT_EQ(toks[0].body(), "a") << c.literal;
  }
  // Not prefixes: a name followed by a string.
  EXPECT_EQ(kinds("ur'a' bf'a'"),
            (std::vector<K>{K::Name, K::String, K::Name, K::String, K::Newline,
                            K::EndOfFile}));
}

TEST(LexerTest, StringEscapes) {
  EXPECT_EQ(stringValue(R"('a\nb\tc\\d\'e\"f')"), "a\nb\tc\\d'e\"f");
  EXPECT_EQ(stringValue(R"('\a\b\f\r\v')"), "\a\b\f\r\v");
  EXPECT_EQ(stringValue(R"('\x41\101\0\7')"), std::string("AA\0\7", 4));
  EXPECT_EQ(stringValue(R"('\u00e9\U0001F600')"), "\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(stringValue(R"('\777')"), "\xC7\xBF"); // chr(0o777)
  // Unknown escapes stay as written.
  EXPECT_EQ(stringValue(R"('\d\q\8')"), "\\d\\q\\8");
  EXPECT_EQ(stringValue(R"(r'\n\'')"), "\\n\\'");
  EXPECT_EQ(stringValue("'a\\\nb'"), "ab");
  EXPECT_EQ(stringValue("r'a\\\nb'"), "a\\\nb");
  EXPECT_EQ(stringValue("'''a\nb'''"), "a\nb");
  EXPECT_EQ(stringValue(R"(b'\x80\u00e9\777')"), "\x80\\u00e9\xFF");
  EXPECT_EQ(stringValue("'\xC3\xA9'"), "\xC3\xA9");
}

TEST(LexerTest, StringPositions) {
  Lexed toks = lex("x = '''a\nb''' + c\n");
  EXPECT_EQ(toks[2].line, 1);
  EXPECT_EQ(toks[2].col, 5);
  EXPECT_EQ(toks[3].kind, K::Plus);
  EXPECT_EQ(toks[3].line, 2);
  EXPECT_EQ(toks[3].col, 6);
}

TEST(LexerTest, StringErrors) {
  EXPECT_EQ(lexError("x = 'abc\n"),
            "1:5: unterminated string literal (detected at line 1)");
  EXPECT_EQ(lexError("x = 'abc"),
            "1:5: unterminated string literal (detected at line 1)");
  EXPECT_EQ(lexError("\nx = '''abc\n\n"),
            "2:5: unterminated triple-quoted string literal (detected at "
            "line 3)");
  EXPECT_EQ(lexError("x = 'a' + \\\n 'b\n"),
            "2:2: unterminated string literal (detected at line 2)");
  EXPECT_EQ(lexError(R"(x = '\x4')"),
            "1:5: (unicode error) 'unicodeescape' codec can't decode bytes "
            "in position 0-2: truncated \\xXX escape");
  EXPECT_EQ(lexError(R"(x = b'\x4')"),
            "1:5: (value error) invalid \\x escape at position 0");
  EXPECT_EQ(lexError(R"(x = '\u12')"),
            "1:5: (unicode error) 'unicodeescape' codec can't decode bytes "
            "in position 0-3: truncated \\uXXXX escape");
  EXPECT_EQ(lexError(R"(x = '\U0011ffff')"),
            "1:5: (unicode error) 'unicodeescape' codec can't decode bytes "
            "in position 0-9: illegal Unicode character");
  EXPECT_EQ(lexError("x = b'\xC3\xA9'"),
            "1:5: bytes can only contain ASCII literal characters");
}

TEST(LexerTest, BracketErrors) {
  Lexed toks = lex("x = (1,\n  [2,\n");
  EXPECT_EQ(toks.back().kind, K::Error);
  EXPECT_EQ(toks.back().errorClass, ErrorClass::UnclosedBracket);
  EXPECT_EQ(lexError("x = (1,\n  [2,\n"), "2:3: '[' was never closed");
  EXPECT_EQ(lexError("x = )\n"), "1:5: unmatched ')'");
  EXPECT_EQ(lexError("x = (]\n"),
            "1:6: closing parenthesis ']' does not match opening "
            "parenthesis '('");
  EXPECT_EQ(lexError("x = (\n]\n"),
            "2:1: closing parenthesis ']' does not match opening "
            "parenthesis '(' on line 1");
  EXPECT_EQ(lexError("x = " + std::string(201, '(')),
            "1:205: too many nested parentheses");
}

TEST(LexerTest, InvalidCharacters) {
  Lexed toks = lex("x = $\n");
  EXPECT_EQ(toks.back().kind, K::Error);
  EXPECT_EQ(toks.back().errorClass, ErrorClass::Plain);
  EXPECT_EQ(lexError("x = $\n"), "1:5: invalid syntax");
  EXPECT_EQ(lexError("a ? b\n"), "1:3: invalid syntax");
  EXPECT_EQ(lexError("a ! b\n"), "1:3: invalid syntax");
  EXPECT_EQ(lexError("x = \x01\n"),
            "1:5: invalid non-printable character U+0001");
  EXPECT_EQ(lexError(std::string("x = 1\ny = \0\n", 11)),
            "2:5: source code cannot contain null bytes");
  EXPECT_EQ(lexError(std::string("s = 'a\0'\n", 9)),
            "1:7: source code cannot contain null bytes");
  EXPECT_EQ(lexError("# \xFF\n"), "1:3: Non-UTF-8 code starting with '\\xff'");
  EXPECT_EQ(lexError("x = '\xC3'\n"),
            "1:6: Non-UTF-8 code starting with '\\xc3'");
}

TEST(LexerTest, ByteOrderMark) {
  Lexed toks = lex("\xEF\xBB\xBFx = 1\n");
  EXPECT_EQ(toks[0].kind, K::Name);
  EXPECT_EQ(toks[0].text, "x");
  EXPECT_EQ(toks[0].col, 1);
}

TEST(LexerTest, ExpressionMode) {
  // The lexer of an f-string field: newlines are whitespace, positions are
  // those of the enclosing file.
  std::string source = "f'''{a +\n b}'''";
  Lexer lexer(source, 5, 11, 1, 0);
  std::vector<Token> toks;
  for (;;) {
    toks.push_back(lexer.next());
    if (toks.back().is(K::EndOfFile) || toks.back().is(K::Error))
      break;
  }
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[0].col, 6);
  EXPECT_EQ(toks[2].kind, K::Name);
  EXPECT_EQ(toks[2].line, 2);
  EXPECT_EQ(toks[2].col, 2);
  EXPECT_EQ(toks[3].kind, K::EndOfFile);
}

TEST(LexerTest, DecodeStringBody) {
  std::string out, error;
  size_t offset = 0;
  EXPECT_TRUE(decodeStringBody("a\\x41", false, false, out, error, offset));
  EXPECT_EQ(out, "aA");
  EXPECT_FALSE(decodeStringBody("ab\\x4", false, false, out, error, offset));
  EXPECT_EQ(offset, 2u);
  EXPECT_FALSE(
      decodeStringBody("\\N{BULLET}", false, false, out, error, offset));
  EXPECT_EQ(error, "'\\N{...}' escapes are not supported");
  EXPECT_EQ(offset, 0u);
  EXPECT_TRUE(decodeStringBody("\\N{BULLET}", true, false, out, error, offset));
  EXPECT_EQ(out, "\\N{BULLET}");
}

TEST(LexerTest, TokenKindNames) {
  EXPECT_STREQ(tokenKindName(K::LParen), "(");
  EXPECT_STREQ(tokenKindName(K::KwLambda), "lambda");
  EXPECT_STREQ(tokenKindName(K::Newline), "NEWLINE");
}

} // namespace
