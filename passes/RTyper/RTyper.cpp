//===- RTyper.cpp - Annotated flow graphs to lltype -----------------------===//
//
// The RTyper's engine: one lltype.func per annotated flow.func, block by
// block. Values of Void representation (None, constant functions) have no
// run-time existence: parameters, block arguments and call arguments of
// that representation are dropped, and their uses see a `unit` constant.
// Blocks keep their shape; a link converts each operand to the
// representation of the block argument it feeds.
//
//===----------------------------------------------------------------------===//

#include "passes/RTyper/Passes.h"
#include "passes/RTyper/RTyperImpl.h"

#include "dialects/ann/Lattice.h"
#include "dialects/ann/ModuleClassHierarchy.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::rtyper;
using namespace rpy::rtyper::detail;

LogicalResult RTyper::error(Location loc, const Twine &message) {
  // At the source location only: the user wrote RPython, not this IR.
  emitError(loc, message);
  return failure();
}

/// The annotations of `types` whose representation is not Void.
static bool isVoid(Type low) { return isa<lltype::VoidType>(low); }

FunctionType RTyper::lowSignature(flow::FuncOp func) {
  SmallVector<Type> inputs;
  for (Type annotation : func.getFunctionType().getInputs()) {
    Type low = lowType(annotation, func);
    if (!low)
      return nullptr;
    if (!isVoid(low))
      inputs.push_back(low);
  }
  SmallVector<Type> results;
  // A method that never returns (it raises) shares its overrides' result,
  // so that one vtable slot type fits them all (PyPy's call families).
  Type resultAnnotation = func.getFunctionType().getResult(0);
  if (Type family = familyResults.lookup(func.getSymNameAttr()))
    resultAnnotation = family;
  Type result = lowType(resultAnnotation, func);
  if (!result)
    return nullptr;
  if (!isVoid(result))
    results.push_back(result);
  return FunctionType::get(ctx, inputs, results);
}

LogicalResult RTyper::declareFunction(flow::FuncOp func) {
  FunctionType signature = lowSignature(func);
  if (!signature)
    return failure();
  builder.setInsertionPoint(func);
  auto llFunc = lltype::FuncOp::create(builder, func.getLoc(),
                                       func.getSymName(), signature,
                                       StringAttr(), ArrayAttr(), ArrayAttr());
  // The inlining hints (rlib.objectmodel's always_inline, dont_inline)
  // stay for lltype-inline.
  for (StringRef hint : {"always_inline", "dont_inline"})
    if (auto flag = func->getAttrOfType<BoolAttr>(("rpy." + hint).str());
        flag && flag.getValue())
      llFunc->setAttr(("lltype." + hint).str(), builder.getUnitAttr());
  functions[func.getSymName()] = llFunc;
  return success();
}

FailureOr<SmallVector<Value>> RTyper::linkOperands(Operation *link,
                                                   Block *dest,
                                                   ValueRange operands) {
  SmallVector<Value> converted;
  // A handler's first argument is the exception, which the link does not
  // pass; it is never converted here.
  unsigned skip = dest->getNumArguments() - operands.size();
  for (auto [operand, arg] :
       llvm::zip(operands, dest->getArguments().drop_front(skip))) {
    Type low = lowType(arg.getType(), link);
    if (!low)
      return failure();
    if (isVoid(low))
      continue;
    Value value = convert(lookup(operand), operand.getType(), arg.getType(),
                          link);
    if (!value)
      return failure();
    converted.push_back(value);
  }
  return converted;
}

