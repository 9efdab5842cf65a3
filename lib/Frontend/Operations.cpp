//===- Operations.cpp - Python operations on import-time objects ----------===//
//
// Arithmetic, comparison, truth, iteration, attributes and items with
// CPython's semantics and error messages. The flow builder calls these for
// constant folding, so they never record diagnostics.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/InterpreterImpl.h"

#include <cmath>

using namespace rpy::frontend;

namespace {
const char *const binOpSymbols[] = {"+",  "-",  "*",  "@", "/", "//", "%",
                                    "**", "<<", ">>", "|", "^", "&"};
const char *const binOpMethods[] = {
    "__add__",      "__sub__", "__mul__", "__matmul__", "__truediv__",
    "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__",
    "__or__",       "__xor__", "__and__"};
const char *const binOpReflected[] = {
    "__radd__",      "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__",
    "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__",
    "__ror__",       "__rxor__", "__rand__"};
const char *const cmpSymbols[] = {
    "==", "!=", "<", ">", "<=", ">=", "is", "is not", "in", "not in"};
// Indexed by CmpOpKind.
const char *const cmpMethods[] = {"__eq__", "__ne__", "__lt__",
                                  "__le__", "__gt__", "__ge__"};
const char *const cmpReflected[] = {"__eq__", "__ne__", "__gt__",
                                    "__ge__", "__lt__", "__le__"};

int cmpIndex(CmpOpKind op) {
  switch (op) {
  case CmpOpKind::Eq:
    return 0;
  case CmpOpKind::NotEq:
    return 1;
  case CmpOpKind::Lt:
    return 2;
  case CmpOpKind::LtE:
    return 3;
  case CmpOpKind::Gt:
    return 4;
  case CmpOpKind::GtE:
    return 5;
  default:
    return -1;
  }
}

const char *cmpSymbol(CmpOpKind op) { return cmpSymbols[(int)op]; }

/// Bytes at most this large are built at import time; beyond that the
/// program certainly does not mean it (and we must not run out of memory).
constexpr uint64_t MaxSequenceSize = uint64_t(1) << 25;

double floorDivFloat(double vx, double wx, double &modOut) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double floordiv;
  if (div) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5)
      floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  modOut = mod;
  return floordiv;
}
} // namespace

//===----------------------------------------------------------------------===//
// Arithmetic
//===----------------------------------------------------------------------===//

