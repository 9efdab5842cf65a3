//===- Rules.h - The annotation rules of single operations ------*- C++ -*-===//
//
// The per-operation rules of the annotator that depend only on the operands'
// annotations (PyPy's `unaryop.py` and `binaryop.py`): constants, arithmetic,
// comparisons, truth values, strings and tuples. Calls, iterators and control
// flow need the annotator's state and live in Annotator.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_PASSES_ANNOTATE_RULES_H
#define RPY_PASSES_ANNOTATE_RULES_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/Operation.h"
#include "mlir/IR/Types.h"

#include <string>

namespace rpy::annotate {

/// The annotation of the constant `value` (`42` is `!ann.int<nonneg>`, `"a"` a
/// `!ann.char<no_nul>`, `@f` a `!ann.pbc<[@f]>`, ...), or null with `error`
/// set for constants that have no annotation yet.
mlir::Type annotateConstant(mlir::Attribute value, std::string &error);

/// Whether a str or char annotation is known to hold no NUL character.
bool hasNoNul(mlir::Type type);

/// Whether values of `type` can be dict keys (as the ann verifier checks),
/// and so be hashed by `hash()` and `compute_hash()`.
bool isHashable(mlir::Type type);

/// What a rule made of one operation.
struct RuleResult {
  /// The annotation of the result; null when the rule failed or when there
  /// is no rule for the operation.
  mlir::Type type;
  /// Why the rule failed (empty when there is no rule for the operation).
  std::string error;
  /// Whether a rule exists for the operation at all.
  bool handled = false;
};

/// Applies the rule of `op` (not a call, an iterator operation, a constant or
/// a terminator) to the annotations `operands` of its operands, none of which
/// is `!ann.impossible`.
RuleResult applyRule(mlir::Operation *op, llvm::ArrayRef<mlir::Type> operands);

} // namespace rpy::annotate

#endif // RPY_PASSES_ANNOTATE_RULES_H
