//===- InterpreterImpl.h - Internals of the import-time evaluator -*- C++
//-*-===//
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
#include <vector>

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
  /// In a class body: the class being defined (it owns `ns`).
  ClassObject *ownerClass = nullptr;
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

/// Bytes of storage of a str, bytes, list or tuple (0 for other objects),
/// charged to the import-time memory budget.
size_t storageBytes(const Object *obj);

/// An instance of a user class (whose special methods the evaluator runs).
inline bool isUserInstance(const Object *obj) {
  auto *inst = dyn_cast<InstanceObject>(obj);
  return inst && !inst->cls->isBuiltin;
}

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
Object *percentFormat(Interpreter &interp, const std::string &fmt, Object *args,
                      Loc loc);
/// `fmt.format(*args, **kwargs)`.
Object *strFormatMethod(Interpreter &interp, const std::string &fmt,
                        const CallArgs &args, size_t firstArg);

//===----------------------------------------------------------------------===//
// str is UTF-8; len, indexing, slicing, iteration and find positions count
// code points as in Python. ASCII strings (the common case) take the fast
// path where bytes are code points.
//===----------------------------------------------------------------------===//

inline bool isAscii(const std::string &s) {
  for (unsigned char c : s)
    if (c >= 0x80)
      return false;
  return true;
}

/// Length in bytes of the UTF-8 sequence starting at s[i] (1 for a byte
/// that does not start a valid sequence).
inline size_t utf8SequenceLength(const std::string &s, size_t i) {
  unsigned char c = s[i];
  size_t len = c < 0x80         ? 1
               : (c >> 5) == 6  ? 2
               : (c >> 4) == 14 ? 3
               : (c >> 3) == 30 ? 4
                                : 1;
  if (i + len > s.size())
    return 1;
  for (size_t k = 1; k < len; ++k)
    if (((unsigned char)s[i + k] >> 6) != 2)
      return 1;
  return len;
}

/// The byte offset of every code point, followed by s.size().
inline std::vector<size_t> codePointOffsets(const std::string &s) {
  std::vector<size_t> offsets;
  for (size_t i = 0; i < s.size(); i += utf8SequenceLength(s, i))
    offsets.push_back(i);
  offsets.push_back(s.size());
  return offsets;
}

inline size_t codePointCount(const std::string &s) {
  if (isAscii(s))
    return s.size();
  return codePointOffsets(s).size() - 1;
}

/// Number of code points in s[0, byteOffset).
inline size_t codePointIndex(const std::string &s, size_t byteOffset) {
  size_t n = 0;
  for (size_t i = 0; i < byteOffset && i < s.size();
       i += utf8SequenceLength(s, i))
    ++n;
  return n;
}

/// The first `count` code points of `s`.
inline std::string codePointPrefix(const std::string &s, size_t count) {
  size_t i = 0;
  for (size_t n = 0; n < count && i < s.size(); ++n)
    i += utf8SequenceLength(s, i);
  return s.substr(0, i);
}

/// Normalises a Python index against `length`; false when out of range.
inline bool normalizeIndex(int64_t &index, int64_t length) {
  if (index < 0)
    index += length;
  return index >= 0 && index < length;
}

/// Resolves a slice against `length` as PySlice_AdjustIndices does.
/// Returns false (with a pending exception) for a zero step or bad types.
bool sliceIndices(Interpreter &interp, SliceObject *slice, int64_t length,
                  int64_t &start, int64_t &stop, int64_t &step, int64_t &count,
                  Loc loc);

} // namespace rpy::frontend

#endif // RPY_FRONTEND_INTERPRETERIMPL_H
