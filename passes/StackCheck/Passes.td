//===- Passes.td - The stack-check pass --------------------*- tablegen -*-===//

#ifndef RPY_PASSES_STACKCHECK_PASSES_TD
#define RPY_PASSES_STACKCHECK_PASSES_TD

include "mlir/Pass/PassBase.td"

def StackCheck : Pass<"lltype-stack-check", "::mlir::ModuleOp"> {
  let summary = "raise RecursionError instead of overflowing the stack";
  let description = [{
    RPython's guarantee that exhausting the C stack never crashes
    (rpython/translator/transform.py, insert_ll_stackcheck): only a
    recursion can exhaust it, and every recursion goes around a cycle of
    the call graph. The pass builds the call graph once (a direct call is
    an edge to its callee; an indirect call, an edge to every function of
    its type whose address is taken), walks it depth first, and puts a
    check at the entry of each function that a back edge enters: every
    cycle has such an edge, so every turn of a recursion meets a check,
    and functions outside cycles get none.

    The check is `lltype.stack_too_deep`; when it holds, the function
    calls `@ll_stack_overflow` (made by `rtype-lltype`), which raises
    RecursionError("maximum recursion depth exceeded"), a RuntimeError the
    program can catch. Run before the exception transform.
  }];
  let dependentDialects = ["::rpy::lltype::LLTypeDialect"];
  let options = [
    Option<"remarks", "remarks", "bool", /*default=*/"false",
           "Report each checked function and their number as remarks">,
  ];
}

#endif // RPY_PASSES_STACKCHECK_PASSES_TD