Object *Interpreter::numericBinary(BinOpKind op, Object *left, Object *right,
                                   Loc loc) {
  bool leftFloat = isa<FloatObject>(left), rightFloat = isa<FloatObject>(right);
  __int128 a = 0, b = 0;
  bool leftInt = intLikeValue(left, a), rightInt = intLikeValue(right, b);
  if (!(leftFloat || leftInt) || !(rightFloat || rightInt))
    return space.notImplemented();

  if (leftFloat || rightFloat) {
    double x = leftFloat ? cast<FloatObject>(left)->value : (double)a;
    double y = rightFloat ? cast<FloatObject>(right)->value : (double)b;
    double mod;
    switch (op) {
    case BinOpKind::Add:
      return space.newFloat(x + y);
    case BinOpKind::Sub:
      return space.newFloat(x - y);
    case BinOpKind::Mul:
      return space.newFloat(x * y);
    case BinOpKind::Div:
      if (y == 0)
        return raise(space.zeroDivisionErrorClass, "float division by zero",
                     loc);
      return space.newFloat(x / y);
    case BinOpKind::FloorDiv:
      if (y == 0)
        return raise(space.zeroDivisionErrorClass,
                     "float floor division by zero", loc);
      return space.newFloat(floorDivFloat(x, y, mod));
    case BinOpKind::Mod:
      if (y == 0)
        return raise(space.zeroDivisionErrorClass, "float modulo", loc);
      floorDivFloat(x, y, mod);
      return space.newFloat(mod);
    case BinOpKind::Pow: {
      if (x == 0 && y < 0)
        return raise(space.zeroDivisionErrorClass,
                     "0.0 cannot be raised to a negative power", loc);
      if (x < 0 && std::isfinite(y) && std::floor(y) != y)
        return raise(space.valueErrorClass,
                     "negative number cannot be raised to a fractional "
                     "power (complex numbers are not RPython)",
                     loc);
      double r = std::pow(x, y);
      if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
        return raise(space.overflowErrorClass,
                     "(34, 'Numerical result out of range')", loc);
      return space.newFloat(r);
    }
    default:
      return space.notImplemented();
    }
  }

  // r_uint arithmetic wraps modulo 2**64, as in RPython.
  if (isa<UIntObject>(left) || isa<UIntObject>(right)) {
    uint64_t x = (uint64_t)a, y = (uint64_t)b;
    switch (op) {
    case BinOpKind::Add:
      return space.newUInt(x + y);
    case BinOpKind::Sub:
      return space.newUInt(x - y);
    case BinOpKind::Mul:
      return space.newUInt(x * y);
    case BinOpKind::Div:
      if (y == 0)
        return raise(space.zeroDivisionErrorClass, "division by zero", loc);
      return space.newFloat((double)x / (double)y);
    case BinOpKind::FloorDiv:
    case BinOpKind::Mod:
      if (y == 0)
        return raise(space.zeroDivisionErrorClass,
                     op == BinOpKind::Mod ? "integer modulo by zero"
                                          : "integer division or modulo by "
                                            "zero",
                     loc);
      return space.newUInt(op == BinOpKind::Mod ? x % y : x / y);
    case BinOpKind::Pow: {
      if (b < 0)
        return raise(space.valueErrorClass, "negative exponent on an r_uint",
                     loc);
      uint64_t result = 1, base = x;
      for (uint64_t e = y; e; e >>= 1) {
        if (e & 1)
          result *= base;
        base *= base;
      }
      return space.newUInt(result);
    }
    case BinOpKind::LShift:
    case BinOpKind::RShift:
      if (b < 0)
        return raise(space.valueErrorClass, "negative shift count", loc);
      if (!isa<UIntObject>(left)) // int << r_uint: the int decides
        break;
      if (y >= 64)
        return space.newUInt(0);
      return space.newUInt(op == BinOpKind::LShift ? x << y : x >> y);
    case BinOpKind::BitAnd:
      return space.newUInt(x & y);
    case BinOpKind::BitOr:
      return space.newUInt(x | y);
    case BinOpKind::BitXor:
      return space.newUInt(x ^ y);
    default:
      return space.notImplemented();
    }
  }

  // Python ints, exact up to 127 bits.
  auto overflow = [&]() -> Object * {
    return raise(space.overflowErrorClass,
                 "integer result too large for import-time evaluation", loc);
  };
  __int128 r;
  switch (op) {
  case BinOpKind::Add:
    if (__builtin_add_overflow(a, b, &r))
      return overflow();
    return space.newInt128(r);
  case BinOpKind::Sub:
    if (__builtin_sub_overflow(a, b, &r))
      return overflow();
    return space.newInt128(r);
  case BinOpKind::Mul:
    if (__builtin_mul_overflow(a, b, &r))
      return overflow();
    return space.newInt128(r);
  case BinOpKind::Div:
    if (b == 0)
      return raise(space.zeroDivisionErrorClass, "division by zero", loc);
    return space.newFloat((double)a / (double)b);
  case BinOpKind::FloorDiv:
  case BinOpKind::Mod: {
    if (b == 0)
      return raise(space.zeroDivisionErrorClass,
                   op == BinOpKind::Mod ? "integer modulo by zero"
                                        : "integer division or modulo by zero",
                   loc);
    if (b == -1) {
      if (op == BinOpKind::Mod)
        return space.newInt(0);
      if (__builtin_sub_overflow((__int128)0, a, &r))
        return overflow();
      return space.newInt128(r);
    }
    __int128 q = a / b, m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) {
      q -= 1;
      m += b;
    }
    return space.newInt128(op == BinOpKind::Mod ? m : q);
  }
  case BinOpKind::Pow: {
    if (b < 0) {
      if (a == 0)
        return raise(space.zeroDivisionErrorClass,
                     "0.0 cannot be raised to a negative power", loc);
      return space.newFloat(std::pow((double)a, (double)b));
    }
    __int128 result = 1, base = a;
    for (__int128 e = b; e > 0; e >>= 1) {
      if ((e & 1) && __builtin_mul_overflow(result, base, &result))
        return overflow();
      if (e > 1 && __builtin_mul_overflow(base, base, &base))
        return overflow();
    }
    return space.newInt128(result);
  }
  case BinOpKind::LShift:
    if (b < 0)
      return raise(space.valueErrorClass, "negative shift count", loc);
    if (a == 0)
      return space.newInt(0);
    if (b >= 127)
      return overflow();
    r = (__int128)((unsigned __int128)a << (int)b);
    if ((r >> (int)b) != a)
      return overflow();
    return space.newInt128(r);
  case BinOpKind::RShift:
    if (b < 0)
      return raise(space.valueErrorClass, "negative shift count", loc);
    if (b >= 127)
      return space.newInt(a < 0 ? -1 : 0);
    return space.newInt128(a >> (int)b);
  case BinOpKind::BitAnd:
  case BinOpKind::BitOr:
  case BinOpKind::BitXor: {
    r = op == BinOpKind::BitAnd  ? (a & b)
        : op == BinOpKind::BitOr ? (a | b)
                                 : (a ^ b);
    if (isa<BoolObject>(left) && isa<BoolObject>(right))
      return space.newBool(r != 0);
    return space.newInt128(r);
  }
  default:
    return space.notImplemented();
  }
}

