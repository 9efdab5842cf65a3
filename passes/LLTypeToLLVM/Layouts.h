//===- Layouts.h - Memory layouts of lltype containers ----------*- C++ -*-===//
//
// How the module's lltype.struct and lltype.array definitions are laid out
// in memory, as LLVM struct types, following docs/runtime-abi.md: a GC
// object starts with the runtime's header (two i32: the type id and the GC
// flags) unless it embeds its GC base first (the base has the header); an
// inline array is its length then its items. Also the type ids, and where
// GC pointers are (for the type-info table the collector reads).
//
//===----------------------------------------------------------------------===//

#ifndef RPY_PASSES_LLTYPETOLLVM_LAYOUTS_H
#define RPY_PASSES_LLTYPETOLLVM_LAYOUTS_H

#include "dialects/lltype/LLTypeOps.h"

#include "mlir/Dialect/LLVMIR/LLVMTypes.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringMap.h"

namespace rpy::lltype_to_llvm {

/// Type ids the runtime itself relies on (docs/runtime-abi.md): 1 strings,
/// 2 arrays of GC pointers, 3 lists of strings (the compiler's containers
/// of those names), 4 and 5 the runtime's own dict and byte array; the
/// program's types start at 6.
inline constexpr uint32_t kFirstProgramTypeId = 6;

class Layouts {
public:
  explicit Layouts(mlir::ModuleOp module);

  /// The LLVM type of a value of lltype `type` (primitives and pointers;
  /// a struct embedded by value).
  mlir::Type valueType(mlir::Type type);
  /// The LLVM struct type of the container `name` (its inline array, if
  /// any, with no items).
  mlir::LLVM::LLVMStructType containerType(llvm::StringRef name);

  bool isStruct(llvm::StringRef name) { return structs.count(name); }
  bool isGc(llvm::StringRef name);
  /// Whether the struct `name` has its own header (a GC struct that does
  /// not embed a GC base as its first field).
  bool hasHeader(llvm::StringRef name);
  /// The element index of field `field` of struct `name`.
  int32_t fieldIndex(llvm::StringRef name, llvm::StringRef field);
  /// The GEP indices (after the leading 0) to the length and to the items
  /// array of the array `name`, or of the inline array `field` of struct
  /// `name`.
  llvm::SmallVector<int32_t> lengthPath(llvm::StringRef name,
                                        std::optional<llvm::StringRef> field);
  llvm::SmallVector<int32_t> itemsPath(llvm::StringRef name,
                                       std::optional<llvm::StringRef> field);
  /// The item type of the array `name` or of the inline array `field`.
  mlir::Type itemType(llvm::StringRef name,
                      std::optional<llvm::StringRef> field);

  /// Byte offsets, for code that reads memory itself (the llinterpreter):
  /// of field `field` of struct `name`, of the length and of the first item
  /// of the array `name` or of the inline array `field`, and the size of a
  /// value of lltype `type` (an array item's stride).
  int64_t fieldOffset(llvm::StringRef name, llvm::StringRef field);
  int64_t lengthOffset(llvm::StringRef name,
                       std::optional<llvm::StringRef> field);
  int64_t itemsOffset(llvm::StringRef name,
                      std::optional<llvm::StringRef> field);
  int64_t valueSize(mlir::Type type);

  /// The type id of the GC container `name` (1, 2 and 3 are reserved).
  uint32_t typeId(llvm::StringRef name) { return typeIds.lookup(name); }
  /// The GC containers in type-id order, from id 1.
  llvm::ArrayRef<std::string> gcContainers() { return byTypeId; }

  /// What the collector needs of the GC container `name`.
  struct TypeInfo {
    int64_t fixedSize = 0;
    int64_t itemSize = 0;
    int64_t lengthOffset = 0;
    llvm::SmallVector<int64_t> ptrOffsets, itemPtrOffsets;
  };
  TypeInfo typeInfo(llvm::StringRef name);
  /// The type info of a type id the runtime defines (1 to 5).
  static std::optional<TypeInfo> runtimeTypeInfo(uint32_t tid);

private:
  /// Byte offset of the element at `path` inside `type`; also its type.
  int64_t offsetOf(mlir::Type type, llvm::ArrayRef<int32_t> path,
                   mlir::Type *element = nullptr);
  /// The size of an LLVM type with its tail padding, and its alignment.
  int64_t allocSize(mlir::Type type);
  int64_t alignment(mlir::Type type);
  /// Offsets (from `base`) of the GC pointers inside a value of `type`.
  void gcPointers(mlir::Type lltypeType, int64_t base,
                  llvm::SmallVectorImpl<int64_t> &out);

  mlir::ModuleOp module;
  mlir::MLIRContext *ctx;
  llvm::StringMap<lltype::StructOp> structs;
  llvm::StringMap<lltype::ArrayOp> arrays;
  llvm::StringMap<mlir::LLVM::LLVMStructType> types;
  llvm::StringMap<uint32_t> typeIds;
  std::vector<std::string> byTypeId;
};

} // namespace rpy::lltype_to_llvm

#endif // RPY_PASSES_LLTYPETOLLVM_LAYOUTS_H
