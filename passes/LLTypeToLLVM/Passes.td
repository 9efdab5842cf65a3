//===- Passes.td - lltype to LLVM ---------------------------*- tablegen -*-===//

#ifndef RPY_PASSES_LLTYPETOLLVM_PASSES_TD
#define RPY_PASSES_LLTYPETOLLVM_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertLLTypeToLLVM : Pass<"convert-lltype-to-llvm", "::mlir::ModuleOp"> {
  let summary = "lower the lltype dialect to MLIR's LLVM dialect";
  let description = [{
    Lays the module's containers out as docs/runtime-abi.md says (the
    runtime's object header, inline arrays as a length then items), turns
    every `lltype.func` into an `llvm.func` and every `lltype.global` into
    an initialised `llvm.mlir.global`, lowers the low-level operations
    (Python's floor division and modulo included), calls the runtime's
    allocator for `malloc`, and emits the tables the collector reads:
    `rpy_typeinfos` (size, item size, length offset and GC pointer offsets
    per type id; 1, 2 and 3 reserved for strings, pointer arrays and lists of
    strings) and `rpy_static_roots` (the prebuilt GC objects that may point
    to the heap). Exceptions must be explicit already.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

#endif // RPY_PASSES_LLTYPETOLLVM_PASSES_TD