Object *Interpreter::sequenceBinary(BinOpKind op, Object *left, Object *right,
                                    Loc loc) {
  auto repeatCount = [&](Object *count, int64_t &n, size_t itemSize) {
    __int128 value;
    if (!intLikeValue(count, value))
      return false;
    n = value < 0 ? 0 : value > (__int128)MaxSequenceSize ? -1 : (int64_t)value;
    if (n < 0 ||
        (uint64_t)n * std::max<size_t>(itemSize, 1) > MaxSequenceSize) {
      raise(space.memoryErrorClass, "sequence too large for import time", loc);
      n = -1;
    }
    return true;
  };
  if (op == BinOpKind::Add) {
    if (auto *x = dyn_cast<StrObject>(left)) {
      if (auto *y = dyn_cast<StrObject>(right))
        return space.newStr(x->value + y->value);
      if (!isUserInstance(right))
        return raise(space.typeErrorClass,
                     "can only concatenate str (not \"" + typeName(right) +
                         "\") to str",
                     loc);
    }
    if (auto *x = dyn_cast<BytesObject>(left))
      if (auto *y = dyn_cast<BytesObject>(right))
        return space.newBytes(x->value + y->value);
    if (auto *x = dyn_cast<ListObject>(left)) {
      if (auto *y = dyn_cast<ListObject>(right)) {
        std::vector<Object *> items = x->items;
        items.insert(items.end(), y->items.begin(), y->items.end());
        return space.newList(std::move(items));
      }
      if (!isUserInstance(right))
        return raise(space.typeErrorClass,
                     "can only concatenate list (not \"" + typeName(right) +
                         "\") to list",
                     loc);
    }
    if (auto *x = dyn_cast<TupleObject>(left)) {
      if (auto *y = dyn_cast<TupleObject>(right)) {
        std::vector<Object *> items = x->items;
        items.insert(items.end(), y->items.begin(), y->items.end());
        return space.newTuple(std::move(items));
      }
      if (!isUserInstance(right))
        return raise(space.typeErrorClass,
                     "can only concatenate tuple (not \"" + typeName(right) +
                         "\") to tuple",
                     loc);
    }
    return space.notImplemented();
  }
  if (op == BinOpKind::Mul) {
    Object *seq = left, *count = right;
    if (!isa<StrObject>(seq) && !isa<BytesObject>(seq) &&
        !isa<ListObject>(seq) && !isa<TupleObject>(seq))
      std::swap(seq, count);
    int64_t n;
    if (auto *s = dyn_cast<StrObject>(seq)) {
      if (!repeatCount(count, n, s->value.size()))
        return space.notImplemented();
      if (n < 0)
        return nullptr;
      std::string out;
      out.reserve(s->value.size() * n);
      for (int64_t i = 0; i < n; ++i)
        out += s->value;
      return space.newStr(std::move(out));
    }
    if (auto *s = dyn_cast<BytesObject>(seq)) {
      if (!repeatCount(count, n, s->value.size()))
        return space.notImplemented();
      if (n < 0)
        return nullptr;
      std::string out;
      for (int64_t i = 0; i < n; ++i)
        out += s->value;
      return space.newBytes(std::move(out));
    }
    const std::vector<Object *> *items = nullptr;
    if (auto *l = dyn_cast<ListObject>(seq))
      items = &l->items;
    else if (auto *t = dyn_cast<TupleObject>(seq))
      items = &t->items;
    if (!items)
      return space.notImplemented();
    if (!repeatCount(count, n, items->size()))
      return space.notImplemented();
    if (n < 0)
      return nullptr;
    std::vector<Object *> out;
    out.reserve(items->size() * n);
    for (int64_t i = 0; i < n; ++i)
      out.insert(out.end(), items->begin(), items->end());
    if (isa<ListObject>(seq))
      return space.newList(std::move(out));
    return space.newTuple(std::move(out));
  }
  if (op == BinOpKind::Mod && isa<StrObject>(left))
    return percentFormat(*this, cast<StrObject>(left)->value, right, loc);
  auto *x = dyn_cast<SetObject>(left);
  auto *y = dyn_cast<SetObject>(right);
  if (x && y) {
    // CPython's set_or, set_and, set_sub and set_xor, so that the result
    // has CPython's slot layout (and iteration order).
    switch (op) {
    case BinOpKind::BitOr: {
      SetObject *result = newSetFrom(x, loc);
      if (!result || (x != y && !setUpdate(result, y, loc)))
        return nullptr;
      return result;
    }
    case BinOpKind::BitAnd:
      return setIntersection(x, y, loc);
    case BinOpKind::Sub:
      return setDifference(x, y, loc);
    case BinOpKind::BitXor:
      return setSymmetricDifference(x, y, loc);
    default:
      break;
    }
  }
  if (op == BinOpKind::BitOr && isa<DictObject>(left) &&
      isa<DictObject>(right)) {
    DictObject *result = space.newDict();
    result->table = cast<DictObject>(left)->table;
    if (!dictMerge(result, cast<DictObject>(right), loc))
      return nullptr;
    return result;
  }
  return space.notImplemented();
}

/// The storage size of a string or sequence, for the memory budget.
size_t rpy::frontend::storageBytes(const Object *obj) {
  switch (obj->kind) {
  case ObjKind::Str:
    return cast<StrObject>(obj)->value.size();
  case ObjKind::Bytes:
    return cast<BytesObject>(obj)->value.size();
  case ObjKind::List:
    return cast<ListObject>(obj)->items.size() * sizeof(Object *);
  case ObjKind::Tuple:
    return cast<TupleObject>(obj)->items.size() * sizeof(Object *);
  case ObjKind::Set:
  case ObjKind::Dict:
    return 0; // their elements are counted as objects
  default:
    return 0;
  }
}

