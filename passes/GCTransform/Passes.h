//===- Passes.h - The GC transform ------------------------------*- C++ -*-===//

#ifndef RPY_PASSES_GCTRANSFORM_PASSES_H
#define RPY_PASSES_GCTRANSFORM_PASSES_H

#include "dialects/lltype/LLTypeDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace rpy::gctransform {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "passes/GCTransform/Passes.h.inc"

} // namespace rpy::gctransform

#endif // RPY_PASSES_GCTRANSFORM_PASSES_H
