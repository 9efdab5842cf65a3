//===- ListDefs.h - PyPy's ListDefs: one element type per list --*- C++ -*-===//
//
// All values that may alias one list share its element type (PyPy's
// rpython/annotator/listdef.py). While the annotator runs, a list annotation
// is `!ann.list<H>` where H is a handle naming a ListDef; the element type
// and the flags live in the ListDef, which grows in place, so the annotations
// of the values holding the list never change when the element type grows.
// The union of two lists merges their ListDefs (union-find). At the end,
// `resolve` writes each list as `!ann.list<element, flags>`.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_PASSES_ANNOTATE_LISTDEFS_H
#define RPY_PASSES_ANNOTATE_LISTDEFS_H

#include "dialects/ann/ModuleClassHierarchy.h"

#include "dialects/ann/AnnTypes.h"

#include "mlir/IR/Block.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"

#include <functional>
#include <optional>
#include <vector>

namespace rpy::annotate {

/// What is known of the items of one list (or of lists merged into one).
struct ListDef {
  /// The union of everything stored; `!ann.impossible` while empty.
  mlir::Type element;
  /// Something may change its length (PyPy's `resized`): it is not `fixed`.
  bool resized = false;
  /// Something stores into it after its creation.
  bool mutated = false;
  /// The blocks that read its items, flowed again when `element` grows.
  llvm::SetVector<mlir::Block *> readers;
};

/// What is known of the keys and values of one dict (PyPy's DictDef), or of
/// the items (keys) of one set.
struct DictDef {
  mlir::Type key;
  mlir::Type value;
  /// The blocks that read its keys or values.
  llvm::SetVector<mlir::Block *> readers;
};

/// The ListDefs of one annotation run, and the lattice the annotator unions
/// with: the module's classes, and lists whose union merges their ListDefs.
class ListDefs : public ann::ModuleClassHierarchy {
public:
  /// `reflow` queues a block again (a reader of a grown element type).
  ListDefs(mlir::ModuleOp module, std::function<void(mlir::Block *)> reflow);

  /// A new ListDef with the given element type; its list annotation.
  ann::ListType create(mlir::Type element, bool resized);

  /// The (representative) ListDef of a list annotation made by `create`.
  std::optional<unsigned> lookup(ann::ListType list) const;
  ListDef &get(unsigned id) { return defs[find(id)]; }

  /// The element type of list `id`, registering `reader` to be flowed again
  /// when it grows.
  mlir::Type read(unsigned id, mlir::Block *reader);

  /// Generalises the element type of list `id` to include `item`. Returns
  /// false (and leaves it unchanged) if the union does not exist.
  bool store(unsigned id, mlir::Type item);

  /// A new DictDef (empty); its dict annotation, `!ann.dict<H, impossible>`
  /// while the annotator runs.
  ann::DictType createDict();
  std::optional<unsigned> lookupDict(ann::DictType dict) const;
  DictDef &getDict(unsigned id) { return dictDefs[findDict(id)]; }
  /// The DictDef `id`, registering `reader` to be flowed again when it grows.
  DictDef &readDict(unsigned id, mlir::Block *reader);
  /// Generalises the key (or value) type of dict `id`; false if the union
  /// does not exist.
  bool storeKey(unsigned id, mlir::Type key);
  bool storeValue(unsigned id, mlir::Type value);
  mlir::Type unionDictKeys(mlir::Type a, mlir::Type b) const override;

  /// A new set: a DictDef whose keys are its items (values unused);
  /// `!ann.set<H>` while the annotator runs.
  ann::SetType createSet();
  std::optional<unsigned> lookupSet(ann::SetType set) const;

  /// Merges the ListDefs named by two element handles (the annotator's
  /// `ListDef.union`); other element types are united as usual.
  mlir::Type unionListElements(mlir::Type a, mlir::Type b) const override;

  /// `type` with every list written as `!ann.list<element, flags>` from its
  /// ListDef; null if a list contains itself (no finite type exists).
  mlir::Type resolve(mlir::Type type) const;

private:
  unsigned find(unsigned id) const;
  unsigned findDict(unsigned id) const;
  std::optional<unsigned> dictHandleId(mlir::Type key) const;
  void grewDict(unsigned id) const;
  std::optional<unsigned> handleId(mlir::Type element) const;
  /// Queues the readers of `id` again.
  void grew(unsigned id) const;

  mlir::MLIRContext *context;
  std::function<void(mlir::Block *)> reflow;
  /// Mutable because the lattice's hook is const: merging is the one side
  /// effect of a union that PyPy's annotator has too.
  mutable std::vector<ListDef> defs;
  mutable std::vector<unsigned> parent;
  /// The handle types (one-member PBCs of a name no program can spell).
  std::vector<mlir::Type> handles;
  llvm::DenseMap<mlir::Type, unsigned> handleIds;
  mutable std::vector<DictDef> dictDefs;
  mutable std::vector<unsigned> dictParent;
  std::vector<mlir::Type> dictHandles;
  llvm::DenseMap<mlir::Type, unsigned> dictHandleIds;
};

} // namespace rpy::annotate

#endif // RPY_PASSES_ANNOTATE_LISTDEFS_H
