//===- Iterators.cpp - for loops: iterators without exceptions ------------===//
//
// A flow graph's loop is `%x = flow.next %it` ended by a `flow.catch` whose
// StopIteration handler leaves the loop. The RTyper turns that pattern into
// an explicit test of the iterator's state (PyPy reaches the same code
// after inlining `ll_rangenext` and the exception transform): the iterator
// is a small GC struct (the next value and the bounds of a range; the
// container and the index of a list or a string).
//
//===----------------------------------------------------------------------===//

#include "passes/RTyper/RTyperImpl.h"

#include "dialects/ann/Lattice.h"
#include "dialects/flow/FlowDialect.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::rtyper::detail;

/// The iterator kind's name in the iterator's struct name.
static StringRef kindName(ann::IterKind kind) {
  switch (kind) {
  case ann::IterKind::Range:
    return "range";
  case ann::IterKind::Enumerate:
    return "enumerate";
  case ann::IterKind::Reversed:
    return "reversed";
  default:
    return "plain";
  }
}

lltype::PtrType RTyper::iteratorType(ann::IterType iter, Location at) {
  auto signed_ = lltype::SignedType::get(ctx);
  std::string name;
  SmallVector<StringRef> fields;
  SmallVector<Type> types;
  if (iter.getKind() == ann::IterKind::Range) {
    name = "iter.range";
    fields = {"next", "stop", "step"};
    types = {signed_, signed_, signed_};
  } else {
    Type container = iter.getContainerType();
    bool dict = isa<ann::DictType, ann::SetType>(container);
    if (!isa<ann::ListType, ann::StrType, ann::CharType>(container) &&
        !(dict && iter.getKind() == ann::IterKind::Plain))
      return nullptr;
    Type low = lowType(container, at);
    if (!low)
      return nullptr;
    if (isa<lltype::CharType>(low))
      low = stringType(); // iterating over a char: over a one-char string
    name = ("iter." + kindName(iter.getKind()) + "." +
            cast<lltype::PtrType>(low).getTarget().getValue())
               .str();
    fields = {"container", "index"};
    types = {low, signed_};
  }
  if (!symbols.lookup(name)) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    define(lltype::StructOp::create(builder, module.getLoc(),
                                    builder.getStringAttr(name),
                                    builder.getUnitAttr(),
                                    builder.getStrArrayAttr(fields),
                                    builder.getTypeArrayAttr(types)));
  }
  return lltype::PtrType::get(ctx, FlatSymbolRefAttr::get(ctx, name));
}

/// The length of a list (resizable or fixed) or a string.
static Value containerLength(OpBuilder &builder, Location loc, Value container,
                             bool isString, bool resizable) {
  auto signed_ = lltype::SignedType::get(builder.getContext());
  if (resizable)
    return lltype::GetFieldOp::create(builder, loc, signed_, container,
                                      "length");
  return lltype::GetArraySizeOp::create(
      builder, loc, container,
      isString ? builder.getStringAttr("chars") : StringAttr());
}

Value RTyper::makeIterator(Location loc, ann::IterType iter, Value container,
                           Type containerAnnotation) {
  lltype::PtrType type = iteratorType(iter, loc);
  if (!type)
    return nullptr;
  auto signed_ = lltype::SignedType::get(ctx);
  if (isa<lltype::CharType>(container.getType()))
    container = callRuntime(loc, "rpy_str_from_char", container, stringType());
  Value it = lltype::MallocOp::create(builder, loc, type);
  lltype::SetFieldOp::create(builder, loc, it, "container", container);
  Value start = lltype::ConstantOp::create(builder, loc, signed_,
                                           builder.getI64IntegerAttr(0));
  if (iter.getKind() == ann::IterKind::Reversed) {
    // From the last item down.
    auto list = dyn_cast<ann::ListType>(containerAnnotation);
    Value length = containerLength(builder, loc, container, !list,
                                   list && !list.getFixed());
    start = lltype::IntSubOp::create(
        builder, loc, length,
        lltype::ConstantOp::create(builder, loc, signed_,
                                   builder.getI64IntegerAttr(1)));
  }
  lltype::SetFieldOp::create(builder, loc, it, "index", start);
  return it;
}

