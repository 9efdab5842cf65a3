//===- LLTypeOps.h - Operations of the lltype dialect -----------*- C++ -*-===//

#ifndef RPY_DIALECTS_LLTYPE_LLTYPEOPS_H
#define RPY_DIALECTS_LLTYPE_LLTYPEOPS_H

#include "dialects/lltype/LLTypeDialect.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace rpy::lltype {

namespace OpTrait {
/// Operations that can raise an RPython exception; only these may be
/// followed by an `lltype.catch`.
template <typename ConcreteType>
class CanRaise : public mlir::OpTrait::TraitBase<ConcreteType, CanRaise> {};
} // namespace OpTrait

/// Whether `type` is a primitive lltype (Signed, Unsigned, Float, Char,
/// Bool).
bool isPrimitive(mlir::Type type);

} // namespace rpy::lltype

#define GET_OP_CLASSES
#include "dialects/lltype/LLTypeOps.h.inc"

namespace rpy::lltype {
/// The zero of a primitive, void or pointer type, as a fresh malloc leaves
/// a field (null, 0, 0.0, False).
mlir::Value buildZero(mlir::OpBuilder &builder, mlir::Location loc,
                      mlir::Type type);
} // namespace rpy::lltype

#endif // RPY_DIALECTS_LLTYPE_LLTYPEOPS_H
