//===- Builtins.cpp - Annotations of calls to built-in functions ----------===//

#include "passes/Annotate/Builtins.h"

#include "dialects/ann/AnnTypes.h"
#include "dialects/ann/Lattice.h"
#include "dialects/flow/FlowDialect.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::annotate;

static bool isInteger(Type type) {
  return isa<ann::IntType, ann::BoolType>(type);
}

static bool isNonneg(Type type) {
  if (auto integer = dyn_cast<ann::IntType>(type))
    return integer.getNonneg();
  return isa<ann::BoolType>(type);
}

RuleResult annotate::callBuiltin(MLIRContext *ctx, StringRef name,
                                 ArrayRef<Type> args) {
  RuleResult result;
  result.handled = true;
  auto arity = [&](size_t low, size_t high) {
    if (args.size() >= low && args.size() <= high)
      return true;
    result.error = (name + "() takes " + std::to_string(low) +
                    (low == high ? "" : " to " + std::to_string(high)) +
                    " arguments, got " + std::to_string(args.size()))
                       .str();
    return false;
  };

  if (name == "print") {
    result.type = ann::NoneType::get(ctx);
    return result;
  }
  if (name == "len") {
    if (!arity(1, 1))
      return result;
    if (!isa<ann::StrType, ann::CharType, ann::TupleType, ann::ListType,
             ann::DictType, ann::SetType>(args[0])) {
      result.error = "len() of " + ann::describe(args[0]) + " is not supported";
      return result;
    }
    result.type = ann::IntType::get(ctx, /*nonneg=*/true, false);
    return result;
  }
  if (name == "range") {
    if (!arity(1, 3))
      return result;
    for (Type arg : args)
      if (!isInteger(arg)) {
        result.error = "range() of " + ann::describe(arg) + ": expected int";
        return result;
      }
    // As PyPy: the items are non-negative when the start is (range(n)
    // starts at 0) and the step is.
    bool nonneg = args.size() == 1 ||
                  (isNonneg(args[0]) && (args.size() < 3 || isNonneg(args[2])));
    auto item = ann::IntType::get(ctx, nonneg, false);
    result.type = ann::ListType::get(ctx, item, /*fixed=*/true,
                                     /*mutated=*/false, /*nullable=*/false);
    return result;
  }
  if (name == "str" || name == "repr") {
    if (!arity(1, 1))
      return result;
    // The text of a number has no NUL; a string's may.
    bool noNul = isa<ann::IntType, ann::BoolType, ann::FloatType>(args[0]);
    if (auto str = dyn_cast<ann::StrType>(args[0]))
      noNul = str.getNoNul();
    result.type = ann::StrType::get(ctx, false, noNul);
    return result;
  }
  if (name == "bool") {
    if (!arity(1, 1))
      return result;
    result.type = ann::BoolType::get(ctx);
    return result;
  }
  if (name == "int" || name == "float") {
    if (!arity(1, 1))
      return result;
    if (!isa<ann::IntType, ann::BoolType, ann::FloatType, ann::StrType,
             ann::CharType>(args[0])) {
      result.error =
          (name + "() of " + ann::describe(args[0]) + " is not supported")
              .str();
      return result;
    }
    if (name == "float")
      result.type = ann::FloatType::get(ctx);
    else
      result.type = ann::IntType::get(ctx, isNonneg(args[0]), false);
    return result;
  }
  if (name == "abs") {
    if (!arity(1, 1))
      return result;
    if (isa<ann::FloatType>(args[0])) {
      result.type = args[0];
      return result;
    }
    if (!isInteger(args[0])) {
      result.error = "abs() of " + ann::describe(args[0]) + " is not supported";
      return result;
    }
    // As PyPy: abs(-sys.maxint - 1) overflows instead.
    result.type = ann::IntType::get(ctx, true, false);
    return result;
  }
  if (name == "chr" || name == "ord") {
    if (!arity(1, 1))
      return result;
    // ord() of a str checks its length at run time, as PyPy's
    // SomeString.ord.
    auto str = dyn_cast<ann::StrType>(args[0]);
    bool fits = name == "chr" ? isInteger(args[0])
                              : isa<ann::CharType>(args[0]) ||
                                    (str && !str.getNullable());
    if (!fits) {
      result.error =
          (name + "() of " + ann::describe(args[0]) + " is not supported")
              .str();
      return result;
    }
    if (name == "chr")
      result.type = ann::CharType::get(ctx, false);
    else
      result.type = ann::IntType::get(ctx, true, false);
    return result;
  }
  if (name == "min" || name == "max") {
    if (!arity(1, 64))
      return result;
    // min(l) of a list of numbers or strings: its item type.
    if (args.size() == 1) {
      auto list = dyn_cast<ann::ListType>(args[0]);
      Type item = list ? list.getElementType() : Type();
      auto str = dyn_cast_or_null<ann::StrType>(item);
      if (item && (isInteger(item) || isa<ann::FloatType>(item) ||
                   (str && !str.getNullable()))) {
        result.type = item;
        return result;
      }
      result.error = (name + "() of " + ann::describe(args[0]) +
                      " is not supported: expected a list of numbers or "
                      "strings")
                         .str();
      return result;
    }
    // Numbers of one family, as PyPy's builtin_min/max.
    if (llvm::all_of(args, isInteger)) {
      bool nonneg = name == "min" ? llvm::all_of(args, isNonneg)
                                  : llvm::any_of(args, isNonneg);
      bool isUnsigned = llvm::any_of(args, [](Type arg) {
        auto integer = dyn_cast<ann::IntType>(arg);
        return integer && integer.getIsUnsigned();
      });
      result.type = ann::IntType::get(ctx, nonneg, isUnsigned);
      return result;
    }
    if (llvm::all_of(args, [](Type arg) { return isa<ann::FloatType>(arg); })) {
      result.type = args[0];
      return result;
    }
    std::string described;
    for (auto [i, arg] : llvm::enumerate(args))
      described += (i == 0 ? "" : i + 1 == args.size() ? " and " : ", ") +
                   ann::describe(arg);
    result.error =
        (name + "() of " + described + " is not supported").str();
    return result;
  }
  // hash() and compute_hash() of anything that can key a dict. PyPy
  // rejects hash() and wants compute_hash(); Python 3 programs use both.
  if (name == "hash" || name == "rpython.rlib.objectmodel.compute_hash") {
    if (!arity(1, 1))
      return result;
    if (!isHashable(args[0])) {
      result.error =
          ((name == "hash" ? "hash" : "compute_hash") + Twine("() of ") +
           ann::describe(args[0]) + ": not hashable")
              .str();
      return result;
    }
    result.type = ann::IntType::get(ctx, false, false);
    return result;
  }
  // As PyPy's builtin_tuple: a list has no fixed length, so no tuple type.
  if (name == "tuple") {
    if (!arity(1, 1))
      return result;
    if (!isa<ann::TupleType>(args[0])) {
      result.error = "tuple() of " + ann::describe(args[0]) +
                     ": the argument must be a tuple";
      return result;
    }
    result.type = args[0];
    return result;
  }
  if (name == "hex" || name == "oct") {
    if (!arity(1, 1))
      return result;
    if (!isInteger(args[0])) {
      result.error =
          (name + "() of " + ann::describe(args[0]) + ": expected an int")
              .str();
      return result;
    }
    result.type = ann::StrType::get(ctx, false, /*noNul=*/true);
    return result;
  }
  // A plain object, as sentinels are made: an instance of the root class.
  if (name == "object") {
    if (!arity(0, 0))
      return result;
    result.type = ann::InstanceType::get(
        ctx, flow::BuiltinAttr::get(ctx, "object"), /*nullable=*/false);
    return result;
  }
  // rpython.rlib.jit: we_are_jitted() is PyPy's CDefinedIntSymbolic, a
  // non-negative int; isconstant(x) a bool.
  if (name == "rpython.rlib.jit.we_are_jitted") {
    if (!arity(0, 0))
      return result;
    result.type = ann::IntType::get(ctx, /*nonneg=*/true, false);
    return result;
  }
  if (name == "rpython.rlib.jit.isconstant") {
    if (!arity(1, 1))
      return result;
    result.type = ann::BoolType::get(ctx);
    return result;
  }
  // The time and math externals: floats.
  if (name == "time.time" || name == "time.perf_counter") {
    if (!arity(0, 0))
      return result;
    result.type = ann::FloatType::get(ctx);
    return result;
  }
  if (name.starts_with("math.")) {
    for (Type arg : args)
      if (!isInteger(arg) && !isa<ann::FloatType>(arg)) {
        result.error =
            (name + "() of " + ann::describe(arg) + ": expected a number")
                .str();
        return result;
      }
    // As CPython 3: floor, ceil and trunc give ints; the tests give bools.
    StringRef function = StringRef(name).drop_front(5);
    if (llvm::is_contained({"floor", "ceil", "trunc"}, function))
      result.type = ann::IntType::get(ctx, false, false);
    else if (llvm::is_contained({"isnan", "isinf", "isfinite"}, function))
      result.type = ann::BoolType::get(ctx);
    else
      result.type = ann::FloatType::get(ctx);
    return result;
  }
  // rpython.rlib.rarithmetic: machine-word conversions and the overflow
  // check (an identity for the annotator).
  StringRef rarithmetic = name;
  if (rarithmetic.consume_front("rpython.rlib.rarithmetic.")) {
    if (!arity(1, 1))
      return result;
    if (!isInteger(args[0])) {
      result.error = (rarithmetic + "() of " + ann::describe(args[0]) +
                      ": expected an int")
                         .str();
      return result;
    }
    if (rarithmetic == "r_uint")
      result.type =
          ann::IntType::get(ctx, /*nonneg=*/true, /*isUnsigned=*/true);
    else if (rarithmetic == "intmask")
      result.type = ann::IntType::get(ctx, false, false);
    else if (rarithmetic == "ovfcheck")
      result.type = isa<ann::BoolType>(args[0])
                        ? Type(ann::IntType::get(ctx, true, false))
                        : args[0];
    else
      result.handled = false;
    return result;
  }
  // JIT hints are identities until there is a JIT.
  if (name == "rpython.rlib.jit.promote") {
    if (!arity(1, 1))
      return result;
    result.type = args[0];
    return result;
  }
  // The os externals of RPython's ll_os, with their signatures: paths
  // must be known free of NUL characters, as in PyPy.
  if (name == "os.open") {
    if (!arity(3, 3))
      return result;
    auto path = dyn_cast<ann::StrType>(args[0]);
    if (!path || path.getNullable() || !path.getNoNul()) {
      result.error = "os.open() of " + ann::describe(args[0]) +
                     ": the path must be a str without NUL characters";
      return result;
    }
    if (!isInteger(args[1]) || !isInteger(args[2])) {
      result.error = "os.open() flags and mode must be ints";
      return result;
    }
    result.type = ann::IntType::get(ctx, false, false);
    return result;
  }
  if (name == "os.read" || name == "os.write" || name == "os.close") {
    size_t count = name == "os.close" ? 1 : 2;
    if (!arity(count, count))
      return result;
    bool fits = isInteger(args[0]);
    if (name == "os.read")
      fits &= isInteger(args[1]);
    if (name == "os.write")
      fits &= isa<ann::StrType, ann::CharType>(args[1]) &&
              !(isa<ann::StrType>(args[1]) &&
                cast<ann::StrType>(args[1]).getNullable());
    if (!fits) {
      std::string described;
      for (Type arg : args)
        described += (described.empty() ? "" : ", ") + ann::describe(arg);
      result.error = (name + "() of " + described + " is not supported").str();
      return result;
    }
    if (name == "os.read")
      result.type = ann::StrType::get(ctx, false, false);
    else if (name == "os.write")
      result.type = ann::IntType::get(ctx, true, false);
    else
      result.type = ann::NoneType::get(ctx);
    return result;
  }
  if (name == "os.lseek") {
    if (!arity(3, 3))
      return result;
    if (!llvm::all_of(args, isInteger)) {
      result.error = "os.lseek() position and whence must be ints";
      return result;
    }
    result.type = ann::IntType::get(ctx, false, false);
    return result;
  }
  // sys.exit() raises SystemExit: the call never returns, so it ends its
  // block as a raise does (the caller turns the impossible result into that).
  if (name == "sys.exit") {
    if (!arity(0, 1))
      return result;
    if (!args.empty() && !isInteger(args[0]) && !isa<ann::NoneType>(args[0])) {
      result.error =
          "sys.exit() of " + ann::describe(args[0]) + ": expected an int";
      return result;
    }
    result.type = ann::ImpossibleType::get(ctx);
    return result;
  }
  // sys.stdout.write(s), sys.stderr.write(s): the number of characters
  // written, as in Python 3.
  if (name == "sys.stdout.write" || name == "sys.stderr.write") {
    if (!arity(1, 1))
      return result;
    auto str = dyn_cast<ann::StrType>(args[0]);
    if (!isa<ann::CharType>(args[0]) && (!str || str.getNullable())) {
      result.error =
          (name + "() of " + ann::describe(args[0]) + ": expected a str").str();
      return result;
    }
    result.type = ann::IntType::get(ctx, true, false);
    return result;
  }
  if (name == "sys.stdout.flush" || name == "sys.stderr.flush") {
    if (!arity(0, 0))
      return result;
    result.type = ann::NoneType::get(ctx);
    return result;
  }
  result.handled = false;
  return result;
}
