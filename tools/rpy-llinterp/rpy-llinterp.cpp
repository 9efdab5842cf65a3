//===- rpy-llinterp.cpp - Run a saved lltype module -----------------------===//
//
// `rpy-llinterp prog.ll.mlir [args...]` runs a module of lltype graphs (as
// `rpy-translate --emit=ll` prints it, or after any lltype pass of
// rpy-opt) in the llinterpreter, as its executable would run: the exit
// status and the output are the program's. `-` reads standard input.
//
//===----------------------------------------------------------------------===//

#include "lib/Driver/Driver.h"
#include "lib/LLInterp/LLInterp.h"
#include "lib/Registration/Registration.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"

using namespace llvm;

namespace {
cl::opt<std::string> inputFile(cl::Positional, cl::desc("<module.mlir>"),
                               cl::Required);
cl::list<std::string> programArgs(cl::Positional,
                                  cl::desc("[-- <program arguments>...]"));
} // namespace

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(
      argc, argv,
      "rpy-llinterp: run a module of lltype graphs in the llinterpreter\n");
  mlir::DialectRegistry registry;
  rpy::registerAllDialects(registry);
  mlir::MLIRContext context(registry);
  // Errors point at the source; the operation itself is --emit=ll's.
  context.printOpOnDiagnostic(false);
  mlir::ScopedDiagnosticHandler handler(&context, [](mlir::Diagnostic &diag) {
    rpy::driver::printDiagnostic(diag, errs());
    return mlir::success();
  });
  auto buffer = MemoryBuffer::getFileOrSTDIN(inputFile);
  if (!buffer) {
    errs() << "rpy-llinterp: cannot read " << inputFile << ": "
           << buffer.getError().message() << "\n";
    return 1;
  }
  SourceMgr sources;
  sources.AddNewSourceBuffer(std::move(*buffer), SMLoc());
  auto module = mlir::parseSourceFile<mlir::ModuleOp>(sources, &context);
  if (!module || failed(mlir::verify(*module)))
    return 1;
  std::vector<std::string> args{inputFile};
  args.insert(args.end(), programArgs.begin(), programArgs.end());
  std::optional<int> status = rpy::llinterp::run(*module, args, argv[0]);
  return status ? *status : 1;
}
