//===- LLTypeDialect.cpp - The lltype dialect -----------------------------===//

#include "dialects/lltype/LLTypeDialect.h"
#include "dialects/lltype/LLTypeOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace rpy::lltype;

#include "dialects/lltype/LLTypeDialect.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "dialects/lltype/LLTypeTypes.cpp.inc"

void LLTypeDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "dialects/lltype/LLTypeTypes.cpp.inc"
      >();
}

void LLTypeDialect::initialize() {
  registerTypes();
  addOperations<
#define GET_OP_LIST
#include "dialects/lltype/LLTypeOps.cpp.inc"
      >();
}
