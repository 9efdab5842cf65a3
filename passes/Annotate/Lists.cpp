//===- Lists.cpp - The annotation of list operations ----------------------===//
//
// PyPy's SomeList rules (rpython/annotator/unaryop.py, binaryop.py) over
// ListDefs: reads register their block as a reader of the list's ListDef,
// stores generalise its element type in place, and what changes a list's
// length marks it resized (not `fixed`).
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

/// Whether `type` can index a list.
static bool isIndex(Type type) {
  return isa<ann::IntType, ann::BoolType>(type);
}

/// The list methods the annotator knows.
static bool isListMethod(StringRef name) {
  return llvm::is_contained({"append", "insert", "pop", "extend", "reverse",
                             "sort", "index", "count", "remove"},
                            name);
}

std::optional<unsigned> Annotator::listOf(Type type) const {
  if (auto list = dyn_cast<ann::ListType>(type))
    return lists.lookup(list);
  return std::nullopt;
}

ann::ListType Annotator::siteList(Operation *site, bool resized) {
  auto [it, inserted] = siteLists.try_emplace(site);
  if (inserted)
    it->second = lists.create(nullptr, resized);
  return it->second;
}

LogicalResult Annotator::storeItem(Operation *op, unsigned id, Type item,
                                   const Twine &how) {
  Type old = lists.get(id).element;
  if (lists.store(id, item))
    return success();
  report(op, "cannot union " + describe(old) + " and " + describe(item) +
                 " (the items of a list, stored by " + how + ")");
  return failure();
}

Type Annotator::prebuiltList(Attribute value) {
  auto ref = dyn_cast<FlatSymbolRefAttr>(value);
  if (!ref)
    return nullptr;
  auto prebuilt = symbols.lookup<flow::PrebuiltOp>(ref.getValue());
  if (!prebuilt || prebuilt.getKind() != "list" || !prebuilt.getItems())
    return nullptr;
  // One ListDef per prebuilt list, whatever constant names it.
  auto [it, inserted] = siteLists.try_emplace(prebuilt);
  if (!inserted)
    return it->second;
  ann::ListType list = lists.create(nullptr, /*resized=*/false);
  it->second = list;
  ArrayAttr items = *prebuilt.getItems();
  for (Attribute item : items) {
    // A prebuilt list of prebuilt lists: the entry made above ends the
    // recursion of a list that contains itself.
    std::string error;
    Type type = prebuiltList(item);
    if (!type)
      type = annotateConstant(item, error);
    // Items without an annotation leave the constant a plain PBC, which
    // the operations reading it report.
    if (!type || !lists.store(*listOf(list), type)) {
      siteLists.erase(prebuilt);
      return ann::PbcType::get(ctx, ArrayRef<Attribute>{value});
    }
  }
  return list;
}

Step Annotator::flowNewList(Operation *op, ArrayRef<Type> items) {
  // A literal starts fixed: it becomes resizable at the first append
  // (PyPy's `listdef.resize()`).
  ann::ListType list = siteList(op);
  unsigned id = *listOf(list);
  for (Type item : items) {
    Type old = lists.get(id).element;
    if (!lists.store(id, item)) {
      report(op, "cannot union " + describe(old) + " and " + describe(item) +
                     " (the items of a list)");
      return Step::Error;
    }
  }
  return finish(op, list);
}

Step Annotator::flowListNext(Operation *op, ann::ListType list) {
  Type item = lists.read(*listOf(list), op->getBlock());
  // Iterating over an empty list: the loop body is not reached (yet).
  if (isa<ann::ImpossibleType>(item))
    return Step::Stop;
  return finish(op, item);
}

