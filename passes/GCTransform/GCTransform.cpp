//===- GCTransform.cpp - Roots on the shadow stack ------------------------===//
//
// See Passes.td. One slot per GC pointer that needs one: SSA values never
// change, and a loop's value is the same SSA value at every iteration, so
// storing each once at its definition keeps every object the function
// still uses visible to the collector.
//
//===----------------------------------------------------------------------===//

#include "passes/GCTransform/Passes.h"

#include "dialects/lltype/LLTypeOps.h"

#include "mlir/Analysis/Liveness.h"
#include "llvm/ADT/MapVector.h"

namespace rpy::gctransform {
#define GEN_PASS_DEF_GCTRANSFORM
#include "passes/GCTransform/Passes.h.inc"
} // namespace rpy::gctransform

using namespace mlir;
using namespace rpy;

namespace {
class Transform {
public:
  explicit Transform(ModuleOp module)
      : module(module), symbols(module) {}

  void run() {
    for (auto func : module.getOps<lltype::FuncOp>())
      if (!func.isExternal())
        transform(func);
  }

private:
  /// Whether `value` points to a GC object.
  bool isGcPointer(Value value) {
    auto ptr = dyn_cast<lltype::PtrType>(value.getType());
    if (!ptr)
      return false;
    Operation *target = symbols.lookup(ptr.getTarget().getValue());
    if (auto def = dyn_cast_or_null<lltype::StructOp>(target))
      return def.getGc();
    if (auto def = dyn_cast_or_null<lltype::ArrayOp>(target))
      return def.getGc();
    return false;
  }

  /// Whether `op` may run the collector: an allocation, or a call (the
  /// callee may allocate).
  static bool mayCollect(Operation *op) {
    return isa<lltype::MallocOp, lltype::MallocVarsizeOp,
               lltype::DirectCallOp, lltype::IndirectCallOp>(op);
  }

  void transform(lltype::FuncOp func) {
    Liveness liveness(func);
    // Values in the function's order: slots are numbered deterministically
    // (the live-in sets are unordered).
    DenseMap<Value, unsigned> order;
    for (Block &block : func.getBody()) {
      for (Value arg : block.getArguments())
        order[arg] = order.size();
      for (Operation &op : block)
        for (Value result : op.getResults())
          order[result] = order.size();
    }
    // The GC pointers live across an operation that may collect, each
    // with its slot.
    llvm::MapVector<Value, int64_t> slots;
    for (Block &block : func.getBody()) {
      SmallVector<Value> candidates;
      for (Value value : liveness.getLiveIn(&block))
        if (isGcPointer(value))
          candidates.push_back(value);
      llvm::sort(candidates, [&](Value a, Value b) {
        return order.lookup(a) < order.lookup(b);
      });
      for (Value arg : block.getArguments())
        if (isGcPointer(arg) && !liveness.getLiveIn(&block).contains(arg))
          candidates.push_back(arg);
      for (Operation &op : block) {
        if (mayCollect(&op))
          for (Value value : candidates)
            if (!slots.count(value) && !liveness.isDeadAfter(value, &op))
              slots.insert({value, slots.size()});
        for (Value result : op.getResults())
          if (isGcPointer(result))
            candidates.push_back(result);
      }
    }
    if (slots.empty())
      return;
    int64_t count = slots.size();
    OpBuilder builder(func.getContext());
    auto countAttr = builder.getI64IntegerAttr(count);
    builder.setInsertionPointToStart(&func.getBody().front());
    lltype::GcEnterFrameOp::create(builder, func.getLoc(), countAttr);
    for (auto [value, slot] : slots) {
      if (auto arg = dyn_cast<BlockArgument>(value)) {
        Block *block = arg.getOwner();
        // After the frame's reservation in the entry block.
        if (block == &func.getBody().front())
          builder.setInsertionPointAfter(&block->front());
        else
          builder.setInsertionPointToStart(block);
      } else {
        builder.setInsertionPointAfter(value.getDefiningOp());
      }
      lltype::GcSaveRootOp::create(builder, value.getLoc(), value,
                                   builder.getI64IntegerAttr(slot),
                                   countAttr);
    }
    func.walk([&](lltype::ReturnOp ret) {
      builder.setInsertionPoint(ret);
      lltype::GcLeaveFrameOp::create(builder, ret.getLoc(), countAttr);
    });
  }

  ModuleOp module;
  SymbolTable symbols;
};
} // namespace

namespace {
struct GCTransformPass
    : gctransform::impl::GCTransformBase<GCTransformPass> {
  void runOnOperation() override { Transform(getOperation()).run(); }
};
} // namespace
