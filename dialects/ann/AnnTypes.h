//===- AnnTypes.h - The types of the ann dialect ----------------*- C++ -*-===//
//
// The annotator's lattice as MLIR types. The lattice operations are in
// dialects/ann/Lattice.h.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_DIALECTS_ANN_ANNTYPES_H
#define RPY_DIALECTS_ANN_ANNTYPES_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Types.h"
#include "llvm/ADT/StringRef.h"

#include <optional>

namespace rpy::ann {

/// How an `!ann.iter` walks its container (PyPy's iterator variants).
enum class IterKind { Plain, Range, Values, Items, Reversed, Enumerate };

/// The keyword of a kind (`range`, ...); empty for Plain, which is not spelled.
llvm::StringRef stringifyIterKind(IterKind kind);
/// The kind spelled by a keyword; none for unknown keywords and for "".
std::optional<IterKind> symbolizeIterKind(llvm::StringRef keyword);

} // namespace rpy::ann

#define GET_TYPEDEF_CLASSES
#include "dialects/ann/AnnTypes.h.inc"

#endif // RPY_DIALECTS_ANN_ANNTYPES_H