LogicalResult RTyper::convertTerminator(Operation *terminator) {
  Location loc = terminator->getLoc();
  auto llBlock = [&](Block *block) { return mapping.lookup(block); };

  if (auto br = dyn_cast<flow::BrOp>(terminator)) {
    auto operands = linkOperands(br, br.getDest(), br.getDestOperands());
    if (failed(operands))
      return failure();
    lltype::BrOp::create(builder, loc, *operands, llBlock(br.getDest()));
    return success();
  }
  if (auto condBr = dyn_cast<flow::CondBrOp>(terminator)) {
    Value condition =
        truth(loc, lookup(condBr.getCondition()),
              condBr.getCondition().getType(), terminator);
    auto ifTrue = linkOperands(condBr, condBr.getTrueDest(),
                               condBr.getTrueDestOperands());
    auto ifFalse = linkOperands(condBr, condBr.getFalseDest(),
                                condBr.getFalseDestOperands());
    if (!condition || failed(ifTrue) || failed(ifFalse))
      return failure();
    lltype::CondBrOp::create(builder, loc, condition, *ifTrue, *ifFalse,
                             llBlock(condBr.getTrueDest()),
                             llBlock(condBr.getFalseDest()));
    return success();
  }
  if (auto ret = dyn_cast<flow::ReturnOp>(terminator)) {
    auto func = ret->getParentOfType<flow::FuncOp>();
    Type resultType = func.getFunctionType().getResult(0);
    Type low = lowType(resultType, ret);
    if (!low)
      return failure();
    if (isVoid(low)) {
      lltype::ReturnOp::create(builder, loc, Value());
      return success();
    }
    Value value = convert(lookup(ret.getValue()), ret.getValue().getType(),
                          resultType, ret);
    if (!value)
      return failure();
    lltype::ReturnOp::create(builder, loc, value);
    return success();
  }
  if (auto catchOp = dyn_cast<flow::CatchOp>(terminator))
    return convertCatch(catchOp);
  if (auto raise = dyn_cast<flow::RaiseOp>(terminator)) {
    Value exc = castInstance(loc, lookup(raise.getExc()), classOrder.front());
    lltype::RaiseOp::create(builder, loc, exc);
    return success();
  }
  return error(terminator, "the rtyper does not support '" +
                               terminator->getName().getStringRef() +
                               "' yet");
}

LogicalResult RTyper::convertBody(flow::FuncOp func) {
  lltype::FuncOp llFunc = functions.lookup(func.getSymName());
  Region &body = llFunc.getBody();
  // Blocks first, so that branches can name their successors.
  for (Block &block : func.getBody()) {
    Block *llBlock = new Block();
    body.push_back(llBlock);
    mapping.map(&block, llBlock);
  }
  Block *entry = &body.front();
  builder.setInsertionPointToStart(entry);
  Value unit = lltype::ConstantOp::create(builder, func.getLoc(),
                                          lltype::VoidType::get(ctx),
                                          builder.getUnitAttr());
  markDroppedExceptions(func);
  for (Block &block : func.getBody()) {
    Block *llBlock = mapping.lookup(&block);
    for (BlockArgument arg : block.getArguments()) {
      if (droppedArguments.contains(arg))
        continue;
      Type low = lowType(arg.getType(), arg.getLoc());
      if (!low)
        return failure();
      if (isVoid(low)) {
        mapping.map(arg, unit);
        continue;
      }
      mapping.map(arg, llBlock->addArgument(low, arg.getLoc()));
    }
  }
  for (Block &block : func.getBody()) {
    builder.setInsertionPointToEnd(mapping.lookup(&block));
    bool reached = true;
    // The raising operation of a catch is the catch's to convert.
    Operation *raising = isa<flow::CatchOp>(block.getTerminator())
                             ? block.getTerminator()->getPrevNode()
                             : nullptr;
    for (Operation &op : block.without_terminator()) {
      if (&op == raising)
        break;
      // An operation on a value never produced: control never gets here
      // (a block never reached). An operation that never produces its
      // value (a call that always raises, sys.exit) runs, and control
      // never gets past it.
      auto impossible = [](Type type) {
        return isa<ann::ImpossibleType>(type);
      };
      if (llvm::any_of(op.getOperandTypes(), impossible)) {
        reached = false;
        break;
      }
      if (failed(convertOp(&op)))
        return failure();
      if (llvm::any_of(op.getResultTypes(), impossible)) {
        reached = false;
        break;
      }
    }
    if (!reached) {
      lltype::UnreachableOp::create(builder, block.getTerminator()->getLoc());
      continue;
    }
    if (failed(convertTerminator(block.getTerminator())))
      return failure();
  }
  return success();
}

/// The built-in exception an operation raises by itself (not through a
/// call), if any.
static StringRef implicitException(Operation *op) {
  // A tuple's items are read at constant indices the annotator checked.
  if (isa<flow::GetItemOp>(op) &&
      isa<ann::TupleType>(op->getOperand(0).getType()))
    return "";
  if (isa<flow::GetItemOp, flow::SetItemOp, flow::DelItemOp>(op))
    return isa<ann::DictType>(op->getOperand(0).getType()) ? "KeyError"
                                                           : "IndexError";
  if (isa<flow::FloorDivOp, flow::ModOp, flow::TrueDivOp,
          flow::InplaceFloorDivOp, flow::InplaceModOp,
          flow::InplaceTrueDivOp>(op))
    return "ZeroDivisionError";
  return "";
}

