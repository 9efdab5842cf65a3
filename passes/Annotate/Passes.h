//===- Passes.h - The annotator's passes ------------------------*- C++ -*-===//
//
// The `annotate` pass: whole-program type inference from the entry point.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_PASSES_ANNOTATE_PASSES_H
#define RPY_PASSES_ANNOTATE_PASSES_H

#include "dialects/ann/AnnDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

#include <memory>

namespace rpy::annotate {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "passes/Annotate/Passes.h.inc"

} // namespace rpy::annotate

#endif // RPY_PASSES_ANNOTATE_PASSES_H
