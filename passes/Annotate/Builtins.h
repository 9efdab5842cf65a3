//===- Builtins.h - Annotations of calls to built-in functions --*- C++ -*-===//
//
// The built-in functions whose result depends only on their arguments'
// annotations (PyPy's rpython/annotator/builtin.py), and the externals and
// rpython.rlib helpers of that kind. Those that need the annotator's state
// (lists, classes) are in the annotator's files.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_PASSES_ANNOTATE_BUILTINS_H
#define RPY_PASSES_ANNOTATE_BUILTINS_H

#include "passes/Annotate/Rules.h"

#include "llvm/ADT/StringRef.h"

namespace rpy::annotate {

/// The annotation of calling the built-in `name` with positional arguments
/// annotated `args`. `range(...)` gives a fixed list of its items, which
/// `iter` turns into a range iterator (PyPy's `range_step` list). A call that
/// never returns (`sys.exit`) is `!ann.impossible`.
RuleResult callBuiltin(mlir::MLIRContext *context, llvm::StringRef name,
                       llvm::ArrayRef<mlir::Type> args);

} // namespace rpy::annotate

#endif // RPY_PASSES_ANNOTATE_BUILTINS_H
