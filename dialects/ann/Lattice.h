//===- Lattice.h - Union and containment of ann types -----------*- C++ -*-===//
//
// The lattice operations of the annotator (PyPy's rpython.annotator.model
// `unionof` and `contains`) over the types of the ann dialect, as pure
// functions: they build new types and never modify anything.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_DIALECTS_ANN_LATTICE_H
#define RPY_DIALECTS_ANN_LATTICE_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/Types.h"

#include <string>

namespace rpy::ann {

/// The class hierarchy that the union of instance types walks. Classes are
/// the class attributes of `!ann.instance`: symbol references to `flow.class`
/// ops or `#flow.builtin` classes. The annotator implements it over the
/// module's `flow.class` ops; the lattice only needs this one question.
class ClassHierarchy {
public:
  virtual ~ClassHierarchy();

  /// The closest class that both `a` and `b` are (or derive from), which may
  /// be `a` or `b` itself; null if they have no common base (RPython has no
  /// universal base class for instances it can type).
  virtual mlir::Attribute commonBase(mlir::Attribute a,
                                     mlir::Attribute b) const = 0;

  /// The element type of the union of a list of `a` and a list of `b`; null
  /// if there is none. By default `unionOf(a, b)`. The annotator overrides it
  /// to merge the two lists' ListDefs (PyPy's `ListDef.union`): a value that
  /// may be either list aliases both, so both must share one element type.
  virtual mlir::Type unionListElements(mlir::Type a, mlir::Type b) const;

  /// The key type of the union of a dict with keys `a` and one with keys
  /// `b`; null if there is none. By default `unionOf(a, b)`; the annotator
  /// overrides it to merge DictDefs, as for lists.
  virtual mlir::Type unionDictKeys(mlir::Type a, mlir::Type b) const;
};

/// The least type that contains both `a` and `b` (PyPy's `unionof`), or a null
/// type if RPython cannot type a value that may be either: the annotator then
/// reports "cannot union <describe(a)> and <describe(b)>".
///
/// `!ann.impossible` is the identity. Same-kind types union their parameters;
/// across kinds only bool with int, char with str and None with a nullable
/// kind (str, char, list, dict, set, instance, PBC) unify. The result of list,
/// dict and set unions is the merged type: RPython generalises both lists'
/// element types in place, which is for the annotator to do with the result.
mlir::Type unionOf(mlir::Type a, mlir::Type b, const ClassHierarchy &classes);

/// Whether every value of `specific` is also a value of `general`
/// (`specific` ⊑ `general`): exactly when unionOf(general, specific) is
/// `general`.
bool contains(mlir::Type general, mlir::Type specific,
              const ClassHierarchy &classes);

/// `type` without None: the non-nullable variant of a nullable type,
/// `!ann.impossible` for None itself, `type` unchanged otherwise.
mlir::Type withoutNone(mlir::Type type);

/// `type` as an error message names it: "int", "str or None", "list of int",
/// "instance of Point", "tuple (int, str)". Refinements that never make a
/// union fail (nonneg, no_nul, fixed, mutated) are left out.
std::string describe(mlir::Type type);

} // namespace rpy::ann

#endif // RPY_DIALECTS_ANN_LATTICE_H
