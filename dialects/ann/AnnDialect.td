//===- AnnDialect.td - ann dialect definition --------------*- tablegen -*-===//

#ifndef RPY_ANN_DIALECT_TD
#define RPY_ANN_DIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"

def Ann_Dialect : Dialect {
  let name = "ann";
  let cppNamespace = "::rpy::ann";
  let summary = "the annotator's lattice of RPython types";
  let description = [{
    The `ann` dialect has no operations: it is the lattice of PyPy's
    annotator (`rpython.annotator.model`, the `SomeXxx` classes) written as
    MLIR types. The `annotate` pass infers one of them for every value of the
    `flow` dialect, so annotated IR is ordinary, printable, FileCheck-able
    IR:

    ```mlir
    flow.func @inc(%n: !ann.int<nonneg>) -> !ann.int attributes {arg_names = ["n"]} {
      %c = flow.constant 1 -> !ann.int<nonneg>
      %0 = flow.add %n, %c : (!ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int
      flow.return %0 : !ann.int
    }
    ```

    Knowledge that only narrows a type (`nonneg`, `no_nul`, `fixed`) and
    possibilities that widen it (`nullable`, `mutated`) are keyword flags
    after the type's other parameters; flags print in a fixed order and are
    omitted when unset. The lattice operations (union, containment, error
    descriptions) live in `dialects/ann/Lattice.h`.
  }];
  let dependentDialects = ["::rpy::flow::FlowDialect"];
  let useDefaultTypePrinterParser = 1;
  let extraClassDeclaration = [{
    /// Defined in AnnTypes.cpp, where the type storage classes are complete.
    void registerTypes();
  }];
}

#endif // RPY_ANN_DIALECT_TD
