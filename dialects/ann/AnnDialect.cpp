//===- AnnDialect.cpp - The ann dialect -----------------------------------===//

#include "dialects/ann/AnnDialect.h"
#include "dialects/flow/FlowDialect.h"

using namespace mlir;
using namespace rpy::ann;

#include "dialects/ann/AnnDialect.cpp.inc"

void AnnDialect::initialize() { registerTypes(); }
