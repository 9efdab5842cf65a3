//===- FlowDialect.h - The flow dialect -------------------------*- C++ -*-===//
//
// PyPy-style flow graphs of RPython 3 functions: the dialect, its types and
// attributes.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_DIALECTS_FLOW_FLOWDIALECT_H
#define RPY_DIALECTS_FLOW_FLOWDIALECT_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/Types.h"

#include "dialects/flow/FlowDialect.h.inc"

#define GET_TYPEDEF_CLASSES
#include "dialects/flow/FlowTypes.h.inc"

#define GET_ATTRDEF_CLASSES
#include "dialects/flow/FlowAttrs.h.inc"

#endif // RPY_DIALECTS_FLOW_FLOWDIALECT_H
