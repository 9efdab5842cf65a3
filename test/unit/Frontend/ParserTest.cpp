//===- ParserTest.cpp - Tests of the Python 3 parser ----------------------===//
//
// Statement and expression forms (checked through the AST dump), operator
// precedence, f-strings, locations, and error messages with their exact
// positions (CPython 3.11's wherever it gives a sensible one).
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/Parser.h"
#include "lib/Frontend/ASTDump.h"

#include "gtest/gtest.h"

#include <string>

using namespace rpy::frontend;

namespace {

std::unique_ptr<Module> parse(const std::string &text,
                              DiagnosticEngine &diags) {
  auto source = std::make_unique<SourceFile>();
  source->name = "t.py";
  source->text = text;
  return parseModule(std::move(source), diags);
}

/// The dump of a module on one line (spaces instead of line breaks and
/// indentation), or "error: <diagnostic>".
std::string flat(const std::string &dump) {
  std::string out;
  bool space = false;
  for (char c : dump) {
    if (c == '\n') {
      space = true;
      continue;
    }
    if (space && c == ' ')
      continue;
    if (space && !out.empty())
      out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string stripLocations(const std::string &s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' && i + 1 < s.size() && s[i + 1] == '@') {
      i += 2;
      while (i < s.size() && s[i] != ' ' && s[i] != ')')
        ++i;
      --i;
      continue;
    }
    out += s[i];
  }
  return out;
}

std::string module(const std::string &text) {
  DiagnosticEngine diags;
  std::unique_ptr<Module> m = parse(text, diags);
  if (!m)
    return "error: " + diags.all().at(0).str();
  return flat(dumpAST(*m));
}

/// The first statement, one line, without locations.
std::string stmt(const std::string &text) {
  DiagnosticEngine diags;
  std::unique_ptr<Module> m = parse(text, diags);
  if (!m)
    return "error: " + diags.all().at(0).str();
  if (m->body.empty())
    return "(no statement)";
  return stripLocations(flat(dumpStmt(*m->body[0])));
}

/// An expression statement's value, one line, without locations.
std::string expr(const std::string &text) {
  DiagnosticEngine diags;
  std::unique_ptr<Module> m = parse(text + "\n", diags);
  if (!m)
    return "error: " + diags.all().at(0).str();
  auto *e =
      m->body.empty() ? nullptr : dyn_cast<ExprStmtStmt>(m->body[0].get());
  if (!e)
    return "(not an expression)";
  return stripLocations(flat(dumpExpr(*e->value)));
}

/// The expression with its locations.
std::string exprAt(const std::string &text) {
  DiagnosticEngine diags;
  std::unique_ptr<Module> m = parse(text + "\n", diags);
  if (!m)
    return "error: " + diags.all().at(0).str();
  auto *e = dyn_cast<ExprStmtStmt>(m->body[0].get());
  return e ? flat(dumpExpr(*e->value)) : "(not an expression)";
}

/// "line:col: message" of the parse error, or "OK".
std::string error(const std::string &text) {
  DiagnosticEngine diags;
  std::unique_ptr<Module> m = parse(text, diags);
  if (m)
    return diags.hasErrors() ? "OK with diagnostics" : "OK";
  EXPECT_EQ(diags.all().size(), 1u);
  const Diagnostic &d = diags.all().at(0);
  EXPECT_NE(d.loc.file, nullptr);
  return std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col) + ": " +
         d.message;
}

//===----------------------------------------------------------------------===//
// Whole files
//===----------------------------------------------------------------------===//

TEST(ParserTest, EmptyFiles) {
  EXPECT_EQ(module(""), "(Module)");
  EXPECT_EQ(module("\n\n# just a comment\n"), "(Module)");
  EXPECT_EQ(module("\xEF\xBB\xBF"), "(Module)");
}

TEST(ParserTest, DumpFormat) {
  DiagnosticEngine diags;
  std::unique_ptr<Module> m = parse("def f(a, b=1):\n  return a + b\n", diags);
  ASSERT_TRUE(m);
  EXPECT_EQ(dumpAST(*m), "(Module\n"
                         "  (FunctionDef f @1:1\n"
                         "    (args\n"
                         "      (arg a @1:7)\n"
                         "      (arg b @1:10\n"
                         "        (default\n"
                         "          (Int 1 @1:12))))\n"
                         "    (body\n"
                         "      (Return @2:3\n"
                         "        (BinOp Add @2:10\n"
                         "          (Name a @2:10)\n"
                         "          (Name b @2:14))))))\n");
}

TEST(ParserTest, LineEndingsAndMissingNewline) {
  EXPECT_EQ(module("x = 1\r\nif x:\r\n    y\r\n"),
            module("x = 1\nif x:\n    y\n"));
  EXPECT_EQ(module("x = 1"), module("x = 1\n"));
  EXPECT_EQ(module("if x:\n    y"), module("if x:\n    y\n"));
}

TEST(ParserTest, SourceFileOwnership) {
  DiagnosticEngine diags;
  std::unique_ptr<Module> m = parse("x\n", diags);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->body[0]->loc.file, &m->source->name);
  EXPECT_EQ(m->body[0]->loc.str(), "t.py:1:1");
  // A failed parse frees the source; the diagnostic stays printable.
  std::unique_ptr<Module> bad = parse("x = (\n", diags);
  EXPECT_FALSE(bad);
  EXPECT_EQ(diags.all().at(0).str(), "t.py:1:5: error: '(' was never closed");
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

TEST(ParserTest, FunctionDefinitions) {
  EXPECT_EQ(stmt("def f(): pass\n"), "(FunctionDef f (body (Pass)))");
  EXPECT_EQ(stmt("def f(a, /, b, *args, c, d=1, **kw): pass\n"),
            "(FunctionDef f (args (arg posonly a) (arg b) (vararg args) "
            "(kwonly c) (kwonly d (default (Int 1))) (kwarg kw)) "
            "(body (Pass)))");
  EXPECT_EQ(stmt("def f(a=1, /, b=2, *, c): pass\n"),
            "(FunctionDef f (args (arg posonly a (default (Int 1))) "
            "(arg b (default (Int 2))) (kwonly c)) (body (Pass)))");
  EXPECT_EQ(stmt("def f(a: int, *b: str, **c: 'x') -> None: pass\n"),
            "(FunctionDef f (args (arg a (annotation (Name int))) "
            "(vararg b (annotation (Name str))) "
            "(kwarg c (annotation (Str \"x\")))) "
            "(returns (NameConst None)) (body (Pass)))");
  EXPECT_EQ(stmt("def f(a,): pass\n"),
            "(FunctionDef f (args (arg a)) (body (Pass)))");
  EXPECT_EQ(stmt("async def f():\n    await x\n"),
            "(FunctionDef f async (body (Expr (Await (Name x)))))");
  EXPECT_EQ(stmt("@a.b\n@c(1)\ndef f(): pass\n"),
            "(FunctionDef f (decorators (Attribute b (Name a)) "
            "(Call (Name c) (Int 1))) (body (Pass)))");
  EXPECT_EQ(module("@d\nasync def f(): pass\n"),
            "(Module (FunctionDef f async @2:1 (decorators (Name d @1:2)) "
            "(body (Pass @2:16))))");
}

