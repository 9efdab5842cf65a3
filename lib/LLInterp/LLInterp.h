//===- LLInterp.h - The llinterpreter: runs lltype graphs -------*- C++ -*-===//
//
// PyPy's llinterpreter: runs a module of lltype graphs without compiling
// it, so that the RTyper's output and each later transform can be tested
// on their own. Objects live in real memory, laid out as the LLVM backend
// lays them out (Layouts), and are allocated and collected by the real
// runtime, loaded as build/lib/librpyrt.so; calls to the runtime's C
// functions go through libffi.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_LIB_LLINTERP_LLINTERP_H
#define RPY_LIB_LLINTERP_LLINTERP_H

#include "mlir/IR/BuiltinOps.h"

#include <optional>
#include <string>
#include <vector>

namespace rpy::llinterp {

/// Runs the module's entry glue `rpy_entry` with the program's arguments
/// (`args[0]` is its name) as a translated executable's main does, and
/// returns the exit status. The module may be at any lltype stage: as the
/// RTyper leaves it, or after the exception and GC transforms. `argv0` is
/// the running tool's argv[0], to find the runtime next to it. Returns
/// nullopt after reporting, as a diagnostic on the module's operations, a
/// module it cannot run.
std::optional<int> run(mlir::ModuleOp module,
                       const std::vector<std::string> &args,
                       const char *argv0);

} // namespace rpy::llinterp

#endif // RPY_LIB_LLINTERP_LLINTERP_H
