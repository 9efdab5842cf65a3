//===- Layouts.cpp - Memory layouts of lltype containers ------------------===//

#include "passes/LLTypeToLLVM/Layouts.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::lltype_to_llvm;

Layouts::Layouts(ModuleOp module)
    : module(module), ctx(module.getContext()) {
  for (auto def : module.getOps<lltype::StructOp>())
    structs[def.getSymName()] = def;
  for (auto def : module.getOps<lltype::ArrayOp>())
    arrays[def.getSymName()] = def;
  // The runtime's own types first, at their reserved ids; the rest in
  // module order.
  byTypeId = {"rpy_string", "array.str", "list.str", "", ""};
  for (auto [index, name] : llvm::enumerate(byTypeId))
    typeIds[name] = index + 1;
  for (Operation &op : module.getBody()->getOperations()) {
    auto name = SymbolTable::getSymbolName(&op);
    if (!isa<lltype::StructOp, lltype::ArrayOp>(op) ||
        typeIds.count(name.getValue()) || !isGc(name.getValue()))
      continue;
    typeIds[name.getValue()] = byTypeId.size() + 1;
    byTypeId.push_back(name.getValue().str());
  }
}

bool Layouts::isGc(StringRef name) {
  if (auto def = structs.lookup(name))
    return def.getGc();
  if (auto def = arrays.lookup(name))
    return def.getGc();
  return false;
}

bool Layouts::hasHeader(StringRef name) {
  lltype::StructOp def = structs.lookup(name);
  if (!def)
    return isGc(name);
  if (!def.getGc())
    return false;
  ArrayAttr fields = def.getFieldTypes();
  if (fields.empty())
    return true;
  auto base = dyn_cast<lltype::InlineType>(
      cast<TypeAttr>(fields[0]).getValue());
  return !(base && isGc(base.getTarget().getValue()));
}

Type Layouts::valueType(Type type) {
  return TypeSwitch<Type, Type>(type)
      .Case<lltype::SignedType, lltype::UnsignedType>(
          [&](Type) { return IntegerType::get(ctx, 64); })
      .Case([&](lltype::FloatType) { return Float64Type::get(ctx); })
      .Case([&](lltype::CharType) { return IntegerType::get(ctx, 8); })
      .Case([&](lltype::BoolType) { return IntegerType::get(ctx, 1); })
      .Case<lltype::PtrType, lltype::FuncPtrType>(
          [&](Type) { return LLVM::LLVMPointerType::get(ctx); })
      .Case([&](lltype::InlineType inlined) -> Type {
        return containerType(inlined.getTarget().getValue());
      })
      .Case([&](lltype::ArrayType array) -> Type {
        return LLVM::LLVMStructType::getLiteral(
            ctx, {IntegerType::get(ctx, 64),
                  LLVM::LLVMArrayType::get(valueType(array.getItemType()),
                                           0)});
      })
      .Default([](Type) { return Type(); });
}

LLVM::LLVMStructType Layouts::containerType(StringRef name) {
  if (auto it = types.find(name); it != types.end())
    return it->second;
  SmallVector<Type> elements;
  auto i32 = IntegerType::get(ctx, 32), i64 = IntegerType::get(ctx, 64);
  if (hasHeader(name))
    elements = {i32, i32};
  if (lltype::StructOp def = structs.lookup(name)) {
    for (Attribute field : def.getFieldTypes())
      elements.push_back(valueType(cast<TypeAttr>(field).getValue()));
  } else {
    lltype::ArrayOp array = arrays.lookup(name);
    elements.push_back(i64);
    elements.push_back(
        LLVM::LLVMArrayType::get(valueType(array.getItemType()), 0));
  }
  auto type = LLVM::LLVMStructType::getLiteral(ctx, elements);
  types[name] = type;
  return type;
}

int32_t Layouts::fieldIndex(StringRef name, StringRef field) {
  lltype::StructOp def = structs.lookup(name);
  return *def.getFieldIndex(field) + (hasHeader(name) ? 2 : 0);
}

SmallVector<int32_t> Layouts::lengthPath(StringRef name,
                                         std::optional<StringRef> field) {
  if (field)
    return {fieldIndex(name, *field), 0};
  return {hasHeader(name) ? 2 : 0};
}

SmallVector<int32_t> Layouts::itemsPath(StringRef name,
                                        std::optional<StringRef> field) {
  if (field)
    return {fieldIndex(name, *field), 1};
  return {hasHeader(name) ? 3 : 1};
}

Type Layouts::itemType(StringRef name, std::optional<StringRef> field) {
  if (field)
    return cast<lltype::ArrayType>(structs.lookup(name).getFieldType(*field))
        .getItemType();
  return arrays.lookup(name).getItemType();
}

int64_t Layouts::fieldOffset(StringRef name, StringRef field) {
  return offsetOf(containerType(name), {fieldIndex(name, field)});
}

int64_t Layouts::lengthOffset(StringRef name, std::optional<StringRef> field) {
  return offsetOf(containerType(name), lengthPath(name, field));
}

int64_t Layouts::itemsOffset(StringRef name, std::optional<StringRef> field) {
  return offsetOf(containerType(name), itemsPath(name, field));
}

