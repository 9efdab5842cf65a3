//===- ExceptionTransform.cpp - Exceptions as explicit checks -------------===//
//
// See Passes.td. Each function that can raise keeps its signature; raising
// returns a dummy value of the result type (zero, or a null pointer), and
// every caller checks the runtime's exception state right after the call.
//
//===----------------------------------------------------------------------===//

#include "passes/ExceptionTransform/Passes.h"

#include "dialects/lltype/LLTypeOps.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"

namespace rpy::exceptiontransform {
#define GEN_PASS_DEF_EXCEPTIONTRANSFORM
#include "passes/ExceptionTransform/Passes.h.inc"
} // namespace rpy::exceptiontransform

using namespace mlir;
using namespace rpy;

namespace {
class Transform {
public:
  explicit Transform(ModuleOp module)
      : module(module), ctx(module.getContext()), symbols(module) {}

  LogicalResult run();

private:
  /// The functions that can raise: those with a raise or an indirect call,
  /// and their callers, to a fixpoint.
  void findRaisingFunctions();
  bool canRaise(Operation *op);
  LogicalResult transform(lltype::FuncOp func);
  /// Ends the current block by leaving the function with the exception
  /// set: a dummy return value.
  void propagate(OpBuilder &builder, Location loc, lltype::FuncOp func);
  /// After the raising `op` (not the last of its block): the check, and
  /// either the handlers of `catchOp` or propagation.
  LogicalResult checkAfter(Operation *op, lltype::CatchOp catchOp,
                           lltype::FuncOp func);
  /// The class-id range of the vtable global `cls`.
  std::optional<std::pair<int64_t, int64_t>> classRange(FlatSymbolRefAttr cls);

  ModuleOp module;
  MLIRContext *ctx;
  SymbolTable symbols;
  llvm::DenseSet<Operation *> raising;
};
} // namespace

bool Transform::canRaise(Operation *op) {
  if (isa<lltype::IndirectCallOp>(op))
    return true;
  if (auto call = dyn_cast<lltype::DirectCallOp>(op))
    return raising.contains(symbols.lookup(call.getCallee()));
  return false;
}

void Transform::findRaisingFunctions() {
  // Callers of each function, then a worklist from the raising ones.
  DenseMap<Operation *, SmallVector<Operation *>> callers;
  SmallVector<Operation *> worklist;
  for (auto func : module.getOps<lltype::FuncOp>()) {
    bool raises = false;
    func.walk([&](Operation *op) {
      if (isa<lltype::RaiseOp, lltype::IndirectCallOp>(op))
        raises = true;
      if (auto call = dyn_cast<lltype::DirectCallOp>(op))
        if (Operation *callee = symbols.lookup(call.getCallee()))
          callers[callee].push_back(func);
    });
    if (raises && raising.insert(func).second)
      worklist.push_back(func);
  }
  while (!worklist.empty()) {
    Operation *func = worklist.pop_back_val();
    for (Operation *caller : callers[func])
      if (raising.insert(caller).second)
        worklist.push_back(caller);
  }
}

void Transform::propagate(OpBuilder &builder, Location loc,
                          lltype::FuncOp func) {
  ArrayRef<Type> results = func.getFunctionType().getResults();
  if (results.empty()) {
    lltype::ReturnOp::create(builder, loc, Value());
    return;
  }
  Type type = results.front();
  Value dummy;
  if (isa<lltype::PtrType, lltype::FuncPtrType>(type))
    dummy = lltype::NullOp::create(builder, loc, type);
  else if (isa<lltype::FloatType>(type))
    dummy = lltype::ConstantOp::create(builder, loc, type,
                                       builder.getF64FloatAttr(0));
  else if (isa<lltype::BoolType>(type))
    dummy = lltype::ConstantOp::create(builder, loc, type,
                                       builder.getBoolAttr(false));
  else
    dummy = lltype::ConstantOp::create(builder, loc, type,
                                       builder.getI64IntegerAttr(0));
  lltype::ReturnOp::create(builder, loc, dummy);
}

std::optional<std::pair<int64_t, int64_t>>
Transform::classRange(FlatSymbolRefAttr cls) {
  auto global = symbols.lookup<lltype::GlobalOp>(cls.getValue());
  if (!global)
    return std::nullopt;
  // The root part of a vtable is nested in each class's `super`, its
  // first field (method slots follow it).
  ArrayAttr value = global.getValue();
  while (!value.empty() && isa<ArrayAttr>(value[0]))
    value = cast<ArrayAttr>(value[0]);
  if (value.size() < 2)
    return std::nullopt;
  auto min = dyn_cast<IntegerAttr>(value[0]);
  auto max = dyn_cast<IntegerAttr>(value[1]);
  if (!min || !max)
    return std::nullopt;
  return std::make_pair(min.getInt(), max.getInt());
}

