//===- Eval.cpp - Import-time evaluator: expressions ----------------------===//
//
// Expressions return an object, or nullptr with a pending exception. Each
// kind is a small function so that deep import-time recursion (a recursive
// factory, say) costs little C++ stack per Python frame.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/InterpreterImpl.h"

using namespace rpy::frontend;

namespace {
/// Parses an integer literal's text (with 0x/0o/0b prefixes and
/// underscores) into 128 bits; false when it does not fit.
bool parseIntLiteral(const std::string &text, __int128 &out) {
  std::string digits;
  for (char c : text)
    if (c != '_')
      digits += c;
  unsigned base = 10;
  size_t i = 0;
  if (digits.size() > 1 && digits[0] == '0') {
    char p = digits[1] | 0x20;
    if (p == 'x')
      base = 16, i = 2;
    else if (p == 'o')
      base = 8, i = 2;
    else if (p == 'b')
      base = 2, i = 2;
  }
  unsigned __int128 value = 0;
  const unsigned __int128 limit = ((unsigned __int128)1 << 127) - 1;
  for (; i < digits.size(); ++i) {
    char c = digits[i] | 0x20;
    unsigned d = c >= 'a' ? c - 'a' + 10 : (unsigned)(digits[i] - '0');
    if (d >= base)
      return false;
    if (value > (limit - d) / base)
      return false;
    value = value * base + d;
  }
  out = (__int128)value;
  return true;
}
} // namespace

Object *Interpreter::eval(Frame &frame, const Expr &expr) {
  return evalInner(frame, expr);
}

namespace rpy::frontend {
/// The per-kind expression evaluators; friends of Interpreter through
/// ExecVisitor so they can reach its private helpers.
class ExecVisitor {
public:
  static Object *displayItems(Interpreter &in, Frame &frame,
                              const std::vector<ExprPtr> &elts,
                              std::vector<Object *> &out) {
    for (const ExprPtr &elt : elts) {
      if (auto *star = dyn_cast<StarredExpr>(elt.get())) {
        Object *value = in.eval(frame, *star->value);
        if (!value || !in.unpackIterable(value, out, elt->loc))
          return nullptr;
        continue;
      }
      Object *value = in.eval(frame, *elt);
      if (!value)
        return nullptr;
      out.push_back(value);
    }
    return in.space.none();
  }

  static Object *dict(Interpreter &in, Frame &frame, const DictExpr &e) {
    DictObject *dict = in.space.newDict();
    for (size_t i = 0; i < e.keys.size(); ++i) {
      if (!e.keys[i]) {
        Object *other = in.eval(frame, *e.values[i]);
        if (!other)
          return nullptr;
        auto *src = dyn_cast<DictObject>(other);
        if (!src)
          return in.raise(in.space.typeErrorClass,
                          "'" + typeName(other) + "' object is not a mapping",
                          e.values[i]->loc);
        if (!in.dictMerge(dict, src, e.values[i]->loc))
          return nullptr;
        continue;
      }
      Object *key = in.eval(frame, *e.keys[i]);
      if (!key)
        return nullptr;
      Object *value = in.eval(frame, *e.values[i]);
      if (!value)
        return nullptr;
      if (!in.dictStore(dict, key, value, e.keys[i]->loc))
        return nullptr;
    }
    return dict;
  }

  static Object *boolOp(Interpreter &in, Frame &frame, const BoolOpExpr &e) {
    Object *value = nullptr;
    for (const ExprPtr &operand : e.values) {
      value = in.eval(frame, *operand);
      if (!value)
        return nullptr;
      int truth = in.isTrue(value);
      if (truth < 0)
        return nullptr;
      if ((e.op == BoolOpKind::And) != (truth == 1))
        return value;
    }
    return value;
  }

