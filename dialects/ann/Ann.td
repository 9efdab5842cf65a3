//===- Ann.td - The ann dialect: the annotator's lattice ---*- tablegen -*-===//
//
// Umbrella file: everything mlir-tblgen needs to generate the dialect.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_ANN_TD
#define RPY_ANN_TD

include "dialects/ann/AnnDialect.td"
include "dialects/ann/AnnTypes.td"

#endif // RPY_ANN_TD
