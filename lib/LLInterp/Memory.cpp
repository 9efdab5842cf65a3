//===- Memory.cpp - Prebuilt data, function tokens, type-info tables ------===//
//
// The globals are laid out byte for byte as the LLVM backend emits them
// (LLTypeToLLVM.cpp, buildContainer): the runtime's C code reads them, and
// the collector traces them through the same type-info table.
//
//===----------------------------------------------------------------------===//

#include "lib/LLInterp/LLInterpImpl.h"

#include "llvm/Support/MathExtras.h"

#include <cstdlib>
#include <cstring>

using namespace mlir;
using namespace rpy;
using namespace rpy::llinterp::detail;

Memory::Memory(ModuleOp module, lltype_to_llvm::Layouts &layouts)
    : module(module), layouts(layouts) {
  for (auto func : module.getOps<lltype::FuncOp>()) {
    functionIndex[func.getSymName()] = functions.size();
    functions.push_back(func);
  }
  // One distinct address per function, never dereferenced.
  functionTokens = std::make_unique<char[]>(functions.size() + 1);
}

Memory::~Memory() {
  for (char *allocation : allocations)
    std::free(allocation);
}

Word Memory::load(const char *at, Type type) {
  Word value;
  value.u = 0;
  if (isa<lltype::CharType, lltype::BoolType>(type))
    value.u = *reinterpret_cast<const uint8_t *>(at);
  else if (isa<lltype::PtrType, lltype::FuncPtrType>(type))
    std::memcpy(&value.p, at, sizeof(void *));
  else
    std::memcpy(&value, at, 8);
  return value;
}

void Memory::store(char *at, Type type, Word value) {
  if (isa<lltype::CharType, lltype::BoolType>(type))
    *reinterpret_cast<uint8_t *>(at) = static_cast<uint8_t>(value.u);
  else if (isa<lltype::PtrType, lltype::FuncPtrType>(type))
    std::memcpy(at, &value.p, sizeof(void *));
  else if (!isa<lltype::VoidType>(type))
    std::memcpy(at, &value, 8);
}

void *Memory::address(StringRef symbol) {
  if (char *global = globals.lookup(symbol))
    return global;
  auto it = functionIndex.find(symbol);
  if (it != functionIndex.end())
    return functionTokens.get() + it->second;
  return nullptr;
}

lltype::FuncOp Memory::functionAt(void *pointer) {
  char *token = static_cast<char *>(pointer);
  if (token < functionTokens.get() ||
      token >= functionTokens.get() + functions.size())
    return nullptr;
  return functions[token - functionTokens.get()];
}

/// The items of an array initializer: a list, or a string's characters.
static size_t itemCount(Attribute value) {
  if (auto text = dyn_cast_or_null<StringAttr>(value))
    return text.size();
  if (auto items = dyn_cast_or_null<ArrayAttr>(value))
    return items.size();
  return 0;
}

int64_t Memory::sizeOf(StringRef name, Attribute value) {
  MLIRContext *ctx = module.getContext();
  if (!layouts.isStruct(name))
    return layouts.itemsOffset(name, std::nullopt) +
           itemCount(value) * layouts.valueSize(
                                  layouts.itemType(name, std::nullopt));
  auto def = cast<lltype::StructOp>(module.lookupSymbol(name));
  if (!def.isVarSize())
    return layouts.valueSize(
        lltype::InlineType::get(ctx, FlatSymbolRefAttr::get(ctx, name)));
  StringRef field =
      cast<StringAttr>(def.getFieldNames().getValue().back()).getValue();
  auto values = cast<ArrayAttr>(value);
  return layouts.itemsOffset(name, field) +
         itemCount(values[values.size() - 1]) *
             layouts.valueSize(layouts.itemType(name, field));
}

LogicalResult Memory::placeGlobals() {
  // Addresses first: initializers point to other globals.
  for (auto global : module.getOps<lltype::GlobalOp>()) {
    StringRef type = global.getType();
    if (!module.lookupSymbol(type))
      return global.emitError("the llinterpreter cannot find the type @")
             << type;
    int64_t size =
        std::max<int64_t>(llvm::alignTo(sizeOf(type, global.getValue()), 16),
                          16);
    char *memory = static_cast<char *>(std::calloc(1, size));
    allocations.push_back(memory);
    globals[global.getSymName()] = memory;
  }
  for (auto global : module.getOps<lltype::GlobalOp>()) {
    StringRef type = global.getType();
    if (failed(writeContainer(globals[global.getSymName()], type,
                              global.getValue(), std::nullopt, global)))
      return failure();
    // The collector traces prebuilt GC objects that may point to the heap.
    if (layouts.isGc(type)) {
      lltype_to_llvm::Layouts::TypeInfo info = layouts.typeInfo(type);
      if (!info.ptrOffsets.empty() || !info.itemPtrOffsets.empty())
        staticRoots.push_back(globals[global.getSymName()]);
    }
  }
  return success();
}

