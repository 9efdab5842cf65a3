//===- CallGraph.h - The call graph of an lltype module ---------*- C++ -*-===//
//
// Built once per pass that needs it (stack checks, inlining): the functions
// with bodies, in module order, and for each the functions it may call.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_PASSES_ANALYSIS_CALLGRAPH_H
#define RPY_PASSES_ANALYSIS_CALLGRAPH_H

#include "dialects/lltype/LLTypeOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/SetVector.h"

namespace rpy::analysis {

struct CallGraph {
  /// A direct call is an edge to its callee; an indirect call, an edge to
  /// every function of its signature whose address is taken (by
  /// `lltype.addressof`, or in a global such as a vtable's method slots).
  /// Calls of external functions (the runtime's) are not edges.
  explicit CallGraph(mlir::ModuleOp module);

  /// The functions a back edge enters, in a depth-first walk from each
  /// function in module order: every cycle has one.
  llvm::SetVector<unsigned> cycleEntries() const;

  /// The strongly connected components, callees before their callers
  /// (Tarjan's order); `component[f]` is f's index in it.
  void components(llvm::SmallVectorImpl<llvm::SmallVector<unsigned>> &order,
                  llvm::SmallVectorImpl<unsigned> &component) const;

  /// The index of a function, or none for an external one.
  std::optional<unsigned> indexOf(llvm::StringRef name) const;

  llvm::SmallVector<lltype::FuncOp> funcs;
  llvm::SmallVector<llvm::SetVector<unsigned>> callees;
  llvm::DenseMap<llvm::StringRef, unsigned> index;
};

} // namespace rpy::analysis

#endif // RPY_PASSES_ANALYSIS_CALLGRAPH_H
