//===- LLInterpImpl.h - The llinterpreter's parts ----------------*- C++ -*-===//
//
// Shared by the llinterpreter's files: the value of an lltype SSA value
// (Word), the loaded runtime (Runtime.cpp) and the program's memory
// (Memory.cpp: prebuilt globals, function pointers, type-info tables).
//
//===----------------------------------------------------------------------===//

#ifndef RPY_LIB_LLINTERP_LLINTERPIMPL_H
#define RPY_LIB_LLINTERP_LLINTERPIMPL_H

#include "dialects/lltype/LLTypeOps.h"
#include "passes/LLTypeToLLVM/Layouts.h"
#include "runtime/native/rpy_runtime.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace rpy::llinterp::detail {

/// One lltype value: a Signed or Unsigned word, a Float, a Char (0..255),
/// a Bool (0 or 1), or a pointer (a function pointer is a token, see
/// Memory::functionPointer). Void values are never read.
union Word {
  int64_t i;
  uint64_t u;
  double f;
  void *p;
};

inline Word intWord(int64_t v) {
  Word w;
  w.i = v;
  return w;
}
inline Word floatWord(double v) {
  Word w;
  w.f = v;
  return w;
}
inline Word ptrWord(void *v) {
  Word w;
  w.i = 0;
  w.p = v;
  return w;
}

/// The runtime library, loaded with dlopen: the functions and state the
/// interpreter uses itself, and calls of any runtime function by name.
class Runtime {
public:
  /// Loads <dir of argv0>/../lib/librpyrt.so; nullptr and `error` if not.
  static std::unique_ptr<Runtime> load(const char *argv0, std::string &error);
  ~Runtime();

  /// Calls the C function `name` with lltype signature `type`; false and
  /// `error` when the runtime has no such function or the signature has
  /// types C cannot take.
  bool call(llvm::StringRef name, mlir::FunctionType type,
            llvm::ArrayRef<Word> args, Word &result, std::string &error);

  // The runtime's own entry points (docs/runtime-abi.md).
  void (*gcUseTables)(const rpy_typeinfo *typeinfos, uint32_t count,
                      void *const *roots, int64_t rootCount) = nullptr;
  void (*gcSelect)(int32_t kind) = nullptr;
  void (*gcInit)() = nullptr;
  void *(*gcMalloc)(uint32_t tid) = nullptr;
  void *(*gcMallocVarsize)(uint32_t tid, int64_t length) = nullptr;
  void (*gcWriteBarrier)(void *object) = nullptr;
  void *(*makeArgv)(int argc, char **argv) = nullptr;
  int (*finish)(int64_t result) = nullptr;
  void (*fatal)(const char *message) = nullptr;
  // Python's float // and %, which the LLVM backend calls too.
  double (*floatFloorDiv)(double a, double b) = nullptr;
  double (*floatMod)(double a, double b) = nullptr;
  // Its state: the exception being raised and the shadow stack's top.
  void **excType = nullptr;
  void **excValue = nullptr;
  void ***shadowstackTop = nullptr;

private:
  struct External;
  Runtime() = default;
  void *handle = nullptr;
  llvm::StringMap<std::unique_ptr<External>> externals;
};

/// The program's memory outside the GC heap: the prebuilt globals, laid
/// out as the LLVM backend lays them out, the function-pointer tokens, and
/// the type-info table and static roots the collector reads.
class Memory {
public:
  Memory(mlir::ModuleOp module, lltype_to_llvm::Layouts &layouts);
  ~Memory();

  /// Allocates and fills every lltype.global; reports what it cannot.
  mlir::LogicalResult placeGlobals();
  /// Gives the runtime the type-info table and static roots.
  void installTables(Runtime &runtime);

  /// The address of a global, or the token of a function.
  void *address(llvm::StringRef symbol);
  /// The function a token stands for (null for any other pointer).
  lltype::FuncOp functionAt(void *pointer);

  /// A value of lltype `type` read from or written to memory.
  static Word load(const char *at, mlir::Type type);
  static void store(char *at, mlir::Type type, Word value);

private:
  int64_t sizeOf(llvm::StringRef container, mlir::Attribute value);
  mlir::LogicalResult writeContainer(char *at, llvm::StringRef name,
                                     mlir::Attribute value,
                                     std::optional<uint32_t> headerTid,
                                     mlir::Operation *global);
  mlir::LogicalResult writeItems(char *at, llvm::StringRef name,
                                 std::optional<llvm::StringRef> field,
                                 mlir::Attribute value,
                                 mlir::Operation *global);
  mlir::LogicalResult writeValue(char *at, mlir::Type type,
                                 mlir::Attribute value,
                                 mlir::Operation *global);

  mlir::ModuleOp module;
  lltype_to_llvm::Layouts &layouts;
  llvm::StringMap<char *> globals;
  std::vector<char *> allocations;
  std::vector<lltype::FuncOp> functions;
  llvm::StringMap<size_t> functionIndex;
  std::unique_ptr<char[]> functionTokens;
  std::vector<std::vector<int64_t>> offsetLists;
  std::vector<rpy_typeinfo> typeInfos;
  std::vector<void *> staticRoots;
};

} // namespace rpy::llinterp::detail

#endif // RPY_LIB_LLINTERP_LLINTERPIMPL_H
