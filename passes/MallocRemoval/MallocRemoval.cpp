//===- MallocRemoval.cpp - GC structs replaced by their fields ------------===//
//
// See Passes.td. For each malloc: find the object's values and check that
// none escapes (collect), check that every block where it is alive can get
// the fields' values (plan), then rewrite the loads and stores as SSA
// values, walking the dominator tree from the malloc (rewrite).
//
//===----------------------------------------------------------------------===//

#include "passes/MallocRemoval/Passes.h"

#include "dialects/lltype/LLTypeOps.h"

#include "mlir/Analysis/Liveness.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/DepthFirstIterator.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"

namespace rpy::mallocremoval {
#define GEN_PASS_DEF_MALLOCREMOVAL
#include "passes/MallocRemoval/Passes.h.inc"
} // namespace rpy::mallocremoval

using namespace mlir;
using namespace rpy;

namespace {
/// A field of the object: the struct type it is read through (a base
/// class's fields through a cast) and its name.
using FieldKey = std::pair<StringRef, StringRef>;

/// One malloc and what replacing it needs.
class Removal {
public:
  explicit Removal(lltype::MallocOp malloc) : malloc(malloc) {}

  /// Whether no value of the object escapes; fills `values`, `args` and
  /// `fields`.
  bool collect();
  /// Whether each block where the object is alive can get its fields;
  /// fills `alive`.
  bool plan(DominanceInfo &dominance, Liveness &liveness);
  void rewrite(DominanceInfo &dominance);

private:
  static StringRef targetOf(Value pointer) {
    return cast<lltype::PtrType>(pointer.getType()).getTarget().getValue();
  }
  /// The incoming edges of `block`: each predecessor's branch and which of
  /// its successors `block` is.
  static SmallVector<std::pair<BranchOpInterface, unsigned>>
  edgesInto(Block *block);

  lltype::MallocOp malloc;
  llvm::SetVector<Value> values;
  SmallVector<BlockArgument> args;
  llvm::MapVector<FieldKey, Type> fields;
  llvm::SetVector<Block *> alive;
};
} // namespace

bool Removal::collect() {
  SmallVector<Value> worklist{malloc.getResult()};
  values.insert(malloc.getResult());
  auto join = [&](Value value) {
    if (values.insert(value))
      worklist.push_back(value);
  };
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (OpOperand &use : value.getUses()) {
      Operation *user = use.getOwner();
      if (auto get = dyn_cast<lltype::GetFieldOp>(user)) {
        if (isa<lltype::InlineType>(get.getType()))
          return false;
        fields.insert({{targetOf(value), get.getField()}, get.getType()});
      } else if (isa<lltype::SetFieldOp>(user)) {
        if (use.getOperandNumber() != 0)
          return false; // stored somewhere: escapes
      } else if (auto cast = dyn_cast<lltype::CastPointerOp>(user)) {
        join(cast.getResult());
      } else if (isa<lltype::PtrNonzeroOp, lltype::PtrIsZeroOp>(user)) {
      } else if (auto branch = dyn_cast<BranchOpInterface>(user)) {
        std::optional<BlockArgument> arg =
            branch.getSuccessorBlockArgument(use.getOperandNumber());
        if (!arg)
          return false;
        if (values.insert(*arg)) {
          args.push_back(*arg);
          worklist.push_back(*arg);
        }
      } else {
        return false;
      }
    }
  }
  // A block argument of the object receives it on every edge.
  for (BlockArgument arg : args) {
    if (arg.getOwner() == malloc->getBlock())
      return false;
    for (auto [branch, index] : edgesInto(arg.getOwner())) {
      if (!branch)
        return false;
      SuccessorOperands operands = branch.getSuccessorOperands(index);
      if (operands.isOperandProduced(arg.getArgNumber()) ||
          !values.contains(operands[arg.getArgNumber()]))
        return false;
    }
  }
  return true;
}

SmallVector<std::pair<BranchOpInterface, unsigned>>
Removal::edgesInto(Block *block) {
  SmallVector<std::pair<BranchOpInterface, unsigned>> edges;
  for (auto it = block->pred_begin(); it != block->pred_end(); ++it)
    edges.push_back({dyn_cast<BranchOpInterface>((*it)->getTerminator()),
                     it.getSuccessorIndex()});
  return edges;
}

bool Removal::plan(DominanceInfo &dominance, Liveness &liveness) {
  Block *home = malloc->getBlock();
  for (Block &block : *home->getParent()) {
    bool used = &block == home;
    for (Value value : values)
      if (liveness.getLiveIn(&block).contains(value) ||
          (isa<BlockArgument>(value) &&
           cast<BlockArgument>(value).getOwner() == &block))
        used = true;
    if (!used)
      continue;
    if (!dominance.dominates(home, &block))
      return false;
    alive.insert(&block);
  }
  // Where paths meet, each edge passes the fields on.
  for (Block *block : alive) {
    if (block == home || block->getSinglePredecessor())
      continue;
    for (auto [branch, index] : edgesInto(block))
      if (!branch || !alive.contains(branch->getBlock()))
        return false;
  }
  return true;
}

