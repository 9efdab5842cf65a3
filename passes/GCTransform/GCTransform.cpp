//===- GCTransform.cpp - Roots on the shadow stack, write barriers --------===//
//
// See Passes.td. One slot per GC pointer that needs one: SSA values never
// change, and a loop's value is the same SSA value at every iteration, so
// storing each once at its definition keeps every object the function
// still uses visible to the collector. A moving collector updates the
// slot; each use after an operation that may collect reads it back.
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
  Transform(ModuleOp module, StringRef collector)
      : module(module), symbols(module), collector(collector),
        writeBarriers(collector == "generational") {}

  void run() {
    // Which collector the code is for: LLVM lowering tells the runtime.
    module->setAttr("lltype.gc", StringAttr::get(module.getContext(), collector));
    for (auto func : module.getOps<lltype::FuncOp>())
      if (!func.isExternal()) {
        if (writeBarriers)
          insertWriteBarriers(func);
        transform(func);
      }
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

  /// A barrier before each store of a GC pointer into a GC object, but
  /// for an object allocated in the same block with no collection since
  /// (still young) and for storing null.
  void insertWriteBarriers(lltype::FuncOp func) {
    SmallVector<std::pair<Operation *, Value>> stores;
    func.walk([&](Operation *op) {
      Value object, value;
      if (auto set = dyn_cast<lltype::SetFieldOp>(op))
        object = set.getObject(), value = set.getValue();
      else if (auto set = dyn_cast<lltype::SetArrayItemOp>(op))
        object = set.getObject(), value = set.getValue();
      else if (auto set = dyn_cast<lltype::SetInteriorFieldOp>(op))
        object = set.getObject(), value = set.getValue();
      else
        return;
      if (!isGcPointer(object) || !isGcPointer(value) ||
          value.getDefiningOp<lltype::NullOp>() || isFresh(object, op))
        return;
      stores.push_back({op, object});
    });
    for (auto [store, object] : stores) {
      OpBuilder builder(store);
      lltype::GcWriteBarrierOp::create(builder, store->getLoc(), object);
    }
  }

  /// Whether `object` was allocated earlier in `store`'s block, with no
  /// operation that may collect in between.
  static bool isFresh(Value object, Operation *store) {
    while (auto cast = object.getDefiningOp<lltype::CastPointerOp>())
      object = cast.getOperand();
    Operation *malloc = object.getDefiningOp();
    if (!isa_and_nonnull<lltype::MallocOp, lltype::MallocVarsizeOp>(malloc) ||
        malloc->getBlock() != store->getBlock())
      return false;
    for (Operation *op = malloc->getNextNode(); op != store;
         op = op->getNextNode())
      if (mayCollect(op))
        return false;
    return true;
  }

  /// Whether `use` may run after an operation that may collect since
  /// `value` was defined (or saved, for a block argument): not when it is
  /// in the same block with none in between.
  static bool mayFollowCollection(Value value, Operation *use) {
    Block *block = value.getParentBlock();
    if (use->getBlock() != block)
      return true;
    Operation *op = isa<BlockArgument>(value)
                        ? &block->front()
                        : value.getDefiningOp()->getNextNode();
    for (; op && op != use; op = op->getNextNode())
      if (mayCollect(op))
        return true;
    return false;
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
    // Uses that may follow a collection read the slot: a moving collector
    // may have moved the object. (Reloads before a return come before the
    // frame is left.)
    for (auto [value, slot] : slots) {
      SmallVector<OpOperand *> uses;
      for (OpOperand &use : value.getUses())
        if (!isa<lltype::GcSaveRootOp>(use.getOwner()) &&
            mayFollowCollection(value, use.getOwner()))
          uses.push_back(&use);
      for (OpOperand *use : uses) {
        builder.setInsertionPoint(use->getOwner());
        use->set(lltype::GcLoadRootOp::create(
            builder, use->getOwner()->getLoc(), value.getType(),
            builder.getI64IntegerAttr(slot), countAttr));
      }
    }
    func.walk([&](lltype::ReturnOp ret) {
      builder.setInsertionPoint(ret);
      lltype::GcLeaveFrameOp::create(builder, ret.getLoc(), countAttr);
    });
  }

  ModuleOp module;
  SymbolTable symbols;
  StringRef collector;
  bool writeBarriers;
};
} // namespace

namespace {
struct GCTransformPass
    : gctransform::impl::GCTransformBase<GCTransformPass> {
  using GCTransformBase::GCTransformBase;
  void runOnOperation() override {
    if (!llvm::is_contained({"marksweep", "semispace", "generational"},
                            collector)) {
      getOperation().emitError("lltype-gc-transform: unknown collector '")
          << collector << "' (marksweep, semispace, generational)";
      return signalPassFailure();
    }
    Transform(getOperation(), collector).run();
  }
};
} // namespace