LogicalResult Transform::checkAfter(Operation *op, lltype::CatchOp catchOp,
                                    lltype::FuncOp func) {
  Location loc = op->getLoc();
  Block *block = op->getBlock();
  OpBuilder builder(ctx);
  if (catchOp) {
    // The handlers: fetch the exception, then test its class against each
    // handler's in order.
    auto objectType = lltype::PtrType::get(
        ctx, FlatSymbolRefAttr::get(ctx, "inst.object"));
    auto vtableType = lltype::PtrType::get(
        ctx, FlatSymbolRefAttr::get(ctx, "vtable.object"));
    auto signed_ = lltype::SignedType::get(ctx);
    Region *region = block->getParent();
    auto *dispatch = new Block();
    region->getBlocks().insertAfter(block->getIterator(), dispatch);
    builder.setInsertionPoint(catchOp);
    Value raised = lltype::ExcOccurredOp::create(builder, loc);
    lltype::CondBrOp::create(builder, loc, raised, ValueRange(),
                             catchOp.getNormalOperands(), dispatch,
                             catchOp.getNormalDest());
    builder.setInsertionPointToStart(dispatch);
    Value exc = lltype::ExcFetchOp::create(builder, loc, objectType);
    Value vtable =
        lltype::GetFieldOp::create(builder, loc, vtableType, exc, "typeptr");
    Value id = lltype::GetFieldOp::create(builder, loc, signed_, vtable,
                                          "subclassrange_min");
    for (auto [index, cls] : llvm::enumerate(catchOp.getExceptionClasses())) {
      auto range = classRange(cast<FlatSymbolRefAttr>(cls));
      if (!range)
        return catchOp.emitOpError("exception class ")
               << cls << " is not a vtable with a class-id range";
      Block *handler = catchOp.getHandlers()[index];
      Value min = lltype::ConstantOp::create(
          builder, loc, signed_, builder.getI64IntegerAttr(range->first));
      Value span = lltype::ConstantOp::create(
          builder, loc, signed_,
          builder.getI64IntegerAttr(range->second - range->first));
      Value matches = lltype::UintLtOp::create(
          builder, loc,
          lltype::CastIntToUintOp::create(
              builder, loc, lltype::IntSubOp::create(builder, loc, id, min)),
          lltype::CastIntToUintOp::create(builder, loc, span));
      SmallVector<Value> operands{lltype::CastPointerOp::create(
          builder, loc, handler->getArgument(0).getType(), exc)};
      llvm::append_range(operands, catchOp.getHandlerOperands()[index]);
      auto *next = new Block();
      region->getBlocks().insertAfter(
          builder.getInsertionBlock()->getIterator(), next);
      lltype::CondBrOp::create(builder, loc, matches, operands, ValueRange(),
                               handler, next);
      builder.setInsertionPointToStart(next);
    }
    // No handler matches: raise it again.
    lltype::ExcRaiseOp::create(builder, loc, exc);
    propagate(builder, loc, func);
    catchOp.erase();
    return success();
  }
  // No handler: the rest of the block runs only without an exception.
  Block *rest = block->splitBlock(op->getNextNode());
  auto *leave = new Block();
  block->getParent()->getBlocks().insertAfter(block->getIterator(), leave);
  builder.setInsertionPointToEnd(block);
  Value raised = lltype::ExcOccurredOp::create(builder, loc);
  lltype::CondBrOp::create(builder, loc, raised, ValueRange(), ValueRange(),
                           leave, rest);
  builder.setInsertionPointToStart(leave);
  propagate(builder, loc, func);
  return success();
}

LogicalResult Transform::transform(lltype::FuncOp func) {
  if (func.isExternal())
    return success();
  // Collected first: the transformation splits blocks.
  SmallVector<Operation *> calls;
  SmallVector<lltype::RaiseOp> raises;
  func.walk([&](Operation *op) {
    if (canRaise(op))
      calls.push_back(op);
    if (auto raise = dyn_cast<lltype::RaiseOp>(op))
      raises.push_back(raise);
  });
  for (Operation *call : calls) {
    auto catchOp = dyn_cast_or_null<lltype::CatchOp>(call->getNextNode());
    if (failed(checkAfter(call, catchOp, func)))
      return failure();
  }
  // A catch after an operation that cannot raise: only the normal edge.
  SmallVector<lltype::CatchOp> catches;
  func.walk([&](lltype::CatchOp catchOp) { catches.push_back(catchOp); });
  for (lltype::CatchOp catchOp : catches) {
    OpBuilder builder(catchOp);
    lltype::BrOp::create(builder, catchOp.getLoc(),
                         catchOp.getNormalOperands(),
                         catchOp.getNormalDest());
    catchOp.erase();
  }
  for (lltype::RaiseOp raise : raises) {
    OpBuilder builder(raise);
    lltype::ExcRaiseOp::create(builder, raise.getLoc(), raise.getExc());
    propagate(builder, raise.getLoc(), func);
    raise.erase();
  }
  // Handlers no longer reached (their catch could not raise) are dropped.
  SmallVector<Block *> dead;
  for (Block &block : llvm::drop_begin(func.getBody()))
    if (block.hasNoPredecessors())
      dead.push_back(&block);
  while (!dead.empty()) {
    Block *block = dead.pop_back_val();
    SmallVector<Block *> successors(block->getSuccessors());
    block->dropAllDefinedValueUses();
    block->erase();
    for (Block *successor : successors)
      if (successor->hasNoPredecessors() && !llvm::is_contained(dead, successor))
        dead.push_back(successor);
  }
  return success();
}

LogicalResult Transform::run() {
  findRaisingFunctions();
  for (auto func : llvm::make_early_inc_range(module.getOps<lltype::FuncOp>()))
    if (failed(transform(func)))
      return failure();
  return success();
}

namespace {
struct ExceptionTransformPass
    : exceptiontransform::impl::ExceptionTransformBase<ExceptionTransformPass> {
  void runOnOperation() override {
    if (failed(Transform(getOperation()).run()))
      signalPassFailure();
  }
};
} // namespace
