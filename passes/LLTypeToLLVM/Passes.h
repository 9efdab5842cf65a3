//===- Passes.h - lltype to LLVM --------------------------------*- C++ -*-===//

#ifndef RPY_PASSES_LLTYPETOLLVM_PASSES_H
#define RPY_PASSES_LLTYPETOLLVM_PASSES_H

#include "dialects/lltype/LLTypeDialect.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace rpy::lltype_to_llvm {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "passes/LLTypeToLLVM/Passes.h.inc"

} // namespace rpy::lltype_to_llvm

#endif // RPY_PASSES_LLTYPETOLLVM_PASSES_H