Object *Interpreter::binaryOp(BinOpKind op, Object *left, Object *right,
                              Loc loc) {
  Object *result = numericBinary(op, left, right, loc);
  if (!result || !isa<NotImplementedObject>(result))
    return result;
  result = sequenceBinary(op, left, right, loc);
  if (result && !isa<NotImplementedObject>(result) &&
      !chargeBytes(storageBytes(result), loc))
    return nullptr;
  if (!result || !isa<NotImplementedObject>(result))
    return result;
  bool found;
  if (isa<InstanceObject>(left)) {
    result = callUserMethod(left, binOpMethods[(int)op], {right}, loc, found);
    if (found && (!result || !isa<NotImplementedObject>(result)))
      return result;
  }
  if (isa<InstanceObject>(right)) {
    result = callUserMethod(right, binOpReflected[(int)op], {left}, loc, found);
    if (found && (!result || !isa<NotImplementedObject>(result)))
      return result;
  }
  if (op == BinOpKind::Mul &&
      (isa<StrObject>(left) || isa<ListObject>(left) ||
       isa<TupleObject>(left) || isa<BytesObject>(left)))
    return raise(space.typeErrorClass,
                 "can't multiply sequence by non-int of type '" +
                     typeName(right) + "'",
                 loc);
  if (op == BinOpKind::Mod && isa<BytesObject>(left))
    return fatal("bytes %-formatting is not supported at import time", loc);
  return raise(space.typeErrorClass,
               std::string("unsupported operand type(s) for ") +
                   binOpSymbols[(int)op] + ": '" + typeName(left) + "' and '" +
                   typeName(right) + "'",
               loc);
}

Object *Interpreter::unaryOp(UnaryOpKind op, Object *operand, Loc loc) {
  if (op == UnaryOpKind::Not) {
    int truth = isTrue(operand);
    if (truth < 0)
      return nullptr;
    return space.newBool(!truth);
  }
  if (auto *f = dyn_cast<FloatObject>(operand)) {
    if (op == UnaryOpKind::Neg)
      return space.newFloat(-f->value);
    if (op == UnaryOpKind::Pos)
      return space.newFloat(f->value);
  } else if (auto *u = dyn_cast<UIntObject>(operand)) {
    switch (op) {
    case UnaryOpKind::Neg:
      return space.newUInt(-u->value);
    case UnaryOpKind::Pos:
      return u;
    case UnaryOpKind::Invert:
      return space.newUInt(~u->value);
    default:
      break;
    }
  } else {
    __int128 v;
    if (intLikeValue(operand, v)) {
      switch (op) {
      case UnaryOpKind::Neg:
        if (v == -v && v != 0)
          return raise(space.overflowErrorClass,
                       "integer result too large for import-time evaluation",
                       loc);
        return space.newInt128(-v);
      case UnaryOpKind::Pos:
        return space.newInt128(v);
      case UnaryOpKind::Invert:
        return space.newInt128(~v);
      default:
        break;
      }
    }
  }
  const char *method = op == UnaryOpKind::Neg   ? "__neg__"
                       : op == UnaryOpKind::Pos ? "__pos__"
                                                : "__invert__";
  if (isa<InstanceObject>(operand)) {
    bool found;
    Object *result = callUserMethod(operand, method, {}, loc, found);
    if (found)
      return result;
  }
  const char *symbol = op == UnaryOpKind::Neg   ? "-"
                       : op == UnaryOpKind::Pos ? "+"
                                                : "~";
  return raise(space.typeErrorClass,
               std::string("bad operand type for unary ") + symbol + ": '" +
                   typeName(operand) + "'",
               loc);
}

Object *Interpreter::callUserMethod(Object *obj, const char *name,
                                    std::vector<Object *> args, Loc loc,
                                    bool &found) {
  found = false;
  auto *inst = dyn_cast<InstanceObject>(obj);
  if (!inst)
    return nullptr;
  Object *method = inst->cls->lookup(name);
  if (!method)
    return nullptr;
  found = true;
  args.insert(args.begin(), obj);
  return call(method, std::move(args), loc);
}

//===----------------------------------------------------------------------===//
// Comparison
//===----------------------------------------------------------------------===//

int Interpreter::eqTest(Object *left, Object *right, Loc loc) {
  if (left == right)
    return 1;
  if (isUserInstance(left) || isUserInstance(right)) {
    Object *result = richCompare(CmpOpKind::Eq, left, right, loc);
    return result ? isTrue(result) : -1;
  }
  if (left->kind == right->kind &&
      (isa<TupleObject, ListObject, DictObject, SetObject>(left)))
    return containerEq(left, right, loc);
  if (auto *x = dyn_cast<FloatObject>(left))
    if (std::isnan(x->value))
      return 0;
  return equals(left, right) ? 1 : 0;
}

