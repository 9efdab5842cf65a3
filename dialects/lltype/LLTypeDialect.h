//===- LLTypeDialect.h - The lltype dialect ---------------------*- C++ -*-===//
//
// PyPy's low-level type system: the dialect and its types.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_DIALECTS_LLTYPE_LLTYPEDIALECT_H
#define RPY_DIALECTS_LLTYPE_LLTYPEDIALECT_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/Types.h"

#include "dialects/lltype/LLTypeDialect.h.inc"

#define GET_TYPEDEF_CLASSES
#include "dialects/lltype/LLTypeTypes.h.inc"

#endif // RPY_DIALECTS_LLTYPE_LLTYPEDIALECT_H
