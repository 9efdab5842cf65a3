//===- FlowOps.h - Operations of the flow dialect ---------------*- C++ -*-===//

#ifndef RPY_DIALECTS_FLOW_FLOWOPS_H
#define RPY_DIALECTS_FLOW_FLOWOPS_H

#include "dialects/flow/FlowDialect.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace rpy::flow {

namespace OpTrait {
/// Operations that can raise a Python exception; only these may be followed
/// by a `flow.catch`.
template <typename ConcreteType>
class CanRaise
    : public mlir::OpTrait::TraitBase<ConcreteType, CanRaise> {};
} // namespace OpTrait

/// Whether `attr` is a valid prebuilt constant: an integer, float, bool,
/// string, `#flow.none`, `#flow.builtin`, a symbol reference, or an array
/// (tuple) of those.
bool isConstantValue(mlir::Attribute attr);

/// The shared assembly format of the Python-level operations:
///   %r = flow.name %a, %b {attrs} [: (types) -> type]
/// or, for variadic operand lists, `flow.name(%a, %b)`; the trailing type is
/// printed only when some value is not `!flow.obj`.
mlir::ParseResult parseSimpleOp(mlir::OpAsmParser &parser,
                                mlir::OperationState &result,
                                unsigned numResults, bool parenOperands);
void printSimpleOp(mlir::OpAsmPrinter &printer, mlir::Operation *op,
                   bool parenOperands);

} // namespace rpy::flow

#define GET_OP_CLASSES
#include "dialects/flow/FlowOps.h.inc"

#endif // RPY_DIALECTS_FLOW_FLOWOPS_H
