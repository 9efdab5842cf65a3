//===- FlowExpr.cpp - Expressions to flow operations ----------------------===//
//
// Every expression either folds to a constant (using the import-time
// interpreter's own operations, so folding agrees with Python) or becomes
// flow operations. Short-circuit operators and conditional expressions are
// joins carrying their result as an extra value.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/FlowBuilderImpl.h"
#include "lib/Frontend/InterpreterImpl.h"

#include <functional>

using namespace mlir;
namespace flow = rpy::flow;

namespace rpy::frontend {

/// Built-ins whose result on immutable constants is computed at translation
/// time. Everything with an effect or a mutable result stays a call.
static bool isFoldableBuiltin(const std::string &name) {
  static const std::set<std::string> names = {
      "len",   "abs",   "min",   "max",  "ord",        "chr",
      "int",   "float", "str",   "repr", "bool",       "hex",
      "oct",   "issubclass",     "rpython.rlib.rarithmetic.r_uint",
      "rpython.rlib.rarithmetic.intmask"};
  return names.count(name) ||
         (name.rfind("math.", 0) == 0 && name != "math.nan");
}

/// Names that can never be RPython, whatever they are bound to.
static const char *forbiddenBuiltin(const std::string &name) {
  static const std::set<std::string> names = {
      "eval", "exec", "compile", "globals", "locals", "vars", "__import__",
      "input", "open", "setattr", "getattr", "delattr"};
  auto it = names.find(name);
  return it == names.end() ? nullptr : it->c_str();
}

FValue FunctionBuilder::expr(const Expr &e) {
  Loc loc = e.loc;
  switch (e.kind) {
  case ExprKind::Name:
    return exprName(*cast<NameExpr>(&e));
  case ExprKind::Int: {
    auto *lit = cast<IntExpr>(&e);
    if (lit->overflowsSigned) {
      error(loc, "integer literal " + lit->text +
                     " does not fit in a machine word (use r_uint)");
      return {};
    }
    return FValue::of(space.newInt(lit->value));
  }
  case ExprKind::Float: {
    auto *lit = cast<FloatExpr>(&e);
    if (lit->imaginary) {
      error(loc, "complex numbers are not RPython");
      return {};
    }
    return FValue::of(space.newFloat(lit->value));
  }
  case ExprKind::Str:
    return FValue::of(space.newStr(cast<StrExpr>(&e)->value));
  case ExprKind::Bytes:
    error(loc, "bytes literals are not supported yet");
    return {};
  case ExprKind::NameConst:
    switch (cast<NameConstExpr>(&e)->value) {
    case NameConstKind::None:
      return FValue::of(space.none());
    case NameConstKind::True:
      return FValue::of(space.trueObject());
    case NameConstKind::False:
      return FValue::of(space.falseObject());
    case NameConstKind::Ellipsis:
      error(loc, "'...' is not RPython");
      return {};
    }
    return {};
  case ExprKind::JoinedStr:
    return exprJoinedStr(*cast<JoinedStrExpr>(&e));
  case ExprKind::BinOp: {
    auto *b = cast<BinOpExpr>(&e);
    FValue lhs = expr(*b->left);
    if (!lhs.valid())
      return {};
    FValue rhs = expr(*b->right);
    if (!rhs.valid())
      return {};
    return exprBinOp(b->op, lhs, rhs, loc, /*inplace=*/false);
  }
  case ExprKind::UnaryOp:
    return exprUnary(*cast<UnaryOpExpr>(&e));
  case ExprKind::BoolOp:
    return exprBoolOp(*cast<BoolOpExpr>(&e));
  case ExprKind::Compare:
    return exprCompare(*cast<CompareExpr>(&e));
  case ExprKind::Call:
    return exprCall(*cast<CallExpr>(&e));
  case ExprKind::Attribute: {
    auto *a = cast<AttributeExpr>(&e);
    FValue object = expr(*a->value);
    if (!object.valid())
      return {};
    return exprAttribute(object, a->attr, loc);
  }
  case ExprKind::Subscript:
    return exprSubscript(*cast<SubscriptExpr>(&e));
  case ExprKind::Tuple:
  case ExprKind::List:
  case ExprKind::Dict:
  case ExprKind::Set:
    return exprDisplay(e);
  case ExprKind::ListComp:
  case ExprKind::SetComp:
  case ExprKind::DictComp:
    return exprComprehension(e);
  case ExprKind::GeneratorExp:
    error(loc, "generator expressions are not RPython (use a list "
               "comprehension)");
    return {};
  case ExprKind::IfExp:
    return exprIfExp(*cast<IfExpExpr>(&e));
  case ExprKind::Lambda: {
    FValue function;
    if (!buildNestedDef(nullptr, cast<LambdaExpr>(&e), loc, function))
      return {};
    return function;
  }
  case ExprKind::Yield:
  case ExprKind::YieldFrom:
    error(loc, "generators ('yield') are not RPython");
    return {};
  case ExprKind::Await:
    error(loc, "'await' is not RPython");
    return {};
  case ExprKind::NamedExpr:
    error(loc, "assignment expressions (':=') are not RPython");
    return {};
  case ExprKind::Starred:
    error(loc, "a starred expression is only allowed as the last argument "
               "of a call");
    return {};
  case ExprKind::Slice:
  case ExprKind::FormattedValue:
    error(loc, "unexpected expression here");
    return {};
  }
  error(loc, "unsupported expression");
  return {};
}

FValue FunctionBuilder::exprName(const NameExpr &e) {
  auto it = state.find(e.id);
  if (it != state.end())
    return it->second;
  // A local of the function (or of a comprehension) that is not bound on
  // every path to here.
  for (const ScopeInfo *scope : scopes)
    if (scope->locals.count(e.id) && !scope->explicitGlobals.count(e.id)) {
      error(e.loc, "local variable '" + e.id +
                       "' is used before it is assigned (on some path)");
      return {};
    }
  // A closure variable bound at import time (factories).
  if (CellObject *cell = func->cell(e.id)) {
    if (!cell->value) {
      error(e.loc, "free variable '" + e.id + "' is not bound");
      return {};
    }
    return FValue::of(cell->value);
  }
  if (Object *global = func->module->globals.get(e.id))
    return FValue::of(global);
  if (const char *name = forbiddenBuiltin(e.id)) {
    error(e.loc, std::string("'") + name + "' is not RPython");
    return {};
  }
  if (Object *builtin = interp.builtinsModule()->globals.get(e.id))
    return FValue::of(builtin);
  error(e.loc, "name '" + e.id + "' is not defined");
  return {};
}

static StringRef binaryOpName(BinOpKind op, bool inplace) {
  switch (op) {
  case BinOpKind::Add:
    return inplace ? "flow.inplace_add" : "flow.add";
  case BinOpKind::Sub:
    return inplace ? "flow.inplace_sub" : "flow.sub";
  case BinOpKind::Mul:
    return inplace ? "flow.inplace_mul" : "flow.mul";
  case BinOpKind::Div:
    return inplace ? "flow.inplace_truediv" : "flow.truediv";
  case BinOpKind::FloorDiv:
    return inplace ? "flow.inplace_floordiv" : "flow.floordiv";
  case BinOpKind::Mod:
    return inplace ? "flow.inplace_mod" : "flow.mod";
  case BinOpKind::Pow:
    return inplace ? "flow.inplace_pow" : "flow.pow";
  case BinOpKind::LShift:
    return inplace ? "flow.inplace_lshift" : "flow.lshift";
  case BinOpKind::RShift:
    return inplace ? "flow.inplace_rshift" : "flow.rshift";
  case BinOpKind::BitAnd:
    return inplace ? "flow.inplace_and_" : "flow.and_";
  case BinOpKind::BitOr:
    return inplace ? "flow.inplace_or_" : "flow.or_";
  case BinOpKind::BitXor:
    return inplace ? "flow.inplace_xor" : "flow.xor";
  case BinOpKind::MatMul:
    break;
  }
  return "";
}

/// Folds `fold()` when every operand is an immutable constant and the result
/// is one too; a Python error while folding leaves the operation to run time.
template <typename Fn>
static FValue tryFold(Interpreter &interp, llvm::ArrayRef<FValue> operands,
                      Fn fold) {
  for (const FValue &operand : operands)
    if (!operand.isConstant() || !ProgramBuilder::isImmutable(operand.constant))
      return {};
  Object *result = fold();
  if (!result || !ProgramBuilder::isImmutable(result) ||
      isa<LongObject>(result)) {
    interp.clearException();
    return {};
  }
  return FValue::of(result);
}

FValue FunctionBuilder::exprBinOp(BinOpKind op, FValue lhs, FValue rhs,
                                  Loc loc, bool inplace) {
  if (op == BinOpKind::MatMul) {
    error(loc, "the '@' operator is not RPython");
    return {};
  }
  // In-place operators on immutable values behave like the plain ones.
  FValue folded = tryFold(interp, {lhs, rhs}, [&] {
    return interp.binaryOp(op, lhs.constant, rhs.constant, loc);
  });
  if (folded.valid())
    return folded;
  return emitValue(binaryOpName(op, inplace), loc, {lhs, rhs});
}

FValue FunctionBuilder::exprUnary(const UnaryOpExpr &e) {
  FValue operand = expr(*e.operand);
  if (!operand.valid())
    return {};
  if (e.op == UnaryOpKind::Not) {
    if (std::optional<bool> truth = constantTruth(operand))
      return FValue::of(space.newBool(!*truth));
    return emitValue(flow::NotOp::getOperationName(), e.loc, {operand});
  }
  FValue folded = tryFold(interp, {operand}, [&] {
    return interp.unaryOp(e.op, operand.constant, e.loc);
  });
  if (folded.valid())
    return folded;
  StringRef name = e.op == UnaryOpKind::Neg   ? "flow.neg"
                   : e.op == UnaryOpKind::Pos ? "flow.pos"
                                              : "flow.invert";
  return emitValue(name, e.loc, {operand});
}

/// Short-circuit evaluation shared by `and`/`or` and comparison chains:
/// `next(i)` yields the i-th operand; evaluation stops at the first operand
/// whose truth is `stopWhen`, which is then the result.
static FValue shortCircuit(FunctionBuilder &fb, size_t count, bool stopWhen,
                           Loc loc, const std::function<FValue(size_t)> &next) {
  Join done;
  for (size_t i = 0; i < count; ++i) {
    FValue value = next(i);
    if (!value.valid())
      return {};
    if (i + 1 == count) {
      fb.jumpTo(done, loc, {value});
      break;
    }
    std::optional<bool> truth = fb.constantTruth(value);
    if (truth) {
      if (*truth == stopWhen) {
        fb.jumpTo(done, loc, {value});
        break;
      }
      continue;
    }
    auto [ifTrue, ifFalse] = fb.branchOn(value, loc);
    fb.builder.setInsertionPointToEnd(stopWhen ? ifTrue : ifFalse);
    fb.jumpTo(done, loc, {value});
    fb.builder.setInsertionPointToEnd(stopWhen ? ifFalse : ifTrue);
  }
  std::vector<FValue> extras;
  if (!fb.finishJoin(done, &extras))
    return {};
  return extras.front();
}

FValue FunctionBuilder::exprBoolOp(const BoolOpExpr &e) {
  bool isOr = e.op == BoolOpKind::Or;
  return shortCircuit(*this, e.values.size(), /*stopWhen=*/isOr, e.loc,
                      [&](size_t i) { return expr(*e.values[i]); });
}

FValue FunctionBuilder::compareOnce(CmpOpKind op, FValue lhs, FValue rhs,
                                    Loc loc) {
  FValue folded = tryFold(interp, {lhs, rhs}, [&] {
    return interp.compare(op, lhs.constant, rhs.constant, loc);
  });
  if (folded.valid())
    return folded;
  auto negate = [&](FValue v) {
    return v.valid() ? emitValue(flow::NotOp::getOperationName(), loc, {v})
                     : v;
  };
  switch (op) {
  case CmpOpKind::Eq:
    return emitValue("flow.eq", loc, {lhs, rhs});
  case CmpOpKind::NotEq:
    return emitValue("flow.ne", loc, {lhs, rhs});
  case CmpOpKind::Lt:
    return emitValue("flow.lt", loc, {lhs, rhs});
  case CmpOpKind::LtE:
    return emitValue("flow.le", loc, {lhs, rhs});
  case CmpOpKind::Gt:
    return emitValue("flow.gt", loc, {lhs, rhs});
  case CmpOpKind::GtE:
    return emitValue("flow.ge", loc, {lhs, rhs});
  case CmpOpKind::Is:
    return emitValue("flow.is_", loc, {lhs, rhs});
  case CmpOpKind::IsNot:
    return negate(emitValue("flow.is_", loc, {lhs, rhs}));
  case CmpOpKind::In:
    return emitValue("flow.contains", loc, {rhs, lhs});
  case CmpOpKind::NotIn:
    return negate(emitValue("flow.contains", loc, {rhs, lhs}));
  }
  return {};
}

FValue FunctionBuilder::exprCompare(const CompareExpr &e) {
  // `a < b < c` is `a < b and b < c` with b evaluated once.
  FValue left = expr(*e.left);
  if (!left.valid())
    return {};
  return shortCircuit(*this, e.ops.size(), /*stopWhen=*/false, e.loc,
                      [&](size_t i) -> FValue {
                        FValue right = expr(*e.comparators[i]);
                        if (!right.valid())
                          return {};
                        FValue result =
                            compareOnce(e.ops[i], left, right,
                                        e.comparators[i]->loc);
                        left = right;
                        return result;
                      });
}

FValue FunctionBuilder::exprCall(const CallExpr &e) {
  // super().method(...)
  if (auto *attr = dyn_cast<AttributeExpr>(e.func.get()))
    if (auto *inner = dyn_cast<CallExpr>(attr->value.get()))
      if (auto *name = dyn_cast<NameExpr>(inner->func.get()))
        if (name->id == "super" && !state.count("super"))
          return exprSuper(e, attr);

  FValue callee = expr(*e.func);
  if (!callee.valid())
    return {};
  std::vector<FValue> args;
  std::optional<FValue> star;
  for (size_t i = 0; i < e.args.size(); ++i) {
    const Expr &arg = *e.args[i];
    if (auto *starred = dyn_cast<StarredExpr>(&arg)) {
      if (i + 1 != e.args.size()) {
        error(arg.loc, "'*' arguments must come last in RPython");
        return {};
      }
      FValue value = expr(*starred->value);
      if (!value.valid())
        return {};
      star = value;
      continue;
    }
    args.push_back(expr(arg));
    if (!args.back().valid())
      return {};
  }
  std::vector<std::pair<std::string, FValue>> kwargs;
  for (const Keyword &kw : e.keywords) {
    if (kw.name.empty()) {
      error(kw.loc, "'**' arguments are not RPython");
      return {};
    }
    FValue value = expr(*kw.value);
    if (!value.valid())
      return {};
    kwargs.push_back({kw.name, value});
  }
  return callValue(callee, std::move(args), std::move(kwargs), star, e.loc);
}

FValue FunctionBuilder::callValue(
    FValue callee, std::vector<FValue> args,
    std::vector<std::pair<std::string, FValue>> kwargs,
    std::optional<FValue> star, Loc loc) {
  ClassObject *knownClass = nullptr;
  // Calls the constant callee at translation time on constant arguments.
  auto foldCall = [&] {
    return tryFold(interp, args, [&] {
      std::vector<Object *> values;
      for (const FValue &arg : args)
        values.push_back(arg.constant);
      return interp.call(callee.constant, values, loc);
    });
  };
  if (callee.isConstant()) {
    if (auto *builtin = dyn_cast<BuiltinFunctionObject>(callee.constant)) {
      const std::string &name = builtin->qualname;
      if (name == "rpython.rlib.objectmodel.we_are_translated")
        return FValue::of(space.trueObject());
      bool plain = kwargs.empty() && !star;
      if (name == "isinstance" && plain && args.size() == 2) {
        FValue folded = tryFold(interp, args, [&] {
          return interp.call(callee.constant, {args[0].constant,
                                               args[1].constant},
                             loc);
        });
        if (folded.valid())
          return folded;
        return emitValue(flow::IsInstanceOp::getOperationName(), loc, args);
      }
      if (isFoldableBuiltin(name) && plain)
        if (FValue folded = foldCall(); folded.valid())
          return folded;
    } else if (auto *cls = dyn_cast<ClassObject>(callee.constant)) {
      // int("12"), str(5), r_uint(3): conversions fold like built-ins.
      if (cls->isBuiltin && isFoldableBuiltin(cls->fullName) &&
          kwargs.empty() && !star)
        if (FValue folded = foldCall(); folded.valid())
          return folded;
      knownClass = cls;
    }
  }

  std::vector<FValue> operands{callee};
  operands.insert(operands.end(), args.begin(), args.end());
  FValue result;
  if (kwargs.empty() && !star) {
    result = emitValue(flow::SimpleCallOp::getOperationName(), loc, operands);
  } else {
    SmallVector<StringRef> names;
    for (auto &[name, value] : kwargs) {
      names.push_back(name);
      operands.push_back(value);
    }
    SmallVector<NamedAttribute> attrs{
        builder.getNamedAttr("keywords", builder.getStrArrayAttr(names))};
    if (star) {
      operands.push_back(*star);
      attrs.push_back(builder.getNamedAttr("star", builder.getUnitAttr()));
    }
    result = emitValue(flow::CallArgsOp::getOperationName(), loc, operands,
                       attrs);
  }
  result.knownClass = knownClass;
  return result;
}

FValue FunctionBuilder::exprSuper(const CallExpr &e,
                                  const AttributeExpr *method) {
  auto *superCall = cast<CallExpr>(method->value.get());
  if (!ownerClass) {
    error(superCall->loc, "super() is only supported in methods");
    return {};
  }
  if (!superCall->args.empty() && superCall->args.size() != 2) {
    error(superCall->loc, "super() takes no arguments or (Class, self)");
    return {};
  }
  ClassObject *start = ownerClass;
  if (superCall->args.size() == 2) {
    FValue cls = expr(*superCall->args[0]);
    if (!cls.valid())
      return {};
    start = cls.isConstant() ? dyn_cast<ClassObject>(cls.constant) : nullptr;
    if (!start) {
      error(superCall->args[0]->loc, "super()'s first argument must be a "
                                     "class known at translation time");
      return {};
    }
  }
  const Arguments &params = func->arguments();
  const std::vector<Arg> &positional =
      params.posonly.empty() ? params.args : params.posonly;
  if (positional.empty()) {
    error(superCall->loc, "super() needs the method's 'self' parameter");
    return {};
  }
  auto self = state.find(positional.front().name);
  if (self == state.end()) {
    error(superCall->loc, "super() needs 'self' to be bound");
    return {};
  }
  // The method found after `start` in the MRO, bound statically.
  Object *target = nullptr;
  bool after = false;
  for (ClassObject *cls : ownerClass->mro) {
    if (after)
      if ((target = cls->dict.get(method->attr)))
        break;
    if (cls == start)
      after = true;
  }
  std::vector<FValue> args{self->second};
  for (const ExprPtr &arg : e.args) {
    if (isa<StarredExpr>(arg.get())) {
      error(arg->loc, "'*' arguments to super() methods are not supported");
      return {};
    }
    args.push_back(expr(*arg));
    if (!args.back().valid())
      return {};
  }
  if (!e.keywords.empty()) {
    error(e.loc, "keyword arguments to super() methods are not supported");
    return {};
  }
  if (!target) {
    if (method->attr == "__init__")
      return FValue::of(space.none()); // object.__init__ does nothing
    error(method->loc, "no base class of '" + ownerClass->name +
                           "' defines '" + method->attr + "'");
    return {};
  }
  if (auto *sm = dyn_cast<StaticMethodObject>(target)) {
    args.erase(args.begin());
    target = sm->function;
  } else if (auto *cm = dyn_cast<ClassMethodObject>(target)) {
    target = cm->function; // bound to this method's own `cls`
  }
  return callValue(FValue::of(target), args, {}, std::nullopt, e.loc);
}

FValue FunctionBuilder::exprAttribute(FValue object, const std::string &name,
                                      Loc loc) {
  if (object.isConstant() &&
      isa<ModuleObject, ClassObject, FunctionObject, BuiltinFunctionObject>(
          object.constant)) {
    // Modules and classes are frozen after import: their attributes fold.
    Object *value = interp.lookupAttr(object.constant, name, loc);
    if (value && !isa<BoundMethodObject>(value))
      return FValue::of(value);
    interp.clearException();
    if (isa<ModuleObject>(object.constant)) {
      error(loc, "module '" + cast<ModuleObject>(object.constant)->name +
                     "' has no attribute '" + name + "'");
      return {};
    }
    if (!value && isa<ClassObject>(object.constant)) {
      error(loc, "class '" + cast<ClassObject>(object.constant)->name +
                     "' has no attribute '" + name + "'");
      return {};
    }
  }
  return emitValue(flow::GetAttrOp::getOperationName(), loc, {object},
                   {builder.getNamedAttr("name", builder.getStringAttr(name))});
}

bool FunctionBuilder::sliceBounds(const SliceExpr &slice, FValue &lower,
                                  FValue &upper) {
  lower = slice.lower ? expr(*slice.lower) : FValue::of(space.none());
  if (!lower.valid())
    return false;
  upper = slice.upper ? expr(*slice.upper) : FValue::of(space.none());
  if (!upper.valid())
    return false;
  if (slice.step) {
    FValue step = expr(*slice.step);
    if (!step.valid())
      return false;
    auto *constant = step.isConstant() ? dyn_cast<IntObject>(step.constant)
                                       : nullptr;
    if (!isa<NoneObject>(step.constant) && (!constant || constant->value != 1))
      return error(slice.step->loc,
                   "slices with a step other than 1 are not RPython");
  }
  return true;
}

FValue FunctionBuilder::exprSubscript(const SubscriptExpr &e) {
  FValue object = expr(*e.value);
  if (!object.valid())
    return {};
  if (auto *slice = dyn_cast<SliceExpr>(e.index.get())) {
    FValue lower, upper;
    if (!sliceBounds(*slice, lower, upper))
      return {};
    FValue folded = tryFold(interp, {object, lower, upper}, [&] {
      Object *sliceObj =
          space.make<SliceObject>(lower.constant, upper.constant, space.none());
      return interp.getItem(object.constant, sliceObj, e.loc);
    });
    if (folded.valid())
      return folded;
    return emitValue(flow::GetSliceOp::getOperationName(), e.loc,
                     {object, lower, upper});
  }
  FValue index = expr(*e.index);
  if (!index.valid())
    return {};
  FValue folded = tryFold(interp, {object, index}, [&] {
    return interp.getItem(object.constant, index.constant, e.loc);
  });
  if (folded.valid())
    return folded;
  return emitValue(flow::GetItemOp::getOperationName(), e.loc,
                   {object, index});
}

FValue FunctionBuilder::exprJoinedStr(const JoinedStrExpr &e) {
  std::vector<FValue> pieces;
  for (const ExprPtr &part : e.values) {
    if (auto *text = dyn_cast<StrExpr>(part.get())) {
      pieces.push_back(FValue::of(space.newStr(text->value)));
      continue;
    }
    auto *field = cast<FormattedValueExpr>(part.get());
    std::string spec;
    if (field->formatSpec) {
      for (const ExprPtr &specPart :
           cast<JoinedStrExpr>(field->formatSpec.get())->values) {
        auto *text = dyn_cast<StrExpr>(specPart.get());
        if (!text) {
          error(specPart->loc, "replacement fields inside a format spec are "
                               "not RPython");
          return {};
        }
        spec += text->value;
      }
    }
    if (field->conversion == 'a') {
      error(field->loc, "the '!a' conversion is not RPython");
      return {};
    }
    FValue value = expr(*field->value);
    if (!value.valid())
      return {};
    FValue folded = tryFold(interp, {value}, [&]() -> Object * {
      Object *shown = value.constant;
      std::string text;
      if (field->conversion == 'r' || field->conversion == 's') {
        bool ok = field->conversion == 'r'
                      ? interp.reprOf(shown, text, field->loc)
                      : interp.strOf(shown, text, field->loc);
        if (!ok)
          return nullptr;
        shown = space.newStr(text);
      }
      if (!formatWithSpec(interp, shown, spec, text, field->loc))
        return nullptr;
      return space.newStr(text);
    });
    if (folded.valid()) {
      pieces.push_back(folded);
      continue;
    }
    SmallVector<NamedAttribute> attrs{
        builder.getNamedAttr("spec", builder.getStringAttr(spec))};
    if (field->conversion)
      attrs.push_back(builder.getNamedAttr(
          "conversion",
          builder.getStringAttr(std::string(1, field->conversion))));
    pieces.push_back(
        emitValue(flow::FormatOp::getOperationName(), field->loc, {value},
                  attrs));
    if (!pieces.back().valid())
      return {};
  }
  if (llvm::all_of(pieces, [](const FValue &p) { return p.isConstant(); })) {
    std::string text;
    for (const FValue &piece : pieces)
      text += cast<StrObject>(piece.constant)->value;
    return FValue::of(space.newStr(text));
  }
  return emitValue(flow::BuildStrOp::getOperationName(), e.loc, pieces);
}

FValue FunctionBuilder::exprDisplay(const Expr &e) {
  std::vector<FValue> items;
  auto evalAll = [&](const std::vector<ExprPtr> &elts) {
    for (const ExprPtr &elt : elts) {
      if (isa<StarredExpr>(elt.get()))
        return error(elt->loc, "starred expressions in displays are not "
                               "RPython");
      items.push_back(expr(*elt));
      if (!items.back().valid())
        return false;
    }
    return true;
  };
  switch (e.kind) {
  case ExprKind::Tuple: {
    if (!evalAll(cast<TupleExpr>(&e)->elts))
      return {};
    FValue folded = tryFold(interp, items, [&] {
      std::vector<Object *> values;
      for (const FValue &item : items)
        values.push_back(item.constant);
      return space.newTuple(values);
    });
    if (folded.valid())
      return folded;
    return emitValue(flow::NewTupleOp::getOperationName(), e.loc, items);
  }
  case ExprKind::List:
    if (!evalAll(cast<ListExpr>(&e)->elts))
      return {};
    return emitValue(flow::NewListOp::getOperationName(), e.loc, items);
  case ExprKind::Set:
    if (!evalAll(cast<SetExpr>(&e)->elts))
      return {};
    return emitValue(flow::NewSetOp::getOperationName(), e.loc, items);
  default: {
    auto *dict = cast<DictExpr>(&e);
    for (size_t i = 0; i < dict->keys.size(); ++i) {
      if (!dict->keys[i]) {
        error(dict->values[i]->loc, "'**' in dict displays is not RPython");
        return {};
      }
      items.push_back(expr(*dict->keys[i]));
      if (!items.back().valid())
        return {};
      items.push_back(expr(*dict->values[i]));
      if (!items.back().valid())
        return {};
    }
    return emitValue(flow::NewDictOp::getOperationName(), e.loc, items);
  }
  }
}

FValue FunctionBuilder::exprIfExp(const IfExpExpr &e) {
  FValue test = expr(*e.test);
  if (!test.valid())
    return {};
  if (std::optional<bool> truth = constantTruth(test))
    return expr(*truth ? *e.body : *e.orelse);
  auto [ifTrue, ifFalse] = branchOn(test, e.loc);
  State saved = state;
  Join done;
  builder.setInsertionPointToEnd(ifTrue);
  FValue body = expr(*e.body);
  if (!body.valid())
    return {};
  jumpTo(done, e.loc, {body});
  builder.setInsertionPointToEnd(ifFalse);
  state = saved;
  FValue orelse = expr(*e.orelse);
  if (!orelse.valid())
    return {};
  jumpTo(done, e.loc, {orelse});
  std::vector<FValue> extras;
  finishJoin(done, &extras);
  return extras.front();
}

/// One `for target in iter if cond...` clause of a comprehension, inlined as
/// a loop whose innermost body runs `action`.
static bool buildGenerator(FunctionBuilder &fb,
                           const std::vector<Comprehension> &generators,
                           size_t index, FValue iterable,
                           const std::function<bool()> &action, Loc loc) {
  if (index == generators.size())
    return action();
  const Comprehension &gen = generators[index];
  if (gen.isAsync)
    return fb.error(loc, "async comprehensions are not RPython");
  if (!iterable.valid())
    iterable = fb.expr(*gen.iter);
  if (!iterable.valid())
    return false;
  FValue iter = fb.emitValue(flow::IterOp::getOperationName(), gen.iter->loc,
                             {iterable});
  if (!iter.valid())
    return false;
  // Comprehension variables are not bound on entry (the caller unbinds
  // them), so the header takes no arguments.
  Location mlirLoc = fb.location(loc);
  Block *header = fb.newBlock();
  flow::BrOp::create(fb.builder, mlirLoc, ValueRange(), header);
  fb.builder.setInsertionPointToEnd(header);
  State headerState = fb.state;
  Value item = flow::NextOp::create(fb.builder, mlirLoc,
                                    fb.materialize(iter, loc));
  Block *body = fb.newBlock();
  Block *done = fb.newBlock();
  done->addArgument(flow::ObjType::get(&fb.program.context), mlirLoc);
  Attribute stop =
      fb.program.constantAttr(fb.space.stopIterationClass, loc);
  flow::CatchOp::create(fb.builder, mlirLoc, ValueRange(), {ValueRange()},
                        fb.builder.getArrayAttr({stop}), body, {done});

  fb.builder.setInsertionPointToEnd(body);
  if (!fb.buildAssign(*gen.target, FValue::of(item), loc))
    return false;
  Join next;
  bool skipped = false;
  for (const ExprPtr &cond : gen.ifs) {
    FValue test = fb.expr(*cond);
    if (!test.valid())
      return false;
    std::optional<bool> truth = fb.constantTruth(test);
    if (truth && !*truth) {
      skipped = true;
      break;
    }
    if (truth)
      continue;
    auto [ifTrue, ifFalse] = fb.branchOn(test, cond->loc);
    fb.builder.setInsertionPointToEnd(ifFalse);
    fb.jumpTo(next, cond->loc);
    fb.builder.setInsertionPointToEnd(ifTrue);
  }
  if (!skipped &&
      !buildGenerator(fb, generators, index + 1, FValue(), action, loc))
    return false;
  if (fb.reachable())
    fb.jumpTo(next, loc);
  if (fb.finishJoin(next)) {
    flow::BrOp::create(fb.builder, mlirLoc, ValueRange(), header);
    fb.builder.clearInsertionPoint();
  }
  fb.builder.setInsertionPointToEnd(done);
  fb.state = headerState;
  return true;
}

FValue FunctionBuilder::exprComprehension(const Expr &e) {
  const ScopeInfo *scope = interp.scopeOf(&e);
  if (!scope) {
    error(e.loc, "internal error: no scope for a comprehension");
    return {};
  }
  const std::vector<Comprehension> *generators;
  StringRef newOp;
  if (auto *list = dyn_cast<ListCompExpr>(&e)) {
    generators = &list->generators;
    newOp = flow::NewListOp::getOperationName();
  } else if (auto *set = dyn_cast<SetCompExpr>(&e)) {
    generators = &set->generators;
    newOp = flow::NewSetOp::getOperationName();
  } else {
    generators = &cast<DictCompExpr>(&e)->generators;
    newOp = flow::NewDictOp::getOperationName();
  }
  FValue result = emitValue(newOp, e.loc, {});
  if (!result.valid())
    return {};
  // The outermost iterable belongs to the enclosing scope (Python 3).
  FValue outerIterable = expr(*generators->front().iter);
  if (!outerIterable.valid())
    return {};

  // The comprehension's variables are its own (Python 3): unbind them while
  // it runs and restore the enclosing ones afterwards.
  State saved;
  for (const std::string &name : scope->locals) {
    auto it = state.find(name);
    if (it != state.end()) {
      saved[name] = it->second;
      state.erase(it);
    }
  }
  scopes.push_back(scope);
  auto action = [&]() -> bool {
    if (auto *list = dyn_cast<ListCompExpr>(&e)) {
      FValue item = expr(*list->elt);
      FValue append = item.valid() ? exprAttribute(result, "append", e.loc)
                                   : FValue();
      return append.valid() &&
             callValue(append, {item}, {}, std::nullopt, e.loc).valid();
    }
    if (auto *set = dyn_cast<SetCompExpr>(&e)) {
      FValue item = expr(*set->elt);
      FValue add =
          item.valid() ? exprAttribute(result, "add", e.loc) : FValue();
      return add.valid() &&
             callValue(add, {item}, {}, std::nullopt, e.loc).valid();
    }
    auto *dict = cast<DictCompExpr>(&e);
    FValue key = expr(*dict->key);
    if (!key.valid())
      return false;
    FValue value = expr(*dict->value);
    return value.valid() && emit(flow::SetItemOp::getOperationName(), e.loc,
                                 {result, key, value}, {}, 0);
  };
  bool ok = buildGenerator(*this, *generators, 0, outerIterable, action, e.loc);
  scopes.pop_back();
  if (!ok)
    return {};
  for (const std::string &name : scope->locals)
    state.erase(name);
  for (auto &[name, value] : saved)
    state[name] = value;
  return result;
}

} // namespace rpy::frontend