TEST(ParserTest, ClassDefinitions) {
  EXPECT_EQ(stmt("class A: pass\n"), "(ClassDef A (body (Pass)))");
  EXPECT_EQ(stmt("class A(): pass\n"), "(ClassDef A (body (Pass)))");
  EXPECT_EQ(stmt("@dec\nclass A(B, *C, metaclass=M, **kw):\n  x = 1\n"),
            "(ClassDef A (decorators (Name dec)) (bases (Name B) "
            "(Starred (Name C))) (keyword metaclass (Name M)) "
            "(keyword ** (Name kw)) (body (Assign (Name x Store) (Int 1))))");
}

TEST(ParserTest, SimpleStatements) {
  EXPECT_EQ(stmt("def f():\n  return\n"), "(FunctionDef f (body (Return)))");
  EXPECT_EQ(stmt("def f():\n  return 1, *a\n"),
            "(FunctionDef f (body (Return (Tuple (Int 1) (Starred "
            "(Name a))))))");
  EXPECT_EQ(stmt("del a, b.c, d[0], (e, [f])\n"),
            "(Delete (Name a Del) (Attribute c Del (Name b)) "
            "(Subscript Del (Name d) (Int 0)) "
            "(Tuple Del (Name e Del) (List Del (Name f Del))))");
  EXPECT_EQ(stmt("raise\n"), "(Raise)");
  EXPECT_EQ(stmt("raise E(1) from e\n"),
            "(Raise (Call (Name E) (Int 1)) (cause (Name e)))");
  EXPECT_EQ(stmt("assert x, 'msg'\n"), "(Assert (Name x) (msg (Str \"msg\")))");
  EXPECT_EQ(stmt("global a, b\n"), "(Global a b)");
  EXPECT_EQ(stmt("def f():\n  nonlocal a\n"),
            "(FunctionDef f (body (Nonlocal a)))");
  EXPECT_EQ(module("pass; x = 1;\nwhile 1: break; continue\n"),
            "(Module (Pass @1:1) (Assign @1:7 (Name x Store @1:7) "
            "(Int 1 @1:11)) (While @2:1 (Int 1 @2:7) (body (Break @2:10) "
            "(Continue @2:17))))");
}

TEST(ParserTest, Imports) {
  EXPECT_EQ(stmt("import a, b.c as d\n"),
            "(Import (alias a) (alias b.c as d))");
  EXPECT_EQ(stmt("from m import a, b as c\n"),
            "(ImportFrom m (alias a) (alias b as c))");
  EXPECT_EQ(stmt("from . import a\n"), "(ImportFrom . (alias a))");
  EXPECT_EQ(stmt("from ..p.q import (a,\n    b,)\n"),
            "(ImportFrom ..p.q (alias a) (alias b))");
  EXPECT_EQ(stmt("from ....m import *\n"), "(ImportFrom ....m (alias *))");
  EXPECT_EQ(module("from . import a as b\n"),
            "(Module (ImportFrom . @1:1 (alias a as b @1:15)))");
}

TEST(ParserTest, Assignments) {
  EXPECT_EQ(stmt("a = b = c\n"),
            "(Assign (Name a Store) (Name b Store) (Name c))");
  EXPECT_EQ(stmt("a, *b = c\n"),
            "(Assign (Tuple Store (Name a Store) (Starred Store (Name b "
            "Store))) (Name c))");
  EXPECT_EQ(stmt("[a, (b, c)] = d\n"),
            "(Assign (List Store (Name a Store) (Tuple Store (Name b Store) "
            "(Name c Store))) (Name d))");
  EXPECT_EQ(stmt("a.b[c] = x.y = 1, 2\n"),
            "(Assign (Subscript Store (Attribute b (Name a)) (Name c)) "
            "(Attribute y Store (Name x)) (Tuple (Int 1) (Int 2)))");
  EXPECT_EQ(stmt("x = yield\n"), "error: t.py:1:5: error: 'yield' outside "
                                 "function");
  EXPECT_EQ(stmt("def f():\n  x = yield y\n"),
            "(FunctionDef f (body (Assign (Name x Store) (Yield "
            "(Name y)))))");
  EXPECT_EQ(stmt("x += 1\n"), "(AugAssign Add (Name x Store) (Int 1))");
  EXPECT_EQ(stmt("a.b //= c\n"),
            "(AugAssign FloorDiv (Attribute b Store (Name a)) (Name c))");
  const char *ops[][2] = {
      {"+=", "Add"},     {"-=", "Sub"},   {"*=", "Mult"},   {"@=", "MatMult"},
      {"/=", "Div"},     {"%=", "Mod"},   {"**=", "Pow"},   {"<<=", "LShift"},
      {">>=", "RShift"}, {"|=", "BitOr"}, {"^=", "BitXor"}, {"&=", "BitAnd"}};
  for (auto &op : ops)
    EXPECT_EQ(stmt(std::string("x ") + op[0] + " 1\n"),
              std::string("(AugAssign ") + op[1] + " (Name x Store) (Int 1))");
  EXPECT_EQ(stmt("x: int\n"), "(AnnAssign (Name x Store) (Name int))");
  EXPECT_EQ(stmt("x.y: List[int] = []\n"),
            "(AnnAssign (Attribute y Store (Name x)) (Subscript (Name List) "
            "(Name int)) (value (List)))");
}

