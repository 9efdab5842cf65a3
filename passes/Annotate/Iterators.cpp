//===- Iterators.cpp - enumerate(), reversed() and zip() ------------------===//
//
// PyPy's enumerate and reversed iterators (SomeIterator variants): the call
// makes the iterator over its list or string directly, `iter` of an
// iterator is the iterator, and `next` reads the list's ListDef, so the
// loop is flowed again when the list's items generalise. `zip` makes a list
// of pairs, as PyPy's.
//
//===----------------------------------------------------------------------===//

#include "passes/Annotate/AnnotatorImpl.h"

#include "dialects/ann/AnnTypes.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::annotate;
using namespace rpy::annotate::detail;

FailureOr<Type> Annotator::callIteratorBuiltin(Operation *op, StringRef name,
                                               ArrayRef<Type> args) {
  if (args.size() != 1) {
    report(op, name + "() takes 1 argument, got " + Twine(args.size()));
    return failure();
  }
  Type container = args[0];
  auto str = dyn_cast<ann::StrType>(container);
  bool fits = isa<ann::CharType>(container) || (str && !str.getNullable());
  if (auto list = dyn_cast<ann::ListType>(container))
    fits = !list.getNullable();
  if (!fits) {
    report(op, name + "() of " + describe(container) + " is not supported yet");
    return failure();
  }
  auto kind =
      name == "enumerate" ? ann::IterKind::Enumerate : ann::IterKind::Reversed;
  return Type(ann::IterType::get(ctx, container, kind));
}

Step Annotator::flowIteratorNext(Operation *op, ann::IterType iter) {
  Type container = iter.getContainerType();
  Type item;
  if (auto list = dyn_cast<ann::ListType>(container))
    item = lists.read(*listOf(list), op->getBlock());
  else if (auto str = dyn_cast<ann::StrType>(container))
    item = ann::CharType::get(ctx, str.getNoNul());
  else
    item = container;
  // Iterating over an empty list: the loop body is not reached (yet).
  if (isa<ann::ImpossibleType>(item))
    return Step::Stop;
  if (iter.getKind() == ann::IterKind::Enumerate)
    item = ann::TupleType::get(
        ctx, {ann::IntType::get(ctx, /*nonneg=*/true, false), item});
  return finish(op, item);
}

FailureOr<Type> Annotator::callZip(Operation *op, ArrayRef<Type> args) {
  if (args.size() != 2) {
    report(op, "zip() takes 2 arguments, got " + Twine(args.size()));
    return failure();
  }
  // As PyPy's builtin_zip: a new list of pairs, whose items follow the
  // two lists' items.
  SmallVector<Type, 2> items;
  for (Type arg : args) {
    auto list = dyn_cast<ann::ListType>(arg);
    if (!list || list.getNullable()) {
      report(op, "zip() of " + describe(arg) + " is not supported yet");
      return failure();
    }
    items.push_back(lists.read(*listOf(list), op->getBlock()));
  }
  ann::ListType made = siteList(op);
  if (llvm::any_of(items,
                   [](Type item) { return isa<ann::ImpossibleType>(item); }))
    return Type(made);
  if (failed(storeItem(op, *listOf(made), ann::TupleType::get(ctx, items),
                       "zip()")))
    return failure();
  return Type(made);
}