LogicalResult RTyper::convertIter(flow::IterOp op) {
  auto iter = dyn_cast<ann::IterType>(op.getResult().getType());
  if (!iter)
    return error(op, "the rtyper does not support iterating over " +
                         ann::describe(op.getOperand().getType()) + " yet");
  Location loc = op.getLoc();
  // enumerate() and reversed() made the iterator already.
  if (isa<ann::IterType>(op.getOperand().getType()))
    return produce(op, lookup(op.getOperand()));
  if (iter.getKind() == ann::IterKind::Range) {
    lltype::PtrType type = iteratorType(iter, loc);
    auto bounds = ranges.find(op.getOperand());
    if (bounds == ranges.end())
      return error(op, "the rtyper supports iterating over range() only "
                       "where it is called");
    Value it = lltype::MallocOp::create(builder, loc, type);
    lltype::SetFieldOp::create(builder, loc, it, "next", bounds->second[0]);
    lltype::SetFieldOp::create(builder, loc, it, "stop", bounds->second[1]);
    lltype::SetFieldOp::create(builder, loc, it, "step", bounds->second[2]);
    return produce(op, it);
  }
  Value it = makeIterator(loc, iter, lookup(op.getOperand()),
                          op.getOperand().getType());
  if (!it)
    return error(op, "the rtyper does not support " + ann::describe(iter) +
                         " yet");
  return produce(op, it);
}

void RTyper::markDroppedExceptions(flow::FuncOp func) {
  for (Block &block : func.getBody()) {
    auto catchOp = dyn_cast<flow::CatchOp>(block.getTerminator());
    if (!catchOp || !isa_and_nonnull<flow::NextOp>(catchOp->getPrevNode()))
      continue;
    for (Block *handler : catchOp.getHandlers()) {
      BlockArgument exc = handler->getArgument(0);
      bool onlyNext = llvm::all_of(handler->getPredecessors(), [](Block *p) {
        return isa_and_nonnull<flow::NextOp>(
            p->getTerminator()->getPrevNode());
      });
      if (exc.use_empty() && onlyNext)
        droppedArguments.insert(exc);
    }
  }
}