std::optional<Step> Annotator::flowListOp(Operation *op,
                                          ArrayRef<Type> operands) {
  if (isa<flow::NewListOp>(op))
    return flowNewList(op, operands);
  if (operands.empty())
    return std::nullopt;
  // `n * l` is `l * n`.
  std::optional<unsigned> id = listOf(operands[0]);
  if (!id && isa<flow::MulOp>(op) && operands.size() == 2 &&
      isIndex(operands[0]))
    id = listOf(operands[1]);
  if (!id)
    return std::nullopt;
  // Looked up when used: a union may merge the list's ListDef into another.
  auto def = [&]() -> ListDef & { return lists.get(*id); };
  Block *block = op->getBlock();
  StringRef opName = op->getName().getStringRef();
  auto unsupported = [&]() {
    std::string message = (op->getName().getStringRef() + " of ").str();
    llvm::raw_string_ostream os(message);
    llvm::interleave(
        operands, os, [&](Type type) { os << describe(type); }, " and ");
    report(op, message + " is not supported");
    return Step::Error;
  };
  // A read of the items: impossible while nothing was stored (the block is
  // flowed again when something is).
  auto readItem = [&](unsigned list) -> Type {
    Type item = lists.read(list, block);
    return isa<ann::ImpossibleType>(item) ? Type() : item;
  };
  auto storeFrom = [&](unsigned into, Type from) -> LogicalResult {
    std::optional<unsigned> source = listOf(from);
    Type item = lists.read(*source, block);
    return storeItem(op, into, item, op->getName().getStringRef());
  };

  if (isa<flow::GetItemOp>(op)) {
    if (!isIndex(operands[1]))
      return unsupported();
    Type item = readItem(*id);
    return item ? finish(op, item) : Step::Stop;
  }
  if (isa<flow::SetItemOp>(op)) {
    if (!isIndex(operands[1]))
      return unsupported();
    def().mutated = true;
    return succeeded(storeItem(op, *id, operands[2], "flow.setitem"))
               ? Step::Continue
               : Step::Error;
  }
  if (isa<flow::DelItemOp>(op)) {
    if (!isIndex(operands[1]))
      return unsupported();
    def().resized = true;
    return Step::Continue;
  }
  if (isa<flow::GetSliceOp, flow::SetSliceOp, flow::DelSliceOp>(op)) {
    for (Type bound : operands.slice(1, 2))
      if (!isIndex(bound) && !isa<ann::NoneType>(bound)) {
        report(op, "slicing " + describe(operands[0]) + " by " +
                       describe(bound) + " is not supported");
        return Step::Error;
      }
    if (isa<flow::DelSliceOp>(op)) {
      def().resized = true;
      return Step::Continue;
    }
    if (isa<flow::SetSliceOp>(op)) {
      if (!listOf(operands[3]))
        return unsupported();
      def().resized = def().mutated = true;
      return succeeded(storeFrom(*id, operands[3])) ? Step::Continue
                                                    : Step::Error;
    }
    // A slice is a new list of the same items.
    ann::ListType slice = siteList(op);
    if (failed(storeFrom(*listOf(slice), operands[0])))
      return Step::Error;
    return finish(op, slice);
  }
  if (isa<flow::AddOp, flow::InplaceAddOp>(op)) {
    if (!listOf(operands[1]))
      return unsupported();
    // `l += other` extends `l` in place; `l + other` is a new list.
    if (isa<flow::InplaceAddOp>(op)) {
      def().resized = true;
      if (failed(storeFrom(*id, operands[1])))
        return Step::Error;
      return finish(op, operands[0]);
    }
    ann::ListType sum = siteList(op);
    if (failed(storeFrom(*listOf(sum), operands[0])) ||
        failed(storeFrom(*listOf(sum), operands[1])))
      return Step::Error;
    return finish(op, sum);
  }
  if (isa<flow::MulOp, flow::InplaceMulOp>(op)) {
    Type list = listOf(operands[0]) ? operands[0] : operands[1];
    Type count = list == operands[0] ? operands[1] : operands[0];
    if (!isIndex(count))
      return unsupported();
    if (isa<flow::InplaceMulOp>(op)) {
      def().resized = true;
      return finish(op, list);
    }
    ann::ListType product = siteList(op);
    if (failed(storeFrom(*listOf(product), list)))
      return Step::Error;
    return finish(op, product);
  }
  if (isa<flow::EqOp, flow::NeOp>(op) && listOf(operands[1])) {
    // PyPy's ListDef.agree: comparable lists get the union of their items,
    // without becoming one list.
    std::optional<unsigned> other = listOf(operands[1]);
    Type mine = lists.read(*id, block), theirs = lists.read(*other, block);
    if (failed(storeItem(op, *id, theirs, opName)) ||
        failed(storeItem(op, *other, mine, opName)))
      return Step::Error;
    return finish(op, ann::BoolType::get(ctx));
  }
  if (auto getattr = dyn_cast<flow::GetAttrOp>(op)) {
    if (!isListMethod(getattr.getName())) {
      report(op, "flow.getattr '" + getattr.getName() + "' of " +
                     describe(operands[0]) + " is not supported");
      return Step::Error;
    }
    // The method is called through the `getattr` that read it, which names
    // the list (see callListMethod).
    auto method =
        flow::BuiltinAttr::get(ctx, ("list." + getattr.getName()).str());
    return finish(op, ann::PbcType::get(ctx, ArrayRef<Attribute>{method}));
  }
  return std::nullopt;
}

