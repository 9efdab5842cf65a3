//===- Passes.h - The exception transform -----------------------*- C++ -*-===//

#ifndef RPY_PASSES_EXCEPTIONTRANSFORM_PASSES_H
#define RPY_PASSES_EXCEPTIONTRANSFORM_PASSES_H

#include "dialects/lltype/LLTypeDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace rpy::exceptiontransform {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "passes/ExceptionTransform/Passes.h.inc"

} // namespace rpy::exceptiontransform

#endif // RPY_PASSES_EXCEPTIONTRANSFORM_PASSES_H
