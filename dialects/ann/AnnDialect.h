//===- AnnDialect.h - The ann dialect ---------------------------*- C++ -*-===//
//
// The annotator's lattice of RPython types: the dialect and its types.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_DIALECTS_ANN_ANNDIALECT_H
#define RPY_DIALECTS_ANN_ANNDIALECT_H

#include "mlir/IR/Dialect.h"

#include "dialects/ann/AnnDialect.h.inc"
#include "dialects/ann/AnnTypes.h"

#endif // RPY_DIALECTS_ANN_ANNDIALECT_H
