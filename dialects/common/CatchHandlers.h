//===- CatchHandlers.h - The handler list of catch terminators --*- C++ -*-===//
//
// `flow.catch` and `lltype.catch` print their exception edges alike:
//   [class -> ^handler(%a, %b : types), ...]
// This is the custom directive `custom<CatchHandlers>` of both.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_DIALECTS_COMMON_CATCHHANDLERS_H
#define RPY_DIALECTS_COMMON_CATCHHANDLERS_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"

namespace rpy {

mlir::ParseResult parseCatchHandlers(
    mlir::OpAsmParser &parser, mlir::ArrayAttr &classes,
    llvm::SmallVectorImpl<mlir::Block *> &blocks,
    llvm::SmallVectorImpl<llvm::SmallVector<mlir::OpAsmParser::UnresolvedOperand>>
        &operands,
    llvm::SmallVectorImpl<llvm::SmallVector<mlir::Type>> &operandTypes);

void printCatchHandlers(mlir::OpAsmPrinter &printer, mlir::Operation *,
                        mlir::ArrayAttr classes, mlir::SuccessorRange blocks,
                        mlir::OperandRangeRange operands,
                        const mlir::TypeRangeRange &operandTypes);

} // namespace rpy

#endif // RPY_DIALECTS_COMMON_CATCHHANDLERS_H