int Interpreter::containerEq(Object *left, Object *right, Loc loc) {
  // Items may be user instances with __eq__ (and keys may hash with
  // __hash__), so containers compare here rather than in `equals`.
  struct DepthGuard {
    int &depth;
    ~DepthGuard() { --depth; }
  } guard{++valueDepth};
  if (valueDepth > 1000) {
    raise(space.recursionErrorClass,
          "maximum recursion depth exceeded in comparison", loc);
    return -1;
  }
  if (auto *x = dyn_cast<SetObject>(left)) {
    auto *y = cast<SetObject>(right);
    return x->size() != y->size() ? 0 : setIsSubset(x, y, loc);
  }
  if (auto *x = dyn_cast<DictObject>(left)) {
    auto *y = cast<DictObject>(right);
    if (x->size() != y->size())
      return 0;
    std::vector<ObjectTable::Entry> entries = x->items();
    KeyEquality eq = keyEquality(loc);
    for (const ObjectTable::Entry &e : entries) {
      long pos = y->table.find(e.key, e.hash, eq);
      if (pos < 0)
        return pos == -2 ? -1 : 0;
      int same = eqTest(e.value, y->items()[pos].value, loc);
      if (same <= 0)
        return same;
    }
    return 1;
  }
  const auto &x = isa<TupleObject>(left) ? cast<TupleObject>(left)->items
                                         : cast<ListObject>(left)->items;
  const auto &y = isa<TupleObject>(right) ? cast<TupleObject>(right)->items
                                          : cast<ListObject>(right)->items;
  if (x.size() != y.size())
    return 0;
  for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
    int same = eqTest(x[i], y[i], loc);
    if (same <= 0)
      return same;
  }
  return x.size() == y.size();
}

Object *Interpreter::richCompare(CmpOpKind op, Object *left, Object *right,
                                 Loc loc) {
  int index = cmpIndex(op);
  bool found;
  if (isUserInstance(left)) {
    Object *result =
        callUserMethod(left, cmpMethods[index], {right}, loc, found);
    if (found && (!result || !isa<NotImplementedObject>(result)))
      return result;
  }
  if (isUserInstance(right)) {
    Object *result =
        callUserMethod(right, cmpReflected[index], {left}, loc, found);
    if (found && (!result || !isa<NotImplementedObject>(result)))
      return result;
  }
  if (op == CmpOpKind::Eq || op == CmpOpKind::NotEq) {
    if (op == CmpOpKind::NotEq && isUserInstance(left)) {
      // The default __ne__ inverts a user __eq__.
      Object *eq = callUserMethod(left, "__eq__", {right}, loc, found);
      if (found && (!eq || !isa<NotImplementedObject>(eq))) {
        if (!eq)
          return nullptr;
        int truth = isTrue(eq);
        return truth < 0 ? nullptr : space.newBool(!truth);
      }
    }
    bool same;
    if (isUserInstance(left) || isUserInstance(right)) {
      same = left == right;
    } else {
      int eq = eqTest(left, right, loc);
      if (eq < 0)
        return nullptr;
      same = eq;
    }
    return space.newBool(op == CmpOpKind::Eq ? same : !same);
  }

  // Ordering.
  auto result = [&](int c) -> Object * {
    switch (op) {
    case CmpOpKind::Lt:
      return space.newBool(c < 0);
    case CmpOpKind::LtE:
      return space.newBool(c <= 0);
    case CmpOpKind::Gt:
      return space.newBool(c > 0);
    default:
      return space.newBool(c >= 0);
    }
  };
  __int128 a, b;
  bool leftInt = intLikeValue(left, a), rightInt = intLikeValue(right, b);
  auto *lf = dyn_cast<FloatObject>(left);
  auto *rf = dyn_cast<FloatObject>(right);
  if ((leftInt || lf) && (rightInt || rf)) {
    if (leftInt && rightInt)
      return result(a < b ? -1 : a > b ? 1 : 0);
    double x = lf ? lf->value : (double)a, y = rf ? rf->value : (double)b;
    if (std::isnan(x) || std::isnan(y))
      return space.falseObject();
    return result(x < y ? -1 : x > y ? 1 : 0);
  }
  if (isa<StrObject>(left) && isa<StrObject>(right)) {
    int c = cast<StrObject>(left)->value.compare(cast<StrObject>(right)->value);
    return result(c);
  }
  if (isa<BytesObject>(left) && isa<BytesObject>(right)) {
    int c =
        cast<BytesObject>(left)->value.compare(cast<BytesObject>(right)->value);
    return result(c);
  }
  if ((isa<TupleObject>(left) && isa<TupleObject>(right)) ||
      (isa<ListObject>(left) && isa<ListObject>(right))) {
    // Nested sequences recurse in C++: bound the depth.
    struct DepthGuard {
      int &depth;
      ~DepthGuard() { --depth; }
    } guard{++valueDepth};
    if (valueDepth > 1000)
      return raise(space.recursionErrorClass,
                   "maximum recursion depth exceeded in comparison", loc);
    const auto &x = isa<TupleObject>(left) ? cast<TupleObject>(left)->items
                                           : cast<ListObject>(left)->items;
    const auto &y = isa<TupleObject>(right) ? cast<TupleObject>(right)->items
                                            : cast<ListObject>(right)->items;
    size_t n = std::min(x.size(), y.size());
    for (size_t i = 0; i < n; ++i) {
      int eq = eqTest(x[i], y[i], loc);
      if (eq < 0)
        return nullptr;
      if (!eq)
        return richCompare(op, x[i], y[i], loc);
    }
    return result(x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0);
  }
  if (isa<SetObject>(left) && isa<SetObject>(right)) {
    auto *x = cast<SetObject>(left), *y = cast<SetObject>(right);
    bool strict = op == CmpOpKind::Lt || op == CmpOpKind::Gt;
    if (op == CmpOpKind::Gt || op == CmpOpKind::GtE)
      std::swap(x, y);
    if (strict && x->size() >= y->size())
      return space.falseObject();
    int subset = setIsSubset(x, y, loc);
    return subset < 0 ? nullptr : space.newBool(subset);
  }
  return raise(space.typeErrorClass,
               std::string("'") + cmpSymbol(op) +
                   "' not supported between instances of '" + typeName(left) +
                   "' and '" + typeName(right) + "'",
               loc);
}

