//===- FlowGraphViz.cpp - Graphviz drawings of flow graphs ----------------===//

#include "lib/Driver/FlowGraphViz.h"

#include "dialects/flow/FlowOps.h"

#include "mlir/IR/AsmState.h"
#include "llvm/ADT/DenseMap.h"

using namespace mlir;

/// Escapes text for a Graphviz record label, one line per operation.
static std::string escapeLabel(StringRef text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\' || c == '{' || c == '}' || c == '<' ||
        c == '>' || c == '|')
      out += '\\';
    if (c == '\n') {
      out += "\\l";
      continue;
    }
    out += c;
  }
  return out;
}

void rpy::driver::writeFlowGraphs(ModuleOp module, raw_ostream &os) {
  os << "digraph flow {\n  node [shape=record, fontname=\"monospace\"];\n";
  unsigned funcIndex = 0;
  for (auto func : module.getOps<flow::FuncOp>()) {
    // One AsmState per function keeps value names as in --emit=flow.
    AsmState state(func);
    llvm::DenseMap<Block *, unsigned> ids;
    for (Block &block : func.getBody())
      ids[&block] = ids.size();
    os << "  subgraph cluster_" << funcIndex << " {\n    label=\""
       << escapeLabel(func.getSymName()) << "\";\n";
    for (Block &block : func.getBody()) {
      std::string text;
      llvm::raw_string_ostream textOs(text);
      textOs << "^bb" << ids[&block];
      if (block.getNumArguments()) {
        textOs << "(";
        llvm::interleaveComma(block.getArguments(), textOs,
                              [&](BlockArgument arg) {
                                arg.printAsOperand(textOs, state);
                              });
        textOs << ")";
      }
      textOs << ":\n";
      for (Operation &op : block) {
        op.print(textOs, state);
        textOs << "\n";
      }
      os << "    f" << funcIndex << "b" << ids[&block] << " [label=\"{"
         << escapeLabel(text) << "}\"];\n";
    }
    for (Block &block : func.getBody()) {
      Operation *terminator = block.empty() ? nullptr : &block.back();
      if (!terminator)
        continue;
      auto catchOp = dyn_cast<flow::CatchOp>(terminator);
      for (unsigned i = 0; i < terminator->getNumSuccessors(); ++i) {
        os << "    f" << funcIndex << "b" << ids[&block] << " -> f"
           << funcIndex << "b" << ids[terminator->getSuccessor(i)];
        if (catchOp && i > 0) {
          std::string cls;
          llvm::raw_string_ostream clsOs(cls);
          clsOs << catchOp.getExceptionClasses()[i - 1];
          os << " [style=dashed, label=\"" << escapeLabel(cls) << "\"]";
        } else if (isa<flow::CondBrOp>(terminator)) {
          os << " [label=\"" << (i == 0 ? "True" : "False") << "\"]";
        }
        os << ";\n";
      }
    }
    os << "  }\n";
    ++funcIndex;
  }
  os << "}\n";
}
