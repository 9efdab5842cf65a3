//===- fuzz-frontend.cpp - libFuzzer target: the whole front end ----------===//
//
// Parses, evaluates at import time, builds flow graphs and annotates any
// input, with small evaluation limits so that every input finishes quickly.
// Every outcome must be a module that verifies or a diagnostic.
//
//===----------------------------------------------------------------------===//

#include "lib/Driver/Driver.h"
#include "lib/Frontend/FlowBuilder.h"
#include "lib/Frontend/Interpreter.h"
#include "lib/Registration/Registration.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  using namespace rpy::frontend;
  static mlir::MLIRContext *context = [] {
    mlir::DialectRegistry registry;
    rpy::registerAllDialects(registry);
    auto *ctx = new mlir::MLIRContext(registry);
    ctx->loadAllAvailableDialects();
    return ctx;
  }();
  ObjectSpace space;
  DiagnosticEngine diags;
  Interpreter interp(space, diags);
  interp.setStepLimit(200000);
  interp.setRecursionLimit(100);
  interp.setEchoPrint(false);
  std::string text(reinterpret_cast<const char *>(data), size);
  if (!interp.importMainSource("/nonexistent/fuzz.py", text)) {
    if (!diags.hasErrors())
      __builtin_trap();
    return 0;
  }
  auto module = buildFlowModule(interp, *context, FlowBuildOptions(), diags);
  if (!module) {
    if (!diags.hasErrors())
      __builtin_trap();
    return 0;
  }
  // Annotation errors are expected for most inputs; only crashes and
  // annotated modules that do not verify are bugs.
  bool reported = false;
  mlir::ScopedDiagnosticHandler quiet(context, [&](mlir::Diagnostic &) {
    reported = true;
    return mlir::success();
  });
  if (rpy::driver::annotate(*module)) {
    if (mlir::failed(mlir::verify(*module)))
      __builtin_trap();
  } else if (!reported) {
    __builtin_trap(); // a failed annotation must say why
  }
  return 0;
}
