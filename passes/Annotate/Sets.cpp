//===- Sets.cpp - The annotation of set operations ------------------------===//
//
// RPython 3's sets (beyond PyPy's RPython, which has none): a set is a dict
// of its items with no values, so each creation site has a DictDef whose
// keys are the items; values that may alias one set share it, and the union
// of two sets merges their DictDefs, as for dicts. While the annotator runs
// a set is `!ann.set<H>` with H the DictDef's handle; `ListDefs::resolve`
// writes it as `!ann.set<item>`.
//
//===----------------------------------------------------------------------===//

#include "passes/Annotate/AnnotatorImpl.h"

#include "passes/Annotate/Rules.h"

#include "dialects/ann/AnnTypes.h"
#include "dialects/flow/FlowDialect.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::annotate;
using namespace rpy::annotate::detail;

static bool isSetMethod(StringRef name) {
  return llvm::is_contained({"add", "remove", "discard", "pop", "clear", "copy",
                             "update", "union", "intersection", "difference",
                             "issubset", "issuperset", "isdisjoint"},
                            name);
}

std::optional<unsigned> Annotator::setOf(Type type) const {
  if (auto set = dyn_cast<ann::SetType>(type))
    return lists.lookupSet(set);
  return std::nullopt;
}

ann::SetType Annotator::siteSet(Operation *site) {
  auto [it, inserted] = siteSets.try_emplace(site);
  if (inserted)
    it->second = lists.createSet();
  return it->second;
}

LogicalResult Annotator::storeSetItem(Operation *op, unsigned id, Type item,
                                      const Twine &how) {
  return storeKey(op, id, item, how, /*ofSet=*/true);
}

Type Annotator::itemsOf(Type iterable, Block *reader) {
  if (std::optional<unsigned> list = listOf(iterable))
    return lists.read(*list, reader);
  if (std::optional<unsigned> dict = dictOf(iterable))
    return lists.readDict(*dict, reader).key;
  if (std::optional<unsigned> set = setOf(iterable))
    return lists.readDict(*set, reader).key;
  if (auto str = dyn_cast<ann::StrType>(iterable); str && !str.getNullable())
    return ann::CharType::get(ctx, str.getNoNul());
  if (auto chr = dyn_cast<ann::CharType>(iterable))
    return chr;
  return nullptr;
}

Type Annotator::prebuiltSet(Attribute value) {
  auto ref = dyn_cast<FlatSymbolRefAttr>(value);
  if (!ref)
    return nullptr;
  auto prebuilt = symbols.lookup<flow::PrebuiltOp>(ref.getValue());
  if (!prebuilt || prebuilt.getKind() != "set" || !prebuilt.getItems())
    return nullptr;
  auto [it, inserted] = siteSets.try_emplace(prebuilt);
  if (!inserted)
    return it->second;
  ann::SetType set = lists.createSet();
  it->second = set;
  ArrayAttr items = *prebuilt.getItems();
  for (Attribute item : items) {
    std::string error;
    Type type = annotateConstant(item, error);
    // Items without an annotation leave the constant a plain PBC.
    if (!type || !isHashable(type) || !lists.storeKey(*setOf(set), type)) {
      siteSets.erase(prebuilt);
      return ann::PbcType::get(ctx, ArrayRef<Attribute>{value});
    }
  }
  return set;
}

Step Annotator::flowSetNext(Operation *op, ann::SetType set) {
  Type item = lists.readDict(*setOf(set), op->getBlock()).key;
  if (isa<ann::ImpossibleType>(item))
    return Step::Stop;
  return finish(op, item);
}