bool RTyper::catchesImplicitException(Operation *op, flow::CatchOp catchOp) {
  StringRef raised = implicitException(op);
  if (raised.empty())
    return false;
  ann::ModuleClassHierarchy hierarchy(module);
  Attribute raisedClass = flow::BuiltinAttr::get(ctx, raised);
  return llvm::any_of(catchOp.getExceptionClasses(), [&](Attribute cls) {
    return hierarchy.isSubclass(raisedClass, cls);
  });
}

LogicalResult RTyper::convertExceptionEdges(flow::CatchOp catchOp) {
  Operation *raising = catchOp->getPrevNode();
  Block *block = builder.getInsertionBlock();
  Operation *before = block->empty() ? nullptr : &block->back();
  // An operation raising by itself (IndexError, ZeroDivisionError) checks
  // only where a handler catches it, as PyPy's getitem_idx and
  // int_floordiv_zer do.
  raiseImplicitly = catchesImplicitException(raising, catchOp);
  LogicalResult converted = convertOp(raising);
  raiseImplicitly = false;
  if (failed(converted))
    return failure();
  Location loc = catchOp.getLoc();
  // The low-level operation that can raise: the last call (or `_ovf`
  // operation) the conversion made; what follows it (a conversion of the
  // result) goes on the normal edge. Calls of the runtime are kept too:
  // the exception transform knows they never raise.
  Operation *canRaise = nullptr;
  if (builder.getInsertionBlock() == block)
    for (Operation &op : llvm::make_range(
             before ? std::next(before->getIterator()) : block->begin(),
             block->end()))
      if (op.hasTrait<lltype::OpTrait::CanRaise>())
        canRaise = &op;
  if (!canRaise) {
    if (builder.getInsertionBlock() != block ||
        catchesImplicitException(raising, catchOp))
      return error(raising, "the rtyper does not support catching "
                            "exceptions of '" +
                                raising->getName().getStringRef() + "' yet");
    // Nothing there can raise at the low level: only the normal edge.
    auto normal = linkOperands(catchOp, catchOp.getNormalDest(),
                               catchOp.getNormalOperands());
    if (failed(normal))
      return failure();
    lltype::BrOp::create(builder, loc, *normal,
                         mapping.lookup(catchOp.getNormalDest()));
    return success();
  }
  Block *rest = block->splitBlock(std::next(canRaise->getIterator()));
  builder.setInsertionPointToEnd(rest);
  auto normal = linkOperands(catchOp, catchOp.getNormalDest(),
                             catchOp.getNormalOperands());
  if (failed(normal))
    return failure();
  lltype::BrOp::create(builder, loc, *normal,
                       mapping.lookup(catchOp.getNormalDest()));
  // The handlers' operands are converted before the raising operation,
  // which the catch must follow directly.
  builder.setInsertionPoint(canRaise);
  SmallVector<Attribute> classes;
  SmallVector<SmallVector<Value>> handlerOperands;
  SmallVector<Block *> handlers;
  for (auto [index, cls] : llvm::enumerate(catchOp.getExceptionClasses())) {
    if (!classInfos.count(cls))
      return error(catchOp, "the rtyper does not know the class " +
                                className(cls));
    classes.push_back(vtableGlobal(cls));
    Block *handler = catchOp.getHandlers()[index];
    auto operands = linkOperands(catchOp, handler,
                                 catchOp.getHandlerOperands()[index]);
    if (failed(operands))
      return failure();
    handlerOperands.push_back(*operands);
    handlers.push_back(mapping.lookup(handler));
  }
  SmallVector<ValueRange> ranges(handlerOperands.begin(),
                                 handlerOperands.end());
  builder.setInsertionPointToEnd(block);
  lltype::CatchOp::create(builder, loc, ValueRange(), ranges,
                          builder.getArrayAttr(classes), rest, handlers);
  return success();
}

