//===- RTypePass.cpp - The rtype-lltype pass ------------------------------===//

#include "passes/RTyper/Passes.h"

#include "dialects/flow/FlowDialect.h"

namespace rpy::rtyper {
#define GEN_PASS_DEF_RTYPELLTYPE
#include "passes/RTyper/Passes.h.inc"
} // namespace rpy::rtyper

using namespace rpy::rtyper;

namespace {
struct RTypeLLTypePass : impl::RTypeLLTypeBase<RTypeLLTypePass> {
  void runOnOperation() override {
    if (mlir::failed(rtypeModule(getOperation())))
      signalPassFailure();
  }
};
} // namespace