  static Object *compare(Interpreter &in, Frame &frame, const CompareExpr &e) {
    Object *left = in.eval(frame, *e.left);
    if (!left)
      return nullptr;
    Object *result = in.space.trueObject();
    for (size_t i = 0; i < e.ops.size(); ++i) {
      Object *right = in.eval(frame, *e.comparators[i]);
      if (!right)
        return nullptr;
      result = in.compare(e.ops[i], left, right, e.loc);
      if (!result)
        return nullptr;
      if (i + 1 < e.ops.size()) {
        int truth = in.isTrue(result);
        if (truth < 0)
          return nullptr;
        if (!truth)
          return result;
      }
      left = right;
    }
    return result;
  }

  static Object *slice(Interpreter &in, Frame &frame, const SliceExpr &e) {
    Object *parts[3] = {in.space.none(), in.space.none(), in.space.none()};
    const Expr *exprs[3] = {e.lower.get(), e.upper.get(), e.step.get()};
    for (int i = 0; i < 3; ++i)
      if (exprs[i] && !(parts[i] = in.eval(frame, *exprs[i])))
        return nullptr;
    return in.space.make<SliceObject>(parts[0], parts[1], parts[2]);
  }

  static Object *intLiteral(Interpreter &in, const IntExpr &e) {
    if (!e.overflowsSigned)
      return in.space.newInt(e.value);
    if (!e.tooBig)
      return in.space.newInt128((__int128)e.bigValue);
    __int128 value;
    if (!parseIntLiteral(e.text, value))
      return in.fatal("integer literal " + e.text +
                          " is too large for the translator",
                      e.loc);
    return in.space.newInt128(value);
  }

  static Object *joinedStr(Interpreter &in, Frame &frame,
                           const JoinedStrExpr &e) {
    std::string out;
    for (const ExprPtr &part : e.values) {
      if (auto *s = dyn_cast<StrExpr>(part.get())) {
        out += s->value;
        continue;
      }
      auto *fv = dyn_cast<FormattedValueExpr>(part.get());
      if (!fv) {
        Object *value = in.eval(frame, *part);
        if (!value)
          return nullptr;
        std::string text;
        if (!in.strOf(value, text, part->loc))
          return nullptr;
        out += text;
        continue;
      }
      Object *value = in.eval(frame, *fv->value);
      if (!value)
        return nullptr;
      if (fv->conversion) {
        std::string text;
        bool ok = fv->conversion == 's' ? in.strOf(value, text, fv->loc)
                                        : in.reprOf(value, text, fv->loc);
        if (!ok)
          return nullptr;
        value = in.space.newStr(std::move(text));
      }
      std::string spec;
      if (fv->formatSpec) {
        Object *specObj = in.eval(frame, *fv->formatSpec);
        if (!specObj)
          return nullptr;
        spec = frontend::str(specObj);
      }
      std::string text;
      if (!formatWithSpec(in, value, spec, text, fv->loc))
        return nullptr;
      out += text;
    }
    if (!in.chargeBytes(out.size(), e.loc))
      return nullptr;
    return in.space.newStr(std::move(out));
  }

  static Object *subscript(Interpreter &in, Frame &frame,
                           const SubscriptExpr &e) {
    Object *value = in.eval(frame, *e.value);
    if (!value)
      return nullptr;
    Object *index = in.eval(frame, *e.index);
    if (!index)
      return nullptr;
    return in.getItem(value, index, e.loc);
  }

  static Object *attribute(Interpreter &in, Frame &frame,
                           const AttributeExpr &e) {
    Object *value = in.eval(frame, *e.value);
    if (!value)
      return nullptr;
    return in.getAttr(value, e.attr, e.loc);
  }

  static Object *ifExp(Interpreter &in, Frame &frame, const IfExpExpr &e) {
    Object *test = in.eval(frame, *e.test);
    if (!test)
      return nullptr;
    int truth = in.isTrue(test);
    if (truth < 0)
      return nullptr;
    return in.eval(frame, truth ? *e.body : *e.orelse);
  }
};
} // namespace rpy::frontend

