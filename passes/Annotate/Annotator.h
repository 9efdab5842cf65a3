//===- Annotator.h - Whole-program type inference ---------------*- C++ -*-===//
//
// PyPy's annotator (rpython/annotator/annrpython.py) over flow graphs: a
// fixpoint over a worklist of blocks, from the entry point.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_PASSES_ANNOTATE_ANNOTATOR_H
#define RPY_PASSES_ANNOTATE_ANNOTATOR_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"

namespace rpy::annotate {

/// Annotates every function reachable from the entry point of `module` and
/// writes the annotations into it as `ann` types; erases the functions never
/// reached (when nothing refers to them). On failure, an error with the call
/// chain has been emitted and the module is left unannotated.
mlir::LogicalResult annotateModule(mlir::ModuleOp module);

} // namespace rpy::annotate

#endif // RPY_PASSES_ANNOTATE_ANNOTATOR_H