std::optional<Step> Annotator::flowSetOp(Operation *op,
                                         ArrayRef<Type> operands) {
  StringRef opName = op->getName().getStringRef();
  if (isa<flow::NewSetOp>(op)) {
    ann::SetType set = siteSet(op);
    for (Type item : operands)
      if (failed(storeSetItem(op, *setOf(set), item, opName)))
        return Step::Error;
    return finish(op, set);
  }
  if (operands.empty())
    return std::nullopt;
  std::optional<unsigned> id = setOf(operands[0]);
  if (!id)
    return std::nullopt;
  auto unsupported = [&] {
    report(op, opName + " of " + describe(operands[0]) + " and " +
                   describe(operands.back()) + " is not supported");
    return Step::Error;
  };

  if (isa<flow::ContainsOp>(op)) {
    if (failed(storeSetItem(op, *id, operands[1], opName)))
      return Step::Error;
    return finish(op, ann::BoolType::get(ctx));
  }
  // `a | b`, `a & b`, `a - b`, `a ^ b`: a new set of both sides' items (the
  // union is wider than `&` and `-` need, and always sound); the in-place
  // forms store into the left set.
  if (isa<flow::OrOp, flow::AndOp, flow::SubOp, flow::XorOp, flow::InplaceOrOp,
          flow::InplaceAndOp, flow::InplaceSubOp, flow::InplaceXorOp>(op)) {
    std::optional<unsigned> other = setOf(operands[1]);
    if (!other)
      return unsupported();
    bool inplace = isa<flow::InplaceOrOp, flow::InplaceAndOp,
                       flow::InplaceSubOp, flow::InplaceXorOp>(op);
    Type result = inplace ? operands[0] : Type(siteSet(op));
    unsigned into = *setOf(result);
    Block *block = op->getBlock();
    for (unsigned from : {*id, *other}) {
      Type items = lists.readDict(from, block).key;
      if (from != into && failed(storeSetItem(op, into, items, opName)))
        return Step::Error;
    }
    return finish(op, result);
  }
  if (isa<flow::EqOp, flow::NeOp>(op)) {
    std::optional<unsigned> other = setOf(operands[1]);
    if (!other)
      return unsupported();
    // As lists (PyPy's ListDef.agree): comparable sets share their items.
    Block *block = op->getBlock();
    Type mine = lists.readDict(*id, block).key;
    Type theirs = lists.readDict(*other, block).key;
    if (failed(storeSetItem(op, *id, theirs, opName)) ||
        failed(storeSetItem(op, *other, mine, opName)))
      return Step::Error;
    return finish(op, ann::BoolType::get(ctx));
  }
  if (auto getattr = dyn_cast<flow::GetAttrOp>(op)) {
    if (!isSetMethod(getattr.getName())) {
      report(op, "flow.getattr '" + getattr.getName() + "' of " +
                     describe(operands[0]) + " is not supported");
      return Step::Error;
    }
    auto method =
        flow::BuiltinAttr::get(ctx, ("set." + getattr.getName()).str());
    return finish(op, ann::PbcType::get(ctx, ArrayRef<Attribute>{method}));
  }
  return std::nullopt;
}

FailureOr<Type> Annotator::callSetBuiltin(Operation *op, ArrayRef<Type> args) {
  if (args.size() > 1) {
    report(op, "set() takes 0 to 1 arguments, got " + Twine(args.size()));
    return failure();
  }
  ann::SetType made = siteSet(op);
  if (args.empty())
    return Type(made);
  Type items = itemsOf(args[0], op->getBlock());
  if (!items) {
    report(op, "set() of " + describe(args[0]) + " is not supported");
    return failure();
  }
  if (failed(storeSetItem(op, *setOf(made), items, "set()")))
    return failure();
  return Type(made);
}

FailureOr<Type> Annotator::callSetMethod(Operation *op, StringRef name,
                                         ArrayRef<Type> args) {
  auto getattr = op->getOperand(0).getDefiningOp<flow::GetAttrOp>();
  if (!getattr) {
    report(op, "calling the set method '" + name +
                   "' through a variable is not supported yet");
    return failure();
  }
  unsigned id = *setOf(get(getattr.getObject()));
  std::string how = ("set." + name + "()").str();
  size_t wanted = llvm::is_contained({"pop", "clear", "copy"}, name) ? 0 : 1;
  if (args.size() != wanted) {
    report(op, how.substr(0, how.size() - 2) + "() takes " + Twine(wanted) +
                   " argument(s), got " + Twine(args.size()));
    return failure();
  }
  Block *block = op->getBlock();
  auto none = Type(ann::NoneType::get(ctx));
  auto boolean = Type(ann::BoolType::get(ctx));

  if (name == "add" || name == "remove" || name == "discard")
    return succeeded(storeSetItem(op, id, args[0], how)) ? none
                                                         : FailureOr<Type>();
  if (name == "pop") {
    Type item = lists.readDict(id, block).key;
    // Popping from a set never filled: no value yet.
    return isa<ann::ImpossibleType>(item) ? Type() : item;
  }
  if (name == "clear")
    return none;
  if (name == "copy") {
    ann::SetType copy = siteSet(op);
    if (failed(
            storeSetItem(op, *setOf(copy), lists.readDict(id, block).key, how)))
      return failure();
    return Type(copy);
  }
  // The methods taking another iterable.
  Type items = itemsOf(args[0], block);
  if (!items) {
    report(op, how + " of " + describe(args[0]) + " is not supported");
    return failure();
  }
  if (name == "update")
    return succeeded(storeSetItem(op, id, items, how)) ? none
                                                       : FailureOr<Type>();
  if (llvm::is_contained({"issubset", "issuperset", "isdisjoint"}, name))
    return succeeded(storeSetItem(op, id, items, how)) ? boolean
                                                       : FailureOr<Type>();
  // union, intersection, difference: a new set of both sides' items.
  ann::SetType made = siteSet(op);
  if (failed(
          storeSetItem(op, *setOf(made), lists.readDict(id, block).key, how)) ||
      failed(storeSetItem(op, *setOf(made), items, how)))
    return failure();
  return Type(made);
}
