//===- FlowDialect.td - flow dialect definition ------------*- tablegen -*-===//

#ifndef RPY_FLOW_DIALECT_TD
#define RPY_FLOW_DIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"

def Flow_Dialect : Dialect {
  let name = "flow";
  let cppNamespace = "::rpy::flow";
  let summary = "PyPy-style flow graphs of RPython 3 functions";
  let description = [{
    The `flow` dialect is the front end's output: one `flow.func` per RPython
    function reachable from the program's entry point, built by abstract
    interpretation of the function's source after the program's modules were
    evaluated at import time. It follows PyPy's flow model:

    * a function is a graph of blocks; PyPy's *links with arguments into blocks
      with input arguments* are MLIR successors with block arguments;
    * values are untyped (`!flow.obj`) until the annotator gives each one a
      type from the `ann` dialect;
    * operations are the Python-level operations RPython needs, named as in
      PyPy's `rpython.flowspace.operation` (`flow.add`, `flow.getattr`,
      `flow.simple_call`, `flow.newlist`, `flow.is_true`, `flow.iter`, ...);
    * constants are prebuilt objects: numbers, strings, tuples of constants,
      built-ins (`#flow.builtin<"len">`), and symbol references to functions
      (`flow.func`), classes (`flow.class`) and prebuilt instances, lists and
      dicts (`flow.prebuilt`);
    * exceptions are explicit: inside a `try`, an operation that can raise is
      the last operation of its block and the block ends with `flow.catch`,
      whose handler edges receive the exception instance as their first block
      argument (PyPy's `exitswitch == c_last_exception`). An exception raised
      outside any handler propagates to the caller.

    Every operation carries the `file:line:col` of its RPython source.
  }];
  let useDefaultTypePrinterParser = 1;
  let useDefaultAttributePrinterParser = 1;
  let extraClassDeclaration = [{
    void registerTypes();
    void registerAttributes();
  }];
}

class Flow_Op<string mnemonic, list<Trait> traits = []>
    : Op<Flow_Dialect, mnemonic, traits>;

#endif // RPY_FLOW_DIALECT_TD
