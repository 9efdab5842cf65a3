//===- Driver.cpp - The translation driver --------------------------------===//

#include "lib/Driver/Driver.h"

#include "lib/Frontend/ASTDump.h"
#include "lib/Frontend/FlowBuilder.h"
#include "lib/Frontend/Interpreter.h"
#include "lib/Frontend/Parser.h"

#include "passes/Annotate/Passes.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace rpy;

/// The main file's text; false after a "cannot read" diagnostic.
static bool readInput(const std::string &path, std::string &text,
                      frontend::DiagnosticEngine &diags) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!buffer) {
    diags.error(frontend::Loc{&path, 0, 0},
                "cannot read '" + path + "': " + buffer.getError().message());
    return false;
  }
  text = (*buffer)->getBuffer().str();
  return true;
}

bool driver::dumpSyntaxTree(const std::string &path, std::string &out,
                            frontend::DiagnosticEngine &diags) {
  auto source = std::make_unique<frontend::SourceFile>();
  source->name = path;
  if (!readInput(path, source->text, diags))
    return false;
  std::unique_ptr<frontend::Module> module =
      frontend::parseModule(std::move(source), diags);
  if (!module)
    return false;
  out = frontend::dumpAST(*module);
  return true;
}

mlir::OwningOpRef<mlir::ModuleOp>
driver::buildFlow(const std::string &path, mlir::MLIRContext &context,
                  const TranslateOptions &options,
                  frontend::DiagnosticEngine &diags) {
  std::string text;
  if (!readInput(path, text, diags))
    return nullptr;
  // The interpreter's objects are the flow module's constants only while it
  // is built; afterwards the module stands alone.
  frontend::ObjectSpace space;
  frontend::Interpreter interp(space, diags);
  if (!interp.importMainSource(path, text))
    return nullptr;
  frontend::FlowBuildOptions flowOptions;
  flowOptions.entryName = options.entry;
  return frontend::buildFlowModule(interp, context, flowOptions, diags);
}

bool driver::annotate(mlir::ModuleOp module) {
  mlir::PassManager pm(module.getContext());
  pm.addPass(annotate::createAnnotate());
  return mlir::succeeded(pm.run(module));
}

/// `file:line:col: ` for a source location; empty for others.
static std::string locationPrefix(mlir::Location loc) {
  auto fileLoc = llvm::dyn_cast<mlir::FileLineColLoc>(loc);
  if (!fileLoc)
    return "";
  return (fileLoc.getFilename().getValue() + ":" +
          llvm::Twine(fileLoc.getLine()) + ":" +
          llvm::Twine(fileLoc.getColumn()) + ": ")
      .str();
}

static llvm::StringRef severityName(mlir::DiagnosticSeverity severity) {
  switch (severity) {
  case mlir::DiagnosticSeverity::Error:
    return "error";
  case mlir::DiagnosticSeverity::Warning:
    return "warning";
  case mlir::DiagnosticSeverity::Note:
    return "note";
  case mlir::DiagnosticSeverity::Remark:
    return "remark";
  }
  return "error";
}

void driver::printDiagnostic(mlir::Diagnostic &diag, llvm::raw_ostream &os) {
  os << locationPrefix(diag.getLocation()) << severityName(diag.getSeverity())
     << ": " << diag.str() << "\n";
  for (mlir::Diagnostic &note : diag.getNotes())
    os << locationPrefix(note.getLocation()) << "note: " << note.str() << "\n";
}
