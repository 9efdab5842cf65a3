//===- Passes.td - The inlining pass -----------------------*- tablegen -*-===//

#ifndef RPY_PASSES_INLINE_PASSES_TD
#define RPY_PASSES_INLINE_PASSES_TD

include "mlir/Pass/PassBase.td"

def Inline : Pass<"lltype-inline", "::mlir::ModuleOp"> {
  let summary = "inline small functions into their callers";
  let description = [{
    PyPy's auto-inlining (rpython/translator/backendopt/inline.py), on the
    RTyper's graphs, before the exception and GC transforms: the calls it
    removes then need no exception check and no shadow-stack frame, and
    malloc removal sees through them.

    The call graph is built once. Its strongly connected components are
    visited callees first, so a function is measured after its own calls
    were inlined. A direct call is inlined when the callee:
    - has a body and is not in the caller's component (no recursion is
      unrolled);
    - is not marked `lltype.dont_inline` (rlib's `@dont_inline`) or
      `lltype.cold` (raising helpers, the stack check's slow path);
    - is marked `lltype.always_inline` (`@always_inline`), or its size
      (operations other than constants, `addressof`, pointer casts,
      branches and returns) is at most `threshold`.
    A call inside a `try` (followed by `lltype.catch`) is not inlined yet:
    the handlers would have to match the callee's raises.

    With `remarks`, each inlined call is reported, and the count.
  }];
  let dependentDialects = ["::rpy::lltype::LLTypeDialect"];
  let options = [
    Option<"threshold", "threshold", "unsigned", /*default=*/"32",
           "The largest callee inlined without `always_inline`">,
    Option<"remarks", "remarks", "bool", /*default=*/"false",
           "Report each inlined call and their number as remarks">,
  ];
}

#endif // RPY_PASSES_INLINE_PASSES_TD
