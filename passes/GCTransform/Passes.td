//===- Passes.td - The GC transform ------------------------*- tablegen -*-===//

#ifndef RPY_PASSES_GCTRANSFORM_PASSES_TD
#define RPY_PASSES_GCTRANSFORM_PASSES_TD

include "mlir/Pass/PassBase.td"

def GCTransform : Pass<"lltype-gc-transform", "::mlir::ModuleOp"> {
  let summary = "root GC pointers on the shadow stack; write barriers";
  let description = [{
    PyPy's shadow-stack GC transform (rpython/memory/gctransform/
    shadowstack.py), for the runtime's precise non-moving collector: a GC
    pointer that is live across an operation that may collect (an
    allocation, a call) gets a slot in its function's frame on the
    runtime's shadow stack, and is stored there right after its definition
    (a block argument at its block's start), so the collector sees it. The
    function reserves its frame at entry (`lltype.gc_enter_frame`) and pops
    it before each return. Liveness comes from MLIR's `Liveness` analysis.
    Functions that keep nothing across such an operation get no frame.

    The collector may move objects (the generational one moves the young
    ones out of the nursery) and update the slots: each use of a rooted
    pointer that may run after an operation that may collect reads it back
    from its slot (`lltype.gc_load_root`); LLVM removes the reads no
    collection separates.

    For the generational collector (`collector=generational`), a
    `lltype.gc_write_barrier` precedes each store of a GC pointer into a
    GC object, but where the object was allocated earlier in the block with
    no operation that may collect since (it is still young) and where the
    stored value is null; stores of other values need none.

    The module's `lltype.gc` attribute says which collector the code is
    for (`collector`: marksweep, semispace or generational);
    `convert-lltype-to-llvm` passes it on to the runtime as `rpy_gc_kind`.

    Run after the exception transform (whose added returns then pop the
    frame too).
  }];
  let dependentDialects = ["::rpy::lltype::LLTypeDialect"];
  let options = [
    Option<"collector", "collector", "std::string", /*default=*/"\"marksweep\"",
           "The collector the code is for: marksweep, semispace or "
           "generational (write barriers)">,
  ];
}

#endif // RPY_PASSES_GCTRANSFORM_PASSES_TD