int Interpreter::orderCompare(Object *left, Object *right, Loc loc) {
  Object *lt = richCompare(CmpOpKind::Lt, left, right, loc);
  if (!lt)
    return -2;
  int truth = isTrue(lt);
  if (truth < 0)
    return -2;
  if (truth)
    return -1;
  Object *gt = richCompare(CmpOpKind::Lt, right, left, loc);
  if (!gt)
    return -2;
  truth = isTrue(gt);
  if (truth < 0)
    return -2;
  return truth ? 1 : 0;
}

Object *Interpreter::compare(CmpOpKind op, Object *left, Object *right,
                             Loc loc) {
  switch (op) {
  case CmpOpKind::Is:
    return space.newBool(left == right);
  case CmpOpKind::IsNot:
    return space.newBool(left != right);
  case CmpOpKind::In:
  case CmpOpKind::NotIn: {
    int c = contains(right, left, loc);
    if (c < 0)
      return nullptr;
    return space.newBool(op == CmpOpKind::In ? c == 1 : c == 0);
  }
  default:
    return richCompare(op, left, right, loc);
  }
}

//===----------------------------------------------------------------------===//
// Truth, containment, iteration
//===----------------------------------------------------------------------===//

int Interpreter::isTrue(Object *obj) {
  switch (obj->kind) {
  case ObjKind::None:
    return 0;
  case ObjKind::Bool:
    return cast<BoolObject>(obj)->value;
  case ObjKind::Int:
    return cast<IntObject>(obj)->value != 0;
  case ObjKind::Long:
    return 1;
  case ObjKind::UInt:
    return cast<UIntObject>(obj)->value != 0;
  case ObjKind::Float:
    return cast<FloatObject>(obj)->value != 0;
  case ObjKind::Str:
    return !cast<StrObject>(obj)->value.empty();
  case ObjKind::Bytes:
    return !cast<BytesObject>(obj)->value.empty();
  case ObjKind::Tuple:
    return !cast<TupleObject>(obj)->items.empty();
  case ObjKind::List:
    return !cast<ListObject>(obj)->items.empty();
  case ObjKind::Dict:
    return cast<DictObject>(obj)->size() != 0;
  case ObjKind::Set:
    return cast<SetObject>(obj)->size() != 0;
  case ObjKind::Range:
    return cast<RangeObject>(obj)->length() != 0;
  case ObjKind::Instance: {
    bool found;
    Object *result = callUserMethod(obj, "__bool__", {}, Loc{}, found);
    if (!found)
      result = callUserMethod(obj, "__len__", {}, Loc{}, found);
    if (!found)
      return 1;
    if (!result)
      return -1;
    if (isa<BoolObject>(result))
      return cast<BoolObject>(result)->value;
    __int128 v;
    if (intLikeValue(result, v))
      return v != 0;
    raise(space.typeErrorClass,
          "__bool__ should return bool, returned " + typeName(result), Loc{});
    return -1;
  }
  default:
    return 1;
  }
}