LogicalResult Memory::writeContainer(char *at, StringRef name, Attribute value,
                                     std::optional<uint32_t> headerTid,
                                     Operation *global) {
  uint32_t tid = headerTid.value_or(layouts.typeId(name));
  if (layouts.hasHeader(name)) {
    rpy_hdr header{tid, RPY_GCFLAG_STATIC};
    std::memcpy(at, &header, sizeof(header));
  }
  if (!layouts.isStruct(name))
    return writeItems(at, name, std::nullopt, value, global);
  auto def = cast<lltype::StructOp>(module.lookupSymbol(name));
  auto values = dyn_cast<ArrayAttr>(value);
  if (!values || values.size() != def.getFieldTypes().size())
    return global->emitError("the llinterpreter cannot read the initializer "
                             "of a @")
           << name;
  bool embedsBase = layouts.isGc(name) && !layouts.hasHeader(name);
  for (auto [index, fieldName, fieldType, fieldValue] :
       llvm::enumerate(def.getFieldNames(), def.getFieldTypes(), values)) {
    StringRef field = cast<StringAttr>(fieldName).getValue();
    Type type = cast<TypeAttr>(fieldType).getValue();
    LogicalResult written = success();
    if (isa<lltype::ArrayType>(type)) {
      written = writeItems(at, name, field, fieldValue, global);
    } else if (auto inlined = dyn_cast<lltype::InlineType>(type)) {
      written = writeContainer(
          at + layouts.fieldOffset(name, field),
          inlined.getTarget().getValue(), fieldValue,
          embedsBase && index == 0 ? std::optional<uint32_t>(tid)
                                   : std::nullopt,
          global);
    } else {
      written = writeValue(at + layouts.fieldOffset(name, field), type,
                           fieldValue, global);
    }
    if (failed(written))
      return failure();
  }
  return success();
}

LogicalResult Memory::writeItems(char *at, StringRef name,
                                 std::optional<StringRef> field,
                                 Attribute value, Operation *global) {
  Type item = layouts.itemType(name, field);
  int64_t count = itemCount(value);
  std::memcpy(at + layouts.lengthOffset(name, field), &count, 8);
  char *items = at + layouts.itemsOffset(name, field);
  int64_t stride = layouts.valueSize(item);
  if (auto text = dyn_cast<StringAttr>(value)) {
    std::memcpy(items, text.getValue().data(), text.size());
    return success();
  }
  for (auto [index, itemValue] : llvm::enumerate(cast<ArrayAttr>(value))) {
    char *slot = items + index * stride;
    LogicalResult written =
        isa<lltype::InlineType>(item)
            ? writeContainer(slot,
                             cast<lltype::InlineType>(item).getTarget().getValue(),
                             itemValue, std::nullopt, global)
            : writeValue(slot, item, itemValue, global);
    if (failed(written))
      return failure();
  }
  return success();
}

LogicalResult Memory::writeValue(char *at, Type type, Attribute value,
                                 Operation *global) {
  if (isa<lltype::PtrType, lltype::FuncPtrType>(type)) {
    void *pointer = nullptr;
    if (auto ref = dyn_cast<FlatSymbolRefAttr>(value)) {
      pointer = address(ref.getValue());
      if (!pointer)
        return global->emitError("the llinterpreter cannot find ") << ref;
    }
    store(at, type, ptrWord(pointer));
    return success();
  }
  Word word;
  word.u = 0;
  if (auto number = dyn_cast<FloatAttr>(value))
    word.f = number.getValueAsDouble();
  else if (auto boolean = dyn_cast<BoolAttr>(value))
    word.u = boolean.getValue();
  else if (auto integer = dyn_cast<IntegerAttr>(value))
    word.i = integer.getInt();
  else if (!isa<lltype::VoidType>(type))
    return global->emitError("the llinterpreter cannot store ")
           << value << " as " << type;
  store(at, type, word);
  return success();
}

void Memory::installTables(Runtime &runtime) {
  // As LLTypeToLLVM's emitTypeInfo: entry 0 is the invalid type id.
  ArrayRef<std::string> containers = layouts.gcContainers();
  offsetLists.reserve(2 * containers.size());
  typeInfos.assign(containers.size() + 1, rpy_typeinfo{0, 0, 0, nullptr,
                                                       nullptr});
  auto offsets = [&](ArrayRef<int64_t> list) -> const int64_t * {
    if (list.empty())
      return nullptr;
    offsetLists.emplace_back(list.begin(), list.end());
    offsetLists.back().push_back(-1);
    return offsetLists.back().data();
  };
  for (auto [index, name] : llvm::enumerate(containers)) {
    std::optional<lltype_to_llvm::Layouts::TypeInfo> info =
        lltype_to_llvm::Layouts::runtimeTypeInfo(index + 1);
    if (!info && module.lookupSymbol(name))
      info = layouts.typeInfo(name);
    if (!info)
      continue;
    typeInfos[index + 1] = {info->fixedSize, info->itemSize,
                            info->lengthOffset, offsets(info->ptrOffsets),
                            offsets(info->itemPtrOffsets)};
  }
  runtime.gcUseTables(typeInfos.data(), typeInfos.size(), staticRoots.data(),
                      staticRoots.size());
  // The generational and semispace collectors move objects: only for
  // GC-transformed code, which reads its roots back (the llinterpreter's
  // own rooting of untransformed frames does not).
  auto gc = module->getAttrOfType<StringAttr>("lltype.gc");
  runtime.gcSelect(!gc                              ? 0
                   : gc.getValue() == "generational" ? 1
                   : gc.getValue() == "semispace"    ? 2
                                                     : 0);
  runtime.gcInit();
}
