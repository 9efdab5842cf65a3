//===- ModuleClassHierarchy.h - A module's classes --------------*- C++ -*-===//
//
// The class hierarchy that instance unions walk: the module's `flow.class`
// ops and the built-in exception classes.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_DIALECTS_ANN_MODULECLASSHIERARCHY_H
#define RPY_DIALECTS_ANN_MODULECLASSHIERARCHY_H

#include "dialects/ann/Lattice.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace rpy::ann {

/// Whether `name` is one of the built-in exception classes the annotator
/// knows (`ValueError`, `KeyError`, ...).
bool isBuiltinExceptionClass(llvm::StringRef name);

/// The hierarchy of a module's classes. A class is a symbol reference to a
/// `flow.class` or a `#flow.builtin` class; built-in exceptions derive as in
/// Python (`KeyError` from `LookupError` from `Exception`).
class ModuleClassHierarchy : public ClassHierarchy {
public:
  explicit ModuleClassHierarchy(mlir::ModuleOp module);

  mlir::Attribute commonBase(mlir::Attribute a,
                             mlir::Attribute b) const override;

  /// `cls` followed by all its bases, nearest first (breadth first, each
  /// once), without `object`.
  llvm::SmallVector<mlir::Attribute> ancestors(mlir::Attribute cls) const;

  /// Whether `cls` is `base` or derives from it.
  bool isSubclass(mlir::Attribute cls, mlir::Attribute base) const;

private:
  /// The direct bases of every class of the module, keyed by its symbol.
  llvm::DenseMap<mlir::Attribute, llvm::SmallVector<mlir::Attribute, 2>> bases;
  mlir::MLIRContext *context;
};

} // namespace rpy::ann

#endif // RPY_DIALECTS_ANN_MODULECLASSHIERARCHY_H
