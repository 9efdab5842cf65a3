//===- CallGraph.cpp - The call graph of an lltype module -----------------===//

#include "passes/Analysis/CallGraph.h"

#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/DenseSet.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::analysis;

CallGraph::CallGraph(ModuleOp module) {
  for (auto func : module.getOps<lltype::FuncOp>())
    if (!func.isExternal()) {
      index[func.getSymName()] = funcs.size();
      funcs.push_back(func);
    }
  DenseMap<FunctionType, SmallVector<unsigned>> addressTaken;
  if (auto uses = SymbolTable::getSymbolUses(&module.getBodyRegion())) {
    llvm::SmallDenseSet<unsigned> seen;
    for (const SymbolTable::SymbolUse &use : *uses) {
      if (auto call = dyn_cast<lltype::DirectCallOp>(use.getUser()))
        if (call.getCalleeAttr() == use.getSymbolRef())
          continue;
      auto it = index.find(use.getSymbolRef().getRootReference());
      if (it != index.end() && seen.insert(it->second).second)
        addressTaken[funcs[it->second].getFunctionType()].push_back(
            it->second);
    }
  }
  callees.resize(funcs.size());
  for (auto [caller, func] : llvm::enumerate(funcs))
    func.walk([&, caller = caller](Operation *op) {
      if (auto call = dyn_cast<lltype::DirectCallOp>(op)) {
        auto it = index.find(call.getCallee());
        if (it != index.end())
          callees[caller].insert(it->second);
      } else if (auto call = dyn_cast<lltype::IndirectCallOp>(op)) {
        auto pointer = cast<lltype::FuncPtrType>(call.getCallee().getType());
        for (unsigned target : addressTaken.lookup(pointer.getSignature()))
          callees[caller].insert(target);
      }
    });
}

std::optional<unsigned> CallGraph::indexOf(StringRef name) const {
  auto it = index.find(name);
  if (it == index.end())
    return std::nullopt;
  return it->second;
}

llvm::SetVector<unsigned> CallGraph::cycleEntries() const {
  enum Color : uint8_t { Unseen, OnPath, Done };
  SmallVector<Color> color(funcs.size(), Unseen);
  llvm::SetVector<unsigned> entries;
  // The path: each function with the position of its next callee
  // (iterative, as a program's call chains can be long).
  SmallVector<std::pair<unsigned, unsigned>> path;
  for (unsigned root = 0; root < funcs.size(); ++root) {
    if (color[root] != Unseen)
      continue;
    color[root] = OnPath;
    path.push_back({root, 0});
    while (!path.empty()) {
      auto &[func, next] = path.back();
      if (next == callees[func].size()) {
        color[func] = Done;
        path.pop_back();
        continue;
      }
      unsigned callee = callees[func][next++];
      if (color[callee] == OnPath)
        entries.insert(callee);
      else if (color[callee] == Unseen) {
        color[callee] = OnPath;
        path.push_back({callee, 0});
      }
    }
  }
  return entries;
}

void CallGraph::components(SmallVectorImpl<SmallVector<unsigned>> &order,
                           SmallVectorImpl<unsigned> &component) const {
  // Tarjan's algorithm, iterative: a component is complete when the walk
  // leaves its root, after all the components it reaches.
  constexpr unsigned kUnseen = ~0u;
  unsigned n = funcs.size();
  SmallVector<unsigned> number(n, kUnseen), low(n, 0);
  SmallVector<bool> onStack(n, false);
  SmallVector<unsigned> stack;
  SmallVector<std::pair<unsigned, unsigned>> path;
  component.assign(n, 0);
  unsigned counter = 0;
  auto visit = [&](unsigned f) {
    number[f] = low[f] = counter++;
    stack.push_back(f);
    onStack[f] = true;
    path.push_back({f, 0});
  };
  for (unsigned root = 0; root < n; ++root) {
    if (number[root] != kUnseen)
      continue;
    visit(root);
    while (!path.empty()) {
      auto [f, next] = path.back();
      if (next < callees[f].size()) {
        ++path.back().second;
        unsigned g = callees[f][next];
        if (number[g] == kUnseen)
          visit(g);
        else if (onStack[g])
          low[f] = std::min(low[f], number[g]);
        continue;
      }
      path.pop_back();
      if (!path.empty())
        low[path.back().first] = std::min(low[path.back().first], low[f]);
      if (low[f] != number[f])
        continue;
      SmallVector<unsigned> members;
      unsigned g;
      do {
        g = stack.pop_back_val();
        onStack[g] = false;
        component[g] = order.size();
        members.push_back(g);
      } while (g != f);
      std::reverse(members.begin(), members.end());
      order.push_back(std::move(members));
    }
  }
}