int Interpreter::contains(Object *container, Object *item, Loc loc) {
  switch (container->kind) {
  case ObjKind::List:
  case ObjKind::Tuple: {
    const auto &items = isa<ListObject>(container)
                            ? cast<ListObject>(container)->items
                            : cast<TupleObject>(container)->items;
    for (size_t i = 0; i < items.size(); ++i) {
      int eq = eqTest(items[i], item, loc);
      if (eq != 0)
        return eq;
    }
    return 0;
  }
  case ObjKind::Str: {
    auto *s = dyn_cast<StrObject>(item);
    if (!s) {
      raise(space.typeErrorClass,
            "'in <string>' requires string as left operand, not " +
                typeName(item),
            loc);
      return -1;
    }
    return cast<StrObject>(container)->value.find(s->value) !=
           std::string::npos;
  }
  case ObjKind::Bytes: {
    const std::string &hay = cast<BytesObject>(container)->value;
    if (auto *b = dyn_cast<BytesObject>(item))
      return hay.find(b->value) != std::string::npos;
    __int128 v;
    if (intLikeValue(item, v))
      return v >= 0 && v < 256 && hay.find((char)v) != std::string::npos;
    raise(space.typeErrorClass,
          "a bytes-like object is required, not '" + typeName(item) + "'", loc);
    return -1;
  }
  case ObjKind::Dict: {
    Object *value;
    return dictLookup(cast<DictObject>(container), item, value, loc);
  }
  case ObjKind::Set:
    return setContains(cast<SetObject>(container), item, loc);
  case ObjKind::Range: {
    auto *r = cast<RangeObject>(container);
    __int128 v;
    if (!intLikeValue(item, v) || isa<UIntObject>(item)) {
      for (int64_t i = 0, n = r->length(); i < n; ++i)
        if (equals(space.newInt(r->at(i)), item))
          return 1;
      return 0;
    }
    if (r->step > 0 ? (v < r->start || v >= r->stop)
                    : (v > r->start || v <= r->stop))
      return 0;
    return (v - r->start) % r->step == 0;
  }
  case ObjKind::Instance: {
    bool found;
    Object *result =
        callUserMethod(container, "__contains__", {item}, loc, found);
    if (found)
      return result ? isTrue(result) : -1;
    break;
  }
  default:
    break;
  }
  Object *iter = getIter(container, loc);
  if (!iter) {
    if (pendingIsFatal() || !space.isInstance(excValue, space.typeErrorClass))
      return -1;
    clearException();
    raise(space.typeErrorClass,
          "argument of type '" + typeName(container) + "' is not iterable",
          loc);
    return -1;
  }
  while (Object *next = iterNext(iter, loc)) {
    int eq = eqTest(next, item, loc);
    if (eq != 0)
      return eq;
  }
  return excValue ? -1 : 0;
}

Object *Interpreter::getIter(Object *obj, Loc loc) {
  switch (obj->kind) {
  case ObjKind::List:
  case ObjKind::Tuple:
  case ObjKind::Str:
  case ObjKind::Bytes:
  case ObjKind::Range: {
    auto *iter = space.make<IteratorObject>();
    iter->sequence = obj;
    return iter;
  }
  case ObjKind::Dict: {
    auto *iter = space.make<IteratorObject>();
    for (const auto &entry : cast<DictObject>(obj)->items())
      iter->items.push_back(entry.key);
    return iter;
  }
  case ObjKind::Set: {
    auto *iter = space.make<IteratorObject>();
    iter->items = cast<SetObject>(obj)->elements();
    return iter;
  }
  case ObjKind::Iterator:
    return obj;
  case ObjKind::Instance: {
    bool found;
    Object *result = callUserMethod(obj, "__iter__", {}, loc, found);
    if (found)
      return result;
    if (cast<InstanceObject>(obj)->cls->lookup("__next__"))
      return obj;
    break;
  }
  default:
    break;
  }
  return raise(space.typeErrorClass,
               "'" + typeName(obj) + "' object is not iterable", loc);
}

Object *Interpreter::iterNext(Object *iterObj, Loc loc) {
  auto *iter = dyn_cast<IteratorObject>(iterObj);
  if (!iter) {
    bool found;
    Object *result = callUserMethod(iterObj, "__next__", {}, loc, found);
    if (!found)
      return raise(space.typeErrorClass,
                   "'" + typeName(iterObj) + "' object is not an iterator",
                   loc);
    if (!result && excValue && !pendingIsFatal() &&
        space.isInstance(excValue, space.stopIterationClass))
      clearException();
    return result;
  }
  size_t pos = iter->position;
  if (!iter->sequence) {
    if (pos >= iter->items.size())
      return nullptr;
    ++iter->position;
    return iter->items[pos];
  }
  switch (iter->sequence->kind) {
  case ObjKind::List: {
    auto &items = cast<ListObject>(iter->sequence)->items;
    if (pos >= items.size())
      return nullptr;
    ++iter->position;
    return items[pos];
  }
  case ObjKind::Tuple: {
    auto &items = cast<TupleObject>(iter->sequence)->items;
    if (pos >= items.size())
      return nullptr;
    ++iter->position;
    return items[pos];
  }
  case ObjKind::Str: {
    auto &s = cast<StrObject>(iter->sequence)->value;
    if (pos >= s.size())
      return nullptr;
    size_t len = utf8SequenceLength(s, pos);
    iter->position += len;
    return space.newStr(s.substr(pos, len));
  }
  case ObjKind::Bytes: {
    auto &s = cast<BytesObject>(iter->sequence)->value;
    if (pos >= s.size())
      return nullptr;
    ++iter->position;
    return space.newInt((unsigned char)s[pos]);
  }
  case ObjKind::Range: {
    auto *r = cast<RangeObject>(iter->sequence);
    if ((int64_t)pos >= r->length())
      return nullptr;
    ++iter->position;
    return space.newInt(r->at((int64_t)pos));
  }
  default:
    return nullptr;
  }
}