TEST(ParserTest, CompoundStatements) {
  EXPECT_EQ(stmt("if a:\n  b\nelif c:\n  d\nelif e: f\nelse:\n  g\n"),
            "(If (Name a) (body (Expr (Name b))) (orelse (If (Name c) "
            "(body (Expr (Name d))) (orelse (If (Name e) (body (Expr "
            "(Name f))) (orelse (Expr (Name g))))))))");
  EXPECT_EQ(stmt("while x:\n  pass\nelse:\n  pass\n"),
            "(While (Name x) (body (Pass)) (orelse (Pass)))");
  EXPECT_EQ(stmt("for i, j in a, b:\n  pass\nelse: pass\n"),
            "(For (Tuple Store (Name i Store) (Name j Store)) (Tuple "
            "(Name a) (Name b)) (body (Pass)) (orelse (Pass)))");
  EXPECT_EQ(stmt("async def f():\n  async for x in y: pass\n"),
            "(FunctionDef f async (body (For async (Name x Store) (Name y) "
            "(body (Pass)))))");
  EXPECT_EQ(stmt("with a as b, c: pass\n"),
            "(With (item (Name a) (as (Name b Store))) (item (Name c)) "
            "(body (Pass)))");
  EXPECT_EQ(stmt("with (a as b, c as (d, e),): pass\n"),
            "(With (item (Name a) (as (Name b Store))) (item (Name c) (as "
            "(Tuple Store (Name d Store) (Name e Store)))) (body (Pass)))");
  EXPECT_EQ(stmt("with (a, b): pass\n"),
            "(With (item (Name a)) (item (Name b)) (body (Pass)))");
  EXPECT_EQ(stmt("with (a, b) as c: pass\n"),
            "(With (item (Tuple (Name a) (Name b)) (as (Name c Store))) "
            "(body (Pass)))");
  EXPECT_EQ(stmt("with (yield): pass\n"),
            "error: t.py:1:7: error: 'yield' outside function");
  EXPECT_EQ(stmt("try:\n  a\nexcept E as e:\n  b\nexcept (F, G):\n  c\n"
                 "except:\n  d\nelse:\n  e\nfinally:\n  f\n"),
            "(Try (body (Expr (Name a))) (ExceptHandler e (Name E) (body "
            "(Expr (Name b)))) (ExceptHandler (Tuple (Name F) (Name G)) "
            "(body (Expr (Name c)))) (ExceptHandler (body (Expr (Name d)))) "
            "(orelse (Expr (Name e))) (finally (Expr (Name f))))");
  EXPECT_EQ(stmt("try: pass\nfinally: pass\n"),
            "(Try (body (Pass)) (finally (Pass)))");
}

