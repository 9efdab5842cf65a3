//===- LLTypeDialect.td - lltype dialect definition --------*- tablegen -*-===//

#ifndef RPY_LLTYPE_DIALECT_TD
#define RPY_LLTYPE_DIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"

def LLType_Dialect : Dialect {
  let name = "lltype";
  let cppNamespace = "::rpy::lltype";
  let summary = "PyPy's low-level type system and operations";
  let description = [{
    The `lltype` dialect is what the RTyper (`rtype-lltype`) makes of
    annotated flow graphs, and what the translation aspects (inlining, malloc
    removal, the exception and GC transforms) work on before
    `convert-lltype-to-llvm`. It follows PyPy's `rpython.rtyper.lltypesystem`:

    * primitive types `!lltype.signed`, `!lltype.unsigned`, `!lltype.float`,
      `!lltype.char`, `!lltype.bool` and `!lltype.void`;
    * containers are named, module-level definitions: `lltype.struct` (with
      `gc`, a GcStruct; its last field may be an inline array, as PyPy's
      strings) and `lltype.array` (with `gc`, a GcArray). Pointers name them:
      `!lltype.ptr<@rpy_string>`, so recursive types need no forward
      references; `!lltype.inline<@Base>` embeds a struct by value (a
      subclass's struct starts with its base's, PyPy's `super` field);
    * prebuilt data (`lltype.global`: vtables, string literals, prebuilt
      instances) and functions (`lltype.func`; without a body, an external
      C function of the runtime);
    * PyPy's low-level operations under their names: `int_add`,
      `int_add_ovf`, `float_mul`, `cast_int_to_float`, `malloc`,
      `getfield`, `setarrayitem`, `direct_call`, ...;
    * exceptions stay explicit as in flow graphs (`lltype.catch` after an
      operation that can raise, `lltype.raise`) until the exception
      transform replaces them by checks of the runtime's exception state.

    Integer arithmetic is on 64-bit machine words: `int_add` wraps, and the
    `_ovf` variants raise OverflowError instead. `int_floordiv` and `int_mod`
    have Python's semantics (rounding towards minus infinity); the divisor is
    never zero (the RTyper checks it first).
  }];
  let useDefaultTypePrinterParser = 1;
  let extraClassDeclaration = [{
    void registerTypes();
  }];
}

#endif // RPY_LLTYPE_DIALECT_TD
