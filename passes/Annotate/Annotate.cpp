//===- Annotate.cpp - The annotate pass -----------------------------------===//

#include "passes/Annotate/Passes.h"

#include "passes/Annotate/Annotator.h"

#include "dialects/flow/FlowDialect.h"

namespace rpy::annotate {
#define GEN_PASS_DEF_ANNOTATE
#include "passes/Annotate/Passes.h.inc"
} // namespace rpy::annotate

using namespace rpy::annotate;

namespace {
struct AnnotatePass : impl::AnnotateBase<AnnotatePass> {
  void runOnOperation() override {
    if (mlir::failed(annotateModule(getOperation())))
      signalPassFailure();
  }
};
} // namespace
