//===- FlowBuilder.h - RPython functions to flow graphs ---------*- C++ -*-===//
//
// After the program's modules ran at import time, the flow builder finds the
// entry point and builds a `flow.func` for every function reachable from it,
// by abstract interpretation of the function bodies (PyPy's flow space):
// values are either prebuilt constants, folded as far as the interpreter can
// compute them, or run-time variables; control flow becomes blocks and
// links; loops over constant tuples and `unrolling_iterable`s unroll; and
// `we_are_translated()` is True. Classes and prebuilt objects reached on the
// way become `flow.class` and `flow.prebuilt` ops.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_FRONTEND_FLOWBUILDER_H
#define RPY_FRONTEND_FLOWBUILDER_H

#include "lib/Frontend/Diagnostic.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

#include <string>

namespace mlir {
class MLIRContext;
} // namespace mlir

namespace rpy::frontend {

class Interpreter;
struct FunctionObject;

struct FlowBuildOptions {
  /// The entry point: empty means PyPy's convention (`target()` returning
  /// `(entry_point, None)`), then a function `main(argv)`. Otherwise the
  /// name of a function of the main module.
  std::string entryName;
};

/// Builds the flow module of the program that `interp` imported. Returns null
/// after recording a diagnostic on failure.
mlir::OwningOpRef<mlir::ModuleOp>
buildFlowModule(Interpreter &interp, mlir::MLIRContext &context,
                const FlowBuildOptions &options, DiagnosticEngine &diags);

} // namespace rpy::frontend

#endif // RPY_FRONTEND_FLOWBUILDER_H
