//===- Passes.h - The malloc-removal pass -----------------------*- C++ -*-===//

#ifndef RPY_PASSES_MALLOCREMOVAL_PASSES_H
#define RPY_PASSES_MALLOCREMOVAL_PASSES_H

#include "dialects/lltype/LLTypeDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace rpy::mallocremoval {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "passes/MallocRemoval/Passes.h.inc"

} // namespace rpy::mallocremoval

#endif // RPY_PASSES_MALLOCREMOVAL_PASSES_H