Object *Interpreter::evalInner(Frame &frame, const Expr &expr) {
  switch (expr.kind) {
  case ExprKind::Name:
    return loadName(frame, cast<NameExpr>(&expr)->id, expr.loc);
  case ExprKind::Int:
    return ExecVisitor::intLiteral(*this, *cast<IntExpr>(&expr));
  case ExprKind::Float:
    if (cast<FloatExpr>(&expr)->imaginary)
      return fatal("complex numbers are not RPython", expr.loc);
    return space.newFloat(cast<FloatExpr>(&expr)->value);
  case ExprKind::Str:
    return space.newStr(cast<StrExpr>(&expr)->value);
  case ExprKind::Bytes:
    return space.newBytes(cast<BytesExpr>(&expr)->value);
  case ExprKind::NameConst:
    switch (cast<NameConstExpr>(&expr)->value) {
    case NameConstKind::None:
      return space.none();
    case NameConstKind::True:
      return space.trueObject();
    case NameConstKind::False:
      return space.falseObject();
    case NameConstKind::Ellipsis:
      return space.ellipsis();
    }
    return space.none();
  case ExprKind::JoinedStr:
    return ExecVisitor::joinedStr(*this, frame, *cast<JoinedStrExpr>(&expr));
  case ExprKind::FormattedValue: {
    Object *value = eval(frame, *cast<FormattedValueExpr>(&expr)->value);
    if (!value)
      return nullptr;
    std::string text;
    if (!strOf(value, text, expr.loc))
      return nullptr;
    return space.newStr(std::move(text));
  }
  case ExprKind::BinOp: {
    auto *e = cast<BinOpExpr>(&expr);
    Object *left = eval(frame, *e->left);
    if (!left)
      return nullptr;
    Object *right = eval(frame, *e->right);
    if (!right)
      return nullptr;
    return binaryOp(e->op, left, right, expr.loc);
  }
  case ExprKind::UnaryOp: {
    auto *e = cast<UnaryOpExpr>(&expr);
    Object *operand = eval(frame, *e->operand);
    if (!operand)
      return nullptr;
    return unaryOp(e->op, operand, expr.loc);
  }
  case ExprKind::BoolOp:
    return ExecVisitor::boolOp(*this, frame, *cast<BoolOpExpr>(&expr));
  case ExprKind::Compare:
    return ExecVisitor::compare(*this, frame, *cast<CompareExpr>(&expr));
  case ExprKind::Call:
    return evalCall(frame, *cast<CallExpr>(&expr));
  case ExprKind::Attribute:
    return ExecVisitor::attribute(*this, frame, *cast<AttributeExpr>(&expr));
  case ExprKind::Subscript:
    return ExecVisitor::subscript(*this, frame, *cast<SubscriptExpr>(&expr));
  case ExprKind::Slice:
    return ExecVisitor::slice(*this, frame, *cast<SliceExpr>(&expr));
  case ExprKind::Tuple: {
    std::vector<Object *> items;
    if (!ExecVisitor::displayItems(*this, frame, cast<TupleExpr>(&expr)->elts,
                                   items))
      return nullptr;
    return space.newTuple(std::move(items));
  }
  case ExprKind::List: {
    std::vector<Object *> items;
    if (!ExecVisitor::displayItems(*this, frame, cast<ListExpr>(&expr)->elts,
                                   items))
      return nullptr;
    return space.newList(std::move(items));
  }
  case ExprKind::Set:
    return evalSetDisplay(frame, *cast<SetExpr>(&expr));
  case ExprKind::Dict:
    return ExecVisitor::dict(*this, frame, *cast<DictExpr>(&expr));
  case ExprKind::ListComp:
  case ExprKind::SetComp:
  case ExprKind::DictComp:
  case ExprKind::GeneratorExp:
    return evalComprehension(frame, expr);
  case ExprKind::IfExp:
    return ExecVisitor::ifExp(*this, frame, *cast<IfExpExpr>(&expr));
  case ExprKind::Lambda:
    return makeFunction(frame, nullptr, cast<LambdaExpr>(&expr), expr.loc);
  case ExprKind::Starred:
    return fatal("can't use starred expression here", expr.loc);
  case ExprKind::Yield:
    return fatal("'yield' is not RPython", expr.loc);
  case ExprKind::YieldFrom:
    return fatal("'yield from' is not RPython", expr.loc);
  case ExprKind::Await:
    return fatal("'await' is not RPython", expr.loc);
  case ExprKind::NamedExpr:
    return fatal("':=' is not RPython", expr.loc);
  }
  return fatal("unknown expression", expr.loc);
}

