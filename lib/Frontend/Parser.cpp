//===- Parser.cpp - Recursive-descent parser for Python 3 -----------------===//
//
// One function per rule of CPython 3.11's grammar (Grammar/python.gram),
// with the LL(2) decisions made by peeking at tokens. Error messages and
// their positions follow CPython's "invalid_*" rules for the common cases.
//
// Error handling without exceptions: the first error sets `failed`, every
// parse function then returns nullptr/false, and the token stream reads as
// end-of-file so that every loop stops.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/Parser.h"
#include "lib/Frontend/Lexer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <utility>

namespace rpy::frontend {

namespace {

/// What kind of target an expression is checked as: CPython words the
/// errors differently for deletion.
enum class TargetKind { Store, Del };

template <typename T> std::unique_ptr<T> make(Loc loc) {
  return std::make_unique<T>(loc);
}

/// CPython's _PyPegen_get_expr_name: how messages name an expression.
const char *exprName(const Expr *e) {
  switch (e->kind) {
  case ExprKind::Attribute:
    return "attribute";
  case ExprKind::Subscript:
    return "subscript";
  case ExprKind::Starred:
    return "starred";
  case ExprKind::Name:
    return "name";
  case ExprKind::List:
    return "list";
  case ExprKind::Tuple:
    return "tuple";
  case ExprKind::Lambda:
    return "lambda";
  case ExprKind::Call:
    return "function call";
  case ExprKind::BoolOp:
  case ExprKind::BinOp:
  case ExprKind::UnaryOp:
    return "expression";
  case ExprKind::GeneratorExp:
    return "generator expression";
  case ExprKind::Yield:
  case ExprKind::YieldFrom:
    return "yield expression";
  case ExprKind::Await:
    return "await expression";
  case ExprKind::ListComp:
    return "list comprehension";
  case ExprKind::SetComp:
    return "set comprehension";
  case ExprKind::DictComp:
    return "dict comprehension";
  case ExprKind::Dict:
    return "dict literal";
  case ExprKind::Set:
    return "set display";
  case ExprKind::JoinedStr:
  case ExprKind::FormattedValue:
    return "f-string expression";
  case ExprKind::NameConst:
    switch (cast<NameConstExpr>(e)->value) {
    case NameConstKind::None:
      return "None";
    case NameConstKind::True:
      return "True";
    case NameConstKind::False:
      return "False";
    case NameConstKind::Ellipsis:
      return "ellipsis";
    }
    return "literal";
  case ExprKind::Compare:
    return "comparison";
  case ExprKind::IfExp:
    return "conditional expression";
  case ExprKind::NamedExpr:
    return "named expression";
  case ExprKind::Slice:
    return "slice";
  default:
    return "literal";
  }
}

/// Calls `fn(const Expr *)` on each direct sub-expression of `e`.
template <typename Fn> void forEachChild(const Expr *e, Fn &&fn) {
  auto one = [&](const ExprPtr &p) {
    if (p)
      fn(p.get());
  };
  auto all = [&](const std::vector<ExprPtr> &v) {
    for (const ExprPtr &p : v)
      one(p);
  };
  auto comps = [&](const std::vector<Comprehension> &gens) {
    for (const Comprehension &c : gens) {
      one(c.target);
      one(c.iter);
      all(c.ifs);
    }
  };
  switch (e->kind) {
  case ExprKind::JoinedStr:
    all(cast<JoinedStrExpr>(e)->values);
    break;
  case ExprKind::FormattedValue:
    one(cast<FormattedValueExpr>(e)->value);
    one(cast<FormattedValueExpr>(e)->formatSpec);
    break;
  case ExprKind::BinOp:
    one(cast<BinOpExpr>(e)->left);
    one(cast<BinOpExpr>(e)->right);
    break;
  case ExprKind::UnaryOp:
    one(cast<UnaryOpExpr>(e)->operand);
    break;
  case ExprKind::BoolOp:
    all(cast<BoolOpExpr>(e)->values);
    break;
  case ExprKind::Compare:
    one(cast<CompareExpr>(e)->left);
    all(cast<CompareExpr>(e)->comparators);
    break;
  case ExprKind::Call: {
    auto *c = cast<CallExpr>(e);
    one(c->func);
    all(c->args);
    for (const Keyword &k : c->keywords)
      one(k.value);
    break;
  }
  case ExprKind::Attribute:
    one(cast<AttributeExpr>(e)->value);
    break;
  case ExprKind::Subscript:
    one(cast<SubscriptExpr>(e)->value);
    one(cast<SubscriptExpr>(e)->index);
    break;
  case ExprKind::Slice:
    one(cast<SliceExpr>(e)->lower);
    one(cast<SliceExpr>(e)->upper);
    one(cast<SliceExpr>(e)->step);
    break;
  case ExprKind::Tuple:
    all(cast<TupleExpr>(e)->elts);
    break;
  case ExprKind::List:
    all(cast<ListExpr>(e)->elts);
    break;
  case ExprKind::Set:
    all(cast<SetExpr>(e)->elts);
    break;
  case ExprKind::Dict:
    all(cast<DictExpr>(e)->keys);
    all(cast<DictExpr>(e)->values);
    break;
  case ExprKind::ListComp:
    one(cast<ListCompExpr>(e)->elt);
    comps(cast<ListCompExpr>(e)->generators);
    break;
  case ExprKind::SetComp:
    one(cast<SetCompExpr>(e)->elt);
    comps(cast<SetCompExpr>(e)->generators);
    break;
  case ExprKind::GeneratorExp:
    one(cast<GeneratorExpExpr>(e)->elt);
    comps(cast<GeneratorExpExpr>(e)->generators);
    break;
  case ExprKind::DictComp:
    one(cast<DictCompExpr>(e)->key);
    one(cast<DictCompExpr>(e)->value);
    comps(cast<DictCompExpr>(e)->generators);
    break;
  case ExprKind::IfExp:
    one(cast<IfExpExpr>(e)->test);
    one(cast<IfExpExpr>(e)->body);
    one(cast<IfExpExpr>(e)->orelse);
    break;
  case ExprKind::Lambda: {
    auto *l = cast<LambdaExpr>(e);
    all(l->args.defaults);
    all(l->args.kwDefaults);
    one(l->body);
    break;
  }
  case ExprKind::Starred:
    one(cast<StarredExpr>(e)->value);
    break;
  case ExprKind::Yield:
    one(cast<YieldExpr>(e)->value);
    break;
  case ExprKind::YieldFrom:
    one(cast<YieldFromExpr>(e)->value);
    break;
  case ExprKind::Await:
    one(cast<AwaitExpr>(e)->value);
    break;
  case ExprKind::NamedExpr:
    one(cast<NamedExprExpr>(e)->target);
    one(cast<NamedExprExpr>(e)->value);
    break;
  default:
    break;
  }
}

/// Height of an expression tree (a leaf is 1), computed with an explicit
/// stack since the tree may be deep.
int exprHeight(const Expr *root) {
  int height = 0;
  std::vector<std::pair<const Expr *, int>> stack{{root, 1}};
  while (!stack.empty()) {
    const Expr *e = stack.back().first;
    int d = stack.back().second;
    stack.pop_back();
    height = std::max(height, d);
    forEachChild(e, [&](const Expr *c) { stack.push_back({c, d + 1}); });
  }
  return height;
}

/// Source positions of line starts, to locate f-string fields.
class LineTable {
public:
  explicit LineTable(std::string_view text) {
    size_t first = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    starts.push_back(first);
    for (size_t i = first; i < text.size(); ++i) {
      char c = text[i];
      if (c == '\n' ||
          (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
        starts.push_back(i + 1);
    }
  }
  /// 1-based line of `offset` and the offset of that line's start.
  std::pair<int, size_t> locate(size_t offset) const {
    auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    size_t index = it == starts.begin() ? 0 : (it - starts.begin()) - 1;
    return {static_cast<int>(index) + 1, starts[index]};
  }

private:
  std::vector<size_t> starts;
};

/// Pieces of an f-string being assembled: adjacent literal text is merged
/// into one StrExpr as CPython does.
struct FStringParts {
  std::vector<ExprPtr> values;
  std::string literal;
  Loc literalLoc;
  bool hasLiteral = false;

  void addLiteral(const std::string &text, Loc loc) {
    if (text.empty())
      return;
    if (!hasLiteral)
      literalLoc = loc;
    hasLiteral = true;
    literal += text;
  }
  void flush() {
    if (!hasLiteral)
      return;
    auto s = make<StrExpr>(literalLoc);
    s->value = std::move(literal);
    values.push_back(std::move(s));
    literal.clear();
    hasLiteral = false;
  }
  void addValue(ExprPtr e) {
    flush();
    values.push_back(std::move(e));
  }
};

class Parser {
public:
  Parser(const SourceFile &file, DiagnosticEngine &diags)
      : file(file), diags(diags), lines(file.text),
        mainTokens(tokenize(file.text)), toks(&mainTokens) {
    eofToken.kind = TokenKind::EndOfFile;
  }

  bool parseFile(StmtList &body);

private:
  //===--------------------------------------------------------------------===//
  // Tokens
  //===--------------------------------------------------------------------===//

  const Token &tok(size_t ahead = 0) const {
    if (failed)
      return eofToken;
    size_t i = pos + ahead;
    return i < toks->size() ? (*toks)[i] : toks->back();
  }
  bool at(TokenKind k) const { return tok().kind == k; }
  void advance() {
    if (pos + 1 < toks->size())
      ++pos;
  }
  bool consume(TokenKind k) {
    if (!at(k))
      return false;
    advance();
    return true;
  }
  Loc locOf(const Token &t) const { return Loc{&file.name, t.line, t.col}; }
  Loc here() const { return locOf(tok()); }
  Loc locAt(size_t offset) const {
    auto [line, start] = lines.locate(offset);
    return Loc{&file.name, line, static_cast<int>(offset - start) + 1};
  }

  /// Whether `t` can begin an expression (used to tell `return` from
  /// `return x` and to spot a forgotten comma).
  static bool startsExpression(const Token &t) {
    switch (t.kind) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::LParen:
    case TokenKind::LSquare:
    case TokenKind::LBrace:
    case TokenKind::Minus:
    case TokenKind::Plus:
    case TokenKind::Tilde:
    case TokenKind::Star:
    case TokenKind::Ellipsis:
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNot:
    case TokenKind::KwLambda:
    case TokenKind::KwAwait:
      return true;
    default:
      return false;
    }
  }

  //===--------------------------------------------------------------------===//
  // Errors
  //===--------------------------------------------------------------------===//

  void report(Loc loc, std::string message);
  std::nullptr_t error(Loc loc, std::string message) {
    report(loc, std::move(message));
    return nullptr;
  }
  /// `invalid syntax` at the current token (or the lexer's message if the
  /// current token is a lexer error).
  std::nullptr_t syntaxError() {
    if (at(TokenKind::Indent))
      return unexpectedIndent();
    return error(here(), "invalid syntax");
  }
  /// CPython points at the last character of the indentation.
  std::nullptr_t unexpectedIndent() {
    Loc loc = here();
    if (loc.col > 1)
      --loc.col;
    return error(loc, "unexpected indent");
  }
  /// The last token consumed, skipping DEDENTs (which have no extent).
  Loc previousLoc() const {
    size_t i = pos;
    while (i > 0 && (*toks)[i - 1].is(TokenKind::Dedent))
      --i;
    return i > 0 ? locOf((*toks)[i - 1]) : here();
  }
  bool expect(TokenKind k) {
    if (consume(k))
      return true;
    syntaxError();
    return false;
  }
  bool expectForced(TokenKind k, const char *spelling) {
    if (consume(k))
      return true;
    error(here(), std::string("expected '") + spelling + "'");
    return false;
  }
  /// `:` ending a compound statement header. CPython says "expected ':'"
  /// before a NEWLINE and after some keywords (its forced tokens).
  bool expectColon(bool forced) {
    if (consume(TokenKind::Colon))
      return true;
    if (forced || at(TokenKind::Newline))
      error(here(), "expected ':'");
    else
      syntaxError();
    return false;
  }
  /// Expects the closing bracket of a display or call; guesses a forgotten
  /// comma like CPython when another expression follows `previous`.
  bool expectClosing(TokenKind closer, const Expr *previous);
  /// An error CPython reports after parsing (compiler or symbol table):
  /// kept until the end so that a later syntax error wins.
  void semanticError(Loc loc, std::string message) {
    if (!pending)
      pending = Diagnostic{loc, std::move(message), {}};
  }

  /// Guards recursion: each live guard adds to `depth`, which is bounded.
  class DepthGuard {
  public:
    explicit DepthGuard(Parser &p, int amount = 1) : p(p), amount(amount) {
      p.depth += amount;
      ok = p.depth <= kMaxParseDepth;
      if (!ok)
        p.error(p.here(), "too deeply nested");
    }
    ~DepthGuard() { p.depth -= amount; }
    explicit operator bool() const { return ok; }

  private:
    Parser &p;
    int amount;
    bool ok;
  };

  /// Accounts for one more link of a left-deep chain (a + b + c, a.b.c):
  /// the tree grows by one level per link, and by the height of the first
  /// operand, without any recursion to count it.
  bool extendChain(int savedDepth, const Expr *first) {
    if (depth == savedDepth)
      depth += exprHeight(first);
    ++depth;
    if (depth <= kMaxParseDepth)
      return true;
    error(here(), "too deeply nested");
    return false;
  }

  //===--------------------------------------------------------------------===//
  // Statements
  //===--------------------------------------------------------------------===//

  bool parseStatement(StmtList &out);
  bool startsMatchStatement();
  bool parseSimpleStatements(StmtList &out);
  StmtPtr parseSmallStatement();
  StmtPtr parseExpressionStatement();
  bool parseBlock(StmtList &out, const std::string &what, int headerLine);
  StmtPtr parseDecorated();
  StmtPtr parseFunctionDef(std::vector<ExprPtr> decorators, const Token *async);
  StmtPtr parseClassDef(std::vector<ExprPtr> decorators);
  StmtPtr parseIf();
  StmtPtr parseWhile();
  StmtPtr parseFor(const Token *async);
  StmtPtr parseTry();
  StmtPtr parseWith(const Token *async);
  bool parenthesizedWithItems() const;
  bool parseWithItem(std::vector<WithItem> &items);
  StmtPtr parseImport();
  StmtPtr parseFromImport();
  bool parseDottedName(std::string &name);
  StmtPtr parseDel();
  StmtPtr parseGlobal(bool isNonlocal);

  //===--------------------------------------------------------------------===//
  // Targets
  //===--------------------------------------------------------------------===//

  const Expr *invalidTarget(const Expr *e, TargetKind kind) const;
  void setContext(Expr *e, ExprContext ctx);
  bool checkTarget(Expr *e, TargetKind kind, bool suggestEquality = false);
  void checkStarredTargets(const Expr *e);
  void diagnoseStrayAssignment(const Expr *e);

  //===--------------------------------------------------------------------===//
  // Expressions
  //===--------------------------------------------------------------------===//

  ExprPtr parseStarExpressions();
  ExprPtr parseStarExpression();
  ExprPtr parseStarNamedExpression();
  ExprPtr parseNamedExpression();
  ExprPtr parseExpression();
  ExprPtr parseLambda();
  ExprPtr parseDisjunction();
  ExprPtr parseConjunction();
  ExprPtr parseInversion();
  ExprPtr parseComparison();
  ExprPtr parseBitOr() { return parseBinary(0); }
  ExprPtr parseBinary(int level);
  ExprPtr parseFactor();
  ExprPtr parsePower();
  ExprPtr parsePrimary();
  ExprPtr parseAtom();
  ExprPtr parseParenthesized();
  ExprPtr parseListDisplay();
  ExprPtr parseBraceDisplay();
  ExprPtr parseYield();
  ExprPtr parseDictValue();
  ExprPtr parseTargetList();
  bool parseComprehensions(std::vector<Comprehension> &gens);
  bool parseCallArguments(Loc openLoc, std::vector<ExprPtr> &args,
                          std::vector<Keyword> &keywords,
                          bool allowGenerator = true);
  ExprPtr parseSubscript(ExprPtr value, Loc start);
  ExprPtr parseSliceItem();
  bool parseParameters(Arguments &args, bool isLambda, TokenKind closer);
  bool parseParameter(Arg &arg, bool isLambda, bool isVararg);
  ExprPtr parseNumber(const Token &t);
  ExprPtr parseStrings();
  bool parseFString(const Token &t, FStringParts &parts);
  bool parseFStringPiece(const Token &t, size_t &i, size_t end, int level,
                         FStringParts &parts);
  bool parseFStringField(const Token &t, size_t &i, size_t end, int level,
                         FStringParts &parts);
  ExprPtr parseFStringExpression(size_t begin, size_t end);

  const SourceFile &file;
  DiagnosticEngine &diags;
  LineTable lines;
  std::vector<Token> mainTokens;
  /// The tokens being parsed: mainTokens, or those of an f-string field.
  const std::vector<Token> *toks;
  size_t pos = 0;
  Token eofToken;

  bool failed = false;
  /// Set while parsing ahead to decide between two readings of a
  /// statement: errors stop the parse without being reported.
  bool quiet = false;
  std::optional<Diagnostic> pending;
  int depth = 0;
  /// The last tuple parseStarExpressions built without parentheses.
  const Expr *bareTuple = nullptr;
  /// Nesting of f-string fields being parsed (errors get an "f-string: "
  /// prefix inside them).
  int fstringDepth = 0;
  /// For `'return' outside function` and friends.
  int functionDepth = 0;
  int loopDepth = 0;
  /// Enclosing defs and lambdas, also through class bodies (for nonlocal).
  int defDepth = 0;
};

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

void Parser::report(Loc loc, std::string message) {
  if (failed)
    return;
  const Token &current = tok();
  failed = true;
  if (quiet)
    return;
  auto withPrefix = [&](const std::string &text) {
    if (fstringDepth == 0 || text.rfind("f-string", 0) == 0)
      return text;
    return "f-string: " + text;
  };
  // The parser stopped because the lexer did: its message is the real one.
  if (current.kind == TokenKind::Error) {
    diags.error(locOf(current), withPrefix(current.value));
    return;
  }
  // CPython tokenizes the rest of the file after a parser error; some
  // tokenizer errors further down take precedence.
  const Token &lastToken = mainTokens.back();
  if (lastToken.kind == TokenKind::Error) {
    int errorLine = std::max(loc.line, current.line);
    if (lastToken.errorClass == ErrorClass::Overriding ||
        (lastToken.errorClass == ErrorClass::UnclosedBracket &&
         lastToken.line < errorLine)) {
      diags.error(locOf(lastToken), lastToken.value);
      return;
    }
  }
  diags.error(loc, withPrefix(message));
}

bool Parser::expectClosing(TokenKind closer, const Expr *previous) {
  if (consume(closer))
    return true;
  if (previous && startsExpression(tok()) && !at(TokenKind::Minus) &&
      !at(TokenKind::Plus) && !at(TokenKind::Star)) {
    // CPython's invalid_expression rule, which leaves `print "x"` and
    // NAME STRING pairs to plain invalid syntax.
    bool nameString = isa<NameExpr>(previous) && at(TokenKind::String);
    if (!nameString) {
      error(previous->loc, "invalid syntax. Perhaps you forgot a comma?");
      return false;
    }
  }
  syntaxError();
  return false;
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

bool Parser::parseFile(StmtList &body) {
  while (!failed && !at(TokenKind::EndOfFile)) {
    if (!parseStatement(body))
      break;
  }
  if (failed)
    return false;
  if (pending) {
    diags.error(pending->loc, pending->message);
    return false;
  }
  return true;
}

bool Parser::parseStatement(StmtList &out) {
  StmtPtr stmt;
  switch (tok().kind) {
  case TokenKind::Indent:
    unexpectedIndent();
    return false;
  case TokenKind::KwDef:
    stmt = parseFunctionDef({}, nullptr);
    break;
  case TokenKind::KwClass:
    stmt = parseClassDef({});
    break;
  case TokenKind::KwIf:
    stmt = parseIf();
    break;
  case TokenKind::KwWhile:
    stmt = parseWhile();
    break;
  case TokenKind::KwFor:
    stmt = parseFor(nullptr);
    break;
  case TokenKind::KwTry:
    stmt = parseTry();
    break;
  case TokenKind::KwWith:
    stmt = parseWith(nullptr);
    break;
  case TokenKind::At:
    stmt = parseDecorated();
    break;
  case TokenKind::KwAsync: {
    const Token &async = tok();
    TokenKind next = tok(1).kind;
    if (next != TokenKind::KwDef && next != TokenKind::KwFor &&
        next != TokenKind::KwWith) {
      advance();
      syntaxError();
      return false;
    }
    advance();
    if (next == TokenKind::KwDef)
      stmt = parseFunctionDef({}, &async);
    else if (next == TokenKind::KwFor)
      stmt = parseFor(&async);
    else
      stmt = parseWith(&async);
    break;
  }
  default:
    if (startsMatchStatement()) {
      error(here(), "'match' statements are not RPython");
      return false;
    }
    return parseSimpleStatements(out);
  }
  if (!stmt)
    return false;
  out.push_back(std::move(stmt));
  return true;
}

bool Parser::startsMatchStatement() {
  // `match` is a soft keyword: as CPython's grammar does, try the reading
  // `match <subject>:` NEWLINE first, and fall back to `match` as a name.
  const Token &t = tok();
  if (!t.is(TokenKind::Name) || t.text != "match" || !startsExpression(tok(1)))
    return false;
  size_t savedPos = pos;
  int savedDepth = depth, savedFStringDepth = fstringDepth;
  const std::vector<Token> *savedToks = toks;
  const Expr *savedBareTuple = bareTuple;
  std::optional<Diagnostic> savedPending = pending;
  quiet = true;
  advance();
  ExprPtr subject = parseStarExpressions();
  bool isMatch =
      subject && at(TokenKind::Colon) && tok(1).is(TokenKind::Newline);
  quiet = false;
  failed = false;
  pos = savedPos;
  depth = savedDepth;
  fstringDepth = savedFStringDepth;
  toks = savedToks;
  bareTuple = savedBareTuple;
  pending = std::move(savedPending);
  return isMatch;
}

bool Parser::parseSimpleStatements(StmtList &out) {
  for (;;) {
    StmtPtr stmt = parseSmallStatement();
    if (!stmt)
      return false;
    const Stmt *last = stmt.get();
    out.push_back(std::move(stmt));
    if (consume(TokenKind::Semi)) {
      if (at(TokenKind::Newline))
        break;
      continue;
    }
    if (at(TokenKind::Newline))
      break;
    // `print "x"`: CPython's invalid_legacy_expression.
    if (auto *e = dyn_cast<ExprStmtStmt>(last)) {
      if (auto *name = dyn_cast<NameExpr>(e->value.get())) {
        if ((name->id == "print" || name->id == "exec") &&
            startsExpression(tok())) {
          error(name->loc, "Missing parentheses in call to '" + name->id +
                               "'. Did you mean " + name->id + "(...)?");
          return false;
        }
      }
    }
    syntaxError();
    return false;
  }
  return expect(TokenKind::Newline);
}

StmtPtr Parser::parseSmallStatement() {
  const Token &t = tok();
  Loc loc = here();
  switch (t.kind) {
  case TokenKind::KwPass:
    advance();
    return make<PassStmt>(loc);
  case TokenKind::KwBreak:
    advance();
    if (loopDepth == 0)
      semanticError(loc, "'break' outside loop");
    return make<BreakStmt>(loc);
  case TokenKind::KwContinue:
    advance();
    if (loopDepth == 0)
      semanticError(loc, "'continue' not properly in loop");
    return make<ContinueStmt>(loc);
  case TokenKind::KwReturn: {
    advance();
    auto ret = make<ReturnStmt>(loc);
    if (functionDepth == 0)
      semanticError(loc, "'return' outside function");
    if (startsExpression(tok())) {
      ret->value = parseStarExpressions();
      if (!ret->value)
        return nullptr;
      if (isa<StarredExpr>(ret->value.get()))
        semanticError(ret->value->loc, "can't use starred expression here");
    }
    return ret;
  }
  case TokenKind::KwRaise: {
    advance();
    auto raise = make<RaiseStmt>(loc);
    if (startsExpression(tok())) {
      raise->exc = parseExpression();
      if (!raise->exc)
        return nullptr;
      if (consume(TokenKind::KwFrom)) {
        raise->cause = parseExpression();
        if (!raise->cause)
          return nullptr;
      }
    }
    return raise;
  }
  case TokenKind::KwGlobal:
    return parseGlobal(false);
  case TokenKind::KwNonlocal:
    return parseGlobal(true);
  case TokenKind::KwDel:
    return parseDel();
  case TokenKind::KwAssert: {
    advance();
    auto assert = make<AssertStmt>(loc);
    assert->test = parseExpression();
    if (!assert->test)
      return nullptr;
    if (consume(TokenKind::Comma)) {
      assert->msg = parseExpression();
      if (!assert->msg)
        return nullptr;
    }
    return assert;
  }
  case TokenKind::KwImport:
    return parseImport();
  case TokenKind::KwFrom:
    return parseFromImport();
  default:
    return parseExpressionStatement();
  }
}

/// Expression statements and every kind of assignment: parse the left-hand
/// side as an expression, then decide from the token that follows.
StmtPtr Parser::parseExpressionStatement() {
  Loc loc = here();
  ExprPtr first =
      at(TokenKind::KwYield) ? parseYield() : parseStarExpressions();
  if (!first)
    return nullptr;

  // Annotated assignment.
  if (at(TokenKind::Colon)) {
    if (isa<TupleExpr>(first.get()) || isa<ListExpr>(first.get()))
      return error(first->loc, std::string("only single target (not ") +
                                   exprName(first.get()) +
                                   ") can be annotated");
    if (!isa<NameExpr>(first.get()) && !isa<AttributeExpr>(first.get()) &&
        !isa<SubscriptExpr>(first.get()))
      return error(first->loc, "illegal target for annotation");
    advance();
    auto ann = make<AnnAssignStmt>(loc);
    setContext(first.get(), ExprContext::Store);
    ann->target = std::move(first);
    ann->annotation = parseExpression();
    if (!ann->annotation)
      return nullptr;
    if (consume(TokenKind::Equal)) {
      ann->value =
          at(TokenKind::KwYield) ? parseYield() : parseStarExpressions();
      if (!ann->value)
        return nullptr;
    }
    return ann;
  }

  // Augmented assignment.
  static constexpr std::pair<TokenKind, BinOpKind> augOps[] = {
      {TokenKind::PlusEqual, BinOpKind::Add},
      {TokenKind::MinusEqual, BinOpKind::Sub},
      {TokenKind::StarEqual, BinOpKind::Mul},
      {TokenKind::AtEqual, BinOpKind::MatMul},
      {TokenKind::SlashEqual, BinOpKind::Div},
      {TokenKind::DoubleSlashEqual, BinOpKind::FloorDiv},
      {TokenKind::PercentEqual, BinOpKind::Mod},
      {TokenKind::DoubleStarEqual, BinOpKind::Pow},
      {TokenKind::LeftShiftEqual, BinOpKind::LShift},
      {TokenKind::RightShiftEqual, BinOpKind::RShift},
      {TokenKind::VBarEqual, BinOpKind::BitOr},
      {TokenKind::CircumflexEqual, BinOpKind::BitXor},
      {TokenKind::AmperEqual, BinOpKind::BitAnd},
  };
  for (const auto &[kind, op] : augOps) {
    if (!at(kind))
      continue;
    if (!isa<NameExpr>(first.get()) && !isa<AttributeExpr>(first.get()) &&
        !isa<SubscriptExpr>(first.get()))
      return error(first->loc, std::string("'") + exprName(first.get()) +
                                   "' is an illegal expression for augmented "
                                   "assignment");
    advance();
    auto aug = make<AugAssignStmt>(loc);
    setContext(first.get(), ExprContext::Store);
    aug->target = std::move(first);
    aug->op = op;
    aug->value = at(TokenKind::KwYield) ? parseYield() : parseStarExpressions();
    if (!aug->value)
      return nullptr;
    return aug;
  }

  if (!at(TokenKind::Equal)) {
    if (isa<StarredExpr>(first.get()))
      semanticError(first->loc, "can't use starred expression here");
    auto stmt = make<ExprStmtStmt>(loc);
    stmt->value = std::move(first);
    return stmt;
  }

  // Assignment chain: every item but the last is a target.
  auto assign = make<AssignStmt>(loc);
  std::vector<ExprPtr> items;
  items.push_back(std::move(first));
  while (at(TokenKind::Equal)) {
    Expr *target = items.back().get();
    if (isa<YieldExpr>(target) || isa<YieldFromExpr>(target))
      return error(target->loc, "assignment to yield expression not possible");
    if (!checkTarget(target, TargetKind::Store, items.size() == 1))
      return nullptr;
    advance();
    ExprPtr next =
        at(TokenKind::KwYield) ? parseYield() : parseStarExpressions();
    if (!next)
      return nullptr;
    items.push_back(std::move(next));
  }
  assign->value = std::move(items.back());
  items.pop_back();
  if (isa<StarredExpr>(assign->value.get()))
    semanticError(assign->value->loc, "can't use starred expression here");
  for (ExprPtr &target : items) {
    setContext(target.get(), ExprContext::Store);
    checkStarredTargets(target.get());
  }
  assign->targets = std::move(items);
  return assign;
}

bool Parser::parseBlock(StmtList &out, const std::string &what,
                        int headerLine) {
  DepthGuard guard(*this);
  if (!guard)
    return false;
  if (!consume(TokenKind::Newline))
    return parseSimpleStatements(out);
  if (!consume(TokenKind::Indent)) {
    error(here(), "expected an indented block after " + what + " on line " +
                      std::to_string(headerLine));
    return false;
  }
  while (!failed && !at(TokenKind::Dedent) && !at(TokenKind::EndOfFile))
    if (!parseStatement(out))
      return false;
  return expect(TokenKind::Dedent);
}

StmtPtr Parser::parseDecorated() {
  std::vector<ExprPtr> decorators;
  while (consume(TokenKind::At)) {
    ExprPtr d = parseNamedExpression();
    if (!d || !expect(TokenKind::Newline))
      return nullptr;
    decorators.push_back(std::move(d));
  }
  if (at(TokenKind::KwDef))
    return parseFunctionDef(std::move(decorators), nullptr);
  if (at(TokenKind::KwClass))
    return parseClassDef(std::move(decorators));
  if (at(TokenKind::KwAsync) && tok(1).is(TokenKind::KwDef)) {
    const Token &async = tok();
    advance();
    return parseFunctionDef(std::move(decorators), &async);
  }
  return syntaxError();
}

StmtPtr Parser::parseFunctionDef(std::vector<ExprPtr> decorators,
                                 const Token *async) {
  auto def = make<FunctionDefStmt>(async ? locOf(*async) : here());
  int headerLine = def->loc.line;
  def->isAsync = async != nullptr;
  def->decorators = std::move(decorators);
  advance(); // def
  if (!at(TokenKind::Name))
    return syntaxError();
  def->name = std::string(tok().text);
  advance();
  if (!expectForced(TokenKind::LParen, "("))
    return nullptr;
  if (!parseParameters(def->args, false, TokenKind::RParen) ||
      !expect(TokenKind::RParen))
    return nullptr;
  if (consume(TokenKind::RArrow)) {
    def->returns = parseExpression();
    if (!def->returns)
      return nullptr;
  }
  if (!expectColon(true))
    return nullptr;
  int savedFunctions = functionDepth, savedLoops = loopDepth;
  functionDepth = 1;
  loopDepth = 0;
  ++defDepth;
  bool ok = parseBlock(def->body, "function definition", headerLine);
  --defDepth;
  functionDepth = savedFunctions;
  loopDepth = savedLoops;
  if (!ok)
    return nullptr;
  return def;
}

StmtPtr Parser::parseClassDef(std::vector<ExprPtr> decorators) {
  auto cls = make<ClassDefStmt>(here());
  cls->decorators = std::move(decorators);
  advance(); // class
  if (!at(TokenKind::Name))
    return syntaxError();
  cls->name = std::string(tok().text);
  advance();
  if (at(TokenKind::LParen)) {
    Loc open = here();
    advance();
    if (!parseCallArguments(open, cls->bases, cls->keywords, false))
      return nullptr;
  }
  if (!expectColon(false))
    return nullptr;
  int savedFunctions = functionDepth, savedLoops = loopDepth;
  functionDepth = 0;
  loopDepth = 0;
  bool ok = parseBlock(cls->body, "class definition", cls->loc.line);
  functionDepth = savedFunctions;
  loopDepth = savedLoops;
  if (!ok)
    return nullptr;
  return cls;
}

StmtPtr Parser::parseIf() {
  auto root = make<IfStmt>(here());
  advance(); // if
  root->test = parseNamedExpression();
  if (!root->test)
    return nullptr;
  diagnoseStrayAssignment(root->test.get());
  if (!expectColon(false) ||
      !parseBlock(root->body, "'if' statement", root->loc.line))
    return nullptr;
  // elif chains nest in orelse; build them with a loop, counting each level
  // against the depth budget since the tree gets one level deeper.
  int savedDepth = depth;
  IfStmt *current = root.get();
  bool ok = true;
  while (ok && at(TokenKind::KwElif)) {
    if (++depth > kMaxParseDepth) {
      error(here(), "too deeply nested");
      ok = false;
      break;
    }
    auto elif = make<IfStmt>(here());
    advance();
    elif->test = parseNamedExpression();
    ok = elif->test != nullptr;
    if (ok)
      diagnoseStrayAssignment(elif->test.get());
    ok = ok && expectColon(false) &&
         parseBlock(elif->body, "'elif' statement", elif->loc.line);
    IfStmt *next = elif.get();
    current->orelse.push_back(std::move(elif));
    current = next;
  }
  if (ok && at(TokenKind::KwElse)) {
    int line = tok().line;
    advance();
    ok = expectColon(true) &&
         parseBlock(current->orelse, "'else' statement", line);
  }
  depth = savedDepth;
  if (!ok)
    return nullptr;
  return root;
}

StmtPtr Parser::parseWhile() {
  auto loop = make<WhileStmt>(here());
  advance(); // while
  loop->test = parseNamedExpression();
  if (!loop->test)
    return nullptr;
  diagnoseStrayAssignment(loop->test.get());
  if (!expectColon(false))
    return nullptr;
  ++loopDepth;
  bool ok = parseBlock(loop->body, "'while' statement", loop->loc.line);
  --loopDepth;
  if (!ok)
    return nullptr;
  if (at(TokenKind::KwElse)) {
    int line = tok().line;
    advance();
    if (!expectColon(true) ||
        !parseBlock(loop->orelse, "'else' statement", line))
      return nullptr;
  }
  return loop;
}

StmtPtr Parser::parseFor(const Token *async) {
  auto loop = make<ForStmt>(async ? locOf(*async) : here());
  loop->isAsync = async != nullptr;
  advance(); // for
  loop->target = parseTargetList();
  if (!loop->target || !expect(TokenKind::KwIn))
    return nullptr;
  loop->iter = parseStarExpressions();
  if (!loop->iter || !expectColon(false))
    return nullptr;
  ++loopDepth;
  bool ok = parseBlock(loop->body, "'for' statement", loop->loc.line);
  --loopDepth;
  if (!ok)
    return nullptr;
  if (at(TokenKind::KwElse)) {
    int line = tok().line;
    advance();
    if (!expectColon(true) ||
        !parseBlock(loop->orelse, "'else' statement", line))
      return nullptr;
  }
  return loop;
}

StmtPtr Parser::parseTry() {
  auto stmt = make<TryStmt>(here());
  advance(); // try
  if (!expectColon(true) ||
      !parseBlock(stmt->body, "'try' statement", stmt->loc.line))
    return nullptr;
  while (at(TokenKind::KwExcept)) {
    ExceptHandler handler;
    handler.loc = here();
    advance();
    if (at(TokenKind::Star))
      return error(here(), "'except*' (exception groups) is not supported");
    if (!at(TokenKind::Colon)) {
      handler.type = parseExpression();
      if (!handler.type)
        return nullptr;
      if (at(TokenKind::Comma))
        return error(handler.type->loc,
                     "multiple exception types must be parenthesized");
      if (consume(TokenKind::KwAs)) {
        if (!at(TokenKind::Name))
          return syntaxError();
        handler.name = std::string(tok().text);
        advance();
      }
    }
    if (!expectColon(false) ||
        !parseBlock(handler.body, "'except' statement", handler.loc.line))
      return nullptr;
    if (!stmt->handlers.empty() && !stmt->handlers.back().type)
      semanticError(stmt->handlers.back().loc,
                    "default 'except:' must be last");
    stmt->handlers.push_back(std::move(handler));
  }
  if (at(TokenKind::KwElse) && !stmt->handlers.empty()) {
    int line = tok().line;
    advance();
    if (!expectColon(true) ||
        !parseBlock(stmt->orelse, "'else' statement", line))
      return nullptr;
  }
  if (at(TokenKind::KwFinally)) {
    int line = tok().line;
    advance();
    if (!expectColon(true) ||
        !parseBlock(stmt->finalbody, "'finally' statement", line))
      return nullptr;
  }
  if (stmt->handlers.empty() && stmt->finalbody.empty())
    return error(at(TokenKind::EndOfFile) ? previousLoc() : here(),
                 "expected 'except' or 'finally' block");
  return stmt;
}

/// `with (a as b, c):` (parenthesized items, Python 3.9+) versus
/// `with (a, b) as c:`: look for the matching `)` followed by `:` and a
/// top-level `as` or comma inside.
bool Parser::parenthesizedWithItems() const {
  if (!at(TokenKind::LParen))
    return false;
  int level = 0;
  bool itemSyntax = false;
  for (size_t i = 0;; ++i) {
    const Token &t = tok(i);
    switch (t.kind) {
    case TokenKind::LParen:
    case TokenKind::LSquare:
    case TokenKind::LBrace:
      ++level;
      break;
    case TokenKind::RParen:
    case TokenKind::RSquare:
    case TokenKind::RBrace:
      if (--level == 0)
        return itemSyntax && tok(i + 1).is(TokenKind::Colon);
      break;
    case TokenKind::KwAs:
    case TokenKind::Comma:
      itemSyntax |= level == 1;
      break;
    case TokenKind::EndOfFile:
    case TokenKind::Error:
    case TokenKind::Newline:
      return false;
    default:
      break;
    }
  }
}

bool Parser::parseWithItem(std::vector<WithItem> &items) {
  WithItem item;
  item.contextExpr = parseExpression();
  if (!item.contextExpr)
    return false;
  if (consume(TokenKind::KwAs)) {
    item.optionalVars = parseExpression();
    if (!item.optionalVars ||
        !checkTarget(item.optionalVars.get(), TargetKind::Store))
      return false;
    setContext(item.optionalVars.get(), ExprContext::Store);
    checkStarredTargets(item.optionalVars.get());
  }
  items.push_back(std::move(item));
  return true;
}

StmtPtr Parser::parseWith(const Token *async) {
  auto stmt = make<WithStmt>(async ? locOf(*async) : here());
  stmt->isAsync = async != nullptr;
  advance(); // with
  if (parenthesizedWithItems()) {
    advance(); // (
    do {
      if (!parseWithItem(stmt->items))
        return nullptr;
    } while (consume(TokenKind::Comma) && !at(TokenKind::RParen));
    if (!expect(TokenKind::RParen))
      return nullptr;
  } else {
    do {
      if (!parseWithItem(stmt->items))
        return nullptr;
    } while (consume(TokenKind::Comma));
  }
  if (!expectColon(false) ||
      !parseBlock(stmt->body, "'with' statement", stmt->loc.line))
    return nullptr;
  return stmt;
}

bool Parser::parseDottedName(std::string &name) {
  if (!at(TokenKind::Name)) {
    syntaxError();
    return false;
  }
  name = std::string(tok().text);
  advance();
  while (consume(TokenKind::Dot)) {
    if (!at(TokenKind::Name)) {
      syntaxError();
      return false;
    }
    name += '.';
    name += tok().text;
    advance();
  }
  return true;
}

StmtPtr Parser::parseImport() {
  auto stmt = make<ImportStmt>(here());
  advance(); // import
  do {
    Alias alias;
    alias.loc = here();
    if (!parseDottedName(alias.name))
      return nullptr;
    if (consume(TokenKind::KwAs)) {
      if (!at(TokenKind::Name))
        return syntaxError();
      alias.asname = std::string(tok().text);
      advance();
    }
    stmt->names.push_back(std::move(alias));
  } while (consume(TokenKind::Comma));
  return stmt;
}

StmtPtr Parser::parseFromImport() {
  auto stmt = make<ImportFromStmt>(here());
  advance(); // from
  for (;;) {
    if (consume(TokenKind::Dot))
      stmt->level += 1;
    else if (consume(TokenKind::Ellipsis))
      stmt->level += 3;
    else
      break;
  }
  if (!at(TokenKind::KwImport) || stmt->level == 0)
    if (!parseDottedName(stmt->module))
      return nullptr;
  if (!expect(TokenKind::KwImport))
    return nullptr;
  if (at(TokenKind::Star)) {
    if (defDepth != 0)
      semanticError(stmt->loc, "'import *' only allowed at module level");
    Alias alias;
    alias.loc = here();
    alias.name = "*";
    advance();
    stmt->names.push_back(std::move(alias));
    return stmt;
  }
  bool parenthesized = consume(TokenKind::LParen);
  for (;;) {
    Alias alias;
    alias.loc = here();
    if (!at(TokenKind::Name))
      return syntaxError();
    alias.name = std::string(tok().text);
    advance();
    if (consume(TokenKind::KwAs)) {
      if (!at(TokenKind::Name))
        return syntaxError();
      alias.asname = std::string(tok().text);
      advance();
    }
    stmt->names.push_back(std::move(alias));
    if (!at(TokenKind::Comma))
      break;
    advance();
    if (parenthesized && at(TokenKind::RParen))
      break;
    if (!parenthesized && at(TokenKind::Newline))
      return error(here(), "trailing comma not allowed without surrounding "
                           "parentheses");
  }
  if (parenthesized && !expect(TokenKind::RParen))
    return nullptr;
  return stmt;
}

StmtPtr Parser::parseDel() {
  auto stmt = make<DeleteStmt>(here());
  advance(); // del
  do {
    if (!startsExpression(tok()))
      break;
    ExprPtr target = parseStarExpression();
    if (!target || !checkTarget(target.get(), TargetKind::Del))
      return nullptr;
    setContext(target.get(), ExprContext::Del);
    stmt->targets.push_back(std::move(target));
  } while (consume(TokenKind::Comma));
  if (stmt->targets.empty())
    return syntaxError();
  return stmt;
}

StmtPtr Parser::parseGlobal(bool isNonlocal) {
  Loc loc = here();
  advance();
  std::vector<std::string> names;
  do {
    if (!at(TokenKind::Name))
      return syntaxError();
    names.emplace_back(tok().text);
    advance();
  } while (consume(TokenKind::Comma));
  if (isNonlocal) {
    if (defDepth == 0)
      semanticError(loc, "nonlocal declaration not allowed at module level");
    auto stmt = make<NonlocalStmt>(loc);
    stmt->names = std::move(names);
    return stmt;
  }
  auto stmt = make<GlobalStmt>(loc);
  stmt->names = std::move(names);
  return stmt;
}

//===----------------------------------------------------------------------===//
// Targets
//===----------------------------------------------------------------------===//

/// CPython's _PyPegen_get_invalid_target: the first sub-expression that
/// cannot be assigned to (or deleted), or nullptr.
const Expr *Parser::invalidTarget(const Expr *e, TargetKind kind) const {
  switch (e->kind) {
  case ExprKind::Name:
  case ExprKind::Attribute:
  case ExprKind::Subscript:
    return nullptr;
  case ExprKind::Tuple:
    for (const ExprPtr &elt : cast<TupleExpr>(e)->elts)
      if (const Expr *bad = invalidTarget(elt.get(), kind))
        return bad;
    return nullptr;
  case ExprKind::List:
    for (const ExprPtr &elt : cast<ListExpr>(e)->elts)
      if (const Expr *bad = invalidTarget(elt.get(), kind))
        return bad;
    return nullptr;
  case ExprKind::Starred:
    if (kind == TargetKind::Del)
      return e;
    return invalidTarget(cast<StarredExpr>(e)->value.get(), kind);
  default:
    return e;
  }
}

bool Parser::checkTarget(Expr *e, TargetKind kind, bool suggestEquality) {
  const Expr *bad = invalidTarget(e, kind);
  if (!bad)
    return true;
  std::string message =
      std::string(kind == TargetKind::Del ? "cannot delete "
                                          : "cannot assign to ") +
      exprName(bad);
  // CPython's invalid_named_expression: `f() = 1` may be a mistyped `==`;
  // so may `a, f() = 1`, whose last element is right before the `=`.
  bool beforeEqual = bad == e;
  if (auto *t = dyn_cast<TupleExpr>(e))
    beforeEqual |=
        e == bareTuple && !t->elts.empty() && t->elts.back().get() == bad;
  if (suggestEquality && beforeEqual && !isa<GeneratorExpExpr>(bad) &&
      !isa<TupleExpr>(bad) && !isa<ListExpr>(bad)) {
    auto *c = dyn_cast<NameConstExpr>(bad);
    if (!c || c->value == NameConstKind::Ellipsis)
      message += " here. Maybe you meant '==' instead of '='?";
  }
  error(bad->loc, message);
  return false;
}

void Parser::setContext(Expr *e, ExprContext ctx) {
  switch (e->kind) {
  case ExprKind::Name:
    cast<NameExpr>(e)->ctx = ctx;
    break;
  case ExprKind::Attribute:
    cast<AttributeExpr>(e)->ctx = ctx;
    break;
  case ExprKind::Subscript:
    cast<SubscriptExpr>(e)->ctx = ctx;
    break;
  case ExprKind::Starred:
    cast<StarredExpr>(e)->ctx = ctx;
    setContext(cast<StarredExpr>(e)->value.get(), ctx);
    break;
  case ExprKind::Tuple:
    cast<TupleExpr>(e)->ctx = ctx;
    for (ExprPtr &elt : cast<TupleExpr>(e)->elts)
      setContext(elt.get(), ctx);
    break;
  case ExprKind::List:
    cast<ListExpr>(e)->ctx = ctx;
    for (ExprPtr &elt : cast<ListExpr>(e)->elts)
      setContext(elt.get(), ctx);
    break;
  default:
    break;
  }
}

/// The compiler's checks on starred targets (`*a = x`, `*a, *b = x`).
void Parser::checkStarredTargets(const Expr *e) {
  if (isa<StarredExpr>(e)) {
    semanticError(e->loc,
                  "starred assignment target must be in a list or tuple");
    return;
  }
  const std::vector<ExprPtr> *elts = nullptr;
  if (auto *t = dyn_cast<TupleExpr>(e))
    elts = &t->elts;
  else if (auto *l = dyn_cast<ListExpr>(e))
    elts = &l->elts;
  if (!elts)
    return;
  bool seenStar = false;
  for (const ExprPtr &elt : *elts) {
    if (auto *s = dyn_cast<StarredExpr>(elt.get())) {
      if (seenStar)
        semanticError(e->loc, "multiple starred expressions in assignment");
      seenStar = true;
      checkStarredTargets(s->value.get());
    } else {
      checkStarredTargets(elt.get());
    }
  }
}

/// `if x = 1:` is a mistyped comparison (CPython's invalid_named_expression).
void Parser::diagnoseStrayAssignment(const Expr *e) {
  if (!at(TokenKind::Equal))
    return;
  if (isa<NameExpr>(e)) {
    error(e->loc,
          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return;
  }
  auto *c = dyn_cast<NameConstExpr>(e);
  if (isa<TupleExpr>(e) || isa<ListExpr>(e) || isa<GeneratorExpExpr>(e) ||
      (c && c->value != NameConstKind::Ellipsis)) {
    syntaxError();
    return;
  }
  error(e->loc, std::string("cannot assign to ") + exprName(e) +
                    " here. Maybe you meant '==' instead of '='?");
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

/// star_expressions: a tuple when there is a comma.
ExprPtr Parser::parseStarExpressions() {
  Loc start = here();
  ExprPtr first = parseStarExpression();
  if (!first || !at(TokenKind::Comma))
    return first;
  auto tuple = make<TupleExpr>(start);
  tuple->elts.push_back(std::move(first));
  while (consume(TokenKind::Comma)) {
    if (!startsExpression(tok()))
      break;
    ExprPtr e = parseStarExpression();
    if (!e)
      return nullptr;
    tuple->elts.push_back(std::move(e));
  }
  bareTuple = tuple.get();
  return tuple;
}

ExprPtr Parser::parseStarExpression() {
  if (!at(TokenKind::Star))
    return parseExpression();
  auto star = make<StarredExpr>(here());
  advance();
  star->value = parseBitOr();
  if (!star->value)
    return nullptr;
  return star;
}

ExprPtr Parser::parseStarNamedExpression() {
  if (!at(TokenKind::Star))
    return parseNamedExpression();
  auto star = make<StarredExpr>(here());
  advance();
  star->value = parseBitOr();
  if (!star->value)
    return nullptr;
  return star;
}

ExprPtr Parser::parseNamedExpression() {
  if (at(TokenKind::Name) && tok(1).is(TokenKind::ColonEqual)) {
    DepthGuard guard(*this);
    if (!guard)
      return nullptr;
    auto target = make<NameExpr>(here());
    target->id = std::string(tok().text);
    target->ctx = ExprContext::Store;
    advance();
    advance();
    auto named = make<NamedExprExpr>(target->loc);
    named->target = std::move(target);
    named->value = parseExpression();
    if (!named->value)
      return nullptr;
    return named;
  }
  ExprPtr e = parseExpression();
  if (e && at(TokenKind::ColonEqual))
    return error(e->loc, std::string("cannot use assignment expressions "
                                     "with ") +
                             exprName(e.get()));
  return e;
}

/// expression: lambda, or a disjunction with an optional `if ... else ...`.
ExprPtr Parser::parseExpression() {
  DepthGuard guard(*this);
  if (!guard)
    return nullptr;
  if (at(TokenKind::KwLambda))
    return parseLambda();
  Loc start = here();
  ExprPtr body = parseDisjunction();
  if (!body || !at(TokenKind::KwIf))
    return body;
  advance();
  auto ifExp = make<IfExpExpr>(start);
  ifExp->body = std::move(body);
  ifExp->test = parseDisjunction();
  if (!ifExp->test)
    return nullptr;
  if (!consume(TokenKind::KwElse))
    return error(start, "expected 'else' after 'if' expression");
  ifExp->orelse = parseExpression();
  if (!ifExp->orelse)
    return nullptr;
  return ifExp;
}

ExprPtr Parser::parseLambda() {
  auto lambda = make<LambdaExpr>(here());
  advance(); // lambda
  if (!parseParameters(lambda->args, true, TokenKind::Colon) ||
      !expect(TokenKind::Colon))
    return nullptr;
  ++functionDepth;
  int savedLoops = loopDepth;
  loopDepth = 0;
  lambda->body = parseExpression();
  loopDepth = savedLoops;
  --functionDepth;
  if (!lambda->body)
    return nullptr;
  return lambda;
}

ExprPtr Parser::parseDisjunction() {
  Loc start = here();
  ExprPtr first = parseConjunction();
  if (!first || !at(TokenKind::KwOr))
    return first;
  auto boolOp = make<BoolOpExpr>(start);
  boolOp->op = BoolOpKind::Or;
  boolOp->values.push_back(std::move(first));
  while (consume(TokenKind::KwOr)) {
    ExprPtr next = parseConjunction();
    if (!next)
      return nullptr;
    boolOp->values.push_back(std::move(next));
  }
  return boolOp;
}

ExprPtr Parser::parseConjunction() {
  Loc start = here();
  ExprPtr first = parseInversion();
  if (!first || !at(TokenKind::KwAnd))
    return first;
  auto boolOp = make<BoolOpExpr>(start);
  boolOp->op = BoolOpKind::And;
  boolOp->values.push_back(std::move(first));
  while (consume(TokenKind::KwAnd)) {
    ExprPtr next = parseInversion();
    if (!next)
      return nullptr;
    boolOp->values.push_back(std::move(next));
  }
  return boolOp;
}

ExprPtr Parser::parseInversion() {
  if (!at(TokenKind::KwNot))
    return parseComparison();
  DepthGuard guard(*this);
  if (!guard)
    return nullptr;
  auto op = make<UnaryOpExpr>(here());
  op->op = UnaryOpKind::Not;
  advance();
  op->operand = parseInversion();
  if (!op->operand)
    return nullptr;
  return op;
}

ExprPtr Parser::parseComparison() {
  Loc start = here();
  ExprPtr left = parseBitOr();
  if (!left)
    return nullptr;
  std::unique_ptr<CompareExpr> cmp;
  for (;;) {
    CmpOpKind op;
    int width = 1;
    switch (tok().kind) {
    case TokenKind::EqEqual:
      op = CmpOpKind::Eq;
      break;
    case TokenKind::NotEqual:
      op = CmpOpKind::NotEq;
      break;
    case TokenKind::Less:
      op = CmpOpKind::Lt;
      break;
    case TokenKind::LessEqual:
      op = CmpOpKind::LtE;
      break;
    case TokenKind::Greater:
      op = CmpOpKind::Gt;
      break;
    case TokenKind::GreaterEqual:
      op = CmpOpKind::GtE;
      break;
    case TokenKind::KwIn:
      op = CmpOpKind::In;
      break;
    case TokenKind::KwNot:
      if (!tok(1).is(TokenKind::KwIn))
        return cmp ? std::move(cmp) : std::move(left);
      op = CmpOpKind::NotIn;
      width = 2;
      break;
    case TokenKind::KwIs:
      op = CmpOpKind::Is;
      if (tok(1).is(TokenKind::KwNot)) {
        op = CmpOpKind::IsNot;
        width = 2;
      }
      break;
    default:
      if (cmp)
        return cmp;
      return left;
    }
    for (int i = 0; i < width; ++i)
      advance();
    if (!cmp) {
      cmp = make<CompareExpr>(start);
      cmp->left = std::move(left);
    }
    ExprPtr right = parseBitOr();
    if (!right)
      return nullptr;
    cmp->ops.push_back(op);
    cmp->comparators.push_back(std::move(right));
  }
}

/// The binary operator levels from `|` (level 0) to `* / // % @` (level 5).
ExprPtr Parser::parseBinary(int level) {
  constexpr int kLevels = 6;
  if (level == kLevels)
    return parseFactor();
  Loc start = here();
  ExprPtr left = parseBinary(level + 1);
  if (!left)
    return nullptr;
  int savedDepth = depth;
  for (;;) {
    BinOpKind op;
    TokenKind k = tok().kind;
    bool match = true;
    switch (level) {
    case 0:
      op = BinOpKind::BitOr;
      match = k == TokenKind::VBar;
      break;
    case 1:
      op = BinOpKind::BitXor;
      match = k == TokenKind::Circumflex;
      break;
    case 2:
      op = BinOpKind::BitAnd;
      match = k == TokenKind::Amper;
      break;
    case 3:
      op = k == TokenKind::LeftShift ? BinOpKind::LShift : BinOpKind::RShift;
      match = k == TokenKind::LeftShift || k == TokenKind::RightShift;
      break;
    case 4:
      op = k == TokenKind::Plus ? BinOpKind::Add : BinOpKind::Sub;
      match = k == TokenKind::Plus || k == TokenKind::Minus;
      break;
    default:
      op = k == TokenKind::Star          ? BinOpKind::Mul
           : k == TokenKind::Slash       ? BinOpKind::Div
           : k == TokenKind::DoubleSlash ? BinOpKind::FloorDiv
           : k == TokenKind::Percent     ? BinOpKind::Mod
                                         : BinOpKind::MatMul;
      match = k == TokenKind::Star || k == TokenKind::Slash ||
              k == TokenKind::DoubleSlash || k == TokenKind::Percent ||
              k == TokenKind::At;
      break;
    }
    if (!match)
      break;
    if (!extendChain(savedDepth, left.get())) {
      depth = savedDepth;
      return nullptr;
    }
    advance();
    ExprPtr right = parseBinary(level + 1);
    if (!right) {
      depth = savedDepth;
      return nullptr;
    }
    auto bin = make<BinOpExpr>(start);
    bin->op = op;
    bin->left = std::move(left);
    bin->right = std::move(right);
    left = std::move(bin);
  }
  depth = savedDepth;
  return left;
}

ExprPtr Parser::parseFactor() {
  UnaryOpKind op;
  switch (tok().kind) {
  case TokenKind::Plus:
    op = UnaryOpKind::Pos;
    break;
  case TokenKind::Minus:
    op = UnaryOpKind::Neg;
    break;
  case TokenKind::Tilde:
    op = UnaryOpKind::Invert;
    break;
  default:
    return parsePower();
  }
  DepthGuard guard(*this);
  if (!guard)
    return nullptr;
  auto unary = make<UnaryOpExpr>(here());
  unary->op = op;
  advance();
  unary->operand = parseFactor();
  if (!unary->operand)
    return nullptr;
  return unary;
}

/// power: await_primary ['**' factor]; `-2 ** 2` is -(2 ** 2) because
/// factor is above, and `2 ** -1` works because the exponent is a factor.
ExprPtr Parser::parsePower() {
  Loc start = here();
  ExprPtr base;
  if (at(TokenKind::KwAwait)) {
    auto await = make<AwaitExpr>(here());
    if (functionDepth == 0)
      semanticError(await->loc, "'await' outside function");
    advance();
    await->value = parsePrimary();
    if (!await->value)
      return nullptr;
    base = std::move(await);
  } else {
    base = parsePrimary();
  }
  if (!base || !at(TokenKind::DoubleStar))
    return base;
  DepthGuard guard(*this, exprHeight(base.get()));
  if (!guard)
    return nullptr;
  advance();
  auto pow = make<BinOpExpr>(start);
  pow->op = BinOpKind::Pow;
  pow->left = std::move(base);
  pow->right = parseFactor();
  if (!pow->right)
    return nullptr;
  return pow;
}

/// primary: an atom followed by `.name`, `(args)` and `[index]` trailers.
ExprPtr Parser::parsePrimary() {
  Loc start = here();
  ExprPtr e = parseAtom();
  if (!e)
    return nullptr;
  int savedDepth = depth;
  for (;;) {
    TokenKind k = tok().kind;
    if (k != TokenKind::Dot && k != TokenKind::LParen &&
        k != TokenKind::LSquare)
      break;
    if (!extendChain(savedDepth, e.get())) {
      depth = savedDepth;
      return nullptr;
    }
    if (k == TokenKind::Dot) {
      advance();
      if (!at(TokenKind::Name)) {
        depth = savedDepth;
        return syntaxError();
      }
      auto attr = make<AttributeExpr>(start);
      attr->attr = std::string(tok().text);
      advance();
      attr->value = std::move(e);
      e = std::move(attr);
    } else if (k == TokenKind::LParen) {
      Loc open = here();
      advance();
      auto call = make<CallExpr>(start);
      call->func = std::move(e);
      if (!parseCallArguments(open, call->args, call->keywords)) {
        depth = savedDepth;
        return nullptr;
      }
      e = std::move(call);
    } else {
      e = parseSubscript(std::move(e), start);
      if (!e) {
        depth = savedDepth;
        return nullptr;
      }
    }
  }
  depth = savedDepth;
  return e;
}

ExprPtr Parser::parseAtom() {
  const Token &t = tok();
  Loc loc = here();
  switch (t.kind) {
  case TokenKind::Name: {
    auto name = make<NameExpr>(loc);
    name->id = std::string(t.text);
    advance();
    return name;
  }
  case TokenKind::Number: {
    ExprPtr e = parseNumber(t);
    advance();
    return e;
  }
  case TokenKind::String:
    return parseStrings();
  case TokenKind::KwNone:
  case TokenKind::KwTrue:
  case TokenKind::KwFalse:
  case TokenKind::Ellipsis: {
    auto c = make<NameConstExpr>(loc);
    c->value = t.kind == TokenKind::KwNone    ? NameConstKind::None
               : t.kind == TokenKind::KwTrue  ? NameConstKind::True
               : t.kind == TokenKind::KwFalse ? NameConstKind::False
                                              : NameConstKind::Ellipsis;
    advance();
    return c;
  }
  case TokenKind::LParen:
    return parseParenthesized();
  case TokenKind::LSquare:
    return parseListDisplay();
  case TokenKind::LBrace:
    return parseBraceDisplay();
  default:
    return syntaxError();
  }
}

/// `()`, `(x)`, `(x,)`, `(yield)`, and generator expressions.
ExprPtr Parser::parseParenthesized() {
  Loc loc = here();
  advance(); // (
  if (consume(TokenKind::RParen))
    return make<TupleExpr>(loc);
  if (at(TokenKind::KwYield)) {
    ExprPtr y = parseYield();
    if (!y || !expect(TokenKind::RParen))
      return nullptr;
    return y;
  }
  ExprPtr first = parseStarNamedExpression();
  if (!first)
    return nullptr;
  if (at(TokenKind::KwFor) ||
      (at(TokenKind::KwAsync) && tok(1).is(TokenKind::KwFor))) {
    if (isa<StarredExpr>(first.get()))
      return error(first->loc,
                   "iterable unpacking cannot be used in comprehension");
    auto gen = make<GeneratorExpExpr>(loc);
    gen->elt = std::move(first);
    if (!parseComprehensions(gen->generators) || !expect(TokenKind::RParen))
      return nullptr;
    return gen;
  }
  if (at(TokenKind::RParen)) {
    advance();
    if (isa<StarredExpr>(first.get()))
      return error(first->loc, "cannot use starred expression here");
    return first;
  }
  if (!at(TokenKind::Comma)) {
    expectClosing(TokenKind::RParen, first.get());
    return nullptr;
  }
  auto tuple = make<TupleExpr>(loc);
  tuple->elts.push_back(std::move(first));
  while (consume(TokenKind::Comma)) {
    if (at(TokenKind::RParen))
      break;
    ExprPtr e = parseStarNamedExpression();
    if (!e)
      return nullptr;
    tuple->elts.push_back(std::move(e));
  }
  if (!expectClosing(TokenKind::RParen, tuple->elts.back().get()))
    return nullptr;
  return tuple;
}

ExprPtr Parser::parseListDisplay() {
  Loc loc = here();
  advance(); // [
  auto list = make<ListExpr>(loc);
  if (consume(TokenKind::RSquare))
    return list;
  ExprPtr first = parseStarNamedExpression();
  if (!first)
    return nullptr;
  if (at(TokenKind::KwFor) ||
      (at(TokenKind::KwAsync) && tok(1).is(TokenKind::KwFor))) {
    if (isa<StarredExpr>(first.get()))
      return error(first->loc,
                   "iterable unpacking cannot be used in comprehension");
    auto comp = make<ListCompExpr>(loc);
    comp->elt = std::move(first);
    if (!parseComprehensions(comp->generators) || !expect(TokenKind::RSquare))
      return nullptr;
    return comp;
  }
  list->elts.push_back(std::move(first));
  while (consume(TokenKind::Comma)) {
    if (at(TokenKind::RSquare))
      break;
    ExprPtr e = parseStarNamedExpression();
    if (!e)
      return nullptr;
    list->elts.push_back(std::move(e));
  }
  if (!expectClosing(TokenKind::RSquare, list->elts.back().get()))
    return nullptr;
  return list;
}

/// Dicts, sets and their comprehensions.
ExprPtr Parser::parseBraceDisplay() {
  Loc loc = here();
  advance(); // {
  if (consume(TokenKind::RBrace))
    return make<DictExpr>(loc);
  auto isComprehension = [&] {
    return at(TokenKind::KwFor) ||
           (at(TokenKind::KwAsync) && tok(1).is(TokenKind::KwFor));
  };

  ExprPtr firstKey, firstValue;
  if (at(TokenKind::DoubleStar)) {
    Loc starLoc = here();
    advance();
    firstValue = parseBitOr();
    if (!firstValue)
      return nullptr;
    if (isComprehension())
      return error(starLoc,
                   "dict unpacking cannot be used in dict comprehension");
  } else {
    ExprPtr first = parseStarNamedExpression();
    if (!first)
      return nullptr;
    if (!at(TokenKind::Colon) || isa<StarredExpr>(first.get())) {
      // A set display or comprehension.
      if (isComprehension()) {
        if (isa<StarredExpr>(first.get()))
          return error(first->loc,
                       "iterable unpacking cannot be used in comprehension");
        auto comp = make<SetCompExpr>(loc);
        comp->elt = std::move(first);
        if (!parseComprehensions(comp->generators) ||
            !expect(TokenKind::RBrace))
          return nullptr;
        return comp;
      }
      auto set = make<SetExpr>(loc);
      set->elts.push_back(std::move(first));
      while (consume(TokenKind::Comma)) {
        if (at(TokenKind::RBrace))
          break;
        ExprPtr e = parseStarNamedExpression();
        if (!e)
          return nullptr;
        set->elts.push_back(std::move(e));
      }
      if (!expectClosing(TokenKind::RBrace, set->elts.back().get()))
        return nullptr;
      return set;
    }
    firstKey = std::move(first);
    firstValue = parseDictValue();
    if (!firstValue)
      return nullptr;
    if (isComprehension()) {
      auto comp = make<DictCompExpr>(loc);
      comp->key = std::move(firstKey);
      comp->value = std::move(firstValue);
      if (!parseComprehensions(comp->generators) || !expect(TokenKind::RBrace))
        return nullptr;
      return comp;
    }
  }
  auto dict = make<DictExpr>(loc);
  dict->keys.push_back(std::move(firstKey));
  dict->values.push_back(std::move(firstValue));
  while (consume(TokenKind::Comma)) {
    if (at(TokenKind::RBrace))
      break;
    if (consume(TokenKind::DoubleStar)) {
      ExprPtr value = parseBitOr();
      if (!value)
        return nullptr;
      dict->keys.push_back(nullptr);
      dict->values.push_back(std::move(value));
      continue;
    }
    ExprPtr key = parseExpression();
    if (!key)
      return nullptr;
    if (!at(TokenKind::Colon)) {
      expectClosing(TokenKind::Colon, key.get());
      return nullptr;
    }
    ExprPtr value = parseDictValue();
    if (!value)
      return nullptr;
    dict->keys.push_back(std::move(key));
    dict->values.push_back(std::move(value));
  }
  if (!expectClosing(TokenKind::RBrace, dict->values.back().get()))
    return nullptr;
  return dict;
}

/// The value after a dict key's `:` (consumed here).
ExprPtr Parser::parseDictValue() {
  Loc colon = here();
  advance(); // :
  if (at(TokenKind::Star))
    return error(here(), "cannot use a starred expression in a dictionary "
                         "value");
  if (at(TokenKind::RBrace) || at(TokenKind::Comma))
    return error(colon, "expression expected after dictionary key and ':'");
  return parseExpression();
}

ExprPtr Parser::parseYield() {
  Loc loc = here();
  advance(); // yield
  if (functionDepth == 0)
    semanticError(loc, "'yield' outside function");
  if (consume(TokenKind::KwFrom)) {
    auto y = make<YieldFromExpr>(loc);
    y->value = parseExpression();
    if (!y->value)
      return nullptr;
    return y;
  }
  auto y = make<YieldExpr>(loc);
  if (startsExpression(tok())) {
    y->value = parseStarExpressions();
    if (!y->value)
      return nullptr;
  }
  return y;
}

/// star_targets of `for` loops and comprehensions: parsed below the
/// comparison level so that `in` ends them.
ExprPtr Parser::parseTargetList() {
  auto element = [&]() -> ExprPtr {
    if (!at(TokenKind::Star))
      return parseBitOr();
    auto star = make<StarredExpr>(here());
    advance();
    star->value = parseBitOr();
    if (!star->value)
      return nullptr;
    return star;
  };
  Loc start = here();
  ExprPtr target = element();
  if (!target)
    return nullptr;
  if (at(TokenKind::Comma)) {
    auto tuple = make<TupleExpr>(start);
    tuple->elts.push_back(std::move(target));
    while (consume(TokenKind::Comma)) {
      if (!startsExpression(tok()))
        break;
      ExprPtr e = element();
      if (!e)
        return nullptr;
      tuple->elts.push_back(std::move(e));
    }
    target = std::move(tuple);
  }
  if (!checkTarget(target.get(), TargetKind::Store))
    return nullptr;
  setContext(target.get(), ExprContext::Store);
  checkStarredTargets(target.get());
  return target;
}

bool Parser::parseComprehensions(std::vector<Comprehension> &gens) {
  while (at(TokenKind::KwFor) ||
         (at(TokenKind::KwAsync) && tok(1).is(TokenKind::KwFor))) {
    Comprehension comp;
    if (consume(TokenKind::KwAsync))
      comp.isAsync = true;
    advance(); // for
    comp.target = parseTargetList();
    if (!comp.target || !expect(TokenKind::KwIn))
      return false;
    comp.iter = parseDisjunction();
    if (!comp.iter)
      return false;
    while (consume(TokenKind::KwIf)) {
      ExprPtr cond = parseDisjunction();
      if (!cond)
        return false;
      comp.ifs.push_back(std::move(cond));
    }
    gens.push_back(std::move(comp));
  }
  return true;
}

/// The arguments of a call or class definition, after the `(`; consumes
/// the `)`.
bool Parser::parseCallArguments(Loc openLoc, std::vector<ExprPtr> &args,
                                std::vector<Keyword> &keywords,
                                bool allowGenerator) {
  bool sawKeyword = false, sawDoubleStar = false;
  const Expr *last = nullptr;
  while (!at(TokenKind::RParen)) {
    Loc loc = here();
    if (at(TokenKind::Star)) {
      advance();
      auto star = make<StarredExpr>(loc);
      star->value = parseExpression();
      if (!star->value)
        return false;
      if (sawDoubleStar) {
        error(loc, "iterable argument unpacking follows keyword argument "
                   "unpacking");
        return false;
      }
      last = star.get();
      args.push_back(std::move(star));
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      Keyword kw;
      kw.loc = loc;
      kw.value = parseExpression();
      if (!kw.value)
        return false;
      sawDoubleStar = true;
      last = kw.value.get();
      keywords.push_back(std::move(kw));
    } else if (at(TokenKind::Name) && tok(1).is(TokenKind::Equal)) {
      Keyword kw;
      kw.loc = loc;
      kw.name = std::string(tok().text);
      advance();
      advance();
      kw.value = parseExpression();
      if (!kw.value)
        return false;
      sawKeyword = true;
      last = kw.value.get();
      keywords.push_back(std::move(kw));
    } else {
      ExprPtr e = parseNamedExpression();
      if (!e)
        return false;
      if (allowGenerator &&
          (at(TokenKind::KwFor) ||
           (at(TokenKind::KwAsync) && tok(1).is(TokenKind::KwFor)))) {
        // A bare generator argument: f(x for x in y).
        auto gen = make<GeneratorExpExpr>(openLoc);
        gen->elt = std::move(e);
        if (!parseComprehensions(gen->generators))
          return false;
        if (!args.empty() || !keywords.empty() || !at(TokenKind::RParen)) {
          error(gen->elt->loc, "Generator expression must be parenthesized");
          return false;
        }
        args.push_back(std::move(gen));
        break;
      }
      if (at(TokenKind::Equal)) {
        auto *c = dyn_cast<NameConstExpr>(e.get());
        if (c && c->value != NameConstKind::Ellipsis)
          error(e->loc, std::string("cannot assign to ") + exprName(c));
        else
          error(e->loc, "expression cannot contain assignment, perhaps you "
                        "meant \"==\"?");
        return false;
      }
      if (sawDoubleStar || sawKeyword) {
        error(e->loc, sawDoubleStar ? "positional argument follows keyword "
                                      "argument unpacking"
                                    : "positional argument follows keyword "
                                      "argument");
        return false;
      }
      last = e.get();
      args.push_back(std::move(e));
    }
    if (!consume(TokenKind::Comma))
      break;
  }
  return expectClosing(TokenKind::RParen, last);
}

ExprPtr Parser::parseSubscript(ExprPtr value, Loc start) {
  auto sub = make<SubscriptExpr>(start);
  sub->value = std::move(value);
  advance(); // [
  Loc firstLoc = here();
  ExprPtr first = parseSliceItem();
  if (!first)
    return nullptr;
  if (at(TokenKind::Comma)) {
    auto tuple = make<TupleExpr>(firstLoc);
    tuple->elts.push_back(std::move(first));
    while (consume(TokenKind::Comma)) {
      if (at(TokenKind::RSquare))
        break;
      ExprPtr e = parseSliceItem();
      if (!e)
        return nullptr;
      tuple->elts.push_back(std::move(e));
    }
    first = std::move(tuple);
  } else if (isa<StarredExpr>(first.get())) {
    // a[*b] indexes with a one-element tuple, as in CPython 3.11.
    auto tuple = make<TupleExpr>(firstLoc);
    tuple->elts.push_back(std::move(first));
    first = std::move(tuple);
  }
  if (!expectClosing(TokenKind::RSquare, nullptr))
    return nullptr;
  sub->index = std::move(first);
  return sub;
}

ExprPtr Parser::parseSliceItem() {
  if (at(TokenKind::Star)) {
    auto star = make<StarredExpr>(here());
    advance();
    star->value = parseBitOr();
    if (!star->value)
      return nullptr;
    return star;
  }
  ExprPtr lower;
  Loc start = here();
  if (!at(TokenKind::Colon)) {
    lower = parseNamedExpression();
    if (!lower || !at(TokenKind::Colon))
      return lower;
  }
  auto slice = make<SliceExpr>(start);
  slice->lower = std::move(lower);
  advance(); // :
  auto endsPart = [&] {
    return at(TokenKind::Colon) || at(TokenKind::Comma) ||
           at(TokenKind::RSquare);
  };
  if (!endsPart()) {
    slice->upper = parseExpression();
    if (!slice->upper)
      return nullptr;
  }
  if (consume(TokenKind::Colon) && !at(TokenKind::Comma) &&
      !at(TokenKind::RSquare)) {
    slice->step = parseExpression();
    if (!slice->step)
      return nullptr;
  }
  return slice;
}

bool Parser::parseParameter(Arg &arg, bool isLambda, bool isVararg) {
  if (!at(TokenKind::Name)) {
    syntaxError();
    return false;
  }
  arg.loc = here();
  arg.name = std::string(tok().text);
  advance();
  if (isLambda || !consume(TokenKind::Colon))
    return true;
  // `*args: *Ts` (Python 3.11).
  arg.annotation = isVararg && at(TokenKind::Star) ? parseStarExpression()
                                                   : parseExpression();
  return arg.annotation != nullptr;
}

/// Parameters of a def (up to `closer`, not consumed) or a lambda, with
/// CPython's messages for misplaced `/`, `*` and defaults.
bool Parser::parseParameters(Arguments &args, bool isLambda, TokenKind closer) {
  bool sawSlash = false, sawStar = false, sawKwarg = false;
  bool sawDefault = false;
  std::optional<Loc> bareStar;
  auto fail = [&](Loc loc, const char *message) {
    error(loc, message);
    return false;
  };
  while (!at(closer)) {
    Loc loc = here();
    if (sawKwarg)
      return fail(loc, "arguments cannot follow var-keyword argument");
    if (at(TokenKind::Slash)) {
      if (sawSlash)
        return fail(loc, "/ may appear only once");
      if (sawStar)
        return fail(loc, "/ must be ahead of *");
      if (args.args.empty())
        return fail(loc, "at least one argument must precede /");
      advance();
      sawSlash = true;
      args.posonly = std::move(args.args);
      args.args.clear();
    } else if (at(TokenKind::Star)) {
      if (sawStar)
        return fail(loc, "* argument may appear only once");
      advance();
      sawStar = true;
      if (at(TokenKind::Name)) {
        args.vararg = std::make_unique<Arg>();
        if (!parseParameter(*args.vararg, isLambda, true))
          return false;
        if (at(TokenKind::Equal))
          return fail(here(), "var-positional argument cannot have default "
                              "value");
      } else {
        bareStar = loc;
      }
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      args.kwarg = std::make_unique<Arg>();
      if (!parseParameter(*args.kwarg, isLambda, false))
        return false;
      if (at(TokenKind::Equal))
        return fail(here(), "var-keyword argument cannot have default value");
      sawKwarg = true;
    } else {
      Arg arg;
      if (!parseParameter(arg, isLambda, false))
        return false;
      ExprPtr def;
      if (consume(TokenKind::Equal)) {
        def = parseExpression();
        if (!def)
          return false;
      }
      if (sawStar) {
        args.kwonly.push_back(std::move(arg));
        args.kwDefaults.push_back(std::move(def));
      } else {
        if (def) {
          sawDefault = true;
          args.defaults.push_back(std::move(def));
        } else if (sawDefault) {
          return fail(arg.loc, "non-default argument follows default "
                               "argument");
        }
        args.args.push_back(std::move(arg));
      }
    }
    if (!consume(TokenKind::Comma))
      break;
  }
  if (bareStar && args.kwonly.empty())
    return fail(*bareStar, "named arguments must follow bare *");

  // The symbol table's check, reported after parsing like CPython.
  std::vector<const Arg *> all;
  for (const Arg &a : args.posonly)
    all.push_back(&a);
  for (const Arg &a : args.args)
    all.push_back(&a);
  if (args.vararg)
    all.push_back(args.vararg.get());
  for (const Arg &a : args.kwonly)
    all.push_back(&a);
  if (args.kwarg)
    all.push_back(args.kwarg.get());
  for (size_t i = 0; i < all.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (all[i]->name == all[j]->name) {
        semanticError(all[i]->loc, "duplicate argument '" + all[i]->name +
                                       "' in function definition");
        i = all.size() - 1;
        break;
      }
  return true;
}

//===----------------------------------------------------------------------===//
// Literals
//===----------------------------------------------------------------------===//

ExprPtr Parser::parseNumber(const Token &t) {
  Loc loc = locOf(t);
  std::string digits;
  for (char c : t.text)
    if (c != '_')
      digits += c;
  char last = digits.empty() ? '\0' : digits.back();
  bool radix = digits.size() > 1 && digits[0] == '0' &&
               std::strchr("xXoObB", digits[1]) != nullptr;
  bool imaginary = last == 'j' || last == 'J';
  if (imaginary)
    digits.pop_back();
  bool isFloat =
      imaginary || (!radix && digits.find_first_of(".eE") != std::string::npos);
  if (isFloat) {
    auto f = make<FloatExpr>(loc);
    f->imaginary = imaginary;
    double value = 0;
    auto [ptr, ec] =
        std::from_chars(digits.data(), digits.data() + digits.size(), value);
    (void)ptr;
    if (ec == std::errc::result_out_of_range) {
      // Too small rounds to zero, too large is infinity, as in CPython.
      size_t e = digits.find_first_of("eE");
      bool negativeExponent = e != std::string::npos && e + 1 < digits.size() &&
                              digits[e + 1] == '-';
      bool tinyMantissa = digits.find_first_of("123456789") >= e;
      value = negativeExponent || tinyMantissa ? 0.0 : HUGE_VAL;
    }
    f->value = value;
    return f;
  }
  auto i = make<IntExpr>(loc);
  i->text = std::string(t.text);
  unsigned base = 10;
  size_t start = 0;
  if (radix) {
    char p = digits[1] | 0x20;
    base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
    start = 2;
  }
  uint64_t value = 0;
  for (size_t k = start; k < digits.size(); ++k) {
    char c = digits[k];
    unsigned d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    if (value > (UINT64_MAX - d) / base) {
      i->tooBig = true;
      break;
    }
    value = value * base + d;
  }
  if (i->tooBig || value > static_cast<uint64_t>(INT64_MAX)) {
    i->overflowsSigned = true;
    if (!i->tooBig)
      i->bigValue = value;
  } else {
    i->value = static_cast<int64_t>(value);
  }
  return i;
}

/// Adjacent string literals: one StrExpr, BytesExpr or, if any of them is
/// an f-string, one JoinedStrExpr.
ExprPtr Parser::parseStrings() {
  Loc loc = here();
  size_t first = pos;
  bool anyBytes = false, anyText = false, anyFormat = false;
  while (at(TokenKind::String)) {
    const Token &t = tok();
    (t.isBytes ? anyBytes : anyText) = true;
    anyFormat |= t.isFormat;
    advance();
  }
  size_t last = pos;
  if (anyBytes && anyText)
    return error(loc, "cannot mix bytes and nonbytes literals");
  if (anyBytes) {
    auto b = make<BytesExpr>(loc);
    for (size_t k = first; k < last; ++k)
      b->value += (*toks)[k].value;
    return b;
  }
  if (!anyFormat) {
    auto s = make<StrExpr>(loc);
    for (size_t k = first; k < last; ++k)
      s->value += (*toks)[k].value;
    return s;
  }
  FStringParts parts;
  for (size_t k = first; k < last; ++k) {
    const Token &t = (*toks)[k];
    if (!t.isFormat)
      parts.addLiteral(t.value, locOf(t));
    else if (!parseFString(t, parts))
      return nullptr;
  }
  parts.flush();
  auto joined = make<JoinedStrExpr>(loc);
  joined->values = std::move(parts.values);
  return joined;
}

bool Parser::parseFString(const Token &t, FStringParts &parts) {
  size_t i = t.bodyStart;
  size_t end = t.text.size() - t.quoteLen;
  if (!parseFStringPiece(t, i, end, 0, parts))
    return false;
  return true;
}

/// Literal text and fields of an f-string body from `i` (an index into the
/// token's text). At `level` > 0 (a format spec) an unmatched `}` ends the
/// piece and is left for the caller.
bool Parser::parseFStringPiece(const Token &t, size_t &i, size_t end, int level,
                               FStringParts &parts) {
  std::string_view text = t.text;
  std::string raw;
  size_t rawStart = i;
  auto flushRaw = [&]() {
    if (raw.empty())
      return true;
    std::string decoded, message;
    size_t errorOffset = 0;
    if (!decodeStringBody(raw, false, t.isRaw, decoded, message, errorOffset)) {
      error(locOf(t), message);
      return false;
    }
    parts.addLiteral(decoded, locAt(t.offset + rawStart));
    raw.clear();
    return true;
  };
  while (i < end) {
    char c = text[i];
    if (raw.empty())
      rawStart = i;
    if (c == '\\' && !t.isRaw && i + 1 < end) {
      char n = text[i + 1];
      if (n == '{' || n == '}') {
        // CPython does not let a backslash escape a brace.
        raw += c;
        ++i;
        continue;
      }
      raw += c;
      raw += n;
      i += 2;
      if (n == 'N' && i < end && text[i] == '{') {
        size_t close = text.find('}', i);
        size_t stop =
            close == std::string_view::npos || close >= end ? end : close + 1;
        raw += text.substr(i, stop - i);
        i = stop;
      }
      continue;
    }
    if (c != '{' && c != '}') {
      raw += c;
      ++i;
      continue;
    }
    if (level == 0 && i + 1 < end && text[i + 1] == c) {
      raw += c; // doubled brace
      i += 2;
      continue;
    }
    if (c == '}') {
      if (level == 0) {
        error(locAt(t.offset + i), "f-string: single '}' is not allowed");
        return false;
      }
      break; // the end of this format spec
    }
    if (!flushRaw() || !parseFStringField(t, i, end, level, parts))
      return false;
  }
  return flushRaw();
}

/// One `{expr[=][!conv][:spec]}` field; `i` is at the `{`.
bool Parser::parseFStringField(const Token &t, size_t &i, size_t end, int level,
                               FStringParts &parts) {
  std::string_view text = t.text;
  Loc fieldLoc = locAt(t.offset + i);
  auto fail = [&](size_t at, const char *message) {
    error(locAt(t.offset + std::min(at, text.size())), message);
    return false;
  };
  if (level >= 2)
    return fail(i, "f-string: expressions nested too deeply");
  ++i; // {
  size_t exprStart = i;
  // Find the end of the expression as CPython's fstring_find_expr does:
  // track brackets and quoted strings, stop at a top-level ! : } or =.
  char quote = 0;
  int quoteLen = 0;
  std::vector<char> brackets;
  for (; i < end; ++i) {
    char c = text[i];
    if (c == '\\')
      return fail(i, "f-string expression part cannot include a backslash");
    if (quote) {
      if (c != quote)
        continue;
      if (quoteLen == 3) {
        if (i + 2 < end && text[i + 1] == c && text[i + 2] == c) {
          i += 2;
          quote = 0;
        }
      } else {
        quote = 0;
      }
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      quoteLen = 1;
      if (i + 2 < end && text[i + 1] == c && text[i + 2] == c) {
        quoteLen = 3;
        i += 2;
      }
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      if (brackets.size() >= static_cast<size_t>(kMaxBracketDepth))
        return fail(i, "f-string: too many nested parenthesis");
      brackets.push_back(c);
      continue;
    }
    if (c == '#')
      return fail(i, "f-string expression part cannot include '#'");
    if (brackets.empty() && (c == '!' || c == ':' || c == '}' || c == '=' ||
                             c == '<' || c == '>')) {
      char n = i + 1 < end ? text[i + 1] : '\0';
      if (n == '=' && c != ':' && c != '}') {
        ++i; // != == <= >=
        continue;
      }
      if (c == '<' || c == '>')
        continue;
      break;
    }
    if (c == ')' || c == ']' || c == '}') {
      if (brackets.empty()) {
        std::string message = "f-string: unmatched '";
        message += c;
        error(locAt(t.offset + i), message + "'");
        return false;
      }
      char open = brackets.back();
      brackets.pop_back();
      if ((open == '(') != (c == ')') || (open == '[') != (c == ']')) {
        std::string message = "f-string: closing parenthesis '";
        message += c;
        message += "' does not match opening parenthesis '";
        message += open;
        error(locAt(t.offset + i), message + "'");
        return false;
      }
    }
  }
  if (quote)
    return fail(i, "f-string: unterminated string");
  if (!brackets.empty()) {
    std::string message = "f-string: unmatched '";
    message += brackets.back();
    error(locAt(t.offset + i), message + "'");
    return false;
  }
  if (i >= end)
    return fail(i, "f-string: expecting '}'");
  size_t exprEnd = i;
  if (text.substr(exprStart, exprEnd - exprStart)
          .find_first_not_of(" \t\n\r\f\v") == std::string_view::npos)
    return fail(exprStart, "f-string: empty expression not allowed");

  auto field = make<FormattedValueExpr>(fieldLoc);
  field->value =
      parseFStringExpression(t.offset + exprStart, t.offset + exprEnd);
  if (!field->value)
    return false;

  // `{x=}` prints the expression's text before its value.
  std::string debugText;
  bool debug = false;
  if (text[i] == '=') {
    ++i;
    while (i < end && std::strchr(" \t\n\r\f\v", text[i]) && text[i] != 0)
      ++i;
    if (i >= end)
      return fail(i, "f-string: expecting '}'");
    debug = true;
    debugText = std::string(text.substr(exprStart, i - exprStart));
  }
  bool explicitConversion = false;
  if (text[i] == '!') {
    ++i;
    if (i >= end)
      return fail(i, "f-string: expecting '}'");
    char conv = text[i];
    ++i;
    if (conv != 's' && conv != 'r' && conv != 'a')
      return fail(i - 1, "f-string: invalid conversion character: expected "
                         "'s', 'r', or 'a'");
    field->conversion = conv;
    explicitConversion = true;
  }
  if (i < end && text[i] == ':') {
    Loc specLoc = locAt(t.offset + i + 1);
    ++i;
    if (i >= end)
      return fail(i, "f-string: expecting '}'");
    FStringParts spec;
    if (!parseFStringPiece(t, i, end, level + 1, spec))
      return false;
    spec.flush();
    auto joined = make<JoinedStrExpr>(specLoc);
    joined->values = std::move(spec.values);
    field->formatSpec = std::move(joined);
  }
  if (i >= end || text[i] != '}')
    return fail(i, "f-string: expecting '}'");
  ++i;
  if (debug) {
    parts.addLiteral(debugText, locAt(t.offset + exprStart));
    if (!field->formatSpec && !explicitConversion)
      field->conversion = 'r';
  }
  parts.addValue(std::move(field));
  return true;
}

/// Parses the expression of an f-string field, source[begin, end), as
/// CPython does: as if it were in parentheses.
ExprPtr Parser::parseFStringExpression(size_t begin, size_t end) {
  auto [line, lineStart] = lines.locate(begin);
  Lexer lexer(file.text, begin, end, line, lineStart);
  std::vector<Token> fieldTokens;
  for (;;) {
    fieldTokens.push_back(lexer.next());
    TokenKind k = fieldTokens.back().kind;
    if (k == TokenKind::EndOfFile || k == TokenKind::Error)
      break;
  }
  const std::vector<Token> *savedToks = toks;
  size_t savedPos = pos;
  toks = &fieldTokens;
  pos = 0;
  ++fstringDepth;
  ExprPtr result;
  if (at(TokenKind::KwYield)) {
    result = parseYield();
  } else {
    result = parseStarNamedExpression();
    if (result && at(TokenKind::Comma)) {
      auto tuple = make<TupleExpr>(result->loc);
      tuple->elts.push_back(std::move(result));
      while (consume(TokenKind::Comma)) {
        if (at(TokenKind::EndOfFile))
          break;
        ExprPtr e = parseStarNamedExpression();
        if (!e) {
          tuple.reset();
          break;
        }
        tuple->elts.push_back(std::move(e));
      }
      result = std::move(tuple);
    }
  }
  if (result && !at(TokenKind::EndOfFile)) {
    expectClosing(TokenKind::EndOfFile, result.get());
    result.reset();
  }
  --fstringDepth;
  toks = savedToks;
  pos = savedPos;
  return result;
}

} // namespace

std::unique_ptr<Module> parseModule(std::unique_ptr<SourceFile> source,
                                    DiagnosticEngine &diags) {
  if (!source)
    return nullptr;
  auto module = std::make_unique<Module>();
  module->source = std::move(source);
  Parser parser(*module->source, diags);
  if (!parser.parseFile(module->body))
    return nullptr;
  return module;
}

} // namespace rpy::frontend
