//===- FlowGraphViz.h - Graphviz drawings of flow graphs --------*- C++ -*-===//

#ifndef RPY_DRIVER_FLOWGRAPHVIZ_H
#define RPY_DRIVER_FLOWGRAPHVIZ_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

namespace rpy::driver {

/// Writes every flow.func of `module` as a cluster of a Graphviz digraph:
/// one box per block listing its operations, one arrow per link (exception
/// links are dashed and labelled with their class), as PyPy's flow graph
/// viewer draws them.
void writeFlowGraphs(mlir::ModuleOp module, llvm::raw_ostream &os);

} // namespace rpy::driver

#endif // RPY_DRIVER_FLOWGRAPHVIZ_H
