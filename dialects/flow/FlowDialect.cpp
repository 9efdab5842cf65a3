//===- FlowDialect.cpp - The flow dialect ---------------------------------===//

#include "dialects/flow/FlowDialect.h"
#include "dialects/flow/FlowOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace rpy::flow;

#include "dialects/flow/FlowDialect.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "dialects/flow/FlowTypes.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "dialects/flow/FlowAttrs.cpp.inc"

void FlowDialect::initialize() {
  registerTypes();
  registerAttributes();
  addOperations<
#define GET_OP_LIST
#include "dialects/flow/FlowOps.cpp.inc"
      >();
}

void FlowDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "dialects/flow/FlowTypes.cpp.inc"
      >();
}

void FlowDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "dialects/flow/FlowAttrs.cpp.inc"
      >();
}
