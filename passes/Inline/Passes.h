//===- Passes.h - The inlining pass -----------------------------*- C++ -*-===//

#ifndef RPY_PASSES_INLINE_PASSES_H
#define RPY_PASSES_INLINE_PASSES_H

#include "dialects/lltype/LLTypeDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace rpy::inline_ {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "passes/Inline/Passes.h.inc"

} // namespace rpy::inline_

#endif // RPY_PASSES_INLINE_PASSES_H