LogicalResult RTyper::createEntryGlue(flow::FuncOp entry) {
  // int64_t rpy_entry(rpy_list *argv): the runtime's call into the program.
  lltype::FuncOp llEntry = functions.lookup(entry.getSymName());
  Type argvAnnotation = entry.getFunctionType().getInput(0);
  Type argv = lowType(argvAnnotation, entry);
  if (!argv)
    return failure();
  builder.setInsertionPointToEnd(module.getBody());
  auto signed_ = lltype::SignedType::get(ctx);
  auto glue = lltype::FuncOp::create(
      builder, entry.getLoc(), "rpy_entry",
      FunctionType::get(ctx, {argv}, {signed_}), StringAttr(), ArrayAttr(),
      ArrayAttr());
  Block *block = glue.addEntryBlock();
  builder.setInsertionPointToStart(block);
  // The prebuilt dicts first.
  FailureOr<FlatSymbolRefAttr> init = createPrebuiltInit();
  if (failed(init))
    return failure();
  if (*init) {
    builder.setInsertionPointToStart(block);
    lltype::DirectCallOp::create(builder, entry.getLoc(), TypeRange(), *init,
                                 ValueRange(), ArrayAttr(), ArrayAttr());
  }
  auto call = lltype::DirectCallOp::create(
      builder, entry.getLoc(), llEntry.getFunctionType().getResults(),
      FlatSymbolRefAttr::get(llEntry), block->getArguments(), ArrayAttr(),
      ArrayAttr());
  // sys.exit() raised SystemExit: its status is the program's.
  {
    auto *done = new Block(), *exited = new Block();
    glue.getBody().push_back(done);
    glue.getBody().push_back(exited);
    exited->addArgument(
        lltype::PtrType::get(ctx, instanceType(classOrder.front()).getTarget()),
        entry.getLoc());
    SmallVector<ValueRange> noOperands(1, ValueRange());
    lltype::CatchOp::create(
        builder, entry.getLoc(), ValueRange(), noOperands,
        builder.getArrayAttr(
            {vtableGlobal(flow::BuiltinAttr::get(ctx, "SystemExit"))}),
        done, ArrayRef<Block *>{exited});
    builder.setInsertionPointToStart(exited);
    lltype::ReturnOp::create(
        builder, entry.getLoc(),
        lltype::GetFieldOp::create(builder, entry.getLoc(), signed_,
                                   exitStatus(entry.getLoc()), "value"));
    builder.setInsertionPointToStart(done);
  }
  // The exit status: the entry point's int (or bool), 0 for None.
  Value result = call.getNumResults() ? call.getResult(0) : Value();
  Value status;
  if (!result)
    status = lltype::ConstantOp::create(builder, entry.getLoc(), signed_,
                                        builder.getI64IntegerAttr(0));
  else if (isa<lltype::BoolType>(result.getType()))
    status = lltype::CastBoolToIntOp::create(builder, entry.getLoc(), result);
  else if (isa<lltype::SignedType>(result.getType()))
    status = result;
  else
    return error(entry, "the entry point must return an int or None, not " +
                            ann::describe(entry.getFunctionType().getResult(0)));
  lltype::ReturnOp::create(builder, entry.getLoc(), status);
  return success();
}

LogicalResult RTyper::run() {
  flow::FuncOp entry;
  SmallVector<flow::FuncOp> funcs;
  auto annotated = [](flow::FuncOp func) {
    return !llvm::any_of(func.getFunctionType().getInputs(),
                         llvm::IsaPred<flow::ObjType>) &&
           !isa<flow::ObjType>(func.getFunctionType().getResult(0));
  };
  for (auto func : module.getOps<flow::FuncOp>()) {
    if (func->hasAttr("rpy.entry_point")) {
      if (!annotated(func))
        return error(func, "the rtyper needs an annotated module (run "
                           "--annotate first)");
      entry = func;
    }
    // Functions the annotator never reached but kept (referred to by a
    // prebuilt object, as get_printable_location) are not translated.
    if (annotated(func))
      funcs.push_back(func);
  }
  if (!entry)
    return error(module, "no entry point to rtype (rpy.entry_point)");
  collectClasses();
  collectMethodSlots();
  collectFunctionFamilies();
  for (auto func : funcs)
    if (failed(declareFunction(func)))
      return failure();
  for (auto func : funcs)
    if (failed(convertBody(func)))
      return failure();
  if (failed(createEntryGlue(entry)))
    return failure();
  createStackOverflowHelper();
  // The flow level is gone: functions, classes, prebuilt objects.
  for (Operation &op : llvm::make_early_inc_range(module.getBody()->getOperations()))
    if (isa<flow::FuncOp, flow::ClassOp, flow::PrebuiltOp>(op))
      op.erase();
  module->removeAttr("rpy.entry");
  return success();
}

LogicalResult rtyper::rtypeModule(ModuleOp module) {
  return RTyper(module).run();
}