TEST(ParserTest, StatementLocations) {
  EXPECT_EQ(module("if a:\n    x\nelif b:\n    y\n"),
            "(Module (If @1:1 (Name a @1:4) (body (Expr @2:5 (Name x @2:5))) "
            "(orelse (If @3:1 (Name b @3:6) (body (Expr @4:5 "
            "(Name y @4:5)))))))");
  EXPECT_EQ(module("try:\n  pass\nexcept E:\n  pass\n"),
            "(Module (Try @1:1 (body (Pass @2:3)) (ExceptHandler @3:1 "
            "(Name E @3:8) (body (Pass @4:3)))))");
  EXPECT_EQ(module("(a) = 1\n"),
            "(Module (Assign @1:1 (Name a Store @1:2) (Int 1 @1:7)))");
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

TEST(ParserTest, Precedence) {
  EXPECT_EQ(expr("1 + 2 * 3"),
            "(BinOp Add (Int 1) (BinOp Mult (Int 2) (Int 3)))");
  EXPECT_EQ(expr("1 - 2 - 3"),
            "(BinOp Sub (BinOp Sub (Int 1) (Int 2)) (Int 3))");
  EXPECT_EQ(expr("a ** b ** c"),
            "(BinOp Pow (Name a) (BinOp Pow (Name b) (Name c)))");
  EXPECT_EQ(expr("-2 ** 2"), "(UnaryOp USub (BinOp Pow (Int 2) (Int 2)))");
  EXPECT_EQ(expr("2 ** -1"), "(BinOp Pow (Int 2) (UnaryOp USub (Int 1)))");
  EXPECT_EQ(expr("-a.b(c)[d]"),
            "(UnaryOp USub (Subscript (Call (Attribute b (Name a)) (Name c)) "
            "(Name d)))");
  EXPECT_EQ(expr("~+-x"),
            "(UnaryOp Invert (UnaryOp UAdd (UnaryOp USub (Name x))))");
  EXPECT_EQ(expr("a | b ^ c & d << e + f"),
            "(BinOp BitOr (Name a) (BinOp BitXor (Name b) (BinOp BitAnd "
            "(Name c) (BinOp LShift (Name d) (BinOp Add (Name e) "
            "(Name f))))))");
  EXPECT_EQ(expr("a >> b % c // d / e @ f"),
            "(BinOp RShift (Name a) (BinOp MatMult (BinOp Div (BinOp FloorDiv "
            "(BinOp Mod (Name b) (Name c)) (Name d)) (Name e)) (Name f)))");
  EXPECT_EQ(expr("not a == b"), "(UnaryOp Not (Compare Eq (Name a) (Name b)))");
  EXPECT_EQ(expr("a or b and not c"),
            "(BoolOp Or (Name a) (BoolOp And (Name b) (UnaryOp Not "
            "(Name c))))");
  EXPECT_EQ(expr("a or b or c"), "(BoolOp Or (Name a) (Name b) (Name c))");
  EXPECT_EQ(expr("a < b <= c > d >= e == f != g"),
            "(Compare Lt LtE Gt GtE Eq NotEq (Name a) (Name b) (Name c) "
            "(Name d) (Name e) (Name f) (Name g))");
  EXPECT_EQ(expr("a in b not in c is d is not e"),
            "(Compare In NotIn Is IsNot (Name a) (Name b) (Name c) (Name d) "
            "(Name e))");
  EXPECT_EQ(expr("a | b < c"),
            "(Compare Lt (BinOp BitOr (Name a) (Name b)) (Name c))");
  EXPECT_EQ(expr("a if b else c if d else e"),
            "(IfExp (Name b) (Name a) (IfExp (Name d) (Name c) (Name e)))");
  EXPECT_EQ(expr("lambda: a if b else c"),
            "(Lambda (IfExp (Name b) (Name a) (Name c)))");
  EXPECT_EQ(expr("a or b if c and d else e"),
            "(IfExp (BoolOp And (Name c) (Name d)) (BoolOp Or (Name a) "
            "(Name b)) (Name e))");
}

TEST(ParserTest, Lambdas) {
  EXPECT_EQ(expr("lambda: 0"), "(Lambda (Int 0))");
  EXPECT_EQ(expr("lambda x, y=1, *a, z, **k: x"),
            "(Lambda (args (arg x) (arg y (default (Int 1))) (vararg a) "
            "(kwonly z) (kwarg k)) (Name x))");
  EXPECT_EQ(expr("lambda x, /, *, y: (yield)"),
            "(Lambda (args (arg posonly x) (kwonly y)) (Yield))");
}

TEST(ParserTest, Calls) {
  EXPECT_EQ(expr("f()"), "(Call (Name f))");
  EXPECT_EQ(expr("f(a, *b, c=1, *d, **e,)"),
            "(Call (Name f) (Name a) (Starred (Name b)) (Starred (Name d)) "
            "(keyword c (Int 1)) (keyword ** (Name e)))");
  EXPECT_EQ(expr("f(x for x in y)"),
            "(Call (Name f) (GeneratorExp (Name x) (for (Name x Store) "
            "(Name y))))");
  EXPECT_EQ(expr("f((x for x in y), z)"),
            "(Call (Name f) (GeneratorExp (Name x) (for (Name x Store) "
            "(Name y))) (Name z))");
  EXPECT_EQ(expr("f(a := 1)"),
            "(Call (Name f) (NamedExpr (Name a Store) (Int 1)))");
  EXPECT_EQ(exprAt("f(x for x in y)"),
            "(Call @1:1 (Name f @1:1) (GeneratorExp @1:2 (Name x @1:3) (for "
            "(Name x Store @1:9) (Name y @1:14))))");
  EXPECT_EQ(exprAt("f(a, k=1, **d)"),
            "(Call @1:1 (Name f @1:1) (Name a @1:3) (keyword k @1:6 "
            "(Int 1 @1:8)) (keyword ** @1:11 (Name d @1:13)))");
}

TEST(ParserTest, Subscripts) {
  EXPECT_EQ(expr("a[1]"), "(Subscript (Name a) (Int 1))");
  EXPECT_EQ(expr("a[:]"), "(Subscript (Name a) (Slice))");
  EXPECT_EQ(expr("a[1:2]"),
            "(Subscript (Name a) (Slice (lower (Int 1)) (upper (Int 2))))");
  EXPECT_EQ(expr("a[::2]"), "(Subscript (Name a) (Slice (step (Int 2))))");
  EXPECT_EQ(expr("a[1:]"), "(Subscript (Name a) (Slice (lower (Int 1))))");
  EXPECT_EQ(expr("a[1, 2:3, ...]"),
            "(Subscript (Name a) (Tuple (Int 1) (Slice (lower (Int 2)) "
            "(upper (Int 3))) (NameConst Ellipsis)))");
  EXPECT_EQ(expr("a[1,]"), "(Subscript (Name a) (Tuple (Int 1)))");
  EXPECT_EQ(expr("a[*b]"), "(Subscript (Name a) (Tuple (Starred (Name b))))");
  EXPECT_EQ(exprAt("a[b:c]"),
            "(Subscript @1:1 (Name a @1:1) (Slice @1:3 (lower (Name b @1:3)) "
            "(upper (Name c @1:5))))");
}

TEST(ParserTest, Atoms) {
  EXPECT_EQ(expr("None, True, False, ..."),
            "(Tuple (NameConst None) (NameConst True) (NameConst False) "
            "(NameConst Ellipsis))");
  EXPECT_EQ(expr("()"), "(Tuple)");
  EXPECT_EQ(expr("(1,)"), "(Tuple (Int 1))");
  EXPECT_EQ(expr("(1)"), "(Int 1)");
  EXPECT_EQ(expr("(*a, b)"), "(Tuple (Starred (Name a)) (Name b))");
  EXPECT_EQ(expr("[]"), "(List)");
  EXPECT_EQ(expr("[1, *a,]"), "(List (Int 1) (Starred (Name a)))");
  EXPECT_EQ(expr("{}"), "(Dict)");
  EXPECT_EQ(expr("{1: 2, **a, 3: 4}"),
            "(Dict (Int 1) (Int 2) (unpack (Name a)) (Int 3) (Int 4))");
  EXPECT_EQ(expr("{**a}"), "(Dict (unpack (Name a)))");
  EXPECT_EQ(expr("{1, *a}"), "(Set (Int 1) (Starred (Name a)))");
  EXPECT_EQ(expr("(yield)"), "error: t.py:1:2: error: 'yield' outside "
                             "function");
  EXPECT_EQ(exprAt("(1, 2)"), "(Tuple @1:1 (Int 1 @1:2) (Int 2 @1:5))");
  EXPECT_EQ(exprAt("1, 2"), "(Tuple @1:1 (Int 1 @1:1) (Int 2 @1:4))");
  EXPECT_EQ(exprAt("(a + b) * c"),
            "(BinOp Mult @1:1 (BinOp Add @1:2 (Name a @1:2) (Name b @1:6)) "
            "(Name c @1:11))");
  EXPECT_EQ(exprAt("(a).b"), "(Attribute b @1:1 (Name a @1:2))");
}

TEST(ParserTest, Numbers) {
  EXPECT_EQ(expr("0, 42, 1_000, 0x_fF, 0o17, 0b101"),
            "(Tuple (Int 0) (Int 42) (Int 1000) (Int 255) (Int 15) (Int 5))");
  EXPECT_EQ(expr("9223372036854775807"), "(Int 9223372036854775807)");
  EXPECT_EQ(expr("9223372036854775808"), "(Int 9223372036854775808 u64)");
  EXPECT_EQ(expr("0xFFFFFFFFFFFFFFFF"), "(Int 18446744073709551615 u64)");
  EXPECT_EQ(expr("0x1_0000_0000_0000_0000"),
            "(Int 0x1_0000_0000_0000_0000 big)");
  EXPECT_EQ(expr("1.5, 1., .5, 1e3, 1_0.2_5e-1_0, 1e400, 1e-400"),
            "(Tuple (Float 1.5) (Float 1.0) (Float 0.5) (Float 1000.0) "
            "(Float 1.025e-09) (Float inf) (Float 0.0))");
  EXPECT_EQ(expr("1e15, 1e16, 0.0001, 0.00001, 123.456, 0.1"),
            "(Tuple (Float 1000000000000000.0) (Float 1e+16) (Float 0.0001) "
            "(Float 1e-05) (Float 123.456) (Float 0.1))");
  EXPECT_EQ(expr("3j, 1.5J, 0777j"),
            "(Tuple (Float 3.0j) (Float 1.5j) (Float 777.0j))");

  DiagnosticEngine diags;
  std::unique_ptr<Module> m =
      parse("x = 9223372036854775808\ny = 123456789012345678901\n", diags);
  ASSERT_TRUE(m);
  auto *big = cast<IntExpr>(cast<AssignStmt>(m->body[0].get())->value.get());
  EXPECT_TRUE(big->overflowsSigned);
  EXPECT_FALSE(big->tooBig);
  EXPECT_EQ(big->bigValue, 9223372036854775808ull);
  auto *huge = cast<IntExpr>(cast<AssignStmt>(m->body[1].get())->value.get());
  EXPECT_TRUE(huge->overflowsSigned);
  EXPECT_TRUE(huge->tooBig);
  EXPECT_EQ(huge->text, "123456789012345678901");
}

TEST(ParserTest, Strings) {
  EXPECT_EQ(expr("'a' \"b\" '''c'''"), "(Str \"abc\")");
  EXPECT_EQ(expr("'a\\n' r'\\n'"), "(Str \"a\\n\\\\n\")");
  EXPECT_EQ(expr("b'a' rb'\\x'"), "(Bytes b\"a\\\\x\")");
  EXPECT_EQ(expr("'\\u00e9\\x00'"), "(Str \"\\u{e9}\\x00\")");
  EXPECT_EQ(exprAt("('a'\n 'b')"), "(Str \"ab\" @1:2)");
  EXPECT_EQ(error("x = 'a' b'b'\n"),
            "1:5: cannot mix bytes and nonbytes literals");
}

TEST(ParserTest, FStrings) {
  EXPECT_EQ(expr("f''"), "(JoinedStr)");
  EXPECT_EQ(expr("f'abc'"), "(JoinedStr (Str \"abc\"))");
  EXPECT_EQ(expr("f'a{x}b'"),
            "(JoinedStr (Str \"a\") (FormattedValue (Name x)) (Str \"b\"))");
  EXPECT_EQ(expr("f'{x!r}{y!s:>10}{z!a}'"),
            "(JoinedStr (FormattedValue !r (Name x)) (FormattedValue !s "
            "(Name y) (spec (JoinedStr (Str \">10\")))) (FormattedValue !a "
            "(Name z)))");
  EXPECT_EQ(expr("f'{x:{w}.{p}f}'"),
            "(JoinedStr (FormattedValue (Name x) (spec (JoinedStr "
            "(FormattedValue (Name w)) (Str \".\") (FormattedValue (Name p)) "
            "(Str \"f\")))))");
  EXPECT_EQ(expr("f'{x:}'"),
            "(JoinedStr (FormattedValue (Name x) (spec (JoinedStr))))");
  EXPECT_EQ(expr("f'{{}}{{{x}}}'"),
            "(JoinedStr (Str \"{}{\") (FormattedValue (Name x)) (Str \"}\"))");
  EXPECT_EQ(expr("f'{a[\"k\"]}{b!=c}{d:=^5}'"),
            "(JoinedStr (FormattedValue (Subscript (Name a) (Str \"k\"))) "
            "(FormattedValue (Compare NotEq (Name b) (Name c))) "
            "(FormattedValue (Name d) (spec (JoinedStr (Str \"=^5\")))))");
  EXPECT_EQ(expr("f'{x = }{y=:>3}{z=!s}'"),
            "(JoinedStr (Str \"x = \") (FormattedValue !r (Name x)) "
            "(Str \"y=\") (FormattedValue (Name y) (spec (JoinedStr "
            "(Str \">3\")))) (Str \"z=\") (FormattedValue !s (Name z)))");
  EXPECT_EQ(expr("'a' f'b{x}' 'c' f'd'"),
            "(JoinedStr (Str \"ab\") (FormattedValue (Name x)) "
            "(Str \"cd\"))");
  EXPECT_EQ(expr("f'\\n{x}' rf'\\n{y}'"),
            "(JoinedStr (Str \"\\n\") (FormattedValue (Name x)) "
            "(Str \"\\\\n\") (FormattedValue (Name y)))");
  EXPECT_EQ(expr("f'{f\"{x}\"}'"),
            "(JoinedStr (FormattedValue (JoinedStr (FormattedValue "
            "(Name x)))))");
  EXPECT_EQ(expr("f'{a, b}{*c,}'"),
            "(JoinedStr (FormattedValue (Tuple (Name a) (Name b))) "
            "(FormattedValue (Tuple (Starred (Name c)))))");
  EXPECT_EQ(expr("f'{lambda: 1}'"),
            "error: t.py:1:10: error: f-string: invalid syntax");
}

TEST(ParserTest, FStringLocations) {
  EXPECT_EQ(exprAt("f'ab{x+y}'"),
            "(JoinedStr @1:1 (Str \"ab\" @1:3) (FormattedValue @1:5 "
            "(BinOp Add @1:6 (Name x @1:6) (Name y @1:8))))");
  EXPECT_EQ(exprAt("f'''\n{ x\n  }'''"),
            "(JoinedStr @1:1 (Str \"\\n\" @1:5) (FormattedValue @2:1 "
            "(Name x @2:3)))");
}

TEST(ParserTest, Comprehensions) {
  EXPECT_EQ(expr("[x for x in y]"),
            "(ListComp (Name x) (for (Name x Store) (Name y)))");
  EXPECT_EQ(expr("[x for a, b in y if a if b for x in a]"),
            "(ListComp (Name x) (for (Tuple Store (Name a Store) (Name b "
            "Store)) (Name y) (if (Name a)) (if (Name b))) (for (Name x "
            "Store) (Name a)))");
  EXPECT_EQ(expr("{x for x in y}"),
            "(SetComp (Name x) (for (Name x Store) (Name y)))");
  EXPECT_EQ(expr("{k: v for k, v in d.items()}"),
            "(DictComp (Name k) (Name v) (for (Tuple Store (Name k Store) "
            "(Name v Store)) (Call (Attribute items (Name d)))))");
  EXPECT_EQ(expr("(x for x in y if x or z)"),
            "(GeneratorExp (Name x) (for (Name x Store) (Name y) (if (BoolOp "
            "Or (Name x) (Name z)))))");
  EXPECT_EQ(expr("[y := f(x) for x in a]"),
            "(ListComp (NamedExpr (Name y Store) (Call (Name f) (Name x))) "
            "(for (Name x Store) (Name a)))");
  EXPECT_EQ(stmt("async def f():\n  [x async for x in y]\n"),
            "(FunctionDef f async (body (Expr (ListComp (Name x) (for async "
            "(Name x Store) (Name y))))))");
}

TEST(ParserTest, YieldAndWalrus) {
  EXPECT_EQ(stmt("def f():\n  yield\n  yield 1, 2\n  yield from g()\n"),
            "(FunctionDef f (body (Expr (Yield)) (Expr (Yield (Tuple (Int 1) "
            "(Int 2)))) (Expr (YieldFrom (Call (Name g))))))");
  EXPECT_EQ(stmt("if (n := len(a)) > 10: pass\n"),
            "(If (Compare Gt (NamedExpr (Name n Store) (Call (Name len) "
            "(Name a))) (Int 10)) (body (Pass)))");
  EXPECT_EQ(stmt("while chunk := read(): pass\n"),
            "(While (NamedExpr (Name chunk Store) (Call (Name read))) (body "
            "(Pass)))");
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

TEST(ParserTest, GenericErrors) {
  EXPECT_EQ(error("a b\n"), "1:3: invalid syntax");
  EXPECT_EQ(error("x = \n"), "1:5: invalid syntax");
  EXPECT_EQ(error("x = 1 +"), "1:8: invalid syntax");
  EXPECT_EQ(error("else: pass\n"), "1:1: invalid syntax");
  EXPECT_EQ(error("x.1\n"), "1:2: invalid syntax");
  EXPECT_EQ(error("x = [1,,2]\n"), "1:8: invalid syntax");
  EXPECT_EQ(error("a = 1; ; b\n"), "1:8: invalid syntax");
  EXPECT_EQ(error("x = $\n"), "1:5: invalid syntax");
  EXPECT_EQ(error("@dec\nx = 1\n"), "2:1: invalid syntax");
}

TEST(ParserTest, ForgottenComma) {
  EXPECT_EQ(error("(a b)\n"), "1:2: invalid syntax. Perhaps you forgot a "
                              "comma?");
  EXPECT_EQ(error("[1, 2 3]\n"), "1:5: invalid syntax. Perhaps you forgot "
                                 "a comma?");
  EXPECT_EQ(error("f(a b)\n"), "1:3: invalid syntax. Perhaps you forgot a "
                               "comma?");
  EXPECT_EQ(error("{1: 2 3: 4}\n"), "1:5: invalid syntax. Perhaps you forgot "
                                    "a comma?");
  EXPECT_EQ(error("print 'hello'\n"),
            "1:1: Missing parentheses in call to 'print'. Did you mean "
            "print(...)?");
}

TEST(ParserTest, ColonsAndBlocks) {
  EXPECT_EQ(error("if x\n    pass\n"), "1:5: expected ':'");
  EXPECT_EQ(error("def f()\n  pass\n"), "1:8: expected ':'");
  EXPECT_EQ(error("class A\n  pass\n"), "1:8: expected ':'");
  EXPECT_EQ(error("def f: pass\n"), "1:6: expected '('");
  EXPECT_EQ(error("if x:\npass\n"),
            "2:1: expected an indented block after 'if' statement on line 1");
  EXPECT_EQ(error("def f():\npass\n"),
            "2:1: expected an indented block after function definition on "
            "line 1");
  EXPECT_EQ(error("class A:\nx = 1\n"),
            "2:1: expected an indented block after class definition on "
            "line 1");
  EXPECT_EQ(error("for x in y:\nz\n"),
            "2:1: expected an indented block after 'for' statement on line 1");
  EXPECT_EQ(error("while x:\n  pass\nelse:\nx\n"),
            "4:1: expected an indented block after 'else' statement on "
            "line 3");
  EXPECT_EQ(error("try:\n  pass\nexcept:\nx\n"),
            "4:1: expected an indented block after 'except' statement on "
            "line 3");
  EXPECT_EQ(error("if x:"), "1:6: expected an indented block after 'if' "
                            "statement on line 1");
  EXPECT_EQ(error("try:\n  pass\n"), "2:7: expected 'except' or 'finally' "
                                     "block");
  EXPECT_EQ(error("try:\n  pass\nelse:\n  pass\n"),
            "3:1: expected 'except' or 'finally' block");
}

TEST(ParserTest, IndentationErrors) {
  EXPECT_EQ(error("  x = 1\n"), "1:2: unexpected indent");
  EXPECT_EQ(error("if x:\n    a\n      b\n"), "3:6: unexpected indent");
  EXPECT_EQ(error("if x:\n        a\n    b\n"),
            "3:5: unindent does not match any outer indentation level");
  EXPECT_EQ(error("if x:\n\ta\n        b\n"),
            "3:9: inconsistent use of tabs and spaces in indentation");
}

TEST(ParserTest, TokenizerErrorsTakePrecedence) {
  EXPECT_EQ(error("x = (1,\n"), "1:5: '(' was never closed");
  EXPECT_EQ(error("foo(\n"), "1:4: '(' was never closed");
  // A syntax error on a later line than the open bracket: the bracket wins.
  EXPECT_EQ(error("x = [1, 2\ny = 3\n"), "1:5: '[' was never closed");
  EXPECT_EQ(error("x = )\n"), "1:5: unmatched ')'");
  EXPECT_EQ(error("x = (]\n"),
            "1:6: closing parenthesis ']' does not match opening parenthesis "
            "'('");
  // An unterminated string further down replaces an earlier syntax error.
  EXPECT_EQ(error("a b\nx = 'abc\n"),
            "2:5: unterminated string literal (detected at line 2)");
  // But an indentation error further down does not.
  EXPECT_EQ(error("a b\nif x:\n    y\n  z\n"), "1:3: invalid syntax");
  EXPECT_EQ(error("x = '''abc\n"),
            "1:5: unterminated triple-quoted string literal (detected at "
            "line 1)");
  EXPECT_EQ(error("x = 0777\n"),
            "1:5: leading zeros in decimal integer literals are not "
            "permitted; use an 0o prefix for octal integers");
  EXPECT_EQ(error("x = 1abc\n"), "1:5: invalid decimal literal");
}

TEST(ParserTest, AssignmentTargetErrors) {
  EXPECT_EQ(error("f() = 1\n"),
            "1:1: cannot assign to function call here. Maybe you meant '==' "
            "instead of '='?");
  EXPECT_EQ(error("1 = x\n"),
            "1:1: cannot assign to literal here. Maybe you meant '==' instead "
            "of '='?");
  EXPECT_EQ(error("a + 1 = 2\n"),
            "1:1: cannot assign to expression here. Maybe you meant '==' "
            "instead of '='?");
  EXPECT_EQ(error("a, f() = 1\n"),
            "1:4: cannot assign to function call here. Maybe you meant '==' "
            "instead of '='?");
  EXPECT_EQ(error("x = f() = 3\n"), "1:5: cannot assign to function call");
  EXPECT_EQ(error("(a, f()) = 1\n"), "1:5: cannot assign to function call");
  EXPECT_EQ(error("[a, 1] = x\n"), "1:5: cannot assign to literal");
  EXPECT_EQ(error("None = 1\n"), "1:1: cannot assign to None");
  EXPECT_EQ(error("True = 1\n"), "1:1: cannot assign to True");
  EXPECT_EQ(error("... = 1\n"),
            "1:1: cannot assign to ellipsis here. Maybe you meant '==' "
            "instead of '='?");
  EXPECT_EQ(error("x = yield = 1\n"),
            "1:5: assignment to yield expression not possible");
  EXPECT_EQ(error("for f() in x: pass\n"),
            "1:5: cannot assign to function call");
  EXPECT_EQ(error("for 1 in x: pass\n"), "1:5: cannot assign to literal");
  EXPECT_EQ(error("with a as f(): pass\n"),
            "1:11: cannot assign to function call");
  EXPECT_EQ(error("[x for f() in y]\n"), "1:8: cannot assign to function call");
  EXPECT_EQ(error("f() += 1\n"),
            "1:1: 'function call' is an illegal expression for augmented "
            "assignment");
  EXPECT_EQ(error("(a, b) += 1\n"),
            "1:1: 'tuple' is an illegal expression for augmented assignment");
  EXPECT_EQ(error("a, b: int\n"),
            "1:1: only single target (not tuple) can be annotated");
  EXPECT_EQ(error("[a]: int\n"),
            "1:1: only single target (not list) can be annotated");
  EXPECT_EQ(error("f(): int\n"), "1:1: illegal target for annotation");
  EXPECT_EQ(error("del f()\n"), "1:5: cannot delete function call");
  EXPECT_EQ(error("del 1\n"), "1:5: cannot delete literal");
  EXPECT_EQ(error("del *a\n"), "1:5: cannot delete starred");
  EXPECT_EQ(error("del (a, f())\n"), "1:9: cannot delete function call");
  EXPECT_EQ(error("(a.b := 1)\n"),
            "1:2: cannot use assignment expressions with attribute");
  EXPECT_EQ(error("if x = 1:\n  pass\n"),
            "1:4: invalid syntax. Maybe you meant '==' or ':=' instead of "
            "'='?");
  EXPECT_EQ(error("while f() = 1: pass\n"),
            "1:7: cannot assign to function call here. Maybe you meant '==' "
            "instead of '='?");
}

TEST(ParserTest, ArgumentErrors) {
  EXPECT_EQ(error("f(a for a in b, c)\n"),
            "1:3: Generator expression must be parenthesized");
  EXPECT_EQ(error("f(c, a for a in b)\n"),
            "1:6: Generator expression must be parenthesized");
  EXPECT_EQ(error("f(a=1, b)\n"),
            "1:8: positional argument follows keyword argument");
  EXPECT_EQ(error("f(**a, b)\n"),
            "1:8: positional argument follows keyword argument unpacking");
  EXPECT_EQ(error("f(**a, *b)\n"),
            "1:8: iterable argument unpacking follows keyword argument "
            "unpacking");
  EXPECT_EQ(error("f(a.b=1)\n"),
            "1:3: expression cannot contain assignment, perhaps you meant "
            "\"==\"?");
  EXPECT_EQ(error("f(True=1)\n"), "1:3: cannot assign to True");
  EXPECT_EQ(error("class A(x for x in y): pass\n"), "1:11: invalid syntax");
}

TEST(ParserTest, ParameterErrors) {
  EXPECT_EQ(error("def f(a=1, b): pass\n"),
            "1:12: non-default argument follows default argument");
  EXPECT_EQ(error("def f(*): pass\n"),
            "1:7: named arguments must follow bare *");
  EXPECT_EQ(error("def f(*, **k): pass\n"),
            "1:7: named arguments must follow bare *");
  EXPECT_EQ(error("def f(/, a): pass\n"),
            "1:7: at least one argument must precede /");
  EXPECT_EQ(error("def f(a, /, b, /): pass\n"), "1:16: / may appear only once");
  EXPECT_EQ(error("def f(*a, /): pass\n"), "1:11: / must be ahead of *");
  EXPECT_EQ(error("def f(**k, a): pass\n"),
            "1:12: arguments cannot follow var-keyword argument");
  EXPECT_EQ(error("def f(*a, *b): pass\n"),
            "1:11: * argument may appear only once");
  EXPECT_EQ(error("def f(*a=1): pass\n"),
            "1:9: var-positional argument cannot have default value");
  EXPECT_EQ(error("def f(**k=1): pass\n"),
            "1:10: var-keyword argument cannot have default value");
  EXPECT_EQ(error("def f(a, a): pass\n"),
            "1:10: duplicate argument 'a' in function definition");
  EXPECT_EQ(error("lambda a, a: 1\n"),
            "1:11: duplicate argument 'a' in function definition");
}

TEST(ParserTest, DisplayErrors) {
  EXPECT_EQ(error("(*a)\n"), "1:2: cannot use starred expression here");
  EXPECT_EQ(error("[*a for a in b]\n"),
            "1:2: iterable unpacking cannot be used in comprehension");
  EXPECT_EQ(error("{**a for a in b}\n"),
            "1:2: dict unpacking cannot be used in dict comprehension");
  EXPECT_EQ(error("x = {1: *a}\n"),
            "1:9: cannot use a starred expression in a dictionary value");
  EXPECT_EQ(error("x = {1:}\n"),
            "1:7: expression expected after dictionary key and ':'");
  EXPECT_EQ(error("x = a if b\n"), "1:5: expected 'else' after 'if' "
                                   "expression");
}

TEST(ParserTest, StatementErrors) {
  EXPECT_EQ(error("import\n"), "1:7: invalid syntax");
  EXPECT_EQ(error("from x import a,\n"),
            "1:17: trailing comma not allowed without surrounding "
            "parentheses");
  EXPECT_EQ(error("from x import (*)\n"), "1:16: invalid syntax");
  EXPECT_EQ(error("try:\n  pass\nexcept A, B:\n  pass\n"),
            "3:8: multiple exception types must be parenthesized");
  EXPECT_EQ(error("try:\n  pass\nexcept* A:\n  pass\n"),
            "3:7: 'except*' (exception groups) is not supported");
}

TEST(ParserTest, MatchStatementIsNotRPython) {
  const char *message = "'match' statements are not RPython";
  EXPECT_EQ(error("match x:\n  case 1: pass\n"),
            std::string("1:1: ") + message);
  EXPECT_EQ(error("def f(a):\n  match (a, 1):\n    case _: pass\n"),
            std::string("2:3: ") + message);
  EXPECT_EQ(error("match *a, b:\n  case _: pass\n"),
            std::string("1:1: ") + message);
  EXPECT_EQ(error("match [x]:\n  case _: pass\n"),
            std::string("1:1: ") + message);
  // `match` is a soft keyword: elsewhere it is a name.
  EXPECT_EQ(error("match = 1\nmatch.x = 2\nmatch(a)\nmatch[1] = 3\n"
                  "match: int = 4\nprint(match)\nmatch, y = 5, 6\n"
                  "x = match if match else -match\n"),
            "OK");
  EXPECT_EQ(stmt("match (x)\n"), "(Expr (Call (Name match) (Name x)))");
  EXPECT_EQ(stmt("match[x]\n"), "(Expr (Subscript (Name match) (Name x)))");
  // Neither reading parses: the name reading's error, as CPython reports.
  EXPECT_EQ(error("match x y:\n  pass\n"), "1:7: invalid syntax");
  EXPECT_EQ(error("match x: pass\n"), "1:7: invalid syntax");
}

TEST(ParserTest, ErrorsFoundAfterParsing) {
  EXPECT_EQ(error("return 1\n"), "1:1: 'return' outside function");
  EXPECT_EQ(error("break\n"), "1:1: 'break' outside loop");
  EXPECT_EQ(error("continue\n"), "1:1: 'continue' not properly in loop");
  EXPECT_EQ(error("yield 1\n"), "1:1: 'yield' outside function");
  EXPECT_EQ(error("while x:\n  def f():\n    break\n"),
            "3:5: 'break' outside loop");
  EXPECT_EQ(error("for x in y:\n  pass\nelse:\n  break\n"),
            "4:3: 'break' outside loop");
  EXPECT_EQ(error("def f():\n  class A:\n    return\n"),
            "3:5: 'return' outside function");
  EXPECT_EQ(error("nonlocal x\n"),
            "1:1: nonlocal declaration not allowed at module level");
  EXPECT_EQ(error("x = *a\n"), "1:5: can't use starred expression here");
  EXPECT_EQ(error("*a = 1\n"),
            "1:1: starred assignment target must be in a list or tuple");
  EXPECT_EQ(error("*a, *b = c\n"),
            "1:1: multiple starred expressions in assignment");
  EXPECT_EQ(error("try:\n  pass\nexcept:\n  pass\nexcept A:\n  pass\n"),
            "3:1: default 'except:' must be last");
  // A syntax error further down wins, as in CPython.
  EXPECT_EQ(error("return 1\nx = )\n"), "2:5: unmatched ')'");
  EXPECT_EQ(error("return 1\na b\n"), "2:3: invalid syntax");
  EXPECT_EQ(error("while 1:\n  def f(): pass\n  break\n"), "OK");
}

TEST(ParserTest, FStringErrors) {
  EXPECT_EQ(error("f'{}'\n"), "1:4: f-string: empty expression not allowed");
  EXPECT_EQ(error("f'}'\n"), "1:3: f-string: single '}' is not allowed");
  EXPECT_EQ(error("f'{'\n"), "1:4: f-string: expecting '}'");
  EXPECT_EQ(error("f'{a!x}'\n"),
            "1:6: f-string: invalid conversion character: expected 's', 'r', "
            "or 'a'");
  EXPECT_EQ(error("f'{a b}'\n"),
            "1:4: f-string: invalid syntax. Perhaps you forgot a comma?");
  EXPECT_EQ(error("f'{a#}'\n"),
            "1:5: f-string expression part cannot include '#'");
  EXPECT_EQ(error("f'{a\\n}'\n"),
            "1:5: f-string expression part cannot include a backslash");
  EXPECT_EQ(error("f'{)}'\n"), "1:4: f-string: unmatched ')'");
  EXPECT_EQ(error("f'{a:{b:{c}}}'\n"),
            "1:9: f-string: expressions nested too deeply");
  EXPECT_EQ(error("f'{a(}'\n"),
            "1:6: f-string: closing parenthesis '}' does not match opening "
            "parenthesis '('");
  EXPECT_EQ(error("f'{\"a}'\n"), "1:7: f-string: unterminated string");
  EXPECT_EQ(error("f'{1_}'\n"), "1:5: f-string: invalid decimal literal");
  EXPECT_EQ(error("f'a\\N{BULLET}'\n"),
            "1:1: '\\N{...}' escapes are not supported");
}

TEST(ParserTest, NestingLimits) {
  auto repeat = [](const std::string &s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i)
      out += s;
    return out;
  };
  EXPECT_EQ(error("x = " + repeat("(", 150) + "1" + repeat(")", 150) + "\n"),
            "OK");
  EXPECT_EQ(error("x = " + repeat("(", 300) + "1" + repeat(")", 300) + "\n"),
            "1:205: too many nested parentheses");
  EXPECT_EQ(error("x = " + repeat("-", 5000) + "1\n"),
            "1:1004: too deeply nested");
  EXPECT_EQ(error("x = " + repeat("a + ", 900) + "1\n"), "OK");
  EXPECT_EQ(error("x = " + repeat("a + ", 5000) + "1\n"),
            "1:3999: too deeply nested");
  EXPECT_EQ(error("x = a" + repeat(".b", 5000) + "\n"),
            "1:2002: too deeply nested");
  EXPECT_EQ(error("x = " + repeat("lambda: ", 5000) + "1\n"),
            "1:8005: too deeply nested");
  EXPECT_EQ(error("x = " + repeat("not ", 5000) + "1\n"),
            "1:4001: too deeply nested");
  // Left-deep chains inside brackets count the height of their first
  // operand: the tree stays within the budget.
  EXPECT_EQ(error("x = " + repeat("(", 100) + "a" +
                  repeat(repeat("*a", 50) + ")", 100) + "\n")
                    .find("too deeply nested") != std::string::npos,
            true);
  EXPECT_EQ(error("if a: pass\n" + repeat("elif b: pass\n", 500)), "OK");
  EXPECT_EQ(error("if a: pass\n" + repeat("elif b: pass\n", 5000)),
            "1001:6: too deeply nested");
}

TEST(ParserTest, ByteLevelRobustness) {
  EXPECT_EQ(error(std::string("x = 1\0\n", 7)),
            "1:6: source code cannot contain null bytes");
  EXPECT_EQ(error("x = '\xFF'\n"), "1:6: Non-UTF-8 code starting with '\\xff'");
  EXPECT_EQ(error("\xC3\xA9t\xC3\xA9 = 1\n"), "OK");
  EXPECT_EQ(error("x = 1 \\\n + 2\n"), "OK");
  EXPECT_EQ(error("\\"), "1:2: unexpected EOF while parsing");
  EXPECT_EQ(error("'"), "1:1: unterminated string literal (detected at line "
                        "1)");
  EXPECT_EQ(error("f'{"), "1:1: unterminated string literal (detected at "
                          "line 1)");
  EXPECT_EQ(error("\r"), "OK");
  EXPECT_EQ(error("\f\n"), "OK");
}

} // namespace
