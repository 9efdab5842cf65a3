//===- Passes.h - The RTyper's passes ---------------------------*- C++ -*-===//
//
// The `rtype-lltype` pass: annotated flow graphs to the lltype dialect.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_PASSES_RTYPER_PASSES_H
#define RPY_PASSES_RTYPER_PASSES_H

#include "dialects/lltype/LLTypeDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

#include <memory>

namespace rpy::rtyper {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "passes/RTyper/Passes.h.inc"

/// Runs the RTyper on an annotated module; failure after a diagnostic.
mlir::LogicalResult rtypeModule(mlir::ModuleOp module);

} // namespace rpy::rtyper

#endif // RPY_PASSES_RTYPER_PASSES_H
