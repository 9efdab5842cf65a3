//===- InterpreterImpl.h - Internals of the import-time evaluator -*- C++ -*-===//
//
// Shared by the Interpreter's source files only: the frame of a running
// module, class body, function or comprehension, and small helpers.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_FRONTEND_INTERPRETERIMPL_H
#define RPY_FRONTEND_INTERPRETERIMPL_H

#include "lib/Frontend/Interpreter.h"

#include <string>
#include <unordered_map>

namespace rpy::frontend {

/// One activation: the module top level, a class body, a function call or a
/// comprehension.
struct Frame {
  const ScopeInfo *scope = nullptr;
  ModuleObject *module = nullptr;
  /// Module globals (module frame) or the class namespace (class frame);
  /// nullptr in function frames, which use `fast`.
  AttrDict *ns = nullptr;
  std::unordered_map<std::string, Object *> fast;
  /// Cell and free variables by name.
  std::unordered_map<std::string, CellObject *> cells;
  FunctionObject *func = nullptr;
  /// Prefix of the qualnames of functions and classes defined here.
  std::string qualPrefix;
  Object *returnValue = nullptr;
};

/// Pushes a frame on the interpreter's frame stack for its lifetime.
class FrameScope {
public:
  FrameScope(std::vector<Frame *> &frames, Frame *frame) : frames(frames) {
    frames.push_back(frame);
  }
  ~FrameScope() { frames.pop_back(); }

private:
  std::vector<Frame *> &frames;
};

/// Signed value of an int-like object (bool, int, long, r_uint), widened.
bool intLikeValue(const Object *obj, __int128 &out);
/// True for bool, int and long (not r_uint, not float).
inline bool isIntLike(const Object *obj) {
  return obj->kind == ObjKind::Bool || obj->kind == ObjKind::Int ||
         obj->kind == ObjKind::Long;
}

// Format.cpp
/// `format(obj, spec)` for built-in values (f-strings, str.format).
bool formatWithSpec(Interpreter &interp, Object *obj, const std::string &spec,
                    std::string &out, Loc loc);
/// `fmt % args`.
Object *percentFormat(Interpreter &interp, const std::string &fmt,
                      Object *args, Loc loc);
/// `fmt.format(*args, **kwargs)`.
Object *strFormatMethod(Interpreter &interp, const std::string &fmt,
                        const CallArgs &args, size_t firstArg);

/// Normalises a Python index against `length`; false when out of range.
inline bool normalizeIndex(int64_t &index, int64_t length) {
  if (index < 0)
    index += length;
  return index >= 0 && index < length;
}

/// Resolves a slice against `length` as PySlice_AdjustIndices does.
/// Returns false (with a pending exception) for a zero step or bad types.
bool sliceIndices(Interpreter &interp, SliceObject *slice, int64_t length,
                  int64_t &start, int64_t &stop, int64_t &step,
                  int64_t &count, Loc loc);

} // namespace rpy::frontend

#endif // RPY_FRONTEND_INTERPRETERIMPL_H