Object *Interpreter::evalCall(Frame &frame, const CallExpr &expr) {
  Object *callee = eval(frame, *expr.func);
  if (!callee)
    return nullptr;
  if (expr.args.empty() && expr.keywords.empty() &&
      callee == builtinsMod->globals.get("super"))
    return superObject(frame, expr);
  CallArgs args;
  args.loc = expr.loc;
  for (const ExprPtr &arg : expr.args) {
    if (auto *star = dyn_cast<StarredExpr>(arg.get())) {
      Object *value = eval(frame, *star->value);
      if (!value || !unpackIterable(value, args.args, arg->loc))
        return nullptr;
      continue;
    }
    Object *value = eval(frame, *arg);
    if (!value)
      return nullptr;
    args.args.push_back(value);
  }
  for (const Keyword &kw : expr.keywords) {
    Object *value = eval(frame, *kw.value);
    if (!value)
      return nullptr;
    if (!kw.name.empty()) {
      args.kwargs.emplace_back(kw.name, value);
      continue;
    }
    auto *dict = dyn_cast<DictObject>(value);
    if (!dict)
      return raise(space.typeErrorClass,
                   "argument after ** must be a mapping, not " +
                       typeName(value),
                   kw.loc);
    for (const auto &entry : dict->items()) {
      auto *key = dyn_cast<StrObject>(entry.key);
      if (!key)
        return raise(space.typeErrorClass, "keywords must be strings", kw.loc);
      args.kwargs.emplace_back(key->value, entry.value);
    }
  }
  return call(callee, args);
}

Object *Interpreter::superObject(Frame &frame, const CallExpr &expr) {
  auto cell = frame.cells.find("__class__");
  if (!frame.func || cell == frame.cells.end() || !cell->second->value)
    return raise(space.runtimeErrorClass, "super(): __class__ cell not found",
                 expr.loc);
  const ScopeInfo *scope = frame.scope;
  if (scope->params.empty())
    return raise(space.runtimeErrorClass, "super(): no arguments", expr.loc);
  const std::string &first = scope->params[0];
  Object *self = nullptr;
  auto fast = frame.fast.find(first);
  if (fast != frame.fast.end())
    self = fast->second;
  else if (auto c = frame.cells.find(first); c != frame.cells.end())
    self = c->second->value;
  if (!self)
    return raise(space.runtimeErrorClass, "super(): arg[0] deleted", expr.loc);
  return call(builtinsMod->globals.get("super"), {cell->second->value, self},
              expr.loc);
}

