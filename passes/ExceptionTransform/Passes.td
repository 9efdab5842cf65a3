//===- Passes.td - The exception transform -----------------*- tablegen -*-===//

#ifndef RPY_PASSES_EXCEPTIONTRANSFORM_PASSES_TD
#define RPY_PASSES_EXCEPTIONTRANSFORM_PASSES_TD

include "mlir/Pass/PassBase.td"

def ExceptionTransform : Pass<"lltype-exception-transform", "::mlir::ModuleOp"> {
  let summary = "make exceptions explicit checks of the runtime's state";
  let description = [{
    PyPy's exception transform (rpython/translator/exceptiontransform.py):
    `lltype.raise` sets the runtime's exception state (`lltype.exc_raise`)
    and returns a dummy value; after every call of a function that can
    raise (found to a fixpoint over the call graph; the runtime's functions
    never raise), `lltype.exc_occurred` is tested. Without a handler the
    function returns at once, with the exception still set; an
    `lltype.catch` becomes a dispatch on the exception's class (its vtable's
    class-id range) to the first matching handler, the exception being
    raised again when none matches. Afterwards no `lltype.raise` or
    `lltype.catch` is left, so the backend needs no unwinder.

    The instances are the RTyper's: the root instance struct is
    `@inst.object` (its vtable pointer `typeptr`), the root vtable
    `@vtable.object` (`subclassrange_min`, `subclassrange_max`).
  }];
  let dependentDialects = ["::rpy::lltype::LLTypeDialect"];
}

#endif // RPY_PASSES_EXCEPTIONTRANSFORM_PASSES_TD
