//===- ASTDump.cpp - Printing the AST for tests ---------------------------===//
//
// The format is documented in ASTDump.h. Recursion follows the tree, whose
// height the parser bounds (kMaxParseDepth).
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/ASTDump.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace rpy::frontend {

namespace {

const char *binOpName(BinOpKind op) {
  switch (op) {
  case BinOpKind::Add:
    return "Add";
  case BinOpKind::Sub:
    return "Sub";
  case BinOpKind::Mul:
    return "Mult";
  case BinOpKind::MatMul:
    return "MatMult";
  case BinOpKind::Div:
    return "Div";
  case BinOpKind::FloorDiv:
    return "FloorDiv";
  case BinOpKind::Mod:
    return "Mod";
  case BinOpKind::Pow:
    return "Pow";
  case BinOpKind::LShift:
    return "LShift";
  case BinOpKind::RShift:
    return "RShift";
  case BinOpKind::BitOr:
    return "BitOr";
  case BinOpKind::BitXor:
    return "BitXor";
  case BinOpKind::BitAnd:
    return "BitAnd";
  }
  return "?";
}

const char *unaryOpName(UnaryOpKind op) {
  switch (op) {
  case UnaryOpKind::Not:
    return "Not";
  case UnaryOpKind::Neg:
    return "USub";
  case UnaryOpKind::Pos:
    return "UAdd";
  case UnaryOpKind::Invert:
    return "Invert";
  }
  return "?";
}

const char *cmpOpName(CmpOpKind op) {
  switch (op) {
  case CmpOpKind::Eq:
    return "Eq";
  case CmpOpKind::NotEq:
    return "NotEq";
  case CmpOpKind::Lt:
    return "Lt";
  case CmpOpKind::LtE:
    return "LtE";
  case CmpOpKind::Gt:
    return "Gt";
  case CmpOpKind::GtE:
    return "GtE";
  case CmpOpKind::Is:
    return "Is";
  case CmpOpKind::IsNot:
    return "IsNot";
  case CmpOpKind::In:
    return "In";
  case CmpOpKind::NotIn:
    return "NotIn";
  }
  return "?";
}

std::string ctxSuffix(ExprContext ctx) {
  switch (ctx) {
  case ExprContext::Load:
    return "";
  case ExprContext::Store:
    return " Store";
  case ExprContext::Del:
    return " Del";
  }
  return "";
}

/// Python's repr of a float: the shortest digits that read back as the same
/// double, in fixed notation for exponents from -4 to 15 and in scientific
/// notation otherwise (1e+16, 1.5e-05).
std::string formatDouble(double value) {
  if (std::isnan(value))
    return "nan";
  if (std::isinf(value))
    return value < 0 ? "-inf" : "inf";
  char buf[64];
  for (int precision = 0; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*e", precision, value);
    if (std::strtod(buf, nullptr) == value)
      break;
  }
  // buf is "[-]d[.ddd]e[+-]XX".
  std::string s = buf;
  std::string sign = s[0] == '-' ? "-" : "";
  if (!sign.empty())
    s.erase(0, 1);
  size_t e = s.find('e');
  int exponent = std::atoi(s.c_str() + e + 1);
  std::string digits;
  for (size_t i = 0; i < e; ++i)
    if (s[i] != '.')
      digits += s[i];
  while (digits.size() > 1 && digits.back() == '0')
    digits.pop_back();
  if (exponent < -4 || exponent >= 16) {
    std::string mantissa = digits.substr(0, 1);
    if (digits.size() > 1)
      mantissa += "." + digits.substr(1);
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+',
                  exponent < 0 ? -exponent : exponent);
    return sign + mantissa + exp;
  }
  if (exponent < 0)
    return sign + "0." + std::string(-exponent - 1, '0') + digits;
  size_t intDigits = static_cast<size_t>(exponent) + 1;
  if (digits.size() <= intDigits)
    return sign + digits + std::string(intDigits - digits.size(), '0') + ".0";
  return sign + digits.substr(0, intDigits) + "." + digits.substr(intDigits);
}

class Dumper {
public:
  explicit Dumper(int indent) : indent(indent) {}

  std::string take() { return std::move(out); }

  void expr(const Expr *e);
  void stmt(const Stmt *s);
  void module(const Module &m);

private:
  void open(const std::string &header) {
    if (!out.empty())
      out += '\n';
    out.append(indent, ' ');
    out += '(';
    out += header;
    indent += 2;
  }
  void close() {
    out += ')';
    indent -= 2;
  }
  void leaf(const std::string &header) {
    open(header);
    close();
  }
  static std::string at(const Loc &loc) {
    return "@" + std::to_string(loc.line) + ":" + std::to_string(loc.col);
  }
  /// `(label child)` for an optional child.
  void labeled(const char *label, const Expr *e) {
    if (!e)
      return;
    open(label);
    expr(e);
    close();
  }
  void exprs(const std::vector<ExprPtr> &list) {
    for (const ExprPtr &e : list)
      expr(e.get());
  }
  void block(const char *label, const StmtList &body) {
    if (body.empty())
      return;
    open(label);
    for (const StmtPtr &s : body)
      stmt(s.get());
    close();
  }
  void keywords(const std::vector<Keyword> &kws) {
    for (const Keyword &k : kws) {
      open("keyword " + (k.name.empty() ? std::string("**") : k.name) + " " +
           at(k.loc));
      expr(k.value.get());
      close();
    }
  }
  void comprehensions(const std::vector<Comprehension> &gens) {
    for (const Comprehension &c : gens) {
      open(c.isAsync ? "for async" : "for");
      expr(c.target.get());
      expr(c.iter.get());
      for (const ExprPtr &cond : c.ifs)
        labeled("if", cond.get());
      close();
    }
  }
  void arg(const char *kind, const Arg &a, const Expr *def) {
    std::string header = kind;
    header += " " + a.name + " " + at(a.loc);
    if (!a.annotation && !def) {
      leaf(header);
      return;
    }
    open(header);
    labeled("annotation", a.annotation.get());
    labeled("default", def);
    close();
  }
  void arguments(const Arguments &args) {
    size_t positional = args.posonly.size() + args.args.size();
    if (positional == 0 && !args.vararg && args.kwonly.empty() && !args.kwarg)
      return;
    open("args");
    // defaults belong to the last positional parameters.
    size_t firstDefault =
        positional - std::min(positional, args.defaults.size());
    auto defaultFor = [&](size_t index) -> const Expr * {
      if (index < firstDefault)
        return nullptr;
      return args.defaults[index - firstDefault].get();
    };
    size_t index = 0;
    for (const Arg &a : args.posonly)
      arg("arg posonly", a, defaultFor(index++));
    for (const Arg &a : args.args)
      arg("arg", a, defaultFor(index++));
    if (args.vararg)
      arg("vararg", *args.vararg, nullptr);
    for (size_t k = 0; k < args.kwonly.size(); ++k)
      arg("kwonly", args.kwonly[k],
          k < args.kwDefaults.size() ? args.kwDefaults[k].get() : nullptr);
    if (args.kwarg)
      arg("kwarg", *args.kwarg, nullptr);
    close();
  }

  std::string out;
  int indent;
};

void Dumper::expr(const Expr *e) {
  if (!e) {
    leaf("null");
    return;
  }
  std::string loc = at(e->loc);
  switch (e->kind) {
  case ExprKind::Name: {
    auto *n = cast<NameExpr>(e);
    leaf("Name " + n->id + ctxSuffix(n->ctx) + " " + loc);
    return;
  }
  case ExprKind::Int: {
    auto *i = cast<IntExpr>(e);
    if (i->tooBig)
      leaf("Int " + i->text + " big " + loc);
    else if (i->overflowsSigned)
      leaf("Int " + std::to_string(i->bigValue) + " u64 " + loc);
    else
      leaf("Int " + std::to_string(i->value) + " " + loc);
    return;
  }
  case ExprKind::Float: {
    auto *f = cast<FloatExpr>(e);
    leaf("Float " + formatDouble(f->value) + (f->imaginary ? "j " : " ") + loc);
    return;
  }
  case ExprKind::Str:
    leaf("Str " + quoteString(cast<StrExpr>(e)->value) + " " + loc);
    return;
  case ExprKind::Bytes:
    leaf("Bytes " + quoteString(cast<BytesExpr>(e)->value, true) + " " + loc);
    return;
  case ExprKind::NameConst: {
    const char *names[] = {"None", "True", "False", "Ellipsis"};
    leaf(std::string("NameConst ") +
         names[static_cast<int>(cast<NameConstExpr>(e)->value)] + " " + loc);
    return;
  }
  case ExprKind::JoinedStr:
    open("JoinedStr " + loc);
    exprs(cast<JoinedStrExpr>(e)->values);
    close();
    return;
  case ExprKind::FormattedValue: {
    auto *f = cast<FormattedValueExpr>(e);
    std::string header = "FormattedValue ";
    if (f->conversion) {
      header += '!';
      header += f->conversion;
      header += ' ';
    }
    open(header + loc);
    expr(f->value.get());
    labeled("spec", f->formatSpec.get());
    close();
    return;
  }
  case ExprKind::BinOp: {
    auto *b = cast<BinOpExpr>(e);
    open(std::string("BinOp ") + binOpName(b->op) + " " + loc);
    expr(b->left.get());
    expr(b->right.get());
    close();
    return;
  }
  case ExprKind::UnaryOp: {
    auto *u = cast<UnaryOpExpr>(e);
    open(std::string("UnaryOp ") + unaryOpName(u->op) + " " + loc);
    expr(u->operand.get());
    close();
    return;
  }
  case ExprKind::BoolOp: {
    auto *b = cast<BoolOpExpr>(e);
    open(std::string("BoolOp ") + (b->op == BoolOpKind::And ? "And" : "Or") +
         " " + loc);
    exprs(b->values);
    close();
    return;
  }
  case ExprKind::Compare: {
    auto *c = cast<CompareExpr>(e);
    std::string header = "Compare";
    for (CmpOpKind op : c->ops)
      header += std::string(" ") + cmpOpName(op);
    open(header + " " + loc);
    expr(c->left.get());
    exprs(c->comparators);
    close();
    return;
  }
  case ExprKind::Call: {
    auto *c = cast<CallExpr>(e);
    open("Call " + loc);
    expr(c->func.get());
    exprs(c->args);
    keywords(c->keywords);
    close();
    return;
  }
  case ExprKind::Attribute: {
    auto *a = cast<AttributeExpr>(e);
    open("Attribute " + a->attr + ctxSuffix(a->ctx) + " " + loc);
    expr(a->value.get());
    close();
    return;
  }
  case ExprKind::Subscript: {
    auto *s = cast<SubscriptExpr>(e);
    open("Subscript" + ctxSuffix(s->ctx) + " " + loc);
    expr(s->value.get());
    expr(s->index.get());
    close();
    return;
  }
  case ExprKind::Slice: {
    auto *s = cast<SliceExpr>(e);
    if (!s->lower && !s->upper && !s->step) {
      leaf("Slice " + loc);
      return;
    }
    open("Slice " + loc);
    labeled("lower", s->lower.get());
    labeled("upper", s->upper.get());
    labeled("step", s->step.get());
    close();
    return;
  }
  case ExprKind::Tuple: {
    auto *t = cast<TupleExpr>(e);
    open("Tuple" + ctxSuffix(t->ctx) + " " + loc);
    exprs(t->elts);
    close();
    return;
  }
  case ExprKind::List: {
    auto *l = cast<ListExpr>(e);
    open("List" + ctxSuffix(l->ctx) + " " + loc);
    exprs(l->elts);
    close();
    return;
  }
  case ExprKind::Dict: {
    auto *d = cast<DictExpr>(e);
    open("Dict " + loc);
    for (size_t k = 0; k < d->values.size(); ++k) {
      const Expr *key = k < d->keys.size() ? d->keys[k].get() : nullptr;
      if (key) {
        expr(key);
        expr(d->values[k].get());
      } else {
        labeled("unpack", d->values[k].get());
      }
    }
    close();
    return;
  }
  case ExprKind::Set:
    open("Set " + loc);
    exprs(cast<SetExpr>(e)->elts);
    close();
    return;
  case ExprKind::ListComp:
    open("ListComp " + loc);
    expr(cast<ListCompExpr>(e)->elt.get());
    comprehensions(cast<ListCompExpr>(e)->generators);
    close();
    return;
  case ExprKind::SetComp:
    open("SetComp " + loc);
    expr(cast<SetCompExpr>(e)->elt.get());
    comprehensions(cast<SetCompExpr>(e)->generators);
    close();
    return;
  case ExprKind::GeneratorExp:
    open("GeneratorExp " + loc);
    expr(cast<GeneratorExpExpr>(e)->elt.get());
    comprehensions(cast<GeneratorExpExpr>(e)->generators);
    close();
    return;
  case ExprKind::DictComp:
    open("DictComp " + loc);
    expr(cast<DictCompExpr>(e)->key.get());
    expr(cast<DictCompExpr>(e)->value.get());
    comprehensions(cast<DictCompExpr>(e)->generators);
    close();
    return;
  case ExprKind::IfExp: {
    auto *i = cast<IfExpExpr>(e);
    open("IfExp " + loc);
    expr(i->test.get());
    expr(i->body.get());
    expr(i->orelse.get());
    close();
    return;
  }
  case ExprKind::Lambda: {
    auto *l = cast<LambdaExpr>(e);
    open("Lambda " + loc);
    arguments(l->args);
    expr(l->body.get());
    close();
    return;
  }
  case ExprKind::Starred: {
    auto *s = cast<StarredExpr>(e);
    open("Starred" + ctxSuffix(s->ctx) + " " + loc);
    expr(s->value.get());
    close();
    return;
  }
  case ExprKind::Yield: {
    auto *y = cast<YieldExpr>(e);
    if (!y->value) {
      leaf("Yield " + loc);
      return;
    }
    open("Yield " + loc);
    expr(y->value.get());
    close();
    return;
  }
  case ExprKind::YieldFrom:
    open("YieldFrom " + loc);
    expr(cast<YieldFromExpr>(e)->value.get());
    close();
    return;
  case ExprKind::Await:
    open("Await " + loc);
    expr(cast<AwaitExpr>(e)->value.get());
    close();
    return;
  case ExprKind::NamedExpr:
    open("NamedExpr " + loc);
    expr(cast<NamedExprExpr>(e)->target.get());
    expr(cast<NamedExprExpr>(e)->value.get());
    close();
    return;
  }
  leaf("?");
}

void Dumper::stmt(const Stmt *s) {
  std::string loc = at(s->loc);
  switch (s->kind) {
  case StmtKind::FunctionDef: {
    auto *f = cast<FunctionDefStmt>(s);
    open("FunctionDef " + f->name + (f->isAsync ? " async " : " ") + loc);
    if (!f->decorators.empty()) {
      open("decorators");
      exprs(f->decorators);
      close();
    }
    arguments(f->args);
    labeled("returns", f->returns.get());
    block("body", f->body);
    close();
    return;
  }
  case StmtKind::ClassDef: {
    auto *c = cast<ClassDefStmt>(s);
    open("ClassDef " + c->name + " " + loc);
    if (!c->decorators.empty()) {
      open("decorators");
      exprs(c->decorators);
      close();
    }
    if (!c->bases.empty()) {
      open("bases");
      exprs(c->bases);
      close();
    }
    keywords(c->keywords);
    block("body", c->body);
    close();
    return;
  }
  case StmtKind::Return: {
    auto *r = cast<ReturnStmt>(s);
    if (!r->value) {
      leaf("Return " + loc);
      return;
    }
    open("Return " + loc);
    expr(r->value.get());
    close();
    return;
  }
  case StmtKind::Delete:
    open("Delete " + loc);
    exprs(cast<DeleteStmt>(s)->targets);
    close();
    return;
  case StmtKind::Assign: {
    auto *a = cast<AssignStmt>(s);
    open("Assign " + loc);
    exprs(a->targets);
    expr(a->value.get());
    close();
    return;
  }
  case StmtKind::AugAssign: {
    auto *a = cast<AugAssignStmt>(s);
    open(std::string("AugAssign ") + binOpName(a->op) + " " + loc);
    expr(a->target.get());
    expr(a->value.get());
    close();
    return;
  }
  case StmtKind::AnnAssign: {
    auto *a = cast<AnnAssignStmt>(s);
    open("AnnAssign " + loc);
    expr(a->target.get());
    expr(a->annotation.get());
    labeled("value", a->value.get());
    close();
    return;
  }
  case StmtKind::For: {
    auto *f = cast<ForStmt>(s);
    open(std::string("For ") + (f->isAsync ? "async " : "") + loc);
    expr(f->target.get());
    expr(f->iter.get());
    block("body", f->body);
    block("orelse", f->orelse);
    close();
    return;
  }
  case StmtKind::While: {
    auto *w = cast<WhileStmt>(s);
    open("While " + loc);
    expr(w->test.get());
    block("body", w->body);
    block("orelse", w->orelse);
    close();
    return;
  }
  case StmtKind::If: {
    auto *i = cast<IfStmt>(s);
    open("If " + loc);
    expr(i->test.get());
    block("body", i->body);
    block("orelse", i->orelse);
    close();
    return;
  }
  case StmtKind::With: {
    auto *w = cast<WithStmt>(s);
    open(std::string("With ") + (w->isAsync ? "async " : "") + loc);
    for (const WithItem &item : w->items) {
      open("item");
      expr(item.contextExpr.get());
      labeled("as", item.optionalVars.get());
      close();
    }
    block("body", w->body);
    close();
    return;
  }
  case StmtKind::Raise: {
    auto *r = cast<RaiseStmt>(s);
    if (!r->exc) {
      leaf("Raise " + loc);
      return;
    }
    open("Raise " + loc);
    expr(r->exc.get());
    labeled("cause", r->cause.get());
    close();
    return;
  }
  case StmtKind::Try: {
    auto *t = cast<TryStmt>(s);
    open("Try " + loc);
    block("body", t->body);
    for (const ExceptHandler &h : t->handlers) {
      open("ExceptHandler " + (h.name.empty() ? "" : h.name + " ") + at(h.loc));
      if (h.type)
        expr(h.type.get());
      block("body", h.body);
      close();
    }
    block("orelse", t->orelse);
    block("finally", t->finalbody);
    close();
    return;
  }
  case StmtKind::Assert: {
    auto *a = cast<AssertStmt>(s);
    open("Assert " + loc);
    expr(a->test.get());
    labeled("msg", a->msg.get());
    close();
    return;
  }
  case StmtKind::Import:
  case StmtKind::ImportFrom: {
    const std::vector<Alias> *names;
    if (auto *i = dyn_cast<ImportStmt>(s)) {
      open("Import " + loc);
      names = &i->names;
    } else {
      auto *f = cast<ImportFromStmt>(s);
      open("ImportFrom " + std::string(f->level, '.') + f->module + " " + loc);
      names = &f->names;
    }
    for (const Alias &a : *names)
      leaf("alias " + a.name + (a.asname.empty() ? "" : " as " + a.asname) +
           " " + at(a.loc));
    close();
    return;
  }
  case StmtKind::Global:
  case StmtKind::Nonlocal: {
    bool global = s->kind == StmtKind::Global;
    const auto &names =
        global ? cast<GlobalStmt>(s)->names : cast<NonlocalStmt>(s)->names;
    std::string header = global ? "Global" : "Nonlocal";
    for (const std::string &n : names)
      header += " " + n;
    leaf(header + " " + loc);
    return;
  }
  case StmtKind::ExprStmt:
    open("Expr " + loc);
    expr(cast<ExprStmtStmt>(s)->value.get());
    close();
    return;
  case StmtKind::Pass:
    leaf("Pass " + loc);
    return;
  case StmtKind::Break:
    leaf("Break " + loc);
    return;
  case StmtKind::Continue:
    leaf("Continue " + loc);
    return;
  }
  leaf("?");
}

void Dumper::module(const Module &m) {
  open("Module");
  for (const StmtPtr &s : m.body)
    stmt(s.get());
  close();
}

} // namespace

