//===- Passes.td - The annotator's passes ------------------*- tablegen -*-===//

#ifndef RPY_PASSES_ANNOTATE_PASSES_TD
#define RPY_PASSES_ANNOTATE_PASSES_TD

include "mlir/Pass/PassBase.td"

def Annotate : Pass<"annotate", "::mlir::ModuleOp"> {
  let summary = "whole-program type inference of the flow graphs";
  let description = [{
    PyPy's annotator (rpython/annotator/annrpython.py): starting from the
    function marked `rpy.entry_point`, whose one parameter is argv (a
    resizable list of str), infers to a fixpoint an `ann` type for every flow
    value of every function reachable from it, then writes those types into
    the IR (values, block arguments, function types). Functions never reached
    and no longer referenced are erased. A type conflict or an operation
    without a rule is reported at its source location with the chain of calls
    from the entry point, and the pass fails.

    ```mlir
    flow.func @inc(%n: !ann.int<nonneg>) -> !ann.int<nonneg>
        attributes {arg_names = ["n"]} {
      %c = flow.constant 1 -> !ann.int<nonneg>
      %0 = flow.add %n, %c : (!ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int<nonneg>
      flow.return %0 : !ann.int<nonneg>
    }
    ```
  }];
  let dependentDialects = ["::rpy::ann::AnnDialect"];
}

#endif // RPY_PASSES_ANNOTATE_PASSES_TD