Object *Interpreter::evalComprehension(Frame &frame, const Expr &expr) {
  const std::vector<Comprehension> *generators = nullptr;
  const Expr *elt = nullptr, *value = nullptr;
  const char *kindName = "<listcomp>";
  switch (expr.kind) {
  case ExprKind::ListComp:
    generators = &cast<ListCompExpr>(&expr)->generators;
    elt = cast<ListCompExpr>(&expr)->elt.get();
    break;
  case ExprKind::SetComp:
    generators = &cast<SetCompExpr>(&expr)->generators;
    elt = cast<SetCompExpr>(&expr)->elt.get();
    kindName = "<setcomp>";
    break;
  case ExprKind::DictComp:
    generators = &cast<DictCompExpr>(&expr)->generators;
    elt = cast<DictCompExpr>(&expr)->key.get();
    value = cast<DictCompExpr>(&expr)->value.get();
    kindName = "<dictcomp>";
    break;
  default:
    generators = &cast<GeneratorExpExpr>(&expr)->generators;
    elt = cast<GeneratorExpExpr>(&expr)->elt.get();
    kindName = "<genexpr>";
    break;
  }
  const ScopeInfo *scope = scopeOf(&expr);
  if (!scope || generators->empty())
    return fatal("internal error: comprehension has no scope", expr.loc);
  for (const Comprehension &gen : *generators)
    if (gen.isAsync)
      return fatal("asynchronous comprehensions are not RPython", expr.loc);

  // The outermost iterable is evaluated in the enclosing scope.
  Object *first = evalIterable(frame, *(*generators)[0].iter);
  if (!first)
    return nullptr;
  Object *firstIter = getIter(first, (*generators)[0].iter->loc);
  if (!firstIter)
    return nullptr;

  Frame inner;
  inner.scope = scope;
  inner.module = frame.module;
  inner.qualPrefix = frame.qualPrefix + kindName + ".";
  for (const std::string &name : scope->cells)
    inner.cells[name] = space.newCell();
  for (const std::string &name : scope->frees) {
    CellObject *&cell = frame.cells[name];
    if (!cell)
      cell = space.newCell();
    inner.cells[name] = cell;
  }
  FrameScope pushed(frames, &inner);

  std::vector<Object *> items;
  DictObject *dict =
      expr.kind == ExprKind::DictComp ? space.newDict() : nullptr;
  SetObject *set = expr.kind == ExprKind::SetComp ? space.newSet() : nullptr;

  // An explicit stack of iterators, one per `for` clause.
  std::vector<Object *> iters{firstIter};
  while (!iters.empty()) {
    size_t level = iters.size() - 1;
    const Comprehension &gen = (*generators)[level];
    Object *item = iterNext(iters.back(), gen.iter->loc);
    if (!item) {
      if (excValue)
        return nullptr;
      iters.pop_back();
      continue;
    }
    if (!step(expr.loc) || !assign(inner, *gen.target, item))
      return nullptr;
    bool accepted = true;
    for (const ExprPtr &cond : gen.ifs) {
      Object *test = eval(inner, *cond);
      if (!test)
        return nullptr;
      int truth = isTrue(test);
      if (truth < 0)
        return nullptr;
      if (!truth) {
        accepted = false;
        break;
      }
    }
    if (!accepted)
      continue;
    if (level + 1 < generators->size()) {
      const Comprehension &next = (*generators)[level + 1];
      Object *iterable = evalIterable(inner, *next.iter);
      if (!iterable)
        return nullptr;
      Object *iter = getIter(iterable, next.iter->loc);
      if (!iter)
        return nullptr;
      iters.push_back(iter);
      continue;
    }
    Object *element = eval(inner, *elt);
    if (!element)
      return nullptr;
    if (dict) {
      Object *v = eval(inner, *value);
      if (!v)
        return nullptr;
      if (!dictStore(dict, element, v, elt->loc))
        return nullptr;
    } else if (set) {
      if (!setAdd(set, element, elt->loc))
        return nullptr;
    } else {
      items.push_back(element);
    }
  }
  if (dict)
    return dict;
  if (set)
    return set;
  if (expr.kind == ExprKind::ListComp)
    return space.newList(std::move(items));
  // Generator expressions are evaluated eagerly at import time.
  auto *iter = space.make<IteratorObject>();
  iter->items = std::move(items);
  return iter;
}

//===----------------------------------------------------------------------===//
// Set displays
//
// CPython's compiler turns some set displays into frozensets built at
// compile time, which changes the slot layout (and so the iteration order)
// of the set that results. These follow CPython 3.11's AST optimizer
// (Python/ast_opt.c) and code generator.
//===----------------------------------------------------------------------===//

