//===- Runtime.cpp - The runtime library, loaded and called --------------===//
//
// The llinterpreter uses the very runtime translated programs link: the
// shared build of librpyrt next to the tools. Its functions are called
// through libffi with the C types of their lltype signatures.
//
//===----------------------------------------------------------------------===//

#include "lib/LLInterp/LLInterpImpl.h"

#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <dlfcn.h>
#include <ffi.h>
#include <type_traits>

using namespace mlir;
using namespace rpy;
using namespace rpy::llinterp::detail;

struct Runtime::External {
  void *address = nullptr;
  ffi_cif cif;
  std::vector<ffi_type *> argTypes;
};

/// The C type of an lltype value; null for Void results, and for types C
/// functions never take.
static ffi_type *cType(Type type) {
  return llvm::TypeSwitch<Type, ffi_type *>(type)
      .Case<lltype::SignedType>([](auto) { return &ffi_type_sint64; })
      .Case<lltype::UnsignedType>([](auto) { return &ffi_type_uint64; })
      .Case<lltype::FloatType>([](auto) { return &ffi_type_double; })
      .Case<lltype::CharType>([](auto) {
        return std::is_signed_v<char> ? &ffi_type_sint8 : &ffi_type_uint8;
      })
      .Case<lltype::BoolType>([](auto) { return &ffi_type_uint8; })
      .Case<lltype::PtrType, lltype::FuncPtrType>(
          [](auto) { return &ffi_type_pointer; })
      .Default([](Type) { return nullptr; });
}

std::unique_ptr<Runtime> Runtime::load(const char *argv0, std::string &error) {
  std::string tool = llvm::sys::fs::getMainExecutable(
      argv0, reinterpret_cast<void *>(&Runtime::load));
  llvm::SmallString<256> path(llvm::sys::path::parent_path(
      llvm::sys::path::parent_path(tool)));
  llvm::sys::path::append(path, "lib", "librpyrt.so");
  std::unique_ptr<Runtime> runtime(new Runtime());
  runtime->handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!runtime->handle) {
    error = "cannot load the runtime: " + std::string(dlerror());
    return nullptr;
  }
  bool complete = true;
  auto find = [&](auto &slot, const char *name) {
    slot = reinterpret_cast<std::remove_reference_t<decltype(slot)>>(
        dlsym(runtime->handle, name));
    complete &= slot != nullptr;
  };
  find(runtime->gcUseTables, "rpy_gc_use_tables");
  find(runtime->gcSelect, "rpy_gc_select");
  find(runtime->gcInit, "rpy_gc_init");
  find(runtime->gcMalloc, "rpy_gc_malloc");
  find(runtime->gcMallocVarsize, "rpy_gc_malloc_varsize");
  find(runtime->gcWriteBarrier, "rpy_gc_write_barrier");
  find(runtime->makeArgv, "rpy_make_argv");
  find(runtime->finish, "rpy_finish");
  find(runtime->fatal, "rpy_fatal");
  find(runtime->floatFloorDiv, "rpy_float_floordiv");
  find(runtime->floatMod, "rpy_float_mod");
  find(runtime->excType, "rpy_exc_type");
  find(runtime->excValue, "rpy_exc_value");
  find(runtime->shadowstackTop, "rpy_shadowstack_top");
  if (!complete) {
    error = "the runtime " + std::string(path) + " lacks the entry points "
            "of docs/runtime-abi.md";
    return nullptr;
  }
  return runtime;
}

Runtime::~Runtime() {
  // Never dlclose: the program's objects and atexit handlers live there.
}

bool Runtime::call(llvm::StringRef name, FunctionType type,
                   llvm::ArrayRef<Word> args, Word &result,
                   std::string &error) {
  std::unique_ptr<External> &external = externals[name];
  if (!external) {
    auto made = std::make_unique<External>();
    made->address = dlsym(handle, name.str().c_str());
    if (!made->address) {
      error = "the runtime has no function '" + name.str() + "'";
      externals.erase(name);
      return false;
    }
    for (Type input : type.getInputs()) {
      made->argTypes.push_back(cType(input));
      if (!made->argTypes.back()) {
        error = "'" + name.str() + "' takes a value C cannot";
        externals.erase(name);
        return false;
      }
    }
    ffi_type *resultType =
        type.getNumResults() ? cType(type.getResult(0)) : &ffi_type_void;
    if (!resultType ||
        ffi_prep_cif(&made->cif, FFI_DEFAULT_ABI, made->argTypes.size(),
                     resultType, made->argTypes.data()) != FFI_OK) {
      error = "cannot call '" + name.str() + "' through libffi";
      externals.erase(name);
      return false;
    }
    external = std::move(made);
  }
  // Each argument from its own word: little-endian, so a narrow C type
  // reads the word's low bytes.
  llvm::SmallVector<Word> values(args.begin(), args.end());
  llvm::SmallVector<void *> pointers;
  for (Word &value : values)
    pointers.push_back(&value);
  ffi_arg raw = 0;
  double real = 0;
  bool isFloat = type.getNumResults() &&
                 isa<lltype::FloatType>(type.getResult(0));
  void *resultSlot = isFloat ? static_cast<void *>(&real) : &raw;
  ffi_call(&external->cif, FFI_FN(external->address), resultSlot,
           pointers.data());
  result.u = 0;
  if (!type.getNumResults())
    return true;
  Type resultType = type.getResult(0);
  if (isFloat)
    result.f = real;
  else if (isa<lltype::CharType, lltype::BoolType>(resultType))
    result.u = raw & 0xff;
  else
    result.u = raw;
  return true;
}