LogicalResult RTyper::convertCatch(flow::CatchOp catchOp) {
  auto next = dyn_cast_or_null<flow::NextOp>(catchOp->getPrevNode());
  ArrayAttr classes = catchOp.getExceptionClasses();
  auto stop = classes.size() == 1
                  ? dyn_cast<flow::BuiltinAttr>(classes[0])
                  : flow::BuiltinAttr();
  if (!next || !stop || stop.getName() != "StopIteration" ||
      !droppedArguments.contains(catchOp.getHandlers()[0]->getArgument(0)))
    return convertExceptionEdges(catchOp);
  auto iter = cast<ann::IterType>(next.getOperand().getType());
  Location loc = next.getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  Value it = lookup(next.getOperand());
  auto get = [&](StringRef field, Type type) -> Value {
    return lltype::GetFieldOp::create(builder, loc, type, it, field);
  };
  auto constant = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  // Whether there is an item, then (in the block that takes it) the item.
  Block *current = builder.getInsertionBlock();
  auto *advance = new Block();
  current->getParent()->getBlocks().insertAfter(current->getIterator(),
                                                advance);
  Value more, item;
  lltype::CondBrOp placeholder;
  Type itemAnnotation = next.getResult().getType();
  if (iter.getKind() == ann::IterKind::Range) {
    Value value = get("next", signed_), bound = get("stop", signed_),
          step = get("step", signed_);
    // step > 0 ? value < stop : value > stop (the step is never 0).
    Value up = lltype::IntGtOp::create(builder, loc, step, constant(0));
    more = select(loc, up, lltype::IntLtOp::create(builder, loc, value, bound),
                  lltype::IntGtOp::create(builder, loc, value, bound));
    current = builder.getInsertionBlock();
    placeholder = lltype::CondBrOp::create(builder, loc, more, ValueRange(),
                                           ValueRange(), advance,
                                           advance); // fixed below
    builder.setInsertionPointToStart(advance);
    lltype::SetFieldOp::create(
        builder, loc, it, "next",
        lltype::IntAddOp::create(builder, loc, value, step));
    item = value;
  } else if (isa<ann::DictType, ann::SetType>(iter.getContainerType())) {
    // The next live entry at or after the index, through the runtime.
    FailureOr<DictRepr> repr = dictRepr(dictOfSet(iter.getContainerType()), loc);
    if (failed(repr))
      return failure();
    Value container = get("container", repr->dict);
    Value at = callRuntime(loc, "rpy_dt_next",
                           {opaque(loc, container), get("index", signed_)},
                           signed_);
    more = lltype::IntGeOp::create(builder, loc, at, constant(0));
    placeholder = lltype::CondBrOp::create(builder, loc, more, ValueRange(),
                                           ValueRange(), advance,
                                           advance); // fixed below
    builder.setInsertionPointToStart(advance);
    Value entries =
        lltype::GetFieldOp::create(builder, loc, repr->entries, container,
                                   "entries");
    item = lltype::GetInteriorFieldOp::create(builder, loc, repr->key, entries,
                                              at, "key");
    Type low = lowType(itemAnnotation, next);
    if (isa<lltype::CharType>(low))
      item = lltype::CastIntToCharOp::create(builder, loc, item);
    else if (isa<lltype::BoolType>(low))
      item = lltype::IntIsTrueOp::create(builder, loc, item);
    lltype::SetFieldOp::create(
        builder, loc, it, "index",
        lltype::IntAddOp::create(builder, loc, at, constant(1)));
  } else {
    // A list or a string, forwards (plain, enumerate) or backwards.
    auto list = dyn_cast<ann::ListType>(iter.getContainerType());
    bool isStringContainer = !list;
    bool resizable = list && !list.getFixed();
    auto itType = cast<lltype::PtrType>(it.getType());
    auto structOp = symbols.lookup<lltype::StructOp>(
        itType.getTarget().getValue());
    Value container = get("container", structOp.getFieldType("container"));
    Value index = get("index", signed_);
    bool backwards = iter.getKind() == ann::IterKind::Reversed;
    if (backwards)
      more = lltype::IntGeOp::create(builder, loc, index, constant(0));
    else
      more = lltype::IntLtOp::create(
          builder, loc, index,
          containerLength(builder, loc, container, isStringContainer,
                          resizable));
    placeholder = lltype::CondBrOp::create(builder, loc, more, ValueRange(),
                                           ValueRange(), advance,
                                           advance); // fixed below
    builder.setInsertionPointToStart(advance);
    Type elementAnnotation = list ? list.getElementType()
                                  : Type(ann::CharType::get(ctx, false));
    Type element = lowType(elementAnnotation, next);
    if (!element)
      return failure();
    Value value;
    if (isStringContainer) {
      value = lltype::GetArrayItemOp::create(builder, loc, element, container,
                                             builder.getStringAttr("chars"),
                                             index);
    } else {
      Value items = container;
      if (resizable)
        items = lltype::GetFieldOp::create(builder, loc, itemArrayType(element),
                                           container, "items");
      value = lltype::GetArrayItemOp::create(builder, loc, element, items,
                                             StringAttr(), index);
    }
    lltype::SetFieldOp::create(
        builder, loc, it, "index",
        lltype::IntAddOp::create(builder, loc, index,
                                 constant(backwards ? -1 : 1)));
    if (iter.getKind() == ann::IterKind::Enumerate) {
      // The pair (index, item).
      auto pair = cast<ann::TupleType>(itemAnnotation);
      lltype::PtrType type = tupleType(pair, loc);
      if (!type)
        return failure();
      Value tuple = lltype::MallocOp::create(builder, loc, type);
      lltype::SetFieldOp::create(builder, loc, tuple, "item0", index);
      Value stored = convert(value, elementAnnotation,
                             pair.getElementTypes()[1], next);
      if (!stored)
        return failure();
      lltype::SetFieldOp::create(builder, loc, tuple, "item1", stored);
      value = tuple;
      elementAnnotation = itemAnnotation;
    }
    item = convert(value, elementAnnotation, itemAnnotation, next);
    if (!item)
      return failure();
  }
  mapping.map(next.getResult(), item);

  // The taken item goes on along the normal edge; the end of the iteration
  // along the StopIteration edge, without its exception.
  auto normal = linkOperands(catchOp, catchOp.getNormalDest(),
                             catchOp.getNormalOperands());
  if (failed(normal))
    return failure();
  lltype::BrOp::create(builder, loc, *normal,
                       mapping.lookup(catchOp.getNormalDest()));
  Block *handler = catchOp.getHandlers()[0];
  builder.setInsertionPoint(placeholder);
  auto done = linkOperands(catchOp, handler, catchOp.getHandlerOperands()[0]);
  if (failed(done))
    return failure();
  lltype::CondBrOp::create(builder, loc, more, ValueRange(), *done, advance,
                           mapping.lookup(handler));
  placeholder.erase();
  return success();
}