FailureOr<Type> Annotator::callListMethod(Operation *op, StringRef name,
                                          ArrayRef<Type> args) {
  auto getattr = op->getOperand(0).getDefiningOp<flow::GetAttrOp>();
  if (!getattr) {
    report(op, "calling the list method '" + name +
                   "' through a variable is not supported yet");
    return failure();
  }
  unsigned id = *listOf(get(getattr.getObject()));
  auto arity = [&](size_t low, size_t high) {
    if (args.size() >= low && args.size() <= high)
      return true;
    report(op, "list." + name + "() takes " + Twine(low) +
                   (low == high ? "" : " to " + Twine(high)) +
                   " argument(s), got " + Twine(args.size()));
    return false;
  };
  auto none = Type(ann::NoneType::get(ctx));
  auto def = [&]() -> ListDef & { return lists.get(id); };
  if (name == "append" || name == "insert") {
    size_t count = name == "append" ? 1 : 2;
    if (!arity(count, count))
      return failure();
    if (name == "insert" && !isIndex(args[0])) {
      report(op,
             "list.insert() index must be an int, not " + describe(args[0]));
      return failure();
    }
    def().resized = true;
    if (failed(storeItem(op, id, args.back(), name)))
      return failure();
    return none;
  }
  if (name == "extend") {
    if (!arity(1, 1))
      return failure();
    Type item;
    if (std::optional<unsigned> other = listOf(args[0]))
      item = lists.read(*other, op->getBlock());
    else if (isa<ann::StrType, ann::CharType>(args[0]))
      item = ann::CharType::get(ctx, false);
    if (!item) {
      report(op, "list.extend() of " + describe(args[0]) + " is not supported");
      return failure();
    }
    def().resized = true;
    if (failed(storeItem(op, id, item, name)))
      return failure();
    return none;
  }
  if (name == "pop") {
    if (!arity(0, 1))
      return failure();
    if (!args.empty() && !isIndex(args[0])) {
      report(op, "list.pop() index must be an int, not " + describe(args[0]));
      return failure();
    }
    def().resized = true;
    // A null result: the list is empty so far, the call does not return.
    Type item = lists.read(id, op->getBlock());
    return isa<ann::ImpossibleType>(item) ? Type() : item;
  }
  if (name == "reverse" || name == "sort") {
    if (!arity(0, 0))
      return failure();
    def().mutated = true;
    return none;
  }
  // index, count, remove
  if (!arity(1, 1))
    return failure();
  if (name == "remove") {
    def().resized = true;
    return none;
  }
  return Type(ann::IntType::get(ctx, /*nonneg=*/true, false));
}

FailureOr<Type> Annotator::callListBuiltin(Operation *op, ArrayRef<Type> args) {
  if (args.size() > 1) {
    report(op, "list() takes 0 to 1 arguments, got " + Twine(args.size()));
    return failure();
  }
  ann::ListType made = siteList(op);
  if (args.empty())
    return Type(made);
  Type item = itemsOf(args[0], op->getBlock());
  if (!item) {
    report(op, "list() of " + describe(args[0]) + " is not supported");
    return failure();
  }
  if (failed(storeItem(op, *listOf(made), item, "list()")))
    return failure();
  return Type(made);
}
