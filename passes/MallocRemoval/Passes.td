//===- Passes.td - The malloc-removal pass -----------------*- tablegen -*-===//

#ifndef RPY_PASSES_MALLOCREMOVAL_PASSES_TD
#define RPY_PASSES_MALLOCREMOVAL_PASSES_TD

include "mlir/Pass/PassBase.td"

def MallocRemoval : Pass<"lltype-malloc-removal", "::mlir::ModuleOp"> {
  let summary = "replace GC structs that do not escape by their fields";
  let description = [{
    PyPy's malloc removal (rpython/translator/backendopt/malloc.py):
    scalar replacement of the fixed-size GC structs a function allocates
    and never lets escape. Run after inlining, which brings the places
    that build an object (a tuple returned, an iterator, a frame) and the
    places that take it apart into one function.

    An object's values are the `lltype.malloc` result, the
    `lltype.cast_pointer`s of them and the block arguments they are passed
    to. It does not escape when each use of those is a `getfield`, the
    object of a `setfield`, a `cast_pointer`, a `ptr_nonzero`/`ptr_iszero`
    (then a constant), or an operand passed to a block argument that
    receives only values of the same object. Each field read anywhere
    (a struct type and a field name: base classes' fields through casts
    are their own) becomes an SSA value: zero at the malloc, the stored
    value after a `setfield`, and a new block argument where paths with
    the object alive meet. The malloc, its casts, stores and loads go.
    Removing one object can free another (stored in its fields): the pass
    repeats to a fixpoint.

    With `remarks`, each removed malloc is reported, and the count.
  }];
  let dependentDialects = ["::rpy::lltype::LLTypeDialect"];
  let options = [
    Option<"remarks", "remarks", "bool", /*default=*/"false",
           "Report each removed malloc and their number as remarks">,
  ];
}

#endif // RPY_PASSES_MALLOCREMOVAL_PASSES_TD
