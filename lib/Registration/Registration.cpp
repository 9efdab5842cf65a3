//===- Registration.cpp - Every dialect and pass of rpy -------------------===//

#include "lib/Registration/Registration.h"

#include "dialects/ann/AnnDialect.h"
#include "dialects/flow/FlowDialect.h"
#include "dialects/lltype/LLTypeDialect.h"
#include "passes/Annotate/Passes.h"
#include "passes/ExceptionTransform/Passes.h"
#include "passes/GCTransform/Passes.h"
#include "passes/Inline/Passes.h"
#include "passes/MallocRemoval/Passes.h"
#include "passes/LLTypeToLLVM/Passes.h"
#include "passes/RTyper/Passes.h"
#include "passes/StackCheck/Passes.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Transforms/Passes.h"

void rpy::registerAllDialects(mlir::DialectRegistry &registry) {
  registry.insert<rpy::flow::FlowDialect, rpy::ann::AnnDialect,
                  rpy::lltype::LLTypeDialect>();
}

void rpy::registerAllPasses() {
  mlir::registerTransformsPasses();
  rpy::annotate::registerAnnotatePasses();
  rpy::rtyper::registerRTyperPasses();
  rpy::lltype_to_llvm::registerLLTypeToLLVMPasses();
  rpy::exceptiontransform::registerExceptionTransformPasses();
  rpy::gctransform::registerGCTransformPasses();
  rpy::inline_::registerInlinePasses();
  rpy::mallocremoval::registerMallocRemovalPasses();
  rpy::stackcheck::registerStackCheckPasses();
}
