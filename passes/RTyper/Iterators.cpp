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

lltype::PtrType RTyper::iteratorType(ann::IterType iter, Location at) {
  if (iter.getKind() != ann::IterKind::Range &&
      iter.getKind() != ann::IterKind::Plain)
    return nullptr;
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
    if (!isa<ann::ListType, ann::StrType, ann::CharType>(container))
      return nullptr;
    Type low = lowType(container, at);
    if (!low)
      return nullptr;
    if (isa<lltype::CharType>(low))
      low = stringType(); // iterating over a char: over a one-char string
    name = "iter." + cast<lltype::PtrType>(low).getTarget().getValue().str();
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

LogicalResult RTyper::convertIter(flow::IterOp op) {
  auto iter = dyn_cast<ann::IterType>(op.getResult().getType());
  if (!iter)
    return error(op, "the rtyper does not support iterating over " +
                         ann::describe(op.getOperand().getType()) + " yet");
  lltype::PtrType type = iteratorType(iter, op.getLoc());
  if (!type)
    return error(op, "the rtyper does not support " + ann::describe(iter) +
                         " yet");
  Location loc = op.getLoc();
  Value it = lltype::MallocOp::create(builder, loc, type);
  auto set = [&](StringRef field, Value value) {
    lltype::SetFieldOp::create(builder, loc, it, field, value);
  };
  if (iter.getKind() == ann::IterKind::Range) {
    auto bounds = ranges.find(op.getOperand());
    if (bounds == ranges.end())
      return error(op, "the rtyper supports iterating over range() only "
                       "where it is called");
    set("next", bounds->second[0]);
    set("stop", bounds->second[1]);
    set("step", bounds->second[2]);
  } else {
    Value container = lookup(op.getOperand());
    if (isa<lltype::CharType>(container.getType()))
      container = callRuntime(loc, "rpy_str_from_char", container,
                              stringType());
    set("container", container);
    set("index", lltype::ConstantOp::create(builder, loc,
                                            lltype::SignedType::get(ctx),
                                            builder.getI64IntegerAttr(0)));
  }
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
  Value one = lltype::ConstantOp::create(builder, loc, signed_,
                                         builder.getI64IntegerAttr(1));

  // Whether there is an item, and (in the block that takes it) the item.
  Value more, item;
  Block *current = builder.getInsertionBlock();
  auto *advance = new Block();
  current->getParent()->getBlocks().insertAfter(current->getIterator(),
                                                advance);
  if (iter.getKind() == ann::IterKind::Range) {
    Value value = get("next", signed_), bound = get("stop", signed_),
          step = get("step", signed_);
    Value zero = lltype::ConstantOp::create(builder, loc, signed_,
                                            builder.getI64IntegerAttr(0));
    // step > 0 ? value < stop : value > stop (the step is never 0).
    Value up = lltype::IntGtOp::create(builder, loc, step, zero);
    Value below = lltype::IntLtOp::create(builder, loc, value, bound);
    Value above = lltype::IntGtOp::create(builder, loc, value, bound);
    Value upAndBelow = lltype::IntAndOp::create(
        builder, loc, lltype::CastBoolToIntOp::create(builder, loc, up),
        lltype::CastBoolToIntOp::create(builder, loc, below));
    Value down = lltype::BoolNotOp::create(builder, loc, up);
    Value downAndAbove = lltype::IntAndOp::create(
        builder, loc, lltype::CastBoolToIntOp::create(builder, loc, down),
        lltype::CastBoolToIntOp::create(builder, loc, above));
    more = lltype::IntIsTrueOp::create(
        builder, loc,
        lltype::IntOrOp::create(builder, loc, upAndBelow, downAndAbove));
    lltype::CondBrOp::create(builder, loc, more, ValueRange(), ValueRange(),
                             advance, advance); // fixed below
    builder.setInsertionPointToStart(advance);
    lltype::SetFieldOp::create(
        builder, loc, it, "next",
        lltype::IntAddOp::create(builder, loc, value, step));
    item = value;
  } else {
    auto itType = cast<lltype::PtrType>(it.getType());
    auto structOp = symbols.lookup<lltype::StructOp>(
        itType.getTarget().getValue());
    Value container = get("container", structOp.getFieldType("container"));
    Value index = get("index", signed_);
    auto containerType = cast<lltype::PtrType>(container.getType());
    bool isString = containerType == stringType();
    auto listDef = symbols.lookup<lltype::StructOp>(
        containerType.getTarget().getValue());
    bool resizable = !isString && listDef;
    Value length =
        resizable ? Value(lltype::GetFieldOp::create(builder, loc, signed_,
                                                     container, "length"))
                  : Value(lltype::GetArraySizeOp::create(
                        builder, loc, container,
                        isString ? builder.getStringAttr("chars")
                                 : StringAttr()));
    more = lltype::IntLtOp::create(builder, loc, index, length);
    lltype::CondBrOp::create(builder, loc, more, ValueRange(), ValueRange(),
                             advance, advance); // fixed below
    builder.setInsertionPointToStart(advance);
    Type itemType = lowType(next.getResult().getType(), next);
    if (!itemType)
      return failure();
    if (isString) {
      item = lltype::GetArrayItemOp::create(builder, loc, itemType, container,
                                            builder.getStringAttr("chars"),
                                            index);
    } else {
      Value items = container;
      if (resizable)
        items = lltype::GetFieldOp::create(
            builder, loc, listDef.getFieldType("items"), container, "items");
      item = lltype::GetArrayItemOp::create(builder, loc, itemType, items,
                                            StringAttr(), index);
    }
    lltype::SetFieldOp::create(
        builder, loc, it, "index",
        lltype::IntAddOp::create(builder, loc, index, one));
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
  builder.setInsertionPointToEnd(current);
  auto branch = cast<lltype::CondBrOp>(current->getTerminator());
  builder.setInsertionPoint(branch);
  auto done = linkOperands(catchOp, handler, catchOp.getHandlerOperands()[0]);
  if (failed(done))
    return failure();
  lltype::CondBrOp::create(builder, loc, more, ValueRange(), *done, advance,
                           mapping.lookup(handler));
  branch.erase();
  return success();
}