namespace {
// Python/ast_opt.c's limits on the constants it folds.
constexpr unsigned MaxFoldedIntBits = 128;
constexpr int64_t MaxFoldedCollection = 256;
constexpr int64_t MaxFoldedString = 4096;
constexpr int64_t MaxFoldedItems = 1024;

/// _PyLong_NumBits: bits of the magnitude.
unsigned bitLength(__int128 v) {
  unsigned __int128 m =
      v < 0 ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
  unsigned bits = 0;
  for (; m; m >>= 1)
    ++bits;
  return bits;
}

/// ast_opt.c's check_complexity: `limit` less the items of nested tuples.
int64_t remainingComplexity(const Object *obj, int64_t limit) {
  auto *tuple = dyn_cast<TupleObject>(obj);
  if (!tuple)
    return limit;
  limit -= (int64_t)tuple->items.size();
  for (size_t i = 0; limit >= 0 && i < tuple->items.size(); ++i)
    limit = remainingComplexity(tuple->items[i], limit);
  return limit;
}

/// ast_opt.c's safe_multiply limits for `count * sequence`.
bool repeatFolds(__int128 count, const Object *sequence) {
  if (auto *tuple = dyn_cast<TupleObject>(sequence)) {
    int64_t size = (int64_t)tuple->items.size();
    if (!size)
      return true;
    if (count < 0 || count > MaxFoldedCollection / size)
      return false;
    return !count ||
           remainingComplexity(tuple, MaxFoldedItems / (int64_t)count) >= 0;
  }
  int64_t size = -1;
  if (auto *s = dyn_cast<StrObject>(sequence))
    size = (int64_t)codePointCount(s->value);
  else if (auto *b = dyn_cast<BytesObject>(sequence))
    size = (int64_t)b->value.size();
  if (size <= 0)
    return true;
  return count >= 0 && count <= MaxFoldedString / size;
}
} // namespace

bool Interpreter::foldedBinOpInLimits(Frame &frame, const BinOpExpr &expr) {
  if (expr.op == BinOpKind::MatMul)
    return false;
  // Constant operands: evaluating them again has no effect.
  Object *left = eval(frame, *expr.left);
  Object *right = left ? eval(frame, *expr.right) : nullptr;
  if (!right) {
    // Not folded; evaluating the display raises the error again.
    if (!pendingIsFatal())
      clearException();
    return false;
  }
  __int128 a = 0, b = 0;
  bool leftInt = isIntLike(left) && intLikeValue(left, a);
  bool rightInt = isIntLike(right) && intLikeValue(right, b);
  switch (expr.op) {
  case BinOpKind::Mul:
    if (leftInt && rightInt)
      return !a || !b || bitLength(a) + bitLength(b) <= MaxFoldedIntBits;
    if (leftInt)
      return repeatFolds(a, right);
    if (rightInt)
      return repeatFolds(b, left);
    return true;
  case BinOpKind::Pow:
    if (leftInt && rightInt && a && b > 0)
      return bitLength(a) <= MaxFoldedIntBits / (unsigned __int128)b;
    return true;
  case BinOpKind::LShift:
    if (leftInt && rightInt && a && b)
      return b > 0 && b <= MaxFoldedIntBits &&
             bitLength(a) <= MaxFoldedIntBits - (unsigned)b;
    return true;
  case BinOpKind::Mod:
    // `'%d' % x` is never folded (3.11 turns some into f-strings).
    return !isa<StrObject, BytesObject>(left);
  default:
    return true;
  }
}

