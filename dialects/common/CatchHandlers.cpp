//===- CatchHandlers.cpp - The handler list of catch terminators ---------===//

#include "dialects/common/CatchHandlers.h"

using namespace mlir;

ParseResult rpy::parseCatchHandlers(
    OpAsmParser &parser, ArrayAttr &classes, SmallVectorImpl<Block *> &blocks,
    SmallVectorImpl<SmallVector<OpAsmParser::UnresolvedOperand>> &operands,
    SmallVectorImpl<SmallVector<Type>> &operandTypes) {
  SmallVector<Attribute> classList;
  if (failed(parser.parseCommaSeparatedList([&]() -> ParseResult {
        Attribute cls;
        Block *block;
        SmallVector<OpAsmParser::UnresolvedOperand> values;
        SmallVector<Type> types;
        if (parser.parseAttribute(cls) || parser.parseArrow() ||
            parser.parseSuccessor(block))
          return failure();
        if (succeeded(parser.parseOptionalLParen())) {
          if (parser.parseOperandList(values) || parser.parseColon() ||
              parser.parseTypeList(types) || parser.parseRParen())
            return failure();
        }
        classList.push_back(cls);
        blocks.push_back(block);
        operands.push_back(std::move(values));
        operandTypes.push_back(std::move(types));
        return success();
      })))
    return failure();
  classes = parser.getBuilder().getArrayAttr(classList);
  return success();
}

void rpy::printCatchHandlers(OpAsmPrinter &printer, Operation *,
                               ArrayAttr classes, SuccessorRange blocks,
                               OperandRangeRange operands,
                               const TypeRangeRange &operandTypes) {
  llvm::interleaveComma(
      llvm::zip(classes, blocks, operands, operandTypes), printer,
      [&](auto handler) {
        auto [cls, block, values, types] = handler;
        printer << cls << " -> ";
        printer.printSuccessor(block);
        if (!values.empty())
          printer << '(' << values << " : " << types << ')';
      });
}
