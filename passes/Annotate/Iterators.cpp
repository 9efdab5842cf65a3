//===- Iterators.cpp - enumerate(), reversed(), zip() and sorted() -------===//
//
// PyPy's enumerate and reversed iterators (SomeIterator variants): the call
// makes the iterator over its list or string directly, `iter` of an
// iterator is the iterator, and `next` reads the list's ListDef, so the
// loop is flowed again when the list's items generalise. `zip` makes a list
// of tuples, as PyPy's; `sorted` a sorted copy of a list.
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
  if (args.empty()) {
    report(op, "zip() takes at least 1 argument, got 0");
    return failure();
  }
  // As PyPy's builtin_zip, for any number of lists: a new list of tuples,
  // whose items follow the lists' items.
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

/// Whether `sorted` can order items of `type` (Python 3 has no order
/// between unrelated types).
static bool isOrderable(Type type) {
  if (auto tuple = dyn_cast<ann::TupleType>(type))
    return llvm::all_of(tuple.getElementTypes(), isOrderable);
  if (auto str = dyn_cast<ann::StrType>(type))
    return !str.getNullable();
  return isa<ann::IntType, ann::BoolType, ann::FloatType, ann::CharType,
             ann::ImpossibleType>(type);
}

FailureOr<Type> Annotator::callSorted(Operation *op, ArrayRef<Type> args,
                                      ArrayRef<StringRef> keywords) {
  size_t numPositional = args.size() - keywords.size();
  for (auto [keyword, value] :
       llvm::zip(keywords, args.drop_front(numPositional))) {
    if (keyword != "reverse") {
      report(op, "sorted() with " + keyword +
                     "= is not supported: the items are sorted by their "
                     "own order");
      return failure();
    }
    if (!isa<ann::BoolType, ann::IntType>(value)) {
      report(op,
             "sorted() reverse= of " + describe(value) + ": expected a bool");
      return failure();
    }
  }
  if (numPositional != 1) {
    report(op,
           "sorted() takes 1 positional argument, got " + Twine(numPositional));
    return failure();
  }
  auto list = dyn_cast<ann::ListType>(args[0]);
  if (!list || list.getNullable()) {
    report(op, "sorted() of " + describe(args[0]) + ": expected a list");
    return failure();
  }
  // As list(l) then sort(): a new list of the same items, mutated.
  Type item = lists.read(*listOf(list), op->getBlock());
  if (!isOrderable(item)) {
    report(op, "sorted() of " + describe(args[0]) +
                   ": the items must be numbers, strings or tuples of them");
    return failure();
  }
  ann::ListType made = siteList(op);
  lists.get(*listOf(made)).mutated = true;
  if (failed(storeItem(op, *listOf(made), item, "sorted()")))
    return failure();
  return Type(made);
}