int64_t Layouts::valueSize(Type type) { return allocSize(valueType(type)); }

int64_t Layouts::alignment(Type type) {
  if (auto structType = dyn_cast<LLVM::LLVMStructType>(type)) {
    int64_t align = 1;
    for (Type member : structType.getBody())
      align = std::max(align, alignment(member));
    return align;
  }
  if (auto array = dyn_cast<LLVM::LLVMArrayType>(type))
    return alignment(array.getElementType());
  if (auto integer = dyn_cast<IntegerType>(type))
    return llvm::PowerOf2Ceil(llvm::divideCeil(integer.getWidth(), 8));
  return 8; // f64 and pointers
}

int64_t Layouts::allocSize(Type type) {
  // The C ABI of LP64 targets (x86-64, AArch64), which is what LLVM's
  // getTypeAllocSize gives there: members at their alignment, the whole
  // padded to its own. (MLIR's default DataLayout aligns i64 to 4.)
  if (auto structType = dyn_cast<LLVM::LLVMStructType>(type)) {
    int64_t size = 0;
    for (Type member : structType.getBody())
      size = llvm::alignTo(size, alignment(member)) + allocSize(member);
    return llvm::alignTo(size, alignment(type));
  }
  if (auto array = dyn_cast<LLVM::LLVMArrayType>(type))
    return array.getNumElements() * allocSize(array.getElementType());
  if (isa<IntegerType>(type))
    return alignment(type);
  return 8;
}

int64_t Layouts::offsetOf(Type type, ArrayRef<int32_t> path, Type *element) {
  int64_t offset = 0;
  for (int32_t index : path) {
    auto structType = cast<LLVM::LLVMStructType>(type);
    for (int32_t i = 0; i <= index; ++i) {
      Type member = structType.getBody()[i];
      offset = llvm::alignTo(offset, alignment(member));
      if (i < index)
        offset += allocSize(member);
    }
    type = structType.getBody()[index];
  }
  if (element)
    *element = type;
  return offset;
}

void Layouts::gcPointers(Type lltypeType, int64_t base,
                         SmallVectorImpl<int64_t> &out) {
  if (auto ptr = dyn_cast<lltype::PtrType>(lltypeType)) {
    if (isGc(ptr.getTarget().getValue()))
      out.push_back(base);
    return;
  }
  auto inlined = dyn_cast<lltype::InlineType>(lltypeType);
  if (!inlined)
    return;
  StringRef name = inlined.getTarget().getValue();
  lltype::StructOp def = structs.lookup(name);
  for (auto [fieldName, fieldType] :
       llvm::zip(def.getFieldNames(), def.getFieldTypes())) {
    Type type = cast<TypeAttr>(fieldType).getValue();
    if (isa<lltype::ArrayType>(type))
      continue; // the items are the caller's to describe
    gcPointers(type,
               base + offsetOf(containerType(name),
                               fieldIndex(name, cast<StringAttr>(fieldName)
                                                    .getValue())),
               out);
  }
}

std::optional<Layouts::TypeInfo> Layouts::runtimeTypeInfo(uint32_t tid) {
  // The layouts of docs/runtime-abi.md, whether the program uses the type
  // or not: the runtime may make such objects itself.
  TypeInfo info;
  if (tid == 1) {
    // rpy_string: header, hash, length, chars.
    info.fixedSize = 24;
    info.itemSize = 1;
    info.lengthOffset = 16;
    return info;
  }
  if (tid == 2) {
    // rpy_ptr_array: header, length, pointers.
    info.fixedSize = 16;
    info.itemSize = 8;
    info.lengthOffset = 8;
    info.itemPtrOffsets = {0};
    return info;
  }
  if (tid == 3) {
    // rpy_list of strings: header, length, items.
    info.fixedSize = 24;
    info.ptrOffsets = {16};
    return info;
  }
  if (tid == 4) {
    // rpy_dict: header, length, used, filled, desc, entries, index.
    info.fixedSize = 56;
    info.ptrOffsets = {40, 48};
    return info;
  }
  if (tid == 5) {
    // rpy_byte_array: header, length, bytes.
    info.fixedSize = 16;
    info.itemSize = 1;
    info.lengthOffset = 8;
    return info;
  }
  return std::nullopt;
}

Layouts::TypeInfo Layouts::typeInfo(StringRef name) {
  TypeInfo info;
  LLVM::LLVMStructType type = containerType(name);
  std::optional<StringRef> arrayField;
  bool varsize = true;
  if (lltype::StructOp def = structs.lookup(name)) {
    varsize = def.isVarSize();
    if (varsize)
      arrayField = cast<StringAttr>(def.getFieldNames().getValue().back())
                       .getValue();
    gcPointers(lltype::InlineType::get(ctx, FlatSymbolRefAttr::get(ctx, name)),
               0, info.ptrOffsets);
  }
  if (!varsize) {
    info.fixedSize = allocSize(type);
    return info;
  }
  Type items;
  info.fixedSize = offsetOf(type, itemsPath(name, arrayField), &items);
  info.lengthOffset = offsetOf(type, lengthPath(name, arrayField));
  Type item = itemType(name, arrayField);
  info.itemSize = valueSize(item);
  gcPointers(item, 0, info.itemPtrOffsets);
  return info;
}