bool Interpreter::unpackIterable(Object *obj, std::vector<Object *> &out,
                                 Loc loc) {
  if (auto *list = dyn_cast<ListObject>(obj)) {
    out.insert(out.end(), list->items.begin(), list->items.end());
    return true;
  }
  if (auto *tuple = dyn_cast<TupleObject>(obj)) {
    out.insert(out.end(), tuple->items.begin(), tuple->items.end());
    return true;
  }
  Object *iter = getIter(obj, loc);
  if (!iter)
    return false;
  while (Object *item = iterNext(iter, loc)) {
    if (!step(loc))
      return false;
    if (out.size() >= MaxSequenceSize ||
        ((out.size() & 1023) == 0 && !chargeBytes(8192, loc))) {
      if (pendingIsFatal())
        return false;
      raise(space.memoryErrorClass, "sequence too large for import time", loc);
      return false;
    }
    out.push_back(item);
  }
  return excValue == nullptr;
}

//===----------------------------------------------------------------------===//
// repr, str, hash
//===----------------------------------------------------------------------===//

bool Interpreter::reprOf(Object *obj, std::string &out, Loc loc) {
  return reprImpl(obj, out, loc, 0);
}

bool Interpreter::reprImpl(Object *obj, std::string &out, Loc loc, int depth) {
  if (depth > 500) {
    raise(space.recursionErrorClass,
          "maximum recursion depth exceeded while getting the repr of an "
          "object",
          loc);
    return false;
  }
  // Shared substructure can make a repr exponentially large.
  if (out.size() > (size_t(1) << 26)) {
    raise(space.memoryErrorClass, "repr too large for import time", loc);
    return false;
  }
  auto sequence = [&](const std::vector<Object *> &items, const char *open,
                      const char *close, bool oneTuple) {
    out += open;
    for (size_t i = 0; i < items.size(); ++i) {
      if (i)
        out += ", ";
      if (!reprImpl(items[i], out, loc, depth + 1))
        return false;
    }
    if (oneTuple && items.size() == 1)
      out += ",";
    out += close;
    return true;
  };
  switch (obj->kind) {
  case ObjKind::List:
    return sequence(cast<ListObject>(obj)->items, "[", "]", false);
  case ObjKind::Tuple:
    return sequence(cast<TupleObject>(obj)->items, "(", ")", true);
  case ObjKind::Set:
    if (cast<SetObject>(obj)->size() == 0) {
      out += "set()";
      return true;
    }
    return sequence(cast<SetObject>(obj)->elements(), "{", "}", false);
  case ObjKind::Dict: {
    out += "{";
    bool first = true;
    for (const auto &entry : cast<DictObject>(obj)->items()) {
      if (!first)
        out += ", ";
      first = false;
      if (!reprImpl(entry.key, out, loc, depth + 1))
        return false;
      out += ": ";
      if (!reprImpl(entry.value, out, loc, depth + 1))
        return false;
    }
    out += "}";
    return true;
  }
  case ObjKind::Instance: {
    bool found;
    Object *result = callUserMethod(obj, "__repr__", {}, loc, found);
    auto *inst = cast<InstanceObject>(obj);
    if (!found && inst->cls->isSubclassOf(space.baseExceptionClass)) {
      // KeyError(P(1)): the arguments' repr may run user __repr__.
      auto *args = dyn_cast<TupleObject>(inst->dict.get("args"));
      if (!args)
        break;
      out += inst->cls->name;
      return sequence(args->items, "(", ")", false);
    }
    if (!found)
      break;
    if (!result)
      return false;
    auto *s = dyn_cast<StrObject>(result);
    if (!s) {
      raise(space.typeErrorClass,
            "__repr__ returned non-string (type " + typeName(result) + ")",
            loc);
      return false;
    }
    out += s->value;
    return true;
  }
  default:
    break;
  }
  out += frontend::repr(obj);
  return true;
}

bool Interpreter::strOf(Object *obj, std::string &out, Loc loc) {
  if (auto *s = dyn_cast<StrObject>(obj)) {
    out = s->value;
    return true;
  }
  if (isUserInstance(obj)) {
    bool found;
    Object *result = callUserMethod(obj, "__str__", {}, loc, found);
    if (found) {
      if (!result)
        return false;
      auto *s = dyn_cast<StrObject>(result);
      if (!s) {
        raise(space.typeErrorClass,
              "__str__ returned non-string (type " + typeName(result) + ")",
              loc);
        return false;
      }
      out = s->value;
      return true;
    }
  }
  if (auto *inst = dyn_cast<InstanceObject>(obj)) {
    if (inst->cls == fatalClass) {
      auto *args = dyn_cast<TupleObject>(inst->dict.get("args"));
      out = args && !args->items.empty() ? frontend::str(args->items[0]) : "";
      return true;
    }
    if (inst->cls->isSubclassOf(space.baseExceptionClass))
      return exceptionText(inst, out, loc);
  }
  out.clear();
  return reprOf(obj, out, loc);
}

bool Interpreter::exceptionText(InstanceObject *exc, std::string &out,
                                Loc loc) {
  // BaseException.__str__: nothing, str() of the one argument (repr() for
  // KeyError, whose argument is a key), or repr() of the arguments.
  auto *args = dyn_cast<TupleObject>(exc->dict.get("args"));
  out.clear();
  if (!args || args->items.empty())
    return true;
  if (args->items.size() > 1)
    return reprOf(args, out, loc);
  if (exc->cls->isSubclassOf(space.keyErrorClass))
    return reprOf(args->items[0], out, loc);
  return strOf(args->items[0], out, loc);
}