void Removal::rewrite(DominanceInfo &dominance) {
  Block *home = malloc->getBlock();
  OpBuilder builder(malloc);
  auto indexOf = [&](Value pointer, StringRef field) -> std::optional<size_t> {
    auto it = fields.find({targetOf(pointer), field});
    if (it == fields.end())
      return std::nullopt;
    return it - fields.begin();
  };
  // The fields' values entering each block where paths meet: new block
  // arguments, filled in once every block's outgoing values are known.
  DenseMap<Block *, SmallVector<Value>> in, out;
  for (Block *block : alive) {
    if (block == home || block->getSinglePredecessor())
      continue;
    for (auto &[key, type] : fields)
      in[block].push_back(block->addArgument(type, malloc.getLoc()));
  }
  // The dominator tree's preorder from the malloc: a block's single
  // predecessor (its immediate dominator) comes before it. (MLIR builds
  // no tree for a region of one block.)
  SmallVector<Block *> order{home};
  if (!home->getParent()->hasOneBlock()) {
    order.clear();
    DominanceInfoNode *root =
        dominance.getDomTree(home->getParent()).getNode(home);
    for (DominanceInfoNode *node : llvm::depth_first(root))
      if (alive.contains(node->getBlock()))
        order.push_back(node->getBlock());
  }
  SmallVector<Operation *> casts;
  for (Block *block : order) {
    SmallVector<Value> state;
    Block::iterator start = block->begin();
    if (block == home) {
      for (auto &[key, type] : fields)
        state.push_back(lltype::buildZero(builder, malloc.getLoc(), type));
      start = std::next(malloc->getIterator());
    } else if (Block *single = block->getSinglePredecessor()) {
      state = out.lookup(single);
    } else {
      state = in.lookup(block);
    }
    for (Operation &op : llvm::make_early_inc_range(
             llvm::make_range(start, block->end()))) {
      if (auto get = dyn_cast<lltype::GetFieldOp>(op)) {
        if (values.contains(get.getObject())) {
          get.replaceAllUsesWith(
              state[*indexOf(get.getObject(), get.getField())]);
          get.erase();
        }
      } else if (auto set = dyn_cast<lltype::SetFieldOp>(op)) {
        if (values.contains(set.getObject())) {
          // A field never read needs no value.
          if (auto index = indexOf(set.getObject(), set.getField()))
            state[*index] = set.getValue();
          set.erase();
        }
      } else if (isa<lltype::PtrNonzeroOp, lltype::PtrIsZeroOp>(op)) {
        if (values.contains(op.getOperand(0))) {
          OpBuilder at(&op);
          op.getResult(0).replaceAllUsesWith(lltype::ConstantOp::create(
              at, op.getLoc(), op.getResult(0).getType(),
              at.getBoolAttr(isa<lltype::PtrNonzeroOp>(op))));
          op.erase();
        }
      } else if (isa<lltype::CastPointerOp>(op) &&
                 values.contains(op.getOperand(0))) {
        casts.push_back(&op);
      }
    }
    out[block] = std::move(state);
  }
  for (auto &[block, arguments] : in)
    for (auto [branch, index] : edgesInto(block))
      branch.getSuccessorOperands(index).append(out.lookup(branch->getBlock()));
  // The object's block arguments go, and what each edge passed to them.
  llvm::sort(args, [](BlockArgument a, BlockArgument b) {
    return a.getArgNumber() > b.getArgNumber();
  });
  // Operands first: an edge may pass one of these arguments to another.
  for (BlockArgument arg : args)
    for (auto [branch, index] : edgesInto(arg.getOwner()))
      branch.getSuccessorOperands(index).erase(arg.getArgNumber());
  for (BlockArgument arg : args)
    arg.getOwner()->eraseArgument(arg.getArgNumber());
  for (Operation *cast : llvm::reverse(casts))
    cast->erase();
  malloc.erase();
}

namespace {
struct MallocRemovalPass
    : mallocremoval::impl::MallocRemovalBase<MallocRemovalPass> {
  using MallocRemovalBase::MallocRemovalBase;

  void runOnOperation() override {
    unsigned removed = 0;
    for (auto func : getOperation().getOps<lltype::FuncOp>())
      removed += removeIn(func);
    if (remarks)
      getOperation().emitRemark() << "removed " << removed << " mallocs";
  }

  /// Removes what it can in `func`, to a fixpoint: an object stored in a
  /// removed one's field may not escape any more.
  unsigned removeIn(lltype::FuncOp func) {
    unsigned removed = 0;
    // Blocks no path reaches would need the fields on edges that never
    // run: they go first.
    IRRewriter rewriter(func.getContext());
    (void)eraseUnreachableBlocks(rewriter, func.getBody());
    for (bool changed = true; changed;) {
      changed = false;
      SmallVector<lltype::MallocOp> mallocs;
      func.walk([&](lltype::MallocOp malloc) { mallocs.push_back(malloc); });
      for (lltype::MallocOp malloc : mallocs) {
        Removal removal(malloc);
        if (!removal.collect())
          continue;
        DominanceInfo dominance(func);
        Liveness liveness(func);
        if (!removal.plan(dominance, liveness))
          continue;
        if (remarks)
          malloc.emitRemark() << "removed malloc of "
                              << malloc.getType().getTarget();
        removal.rewrite(dominance);
        ++removed;
        changed = true;
      }
    }
    return removed;
  }
};
} // namespace
