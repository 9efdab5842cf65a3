//===- LLType.td - The lltype dialect: PyPy's low-level graphs -*- tablegen -*-===//
//
// Umbrella file: everything mlir-tblgen needs to generate the dialect.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_LLTYPE_TD
#define RPY_LLTYPE_TD

include "dialects/lltype/LLTypeDialect.td"
include "dialects/lltype/LLTypeTypes.td"
include "dialects/lltype/LLTypeOps.td"

#endif // RPY_LLTYPE_TD
