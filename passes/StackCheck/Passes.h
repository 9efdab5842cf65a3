//===- Passes.h - The stack-check pass --------------------------*- C++ -*-===//

#ifndef RPY_PASSES_STACKCHECK_PASSES_H
#define RPY_PASSES_STACKCHECK_PASSES_H

#include "dialects/lltype/LLTypeDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace rpy::stackcheck {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "passes/StackCheck/Passes.h.inc"

} // namespace rpy::stackcheck

#endif // RPY_PASSES_STACKCHECK_PASSES_H
