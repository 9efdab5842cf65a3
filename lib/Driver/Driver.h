//===- Driver.h - The translation driver ------------------------*- C++ -*-===//
//
// The stages from RPython source to a module, shared by rpy-translate, the
// tests and the Python bindings: each entry point runs the pipeline up to
// its stage and reports errors as `file:line:col: error: ...` diagnostics.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_DRIVER_DRIVER_H
#define RPY_DRIVER_DRIVER_H

#include "lib/Frontend/Diagnostic.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <string>

namespace mlir {
class Diagnostic;
class MLIRContext;
} // namespace mlir

namespace llvm {
class LLVMContext;
class Module;
} // namespace llvm

namespace rpy::driver {

struct TranslateOptions {
  /// The entry point's name; empty for PyPy's `target()` convention, then
  /// `main(argv)`.
  std::string entry;
};

/// Parses the main file only and returns the dump of its syntax tree
/// (`--emit=ast`); false after a diagnostic.
bool dumpSyntaxTree(const std::string &path, std::string &out,
                    frontend::DiagnosticEngine &diags);

/// Imports the program at `path` (running its modules' top levels) and
/// builds the flow graphs of every function reachable from its entry point.
mlir::OwningOpRef<mlir::ModuleOp>
buildFlow(const std::string &path, mlir::MLIRContext &context,
          const TranslateOptions &options, frontend::DiagnosticEngine &diags);

/// Runs the annotator on a flow module (the `annotate` pass through a pass
/// manager). Its errors go to the context's diagnostic handler; false after
/// one.
bool annotate(mlir::ModuleOp module);

/// Runs the RTyper (`rtype-lltype`) on an annotated module; false after an
/// error (reported through the context's diagnostic handler).
bool rtype(mlir::ModuleOp module);

/// The translation aspects applied to the RTyper's graphs.
struct AspectOptions {
  /// lltype-inline, and its size threshold.
  bool inline_ = true;
  unsigned inlineThreshold = 32;
  /// lltype-malloc-removal.
  bool mallocRemoval = true;
  /// lltype-stack-check: deep recursion raises RecursionError.
  bool stackCheck = true;
};

/// Applies the translation aspects to an lltype module; false after an
/// error.
bool applyAspects(mlir::ModuleOp module, const AspectOptions &options);

/// The runtime's collectors (docs/runtime-abi.md).
enum class GC { MarkSweep, Semispace, Generational };

/// Runs the exception and GC transforms (for the collector `gc`) and
/// lowers an lltype module to MLIR's LLVM dialect
/// (`convert-lltype-to-llvm`); false after an error.
bool lowerToLLVMDialect(mlir::ModuleOp module, GC gc);

/// How machine code is made.
struct CodegenOptions {
  /// LLVM's pipeline and code generation level, 0 to 3.
  unsigned optLevel = 2;
  /// The CPU to generate code for: "host" (this machine's), or an LLVM
  /// name such as "x86-64" (for valgrind, or another machine).
  std::string cpu = "host";
};

/// Translates an LLVM-dialect module to LLVM IR for the host and optimises
/// it; null with `error` set on failure.
std::unique_ptr<llvm::Module> translateToLLVMIR(mlir::ModuleOp module,
                                                llvm::LLVMContext &context,
                                                const CodegenOptions &options,
                                                std::string &error);

/// Compiles `module` to an object file and links it with the runtime
/// library (found next to the tool `argv0`, in ../lib) into the executable
/// `output`; false with `error` set on failure.
bool emitExecutable(llvm::Module &module, const std::string &output,
                    const CodegenOptions &options,
                    const char *argv0, std::string &error);

/// Prints `diag` and its notes as the front end does:
/// `file:line:col: error: message`, then `file:line:col: note: ...` lines.
void printDiagnostic(mlir::Diagnostic &diag, llvm::raw_ostream &os);

} // namespace rpy::driver

#endif // RPY_DRIVER_DRIVER_H
