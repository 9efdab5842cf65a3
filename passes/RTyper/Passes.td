//===- Passes.td - The RTyper's passes ---------------------*- tablegen -*-===//

#ifndef RPY_PASSES_RTYPER_PASSES_TD
#define RPY_PASSES_RTYPER_PASSES_TD

include "mlir/Pass/PassBase.td"

def RTypeLLType : Pass<"rtype-lltype", "::mlir::ModuleOp"> {
  let summary = "annotated flow graphs to lltype (PyPy's RTyper)";
  let description = [{
    PyPy's RTyper (rpython/rtyper/rtyper.py) for the lltype type system:
    chooses a low-level representation for every annotation (int as
    Signed, str as a pointer to `rpy_string`, ...) and rewrites every
    annotated flow function as an `lltype.func` of low-level operations,
    converting values on the links where a block argument's representation
    differs from its operand's (a Bool flowing into a Signed). The entry
    point gets the runtime's entry glue `rpy_entry` (docs/runtime-abi.md).
    Operations and annotations without a rule yet are reported at their
    source location, and the pass fails. The flow functions are replaced.

    Also spelled `convert-flow-to-lltype`.
  }];
  let dependentDialects = ["::rpy::lltype::LLTypeDialect"];
}

#endif // RPY_PASSES_RTYPER_PASSES_TD
