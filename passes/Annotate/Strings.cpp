//===- Strings.cpp - The annotation of string methods ---------------------===//
//
// PyPy's SomeString methods (rpython/annotator/unaryop.py): read with
// `getattr`, called with the string as receiver.
//
//===----------------------------------------------------------------------===//

#include "passes/Annotate/AnnotatorImpl.h"
#include "passes/Annotate/Rules.h"

#include "dialects/ann/AnnTypes.h"
#include "dialects/flow/FlowDialect.h"

#include "llvm/ADT/StringSwitch.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::annotate;
using namespace rpy::annotate::detail;

namespace {
/// What a string method returns.
enum class StrResult { None, Str, SameKind, Bool, Int, List };
} // namespace

/// The result of the string method `name`, and how many arguments it takes.
static StrResult strMethod(StringRef name, size_t &low, size_t &high) {
  low = high = 0;
  auto result = llvm::StringSwitch<StrResult>(name)
                    .Cases({"lower", "upper"}, StrResult::SameKind)
                    .Cases({"strip", "lstrip", "rstrip"}, StrResult::Str)
                    .Case("join", StrResult::Str)
                    .Case("replace", StrResult::Str)
                    .Cases({"decode", "encode"}, StrResult::Str)
                    .Cases({"split", "rsplit"}, StrResult::List)
                    .Cases({"startswith", "endswith"}, StrResult::Bool)
                    .Cases({"isdigit", "isalpha", "isspace", "isalnum",
                            "islower", "isupper"},
                           StrResult::Bool)
                    .Cases({"find", "rfind", "count"}, StrResult::Int)
                    .Default(StrResult::None);
  if (llvm::is_contained({"strip", "lstrip", "rstrip"}, name))
    high = 1;
  if (name == "split" || name == "rsplit") // (sep=None, maxsplit=-1)
    high = 2;
  if (llvm::is_contained(
          {"join", "startswith", "endswith", "find", "rfind", "count"}, name))
    low = high = 1;
  if (llvm::is_contained({"find", "rfind", "count", "startswith", "endswith"},
                         name))
    high = 3;
  if (name == "replace")
    low = high = 2;
  // RPython's str is bytes: decoding to latin-1 changes nothing.
  if (name == "decode" || name == "encode")
    high = 1;
  return result;
}

static bool isStr(Type type) {
  return isa<ann::CharType>(type) ||
         (isa<ann::StrType>(type) && !cast<ann::StrType>(type).getNullable());
}

std::optional<Step> Annotator::flowStrAttr(Operation *op,
                                           ArrayRef<Type> operands) {
  auto getattr = dyn_cast<flow::GetAttrOp>(op);
  if (!getattr || !isStr(operands[0]))
    return std::nullopt;
  size_t low, high;
  if (strMethod(getattr.getName(), low, high) == StrResult::None) {
    report(op, "flow.getattr '" + getattr.getName() + "' of " +
                   describe(operands[0]) + " is not supported");
    return Step::Error;
  }
  auto method = flow::BuiltinAttr::get(ctx, ("str." + getattr.getName()).str());
  return finish(op, ann::PbcType::get(ctx, ArrayRef<Attribute>{method}));
}

FailureOr<Type> Annotator::callStrMethod(Operation *op, StringRef name,
                                         ArrayRef<Type> args) {
  auto getattr = op->getOperand(0).getDefiningOp<flow::GetAttrOp>();
  if (!getattr) {
    report(op, "calling the str method '" + name +
                   "' through a variable is not supported yet");
    return failure();
  }
  Type self = get(getattr.getObject());
  size_t low, high;
  StrResult result = strMethod(name, low, high);
  if (args.size() < low || args.size() > high) {
    report(op, "str." + name + "() takes " + Twine(low) +
                   (low == high ? "" : " to " + Twine(high)) +
                   " argument(s), got " + Twine(args.size()));
    return failure();
  }
  // The first argument is a string, except for join's list and the
  // positions of find and count.
  if (name == "join") {
    std::optional<unsigned> list = listOf(args[0]);
    Type item = list ? lists.read(*list, op->getBlock()) : Type();
    if (!item || !(isStr(item) || isa<ann::ImpossibleType>(item))) {
      report(op,
             "str.join() of " + describe(args[0]) + ": expected a list of str");
      return failure();
    }
    return Type(ann::StrType::get(ctx, false, hasNoNul(self) && hasNoNul(item)));
  }
  for (auto [index, arg] : llvm::enumerate(args)) {
    // Positions after the first argument (find's start and end, split's
    // maxsplit); None as split's separator.
    bool isPosition =
        index > 0 &&
        llvm::is_contained({"find", "rfind", "count", "startswith", "endswith",
                            "split", "rsplit"},
                           name);
    bool fits = isPosition ? isa<ann::IntType, ann::BoolType>(arg)
                           : isStr(arg) || (isa<ann::NoneType>(arg) &&
                                            (name.ends_with("split") ||
                                             name.ends_with("strip")));
    if (!fits) {
      report(op,
             "str." + name + "() of " + describe(arg) + " is not supported");
      return failure();
    }
  }
  switch (result) {
  case StrResult::SameKind:
    if (auto chr = dyn_cast<ann::CharType>(self))
      return Type(chr);
    return Type(ann::StrType::get(ctx, false, hasNoNul(self)));
  case StrResult::Str: {
    bool keepsNoNul = hasNoNul(self) && (name != "replace" || hasNoNul(args[1]));
    return Type(ann::StrType::get(ctx, false, keepsNoNul));
  }
  case StrResult::Bool:
    return Type(ann::BoolType::get(ctx));
  case StrResult::Int:
    // find gives -1 when absent.
    return Type(ann::IntType::get(ctx, name == "count", false));
  case StrResult::List: {
    ann::ListType list = siteList(op);
    if (failed(storeItem(op, *listOf(list),
                         ann::StrType::get(ctx, false, hasNoNul(self)),
                         "str.split()")))
      return failure();
    return Type(list);
  }
  case StrResult::None:
    break;
  }
  llvm_unreachable("checked by flowStrAttr");
}
