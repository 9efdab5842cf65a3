//===- Passes.td - The GC transform ------------------------*- tablegen -*-===//

#ifndef RPY_PASSES_GCTRANSFORM_PASSES_TD
#define RPY_PASSES_GCTRANSFORM_PASSES_TD

include "mlir/Pass/PassBase.td"

def GCTransform : Pass<"lltype-gc-transform", "::mlir::ModuleOp"> {
  let summary = "root GC pointers on the shadow stack";
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

    Run after the exception transform (whose added returns then pop the
    frame too). A moving collector would also reload the pointers after
    each such operation; the runtime's mark-sweep collector does not move
    objects.
  }];
  let dependentDialects = ["::rpy::lltype::LLTypeDialect"];
}

#endif // RPY_PASSES_GCTRANSFORM_PASSES_TD