std::string quoteString(const std::string &value, bool isBytes) {
  std::string out = isBytes ? "b\"" : "\"";
  char buf[16];
  for (size_t i = 0; i < value.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(value[i]);
    switch (c) {
    case '\\':
      out += "\\\\";
      continue;
    case '"':
      out += "\\\"";
      continue;
    case '\n':
      out += "\\n";
      continue;
    case '\t':
      out += "\\t";
      continue;
    case '\r':
      out += "\\r";
      continue;
    default:
      break;
    }
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
      continue;
    }
    // Decode a UTF-8 sequence (str only) to print its code point.
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (!isBytes && c >= 0x80 && extra && i + extra < value.size()) {
      uint32_t cp = c & (0x3F >> extra);
      bool ok = true;
      for (int k = 1; k <= extra; ++k) {
        unsigned char cc = static_cast<unsigned char>(value[i + k]);
        ok &= (cc & 0xC0) == 0x80;
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (ok) {
        std::snprintf(buf, sizeof buf, "\\u{%x}", cp);
        out += buf;
        i += extra;
        continue;
      }
    }
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
    out += buf;
  }
  out += '"';
  return out;
}

std::string dumpAST(const Module &module) {
  Dumper d(0);
  d.module(module);
  return d.take() + "\n";
}

std::string dumpExpr(const Expr &expr, int indent) {
  Dumper d(indent);
  d.expr(&expr);
  return d.take();
}

std::string dumpStmt(const Stmt &stmt, int indent) {
  Dumper d(indent);
  d.stmt(&stmt);
  return d.take();
}

} // namespace rpy::frontend
