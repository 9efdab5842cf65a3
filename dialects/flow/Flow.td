//===- Flow.td - The flow dialect: PyPy's flow graphs ------*- tablegen -*-===//
//
// Umbrella file: everything mlir-tblgen needs to generate the dialect.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_FLOW_TD
#define RPY_FLOW_TD

include "dialects/flow/FlowDialect.td"
include "dialects/flow/FlowTypes.td"
include "dialects/flow/FlowAttrs.td"
include "dialects/flow/FlowOps.td"

#endif // RPY_FLOW_TD
