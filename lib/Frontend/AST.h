//===- AST.h - Abstract syntax tree of RPython 3 source ---------*- C++ -*-===//
//
// The parser's output: a tree close to CPython's `ast` module, restricted to
// what RPython 3 programs (and the constructs we must reject with a clear
// message) need. Nodes are owned by their parent through unique_ptr; a
// Module owns its SourceFile so locations stay valid as long as the tree.
//
// The header depends on the standard library only, so the lexer and parser
// build and test without MLIR.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_FRONTEND_AST_H
#define RPY_FRONTEND_AST_H

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace rpy::frontend {

/// A source file's name and text. Locations point at the name.
struct SourceFile {
  std::string name;
  std::string text;
};

/// 1-based line and column (column counts bytes) in a source file.
struct Loc {
  const std::string *file = nullptr;
  int line = 0;
  int col = 0;

  /// "file:line:col", the prefix of every diagnostic.
  std::string str() const {
    return (file ? *file : std::string("<unknown>")) + ":" +
           std::to_string(line) + ":" + std::to_string(col);
  }
};

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

enum class ExprKind {
  Name,         // id
  Int,          // integer literal
  Float,        // float literal
  Str,          // string literal (adjacent literals already concatenated)
  Bytes,        // bytes literal
  NameConst,    // None, True, False, Ellipsis
  JoinedStr,    // f-string
  FormattedValue, // {expr!conv:spec} inside a JoinedStr
  BinOp,
  UnaryOp,
  BoolOp,
  Compare,
  Call,
  Attribute,
  Subscript,
  Slice,        // only as Subscript::index (or inside a Tuple index)
  Tuple,
  List,
  Dict,
  Set,
  ListComp,
  SetComp,
  DictComp,
  GeneratorExp,
  IfExp,
  Lambda,
  Starred,      // *x in calls, displays and assignment targets
  Yield,        // parsed so the front end can reject it with a location
  YieldFrom,
  Await,
  NamedExpr,    // x := y (rejected later)
};

enum class BinOpKind {
  Add, Sub, Mul, MatMul, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr,
  BitXor, BitAnd
};
enum class UnaryOpKind { Not, Neg, Pos, Invert };
enum class BoolOpKind { And, Or };
enum class CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
enum class NameConstKind { None, True, False, Ellipsis };
/// Whether a Name/Attribute/Subscript/Tuple/List/Starred is read, written or
/// deleted, as in CPython's ast.
enum class ExprContext { Load, Store, Del };

struct Expr {
  ExprKind kind;
  Loc loc;
  explicit Expr(ExprKind kind, Loc loc) : kind(kind), loc(loc) {}
  virtual ~Expr() = default;
};
using ExprPtr = std::unique_ptr<Expr>;

/// Checked downcast helpers: `isa<NameExpr>(e)` (also `isa<A, B>(e)`),
/// `cast<NameExpr>(e)`, `dyn_cast<NameExpr>(e)` (nullptr when the kind
/// differs). `isa` and `dyn_cast` accept nullptr.
template <typename... Ts, typename N> bool isa(const N *n) {
  return n && ((n->kind == Ts::Kind) || ...);
}
template <typename T, typename N> T *cast(N *n) { return static_cast<T *>(n); }
template <typename T, typename N> const T *cast(const N *n) {
  return static_cast<const T *>(n);
}
template <typename T, typename N> T *dyn_cast(N *n) {
  return isa<T>(n) ? static_cast<T *>(n) : nullptr;
}
template <typename T, typename N> const T *dyn_cast(const N *n) {
  return isa<T>(n) ? static_cast<const T *>(n) : nullptr;
}

#define RPY_EXPR(NAME)                                                         \
  static constexpr ExprKind Kind = ExprKind::NAME;                             \
  explicit NAME##Expr(Loc loc) : Expr(Kind, loc) {}

struct NameExpr : Expr {
  RPY_EXPR(Name)
  std::string id;
  ExprContext ctx = ExprContext::Load;
};

struct IntExpr : Expr {
  RPY_EXPR(Int)
  /// The literal's value when it fits in 64 signed bits.
  int64_t value = 0;
  /// Set when the literal does not fit in int64_t; `bigValue` then holds it
  /// when it fits in 64 unsigned bits (e.g. 0xFFFFFFFFFFFFFFFF, common in
  /// r_uint code), and `tooBig` is set when it does not even fit there.
  bool overflowsSigned = false;
  uint64_t bigValue = 0;
  bool tooBig = false;
  std::string text; // the literal as written, for messages
};

struct FloatExpr : Expr {
  RPY_EXPR(Float)
  double value = 0;
  bool imaginary = false; // 1j: parsed so it can be rejected
};

struct StrExpr : Expr {
  RPY_EXPR(Str)
  std::string value; // UTF-8, escapes decoded
};

struct BytesExpr : Expr {
  RPY_EXPR(Bytes)
  std::string value; // raw bytes, escapes decoded
};

struct NameConstExpr : Expr {
  RPY_EXPR(NameConst)
  NameConstKind value = NameConstKind::None;
};

/// f"...": `values` are StrExpr and FormattedValueExpr, in order.
struct JoinedStrExpr : Expr {
  RPY_EXPR(JoinedStr)
  std::vector<ExprPtr> values;
};

struct FormattedValueExpr : Expr {
  RPY_EXPR(FormattedValue)
  ExprPtr value;
  char conversion = 0;   // 0, 's', 'r' or 'a'
  ExprPtr formatSpec;    // JoinedStrExpr or nullptr
};

struct BinOpExpr : Expr {
  RPY_EXPR(BinOp)
  BinOpKind op = BinOpKind::Add;
  ExprPtr left, right;
};

struct UnaryOpExpr : Expr {
  RPY_EXPR(UnaryOp)
  UnaryOpKind op = UnaryOpKind::Not;
  ExprPtr operand;
};

/// `a and b and c`: values has two or more elements.
struct BoolOpExpr : Expr {
  RPY_EXPR(BoolOp)
  BoolOpKind op = BoolOpKind::And;
  std::vector<ExprPtr> values;
};

/// `a < b <= c`: ops.size() == comparators.size() >= 1.
struct CompareExpr : Expr {
  RPY_EXPR(Compare)
  ExprPtr left;
  std::vector<CmpOpKind> ops;
  std::vector<ExprPtr> comparators;
};

/// A keyword argument `name=value`; an empty name means `**value`.
struct Keyword {
  Loc loc;
  std::string name;
  ExprPtr value;
};

/// f(a, *b, k=c, **d): `args` may contain StarredExpr.
struct CallExpr : Expr {
  RPY_EXPR(Call)
  ExprPtr func;
  std::vector<ExprPtr> args;
  std::vector<Keyword> keywords;
};

struct AttributeExpr : Expr {
  RPY_EXPR(Attribute)
  ExprPtr value;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};

/// value[index]; index is a SliceExpr for a[i:j:k], a TupleExpr for a[i, j].
struct SubscriptExpr : Expr {
  RPY_EXPR(Subscript)
  ExprPtr value;
  ExprPtr index;
  ExprContext ctx = ExprContext::Load;
};

struct SliceExpr : Expr {
  RPY_EXPR(Slice)
  ExprPtr lower, upper, step; // each may be nullptr
};

struct TupleExpr : Expr {
  RPY_EXPR(Tuple)
  std::vector<ExprPtr> elts;
  ExprContext ctx = ExprContext::Load;
};

struct ListExpr : Expr {
  RPY_EXPR(List)
  std::vector<ExprPtr> elts;
  ExprContext ctx = ExprContext::Load;
};

/// {k: v, **d}: a nullptr key means `**value`.
struct DictExpr : Expr {
  RPY_EXPR(Dict)
  std::vector<ExprPtr> keys;
  std::vector<ExprPtr> values;
};

struct SetExpr : Expr {
  RPY_EXPR(Set)
  std::vector<ExprPtr> elts;
};

/// One `for target in iter if cond...` clause of a comprehension.
struct Comprehension {
  ExprPtr target;
  ExprPtr iter;
  std::vector<ExprPtr> ifs;
  bool isAsync = false;
};

struct ListCompExpr : Expr {
  RPY_EXPR(ListComp)
  ExprPtr elt;
  std::vector<Comprehension> generators;
};

struct SetCompExpr : Expr {
  RPY_EXPR(SetComp)
  ExprPtr elt;
  std::vector<Comprehension> generators;
};

struct DictCompExpr : Expr {
  RPY_EXPR(DictComp)
  ExprPtr key, value;
  std::vector<Comprehension> generators;
};

struct GeneratorExpExpr : Expr {
  RPY_EXPR(GeneratorExp)
  ExprPtr elt;
  std::vector<Comprehension> generators;
};

struct IfExpExpr : Expr {
  RPY_EXPR(IfExp)
  ExprPtr test, body, orelse;
};

/// One parameter of a def or lambda.
struct Arg {
  Loc loc;
  std::string name;
  ExprPtr annotation; // may be nullptr; ignored by the translator
};

/// Parameters as in CPython's ast.arguments. `defaults` belong to the last
/// positional parameters (posonly + args); `kwDefaults` is parallel to
/// `kwonly` with nullptr for "no default".
struct Arguments {
  std::vector<Arg> posonly;
  std::vector<Arg> args;
  std::unique_ptr<Arg> vararg; // *args
  std::vector<Arg> kwonly;
  std::vector<ExprPtr> kwDefaults;
  std::unique_ptr<Arg> kwarg; // **kwargs
  std::vector<ExprPtr> defaults;
};

struct LambdaExpr : Expr {
  RPY_EXPR(Lambda)
  Arguments args;
  ExprPtr body;
};

struct StarredExpr : Expr {
  RPY_EXPR(Starred)
  ExprPtr value;
  ExprContext ctx = ExprContext::Load;
};

struct YieldExpr : Expr {
  RPY_EXPR(Yield)
  ExprPtr value; // may be nullptr
};

struct YieldFromExpr : Expr {
  RPY_EXPR(YieldFrom)
  ExprPtr value;
};

struct AwaitExpr : Expr {
  RPY_EXPR(Await)
  ExprPtr value;
};

struct NamedExprExpr : Expr {
  RPY_EXPR(NamedExpr)
  ExprPtr target, value;
};

#undef RPY_EXPR

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

enum class StmtKind {
  FunctionDef,
  ClassDef,
  Return,
  Delete,
  Assign,
  AugAssign,
  AnnAssign,
  For,
  While,
  If,
  With,
  Raise,
  Try,
  Assert,
  Import,
  ImportFrom,
  Global,
  Nonlocal,
  ExprStmt,
  Pass,
  Break,
  Continue,
};

struct Stmt {
  StmtKind kind;
  Loc loc;
  explicit Stmt(StmtKind kind, Loc loc) : kind(kind), loc(loc) {}
  virtual ~Stmt() = default;
};
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

#define RPY_STMT(NAME)                                                         \
  static constexpr StmtKind Kind = StmtKind::NAME;                             \
  explicit NAME##Stmt(Loc loc) : Stmt(Kind, loc) {}

struct FunctionDefStmt : Stmt {
  RPY_STMT(FunctionDef)
  std::string name;
  Arguments args;
  StmtList body;
  std::vector<ExprPtr> decorators; // outermost first, as written
  ExprPtr returns;                 // annotation, may be nullptr
  bool isAsync = false;
};

struct ClassDefStmt : Stmt {
  RPY_STMT(ClassDef)
  std::string name;
  std::vector<ExprPtr> bases;
  std::vector<Keyword> keywords; // metaclass=... (rejected later)
  StmtList body;
  std::vector<ExprPtr> decorators;
};

struct ReturnStmt : Stmt {
  RPY_STMT(Return)
  ExprPtr value; // may be nullptr
};

struct DeleteStmt : Stmt {
  RPY_STMT(Delete)
  std::vector<ExprPtr> targets;
};

/// a = b = value: targets in source order.
struct AssignStmt : Stmt {
  RPY_STMT(Assign)
  std::vector<ExprPtr> targets;
  ExprPtr value;
};

struct AugAssignStmt : Stmt {
  RPY_STMT(AugAssign)
  ExprPtr target;
  BinOpKind op = BinOpKind::Add;
  ExprPtr value;
};

/// x: T = value (value may be nullptr).
struct AnnAssignStmt : Stmt {
  RPY_STMT(AnnAssign)
  ExprPtr target;
  ExprPtr annotation;
  ExprPtr value;
};

struct ForStmt : Stmt {
  RPY_STMT(For)
  ExprPtr target;
  ExprPtr iter;
  StmtList body;
  StmtList orelse;
  bool isAsync = false;
};

struct WhileStmt : Stmt {
  RPY_STMT(While)
  ExprPtr test;
  StmtList body;
  StmtList orelse;
};

/// elif chains are nested IfStmt in orelse, as in CPython.
struct IfStmt : Stmt {
  RPY_STMT(If)
  ExprPtr test;
  StmtList body;
  StmtList orelse;
};

struct WithItem {
  ExprPtr contextExpr;
  ExprPtr optionalVars; // may be nullptr
};

struct WithStmt : Stmt {
  RPY_STMT(With)
  std::vector<WithItem> items;
  StmtList body;
  bool isAsync = false;
};

struct RaiseStmt : Stmt {
  RPY_STMT(Raise)
  ExprPtr exc;   // nullptr for a bare `raise`
  ExprPtr cause; // `from cause`, may be nullptr
};

/// `except type as name:`; type nullptr for a bare except.
struct ExceptHandler {
  Loc loc;
  ExprPtr type;
  std::string name; // empty when there is no `as`
  StmtList body;
};

struct TryStmt : Stmt {
  RPY_STMT(Try)
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse;
  StmtList finalbody;
};

struct AssertStmt : Stmt {
  RPY_STMT(Assert)
  ExprPtr test;
  ExprPtr msg; // may be nullptr
};

/// `import a.b.c as d`: name "a.b.c", asname "d" (empty if none).
struct Alias {
  Loc loc;
  std::string name;
  std::string asname;
};

struct ImportStmt : Stmt {
  RPY_STMT(Import)
  std::vector<Alias> names;
};

/// `from ..mod import a as b`: module "mod" (may be empty), level 2.
/// `from m import *` has a single alias named "*".
struct ImportFromStmt : Stmt {
  RPY_STMT(ImportFrom)
  std::string module;
  std::vector<Alias> names;
  int level = 0;
};

struct GlobalStmt : Stmt {
  RPY_STMT(Global)
  std::vector<std::string> names;
};

struct NonlocalStmt : Stmt {
  RPY_STMT(Nonlocal)
  std::vector<std::string> names;
};

struct ExprStmtStmt : Stmt {
  RPY_STMT(ExprStmt)
  ExprPtr value;
};

struct PassStmt : Stmt {
  RPY_STMT(Pass)
};

struct BreakStmt : Stmt {
  RPY_STMT(Break)
};

struct ContinueStmt : Stmt {
  RPY_STMT(Continue)
};

#undef RPY_STMT

/// A parsed source file. Owns its text so that every Loc stays valid.
struct Module {
  std::unique_ptr<SourceFile> source;
  StmtList body;
};

} // namespace rpy::frontend

#endif // RPY_FRONTEND_AST_H