bool Interpreter::foldsToConstant(Frame &frame, const Expr &expr) {
  switch (expr.kind) {
  case ExprKind::Int:
  case ExprKind::Float:
  case ExprKind::Str:
  case ExprKind::Bytes:
  case ExprKind::NameConst:
    return true;
  case ExprKind::Name:
    return cast<NameExpr>(&expr)->id == "__debug__";
  case ExprKind::Tuple:
    for (const ExprPtr &elt : cast<TupleExpr>(&expr)->elts)
      if (!foldsToConstant(frame, *elt))
        return false;
    return true;
  case ExprKind::UnaryOp:
    return foldsToConstant(frame, *cast<UnaryOpExpr>(&expr)->operand);
  case ExprKind::BinOp: {
    auto &binOp = *cast<BinOpExpr>(&expr);
    return foldsToConstant(frame, *binOp.left) &&
           foldsToConstant(frame, *binOp.right) &&
           foldedBinOpInLimits(frame, binOp);
  }
  case ExprKind::Subscript: {
    auto &sub = *cast<SubscriptExpr>(&expr);
    return foldsToConstant(frame, *sub.value) &&
           foldsToConstant(frame, *sub.index);
  }
  default:
    return false;
  }
}

SetObject *Interpreter::compileTimeFrozenSet(const std::vector<Object *> &items,
                                             Loc loc) {
  // PyFrozenSet_New of the tuple of constants...
  SetObject *built = space.newSet();
  for (Object *item : items)
    if (!setAdd(built, item, loc))
      return nullptr;
  // ...which the compiler's merge_consts_recursive builds again from its
  // own slot order.
  SetObject *rebuilt = space.newSet();
  std::vector<SetTable::Item> slotItems = built->table.slotItems();
  uint64_t first = rebuilt->table.reserveOrder(slotItems.size());
  KeyEquality eq = keyEquality(loc);
  for (const SetTable::Item &item : slotItems)
    if (rebuilt->table.add(item.key, item.hash, item.stable, eq,
                           first + item.rank) < 0)
      return nullptr;
  return rebuilt;
}

Object *Interpreter::evalSetDisplay(Frame &frame, const SetExpr &expr) {
  const std::vector<ExprPtr> &elts = expr.elts;
  bool constant = elts.size() > 2;
  for (size_t i = 0; constant && i < elts.size(); ++i)
    constant = foldsToConstant(frame, *elts[i]);
  // Elements are added when BUILD_SET (all elements up to the first
  // starred one), SET_UPDATE (a starred one) or SET_ADD (after it) runs.
  std::vector<Object *> pending;
  bool seenStar = false;
  SetObject *set = space.newSet();
  auto flush = [&] {
    for (Object *item : pending)
      if (!setAdd(set, item, expr.loc))
        return false;
    pending.clear();
    return true;
  };
  for (const ExprPtr &elt : elts) {
    if (auto *star = dyn_cast<StarredExpr>(elt.get())) {
      Object *value = eval(frame, *star->value);
      if (!value || !flush() || !setUpdate(set, value, elt->loc))
        return nullptr;
      seenStar = true;
      continue;
    }
    Object *value = eval(frame, *elt);
    if (!value)
      return nullptr;
    pending.push_back(value);
    if (seenStar && !flush())
      return nullptr;
  }
  if (!constant)
    return flush() ? set : nullptr;
  // More than two constants: set().update(<frozenset constant>).
  SetObject *frozen = compileTimeFrozenSet(pending, expr.loc);
  return frozen && setUpdate(set, frozen, expr.loc) ? set : nullptr;
}

Object *Interpreter::evalIterable(Frame &frame, const Expr &expr) {
  // The optimizer's fold_iter: a set display of constants that is iterated
  // is the frozenset constant itself, whatever its size.
  auto *display = dyn_cast<SetExpr>(&expr);
  if (!display)
    return eval(frame, expr);
  for (const ExprPtr &elt : display->elts)
    if (!foldsToConstant(frame, *elt))
      return eval(frame, expr);
  std::vector<Object *> items;
  for (const ExprPtr &elt : display->elts) {
    Object *value = eval(frame, *elt);
    if (!value)
      return nullptr;
    items.push_back(value);
  }
  return compileTimeFrozenSet(items, expr.loc);
}
