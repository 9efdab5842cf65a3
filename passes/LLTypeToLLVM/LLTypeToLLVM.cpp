//===- LLTypeToLLVM.cpp - lltype to MLIR's LLVM dialect -------------------===//
//
// `convert-lltype-to-llvm`: every lltype.func becomes an llvm.func (block by
// block, value by value), prebuilt data becomes llvm.mlir.global constants
// laid out as docs/runtime-abi.md says, and the pass adds what the
// runtime's collector reads: the type-info table (`rpy_typeinfos`) and the
// static roots. Allocation calls the runtime's `rpy_gc_malloc` and
// `rpy_gc_malloc_varsize`. Exceptions must have been made explicit (no
// `lltype.catch`, `lltype.raise` or `_ovf` operation is left).
//
//===----------------------------------------------------------------------===//

#include "passes/LLTypeToLLVM/Passes.h"

#include "passes/LLTypeToLLVM/Layouts.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/TypeSwitch.h"

namespace rpy::lltype_to_llvm {
#define GEN_PASS_DEF_CONVERTLLTYPETOLLVM
#include "passes/LLTypeToLLVM/Passes.h.inc"
} // namespace rpy::lltype_to_llvm

using namespace mlir;
using namespace rpy;
using namespace rpy::lltype_to_llvm;

/// The GC flags of prebuilt objects, and of old objects not yet remembered
/// by the write barrier (docs/runtime-abi.md).
static constexpr int32_t kGcFlagStatic = 1;
static constexpr int32_t kGcFlagTrackYoungPtrs = 4;
/// The largest object the generational collector's nursery takes
/// (SMALL_MAX in gc.c).
static constexpr int64_t kNurseryMaxObject = 2048;

namespace {
class Emitter {
public:
  explicit Emitter(ModuleOp module)
      : module(module), ctx(module.getContext()), layouts(module),
        builder(ctx) {
    auto gc = module->getAttrOfType<StringAttr>("lltype.gc");
    bumpAllocation = gc && (gc.getValue() == "generational" ||
                            gc.getValue() == "semispace");
  }

  LogicalResult run();

private:
  LogicalResult emitFunction(lltype::FuncOp func);
  LogicalResult emitOp(Operation *op);
  LogicalResult emitGlobal(lltype::GlobalOp global);
  void emitTypeInfo();
  /// A value of the LLVM type of lltype `type` built from the prebuilt
  /// value `value` (in a global's initializer); its type in `concrete`
  /// (inline arrays sized).
  /// `headerTid` is the type id the header of an embedded GC base gets:
  /// the outermost object's.
  Value buildConstant(Location loc, Type type, Attribute value,
                      std::optional<uint32_t> headerTid = std::nullopt);
  Value buildContainer(Location loc, StringRef name, Attribute value,
                       std::optional<uint32_t> headerTid = std::nullopt);
  Value buildItems(Location loc, Type item, Attribute value);
  Type convert(Type type) { return layouts.valueType(type); }
  Value i64(Location loc, int64_t v) {
    return LLVM::ConstantOp::create(builder, loc, builder.getI64Type(),
                                    builder.getI64IntegerAttr(v));
  }
  Value i32(Location loc, int32_t v) {
    return LLVM::ConstantOp::create(builder, loc, builder.getI32Type(),
                                    builder.getI32IntegerAttr(v));
  }
  /// The address of a path of elements in the container `name` at `base`.
  Value address(Location loc, StringRef name, Value base,
                ArrayRef<int32_t> path, Value index = nullptr);
  /// The address of the runtime's global `name` (a pointer), declared on
  /// first use.
  Value runtimeGlobal(Location loc, StringRef name);
  /// The runtime function `name`, declared on first use.
  FlatSymbolRefAttr runtime(StringRef name, Type result, TypeRange args);
  LogicalResult error(Operation *op, const Twine &message) {
    return op->emitOpError(message);
  }

  ModuleOp module;
  MLIRContext *ctx;
  Layouts layouts;
  OpBuilder builder;
  IRMapping mapping;
  /// The prebuilt GC objects that may point to heap objects.
  SmallVector<FlatSymbolRefAttr> staticRoots;
  /// Code for a collector with a bump-allocated space (the GC transform's
  /// lltype.gc: generational, semispace).
  bool bumpAllocation = false;
};
} // namespace

FlatSymbolRefAttr Emitter::runtime(StringRef name, Type result,
                                   TypeRange args) {
  if (!module.lookupSymbol(name)) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToEnd(module.getBody());
    Type ret = result ? result : LLVM::LLVMVoidType::get(ctx);
    SmallVector<Type> params(args.begin(), args.end());
    LLVM::LLVMFuncOp::create(builder, module.getLoc(), name,
                             LLVM::LLVMFunctionType::get(ret, params));
  }
  return FlatSymbolRefAttr::get(ctx, name);
}

Value Emitter::runtimeGlobal(Location loc, StringRef name) {
  Type ptrType = LLVM::LLVMPointerType::get(ctx);
  if (!module.lookupSymbol(name)) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToEnd(module.getBody());
    LLVM::GlobalOp::create(builder, module.getLoc(), ptrType,
                           /*isConstant=*/false, LLVM::Linkage::External, name,
                           Attribute());
  }
  return LLVM::AddressOfOp::create(builder, loc, ptrType, name);
}

Value Emitter::address(Location loc, StringRef name, Value base,
                       ArrayRef<int32_t> path, Value index) {
  SmallVector<LLVM::GEPArg> indices{0};
  for (int32_t step : path)
    indices.push_back(step);
  if (index)
    indices.push_back(index);
  return LLVM::GEPOp::create(builder, loc, LLVM::LLVMPointerType::get(ctx),
                             layouts.containerType(name), base, indices);
}

/// The name of the container a pointer-typed lltype value points to.
static StringRef targetOf(Value value) {
  return cast<lltype::PtrType>(value.getType()).getTarget().getValue();
}

/// The `icmp` predicate of an lltype comparison (`lt`, ...), signed or not.
static LLVM::ICmpPredicate intPredicate(StringRef name, bool isUnsigned) {
  using P = LLVM::ICmpPredicate;
  if (name == "eq")
    return P::eq;
  if (name == "ne")
    return P::ne;
  if (name == "lt")
    return isUnsigned ? P::ult : P::slt;
  if (name == "le")
    return isUnsigned ? P::ule : P::sle;
  if (name == "gt")
    return isUnsigned ? P::ugt : P::sgt;
  return isUnsigned ? P::uge : P::sge;
}

static LLVM::FCmpPredicate floatPredicate(StringRef name) {
  using P = LLVM::FCmpPredicate;
  return llvm::StringSwitch<P>(name)
      .Case("eq", P::oeq)
      .Case("ne", P::une)
      .Case("lt", P::olt)
      .Case("le", P::ole)
      .Case("gt", P::ogt)
      .Default(P::oge);
}

LogicalResult Emitter::emitOp(Operation *op) {
  Location loc = op->getLoc();
  auto in = [&](unsigned i) { return mapping.lookup(op->getOperand(i)); };
  auto done = [&](Value value) {
    mapping.map(op->getResult(0), value);
    return success();
  };
  StringRef name = op->getName().stripDialect();
  Type ptrType = LLVM::LLVMPointerType::get(ctx);
  Type boolType = builder.getI1Type();

  // Constants.
  if (auto constant = dyn_cast<lltype::ConstantOp>(op)) {
    if (isa<lltype::VoidType>(constant.getType()))
      return success(); // no value at run time; nothing uses it
    Type type = convert(constant.getType());
    Attribute value = constant.getValue();
    if (auto boolean = dyn_cast<BoolAttr>(value))
      value = builder.getIntegerAttr(type, boolean.getValue());
    else if (auto integer = dyn_cast<IntegerAttr>(value))
      value = builder.getIntegerAttr(type, integer.getInt());
    return done(LLVM::ConstantOp::create(builder, loc, type, value));
  }
  if (isa<lltype::NullOp>(op))
    return done(LLVM::ZeroOp::create(builder, loc, ptrType));
  if (auto addressOf = dyn_cast<lltype::AddressOfOp>(op))
    return done(LLVM::AddressOfOp::create(builder, loc, ptrType,
                                          addressOf.getSymbol()));

  // Integer arithmetic and comparisons.
  bool isInt = name.starts_with("int_"), isUint = name.starts_with("uint_");
  if ((isInt || isUint) && op->getNumOperands() == 2) {
    StringRef what = name.drop_front(isInt ? 4 : 5);
    Value a = in(0), b = in(1);
    if (llvm::is_contained({"lt", "le", "eq", "ne", "gt", "ge"}, what))
      return done(LLVM::ICmpOp::create(builder, loc, intPredicate(what, isUint),
                                       a, b));
    if (what == "add")
      return done(LLVM::AddOp::create(builder, loc, a, b));
    if (what == "sub")
      return done(LLVM::SubOp::create(builder, loc, a, b));
    if (what == "mul")
      return done(LLVM::MulOp::create(builder, loc, a, b));
    if (what == "and")
      return done(LLVM::AndOp::create(builder, loc, a, b));
    if (what == "or")
      return done(LLVM::OrOp::create(builder, loc, a, b));
    if (what == "xor")
      return done(LLVM::XOrOp::create(builder, loc, a, b));
    if (what == "lshift")
      return done(LLVM::ShlOp::create(builder, loc, a, b));
    if (what == "rshift")
      return done(isUint ? Value(LLVM::LShrOp::create(builder, loc, a, b))
                         : Value(LLVM::AShrOp::create(builder, loc, a, b)));
    if (isUint && what == "floordiv")
      return done(LLVM::UDivOp::create(builder, loc, a, b));
    if (isUint && what == "mod")
      return done(LLVM::URemOp::create(builder, loc, a, b));
    if (what == "floordiv" || what == "mod") {
      // Python rounds towards minus infinity: when the remainder is not
      // zero and its sign differs from the divisor's, the truncated
      // quotient is one too big and the remainder lacks the divisor.
      Value q = LLVM::SDivOp::create(builder, loc, a, b);
      Value r = LLVM::SRemOp::create(builder, loc, a, b);
      Value zero = i64(loc, 0);
      Value nonzero =
          LLVM::ICmpOp::create(builder, loc, LLVM::ICmpPredicate::ne, r, zero);
      Value signs = LLVM::XOrOp::create(builder, loc, r, b);
      Value differ = LLVM::ICmpOp::create(builder, loc,
                                          LLVM::ICmpPredicate::slt, signs, zero);
      Value fix = LLVM::AndOp::create(builder, loc, nonzero, differ);
      if (what == "floordiv")
        return done(LLVM::SubOp::create(
            builder, loc, q,
            LLVM::ZExtOp::create(builder, loc, builder.getI64Type(), fix)));
      return done(LLVM::SelectOp::create(
          builder, loc, fix, LLVM::AddOp::create(builder, loc, r, b), r));
    }
  }
  if (name == "int_neg")
    return done(LLVM::SubOp::create(builder, loc, i64(loc, 0), in(0)));
  if (name == "int_invert" || name == "uint_invert")
    return done(LLVM::XOrOp::create(builder, loc, in(0), i64(loc, -1)));
  if (name == "int_abs") {
    Value negative = LLVM::ICmpOp::create(builder, loc, LLVM::ICmpPredicate::slt,
                                          in(0), i64(loc, 0));
    return done(LLVM::SelectOp::create(
        builder, loc, negative,
        LLVM::SubOp::create(builder, loc, i64(loc, 0), in(0)), in(0)));
  }
  if (name == "int_is_true" || name == "uint_is_true")
    return done(LLVM::ICmpOp::create(builder, loc, LLVM::ICmpPredicate::ne,
                                     in(0), i64(loc, 0)));
  if (name == "bool_not")
    return done(LLVM::XOrOp::create(
        builder, loc, in(0),
        LLVM::ConstantOp::create(builder, loc, boolType,
                                 builder.getIntegerAttr(boolType, 1))));

  // Floats.
  if (name.starts_with("float_") && op->getNumOperands() == 2) {
    StringRef what = name.drop_front(6);
    Value a = in(0), b = in(1);
    if (llvm::is_contained({"lt", "le", "eq", "ne", "gt", "ge"}, what))
      return done(
          LLVM::FCmpOp::create(builder, loc, floatPredicate(what), a, b));
    if (what == "add")
      return done(LLVM::FAddOp::create(builder, loc, a, b));
    if (what == "sub")
      return done(LLVM::FSubOp::create(builder, loc, a, b));
    if (what == "mul")
      return done(LLVM::FMulOp::create(builder, loc, a, b));
    if (what == "truediv")
      return done(LLVM::FDivOp::create(builder, loc, a, b));
    if (what == "pow")
      return done(LLVM::PowOp::create(builder, loc, a, b));
    // Python's float // and %, as CPython computes them (the sign of a
    // zero remainder, the rounding of the quotient): in the runtime.
    if (what == "floordiv" || what == "mod") {
      Type f64 = builder.getF64Type();
      auto callee = runtime(what == "floordiv" ? "rpy_float_floordiv"
                                               : "rpy_float_mod",
                            f64, {f64, f64});
      return done(LLVM::CallOp::create(builder, loc, TypeRange{f64}, callee,
                                       ValueRange{a, b})
                      .getResult());
    }
  }
  if (name == "float_neg")
    return done(LLVM::FNegOp::create(builder, loc, in(0)));
  if (name == "float_abs")
    return done(LLVM::FAbsOp::create(builder, loc, in(0)));
  if (name == "float_is_true")
    return done(LLVM::FCmpOp::create(
        builder, loc, LLVM::FCmpPredicate::une, in(0),
        LLVM::ConstantOp::create(builder, loc, builder.getF64Type(),
                                 builder.getF64FloatAttr(0))));
  if (name.starts_with("char_"))
    return done(LLVM::ICmpOp::create(
        builder, loc, intPredicate(name.drop_front(5), /*isUnsigned=*/true),
        in(0), in(1)));

  // Casts.
  Type i64Type = builder.getI64Type();
  if (name == "cast_int_to_float")
    return done(LLVM::SIToFPOp::create(builder, loc, builder.getF64Type(), in(0)));
  if (name == "cast_uint_to_float" || name == "cast_bool_to_float")
    return done(LLVM::UIToFPOp::create(builder, loc, builder.getF64Type(), in(0)));
  if (name == "cast_float_to_int")
    return done(LLVM::FPToSIOp::create(builder, loc, i64Type, in(0)));
  if (name == "cast_char_to_int" || name == "cast_bool_to_int")
    return done(LLVM::ZExtOp::create(builder, loc, i64Type, in(0)));
  if (name == "cast_int_to_char")
    return done(LLVM::TruncOp::create(builder, loc, builder.getI8Type(), in(0)));
  if (name == "cast_int_to_uint" || name == "cast_uint_to_int" ||
      name == "cast_pointer")
    return done(in(0));
  if (name == "cast_ptr_to_int")
    return done(LLVM::PtrToIntOp::create(builder, loc, i64Type, in(0)));

  // Pointers.
  if (name == "ptr_eq" || name == "ptr_ne")
    return done(LLVM::ICmpOp::create(
        builder, loc,
        name == "ptr_eq" ? LLVM::ICmpPredicate::eq : LLVM::ICmpPredicate::ne,
        in(0), in(1)));
  if (name == "ptr_iszero" || name == "ptr_nonzero")
    return done(LLVM::ICmpOp::create(
        builder, loc,
        name == "ptr_iszero" ? LLVM::ICmpPredicate::eq : LLVM::ICmpPredicate::ne,
        in(0), LLVM::ZeroOp::create(builder, loc, ptrType)));

  // Memory.
  if (auto malloc = dyn_cast<lltype::MallocOp>(op)) {
    StringRef target = malloc.getType().getTarget().getValue();
    auto callee = runtime("rpy_gc_malloc", ptrType, {builder.getI32Type()});
    Value tid = i32(loc, layouts.typeId(target));
    // The generational collector's nursery, the semispace's space: bump
    // allocation inline, the runtime's call when it is full
    // (docs/runtime-abi.md).
    int64_t size = std::max<int64_t>(
        16, (layouts.typeInfo(target).fixedSize + 7) & ~int64_t(7));
    if (!bumpAllocation || size > kNurseryMaxObject)
      return done(LLVM::CallOp::create(builder, loc, TypeRange{ptrType},
                                       callee, ValueRange{tid})
                      .getResult());
    Value freeAt = runtimeGlobal(loc, "rpy_nursery_free");
    Value free = LLVM::LoadOp::create(builder, loc, ptrType, freeAt);
    Value top = LLVM::LoadOp::create(builder, loc, ptrType,
                                     runtimeGlobal(loc, "rpy_nursery_top"));
    Value next = LLVM::GEPOp::create(builder, loc, ptrType,
                                     builder.getI8Type(), free,
                                     ArrayRef<LLVM::GEPArg>{size});
    Value full = LLVM::ICmpOp::create(builder, loc, LLVM::ICmpPredicate::ugt,
                                      next, top);
    Block *here = builder.getInsertionBlock();
    Block *rest = here->splitBlock(builder.getInsertionPoint());
    Value result = rest->addArgument(ptrType, loc);
    auto *slow = new Block(), *fast = new Block();
    here->getParent()->getBlocks().insertAfter(here->getIterator(), slow);
    here->getParent()->getBlocks().insertAfter(here->getIterator(), fast);
    LLVM::CondBrOp::create(builder, loc, full, slow, fast);
    builder.setInsertionPointToStart(fast);
    LLVM::StoreOp::create(builder, loc, next, freeAt);
    LLVM::StoreOp::create(builder, loc, tid, free); // the header's tid
    LLVM::BrOp::create(builder, loc, ValueRange{free}, rest);
    builder.setInsertionPointToStart(slow);
    Value called = LLVM::CallOp::create(builder, loc, TypeRange{ptrType},
                                        callee, ValueRange{tid})
                       .getResult();
    LLVM::BrOp::create(builder, loc, ValueRange{called}, rest);
    builder.setInsertionPointToStart(rest);
    return done(result);
  }
  if (auto malloc = dyn_cast<lltype::MallocVarsizeOp>(op)) {
    StringRef target = malloc.getType().getTarget().getValue();
    auto callee = runtime("rpy_gc_malloc_varsize", ptrType,
                          {builder.getI32Type(), i64Type});
    return done(
        LLVM::CallOp::create(
            builder, loc, TypeRange{ptrType}, callee,
            ValueRange{i32(loc, layouts.typeId(target)), in(0)})
            .getResult());
  }
  if (auto get = dyn_cast<lltype::GetFieldOp>(op)) {
    StringRef target = targetOf(get.getObject());
    Value at = address(loc, target, in(0),
                       {layouts.fieldIndex(target, get.getField())});
    return done(LLVM::LoadOp::create(builder, loc, convert(get.getType()), at));
  }
  if (auto set = dyn_cast<lltype::SetFieldOp>(op)) {
    StringRef target = targetOf(set.getObject());
    Value at = address(loc, target, in(0),
                       {layouts.fieldIndex(target, set.getField())});
    LLVM::StoreOp::create(builder, loc, in(1), at);
    return success();
  }
  if (auto get = dyn_cast<lltype::GetArrayItemOp>(op)) {
    StringRef target = targetOf(get.getObject());
    Value at = address(loc, target, in(0),
                       layouts.itemsPath(target, get.getField()), in(1));
    return done(LLVM::LoadOp::create(builder, loc, convert(get.getType()), at));
  }
  if (auto set = dyn_cast<lltype::SetArrayItemOp>(op)) {
    StringRef target = targetOf(set.getObject());
    Value at = address(loc, target, in(0),
                       layouts.itemsPath(target, set.getField()), in(1));
    LLVM::StoreOp::create(builder, loc, in(2), at);
    return success();
  }
  if (isa<lltype::GetInteriorFieldOp, lltype::SetInteriorFieldOp>(op)) {
    StringRef target = targetOf(op->getOperand(0));
    auto item = cast<lltype::InlineType>(layouts.itemType(target, std::nullopt));
    StringRef field = op->getAttrOfType<StringAttr>("field").getValue();
    SmallVector<LLVM::GEPArg> indices{0};
    for (int32_t step : layouts.itemsPath(target, std::nullopt))
      indices.push_back(step);
    indices.push_back(in(1));
    indices.push_back(layouts.fieldIndex(item.getTarget().getValue(), field));
    Value at = LLVM::GEPOp::create(builder, loc, ptrType,
                                   layouts.containerType(target), in(0),
                                   indices);
    if (auto get = dyn_cast<lltype::GetInteriorFieldOp>(op))
      return done(
          LLVM::LoadOp::create(builder, loc, convert(get.getType()), at));
    LLVM::StoreOp::create(builder, loc, in(2), at);
    return success();
  }
  if (auto size = dyn_cast<lltype::GetArraySizeOp>(op)) {
    StringRef target = targetOf(size.getObject());
    Value at = address(loc, target, in(0),
                       layouts.lengthPath(target, size.getField()));
    return done(LLVM::LoadOp::create(builder, loc, i64Type, at));
  }

  // The exception state (docs/runtime-abi.md).
  if (isa<lltype::ExcOccurredOp>(op)) {
    Value type = LLVM::LoadOp::create(builder, loc, ptrType,
                                      runtimeGlobal(loc, "rpy_exc_type"));
    return done(LLVM::ICmpOp::create(
        builder, loc, LLVM::ICmpPredicate::ne, type,
        LLVM::ZeroOp::create(builder, loc, ptrType)));
  }
  if (isa<lltype::ExcFetchOp>(op)) {
    Value valueSlot = runtimeGlobal(loc, "rpy_exc_value");
    Value value = LLVM::LoadOp::create(builder, loc, ptrType, valueSlot);
    Value null = LLVM::ZeroOp::create(builder, loc, ptrType);
    LLVM::StoreOp::create(builder, loc, null, valueSlot);
    LLVM::StoreOp::create(builder, loc, null,
                          runtimeGlobal(loc, "rpy_exc_type"));
    return done(value);
  }
  if (isa<lltype::ExcRaiseOp>(op)) {
    // The class is the instance's vtable pointer, right after the header.
    Value typeSlot = LLVM::GEPOp::create(builder, loc, ptrType,
                                         builder.getI8Type(), in(0),
                                         ArrayRef<LLVM::GEPArg>{8});
    Value type = LLVM::LoadOp::create(builder, loc, ptrType, typeSlot);
    LLVM::StoreOp::create(builder, loc, type,
                          runtimeGlobal(loc, "rpy_exc_type"));
    LLVM::StoreOp::create(builder, loc, in(0),
                          runtimeGlobal(loc, "rpy_exc_value"));
    return success();
  }

  // The stack check (docs/runtime-abi.md): the stack grows down to
  // `rpy_stack_limit`, the shadow stack up to `rpy_shadowstack_softlimit`.
  if (isa<lltype::StackTooDeepOp>(op)) {
    Value sp = LLVM::StackSaveOp::create(builder, loc, ptrType);
    Value limit = LLVM::LoadOp::create(builder, loc, ptrType,
                                       runtimeGlobal(loc, "rpy_stack_limit"));
    Value below = LLVM::ICmpOp::create(builder, loc, LLVM::ICmpPredicate::ult,
                                       sp, limit);
    Value top = LLVM::LoadOp::create(builder, loc, ptrType,
                                     runtimeGlobal(loc, "rpy_shadowstack_top"));
    Value soft = LLVM::LoadOp::create(
        builder, loc, ptrType, runtimeGlobal(loc, "rpy_shadowstack_softlimit"));
    Value above = LLVM::ICmpOp::create(builder, loc, LLVM::ICmpPredicate::uge,
                                       top, soft);
    return done(LLVM::OrOp::create(builder, loc, below, above));
  }

  // The shadow stack (docs/runtime-abi.md): `rpy_shadowstack_top` points
  // past the last root.
  auto topAddress = [&] { return runtimeGlobal(loc, "rpy_shadowstack_top"); };
  auto moveTop = [&](int64_t slots) {
    Value slot = topAddress();
    Value top = LLVM::LoadOp::create(builder, loc, ptrType, slot);
    Value moved = LLVM::GEPOp::create(builder, loc, ptrType, ptrType, top,
                                      ArrayRef<LLVM::GEPArg>{slots});
    LLVM::StoreOp::create(builder, loc, moved, slot);
    return top;
  };
  if (auto enter = dyn_cast<lltype::GcEnterFrameOp>(op)) {
    Value frame = moveTop(enter.getSlots());
    Value null = LLVM::ZeroOp::create(builder, loc, ptrType);
    for (int64_t i = 0, e = enter.getSlots(); i < e; ++i)
      LLVM::StoreOp::create(
          builder, loc, null,
          LLVM::GEPOp::create(builder, loc, ptrType, ptrType, frame,
                              ArrayRef<LLVM::GEPArg>{i}));
    return success();
  }
  if (auto save = dyn_cast<lltype::GcSaveRootOp>(op)) {
    Value top = LLVM::LoadOp::create(builder, loc, ptrType, topAddress());
    Value at = LLVM::GEPOp::create(
        builder, loc, ptrType, ptrType, top,
        ArrayRef<LLVM::GEPArg>{save.getSlot() - save.getSlots()});
    LLVM::StoreOp::create(builder, loc, in(0), at);
    return success();
  }
  if (auto leave = dyn_cast<lltype::GcLeaveFrameOp>(op)) {
    moveTop(-leave.getSlots());
    return success();
  }
  if (auto load = dyn_cast<lltype::GcLoadRootOp>(op)) {
    Value top = LLVM::LoadOp::create(builder, loc, ptrType, topAddress());
    Value at = LLVM::GEPOp::create(
        builder, loc, ptrType, ptrType, top,
        ArrayRef<LLVM::GEPArg>{load.getSlot() - load.getSlots()});
    return done(LLVM::LoadOp::create(builder, loc, ptrType, at));
  }
  // The write barrier's fast path inline: only an old object not yet
  // remembered (RPY_GCFLAG_TRACK_YOUNG_PTRS in the header's flags) calls
  // the runtime.
  if (auto barrier = dyn_cast<lltype::GcWriteBarrierOp>(op)) {
    Value flagsAt = LLVM::GEPOp::create(builder, loc, ptrType,
                                        builder.getI8Type(), in(0),
                                        ArrayRef<LLVM::GEPArg>{4});
    Value flags =
        LLVM::LoadOp::create(builder, loc, builder.getI32Type(), flagsAt);
    Value tracked = LLVM::AndOp::create(builder, loc, flags,
                                        i32(loc, kGcFlagTrackYoungPtrs));
    Value slow = LLVM::ICmpOp::create(builder, loc, LLVM::ICmpPredicate::ne,
                                      tracked, i32(loc, 0));
    Block *here = builder.getInsertionBlock();
    Block *rest = here->splitBlock(builder.getInsertionPoint());
    auto *call = new Block();
    here->getParent()->getBlocks().insertAfter(here->getIterator(), call);
    LLVM::CondBrOp::create(builder, loc, slow, call, rest);
    builder.setInsertionPointToStart(call);
    LLVM::CallOp::create(builder, loc, TypeRange(),
                         runtime("rpy_gc_write_barrier", Type(), {ptrType}),
                         ValueRange{in(0)});
    LLVM::BrOp::create(builder, loc, rest);
    builder.setInsertionPointToStart(rest);
    return success();
  }

  // Calls.
  if (auto call = dyn_cast<lltype::DirectCallOp>(op)) {
    SmallVector<Value> args;
    for (Value arg : call.getArgs())
      args.push_back(mapping.lookup(arg));
    SmallVector<Type> results;
    for (Type type : call.getResultTypes())
      results.push_back(convert(type));
    auto llCall = LLVM::CallOp::create(builder, loc, results,
                                       call.getCalleeAttr(), args);
    if (call.getNumResults())
      return done(llCall.getResult());
    return success();
  }
  if (auto call = dyn_cast<lltype::IndirectCallOp>(op)) {
    SmallVector<Value> args{in(0)};
    for (Value arg : call.getArgs())
      args.push_back(mapping.lookup(arg));
    FunctionType signature = call.getCallee().getType().getSignature();
    SmallVector<Type> inputs;
    for (Type type : signature.getInputs())
      inputs.push_back(convert(type));
    Type result = signature.getNumResults()
                      ? convert(signature.getResult(0))
                      : Type(LLVM::LLVMVoidType::get(ctx));
    auto llCall = LLVM::CallOp::create(
        builder, loc, LLVM::LLVMFunctionType::get(result, inputs), args);
    if (call.getNumResults())
      return done(llCall.getResult());
    return success();
  }

  // Terminators.
  auto operands = [&](ValueRange values) {
    SmallVector<Value> result;
    for (Value value : values)
      result.push_back(mapping.lookup(value));
    return result;
  };
  if (auto br = dyn_cast<lltype::BrOp>(op)) {
    LLVM::BrOp::create(builder, loc, operands(br.getDestOperands()),
                       mapping.lookup(br.getDest()));
    return success();
  }
  if (auto condBr = dyn_cast<lltype::CondBrOp>(op)) {
    LLVM::CondBrOp::create(builder, loc, in(0),
                           mapping.lookup(condBr.getTrueDest()),
                           operands(condBr.getTrueDestOperands()),
                           mapping.lookup(condBr.getFalseDest()),
                           operands(condBr.getFalseDestOperands()));
    return success();
  }
  if (auto ret = dyn_cast<lltype::ReturnOp>(op)) {
    LLVM::ReturnOp::create(builder, loc,
                           ret.getValue() ? ValueRange{in(0)} : ValueRange());
    return success();
  }
  if (isa<lltype::UnreachableOp>(op)) {
    LLVM::UnreachableOp::create(builder, loc);
    return success();
  }
  if (isa<lltype::CatchOp, lltype::RaiseOp>(op) ||
      name.ends_with("_ovf"))
    return error(op, "must be made explicit by the exception transform "
                     "before lowering to LLVM");
  return error(op, "cannot be lowered to LLVM yet");
}

LogicalResult Emitter::emitFunction(lltype::FuncOp func) {
  FunctionType type = func.getFunctionType();
  SmallVector<Type> inputs;
  for (Type input : type.getInputs())
    inputs.push_back(convert(input));
  Type result = type.getNumResults() ? convert(type.getResult(0))
                                     : Type(LLVM::LLVMVoidType::get(ctx));
  builder.setInsertionPoint(func);
  // Functions of the program are internal (LLVM may inline and drop
  // them); the entry point and the runtime's functions are external.
  bool internal = !func.isExternal() && func.getSymName() != "rpy_entry";
  auto llFunc = LLVM::LLVMFuncOp::create(
      builder, func.getLoc(), func.getSymName(),
      LLVM::LLVMFunctionType::get(result, inputs),
      internal ? LLVM::Linkage::Internal : LLVM::Linkage::External);
  if (func.isExternal())
    return success();
  // A function the program rarely runs (raising, the stack check's slow
  // path): kept out of line, so that its callers stay small.
  if (func->hasAttr("lltype.cold"))
    llFunc.setPassthroughAttr(
        builder.getStrArrayAttr({"cold", "noinline", "optsize"}));
  // rlib's inlining hints hold for LLVM's inliner too.
  else if (func->hasAttr("lltype.dont_inline"))
    llFunc.setPassthroughAttr(builder.getStrArrayAttr({"noinline"}));
  else if (func->hasAttr("lltype.always_inline"))
    llFunc.setPassthroughAttr(builder.getStrArrayAttr({"alwaysinline"}));
  mapping.clear();
  Region &body = llFunc.getBody();
  for (Block &block : func.getBody()) {
    Block *llBlock = new Block();
    body.push_back(llBlock);
    mapping.map(&block, llBlock);
    for (BlockArgument arg : block.getArguments())
      mapping.map(arg, llBlock->addArgument(convert(arg.getType()),
                                            arg.getLoc()));
  }
  for (Block &block : func.getBody()) {
    builder.setInsertionPointToEnd(mapping.lookup(&block));
    for (Operation &op : block)
      if (failed(emitOp(&op)))
        return failure();
  }
  return success();
}

Value Emitter::buildItems(Location loc, Type item, Attribute value) {
  SmallVector<Attribute> items;
  if (auto text = dyn_cast<StringAttr>(value))
    for (char c : text.getValue())
      items.push_back(builder.getI64IntegerAttr(static_cast<unsigned char>(c)));
  else
    llvm::append_range(items, cast<ArrayAttr>(value));
  Type llItem = convert(item);
  auto arrayType = LLVM::LLVMArrayType::get(llItem, items.size());
  auto i64Type = builder.getI64Type();
  auto type = LLVM::LLVMStructType::getLiteral(ctx, {i64Type, arrayType});
  Value result = LLVM::UndefOp::create(builder, loc, type);
  result = LLVM::InsertValueOp::create(builder, loc, result,
                                       i64(loc, items.size()),
                                       ArrayRef<int64_t>{0});
  for (auto [index, itemValue] : llvm::enumerate(items))
    result = LLVM::InsertValueOp::create(
        builder, loc, result, buildConstant(loc, item, itemValue),
        {1, static_cast<int64_t>(index)});
  return result;
}

Value Emitter::buildContainer(Location loc, StringRef name, Attribute value,
                              std::optional<uint32_t> headerTid) {
  uint32_t tid = headerTid.value_or(layouts.typeId(name));
  SmallVector<Value> elements;
  if (layouts.hasHeader(name)) {
    elements.push_back(i32(loc, tid));
    elements.push_back(i32(loc, kGcFlagStatic));
  }
  auto values = dyn_cast<ArrayAttr>(value);
  if (!layouts.isStruct(name)) {
    // An array: the length and the items, as an inline array's.
    Value items = buildItems(loc, layouts.itemType(name, std::nullopt), value);
    elements.push_back(
        LLVM::ExtractValueOp::create(builder, loc, items, {0}));
    elements.push_back(
        LLVM::ExtractValueOp::create(builder, loc, items, {1}));
  } else {
    auto def = cast<lltype::StructOp>(module.lookupSymbol(name));
    bool embedsBase = layouts.isGc(name) && !layouts.hasHeader(name);
    for (auto [index, fieldType, fieldValue] :
         llvm::enumerate(def.getFieldTypes(), values))
      elements.push_back(buildConstant(
          loc, cast<TypeAttr>(fieldType).getValue(), fieldValue,
          embedsBase && index == 0 ? std::optional<uint32_t>(tid)
                                   : std::nullopt));
  }
  SmallVector<Type> types;
  for (Value element : elements)
    types.push_back(element.getType());
  auto type = LLVM::LLVMStructType::getLiteral(ctx, types);
  Value result = LLVM::UndefOp::create(builder, loc, type);
  for (auto [index, element] : llvm::enumerate(elements))
    result = LLVM::InsertValueOp::create(builder, loc, result, element,
                                         {static_cast<int64_t>(index)});
  return result;
}

Value Emitter::buildConstant(Location loc, Type type, Attribute value,
                             std::optional<uint32_t> headerTid) {
  Type ptrType = LLVM::LLVMPointerType::get(ctx);
  if (auto inlined = dyn_cast<lltype::InlineType>(type))
    return buildContainer(loc, inlined.getTarget().getValue(), value,
                          headerTid);
  if (auto array = dyn_cast<lltype::ArrayType>(type))
    return buildItems(loc, array.getItemType(), value);
  if (isa<lltype::PtrType, lltype::FuncPtrType>(type)) {
    if (auto ref = dyn_cast<FlatSymbolRefAttr>(value))
      return LLVM::AddressOfOp::create(builder, loc, ptrType, ref);
    return LLVM::ZeroOp::create(builder, loc, ptrType);
  }
  Type llType = convert(type);
  if (auto number = dyn_cast<FloatAttr>(value))
    return LLVM::ConstantOp::create(builder, loc, llType,
                                    builder.getF64FloatAttr(
                                        number.getValueAsDouble()));
  int64_t integer = isa<BoolAttr>(value)
                        ? cast<BoolAttr>(value).getValue()
                        : cast<IntegerAttr>(value).getInt();
  return LLVM::ConstantOp::create(builder, loc, llType,
                                  builder.getIntegerAttr(llType, integer));
}

LogicalResult Emitter::emitGlobal(lltype::GlobalOp global) {
  Location loc = global.getLoc();
  StringRef type = global.getType();
  builder.setInsertionPoint(global);
  // The initializer is built in a region first: its type (inline arrays
  // sized by the contents) is known only after.
  OpBuilder::InsertionGuard guard(builder);
  auto *scratch = new Block();
  builder.setInsertionPointToStart(scratch);
  Value value = buildContainer(loc, type, global.getValue());
  LLVM::ReturnOp::create(builder, loc, value);
  builder.setInsertionPoint(global);
  auto llGlobal = LLVM::GlobalOp::create(
      builder, loc, value.getType(), /*isConstant=*/false,
      LLVM::Linkage::Internal, global.getSymName(), Attribute());
  llGlobal.getInitializerRegion().push_back(scratch);
  if (layouts.isGc(type)) {
    Layouts::TypeInfo info = layouts.typeInfo(type);
    if (!info.ptrOffsets.empty() || !info.itemPtrOffsets.empty())
      staticRoots.push_back(FlatSymbolRefAttr::get(global.getSymNameAttr()));
  }
  return success();
}

void Emitter::emitTypeInfo() {
  Location loc = module.getLoc();
  Type i64Type = builder.getI64Type(), ptrType = LLVM::LLVMPointerType::get(ctx);
  builder.setInsertionPointToEnd(module.getBody());
  // Offsets lists, -1 ended.
  auto offsetsGlobal = [&](StringRef name, ArrayRef<int64_t> offsets) {
    SmallVector<int64_t> values(offsets);
    values.push_back(-1);
    auto type = LLVM::LLVMArrayType::get(i64Type, values.size());
    LLVM::GlobalOp::create(builder, loc, type, /*isConstant=*/true,
                           LLVM::Linkage::Internal, name,
                           builder.getI64TensorAttr(values));
    return FlatSymbolRefAttr::get(ctx, name);
  };
  auto entryType = LLVM::LLVMStructType::getLiteral(
      ctx, {i64Type, i64Type, i64Type, ptrType, ptrType});
  ArrayRef<std::string> containers = layouts.gcContainers();
  SmallVector<std::optional<Layouts::TypeInfo>> infos;
  SmallVector<std::pair<FlatSymbolRefAttr, FlatSymbolRefAttr>> offsets;
  for (auto [index, name] : llvm::enumerate(containers)) {
    std::optional<Layouts::TypeInfo> reserved =
        Layouts::runtimeTypeInfo(index + 1);
    if (!reserved && !module.lookupSymbol(name)) {
      infos.push_back(std::nullopt); // a reserved id the program never uses
      offsets.push_back({});
      continue;
    }
    Layouts::TypeInfo info = reserved ? *reserved : layouts.typeInfo(name);
    FlatSymbolRefAttr fixed, items;
    if (!info.ptrOffsets.empty())
      fixed = offsetsGlobal("rpy_ptroffsets." + std::to_string(index + 1),
                            info.ptrOffsets);
    if (!info.itemPtrOffsets.empty())
      items = offsetsGlobal("rpy_itemptroffsets." + std::to_string(index + 1),
                            info.itemPtrOffsets);
    infos.push_back(info);
    offsets.push_back({fixed, items});
  }
  // rpy_typeinfos[0] is the invalid type id.
  auto tableType = LLVM::LLVMArrayType::get(entryType, containers.size() + 1);
  auto table = LLVM::GlobalOp::create(builder, loc, tableType, true,
                                      LLVM::Linkage::External, "rpy_typeinfos",
                                      Attribute());
  {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(
        builder.createBlock(&table.getInitializerRegion()));
    Value result = LLVM::UndefOp::create(builder, loc, tableType);
    Value null = LLVM::ZeroOp::create(builder, loc, ptrType);
    auto entry = [&](const Layouts::TypeInfo &info, FlatSymbolRefAttr fixed,
                     FlatSymbolRefAttr items) {
      Value value = LLVM::UndefOp::create(builder, loc, entryType);
      int64_t fields[] = {info.fixedSize, info.itemSize, info.lengthOffset};
      for (int64_t i = 0; i < 3; ++i)
        value = LLVM::InsertValueOp::create(builder, loc, value,
                                            i64(loc, fields[i]), {i});
      auto pointer = [&](FlatSymbolRefAttr ref) -> Value {
        return ref ? Value(LLVM::AddressOfOp::create(builder, loc, ptrType,
                                                     ref))
                   : null;
      };
      value = LLVM::InsertValueOp::create(builder, loc, value, pointer(fixed),
                                          {3});
      return LLVM::InsertValueOp::create(builder, loc, value, pointer(items),
                                         {4});
    };
    result = LLVM::InsertValueOp::create(builder, loc, result,
                                         entry({}, {}, {}),
                                         ArrayRef<int64_t>{0});
    for (auto [index, info] : llvm::enumerate(infos)) {
      Value value = info ? entry(*info, offsets[index].first,
                                 offsets[index].second)
                         : entry({}, {}, {});
      result = LLVM::InsertValueOp::create(
          builder, loc, result, value, {static_cast<int64_t>(index + 1)});
    }
    LLVM::ReturnOp::create(builder, loc, result);
  }
  LLVM::GlobalOp::create(
      builder, loc, builder.getI32Type(), true, LLVM::Linkage::External,
      "rpy_typeinfo_count",
      builder.getI32IntegerAttr(containers.size() + 1));
  // The collector the GC transform prepared the code for (write barriers
  // for the generational one).
  auto gc = module->getAttrOfType<StringAttr>("lltype.gc");
  LLVM::GlobalOp::create(
      builder, loc, builder.getI32Type(), true, LLVM::Linkage::External,
      "rpy_gc_kind",
      builder.getI32IntegerAttr(!gc                              ? 0
                                : gc.getValue() == "generational" ? 1
                                : gc.getValue() == "semispace"    ? 2
                                                                  : 0));

  // The static roots: the prebuilt GC objects that may point to the heap.
  auto rootsType = LLVM::LLVMArrayType::get(ptrType, staticRoots.size());
  auto roots = LLVM::GlobalOp::create(builder, loc, rootsType, true,
                                      LLVM::Linkage::External,
                                      "rpy_static_roots", Attribute());
  {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(
        builder.createBlock(&roots.getInitializerRegion()));
    Value result = LLVM::UndefOp::create(builder, loc, rootsType);
    for (auto [index, root] : llvm::enumerate(staticRoots))
      result = LLVM::InsertValueOp::create(
          builder, loc, result,
          LLVM::AddressOfOp::create(builder, loc, ptrType, root),
          {static_cast<int64_t>(index)});
    LLVM::ReturnOp::create(builder, loc, result);
  }
  LLVM::GlobalOp::create(builder, loc, i64Type, true, LLVM::Linkage::External,
                         "rpy_static_root_count",
                         builder.getI64IntegerAttr(staticRoots.size()));
}

LogicalResult Emitter::run() {
  SmallVector<Operation *> lowered;
  for (Operation &op : module.getBody()->getOperations()) {
    if (auto global = dyn_cast<lltype::GlobalOp>(op)) {
      if (failed(emitGlobal(global)))
        return failure();
      lowered.push_back(&op);
    } else if (auto func = dyn_cast<lltype::FuncOp>(op)) {
      if (failed(emitFunction(func)))
        return failure();
      lowered.push_back(&op);
    } else if (isa<lltype::StructOp, lltype::ArrayOp>(op)) {
      lowered.push_back(&op);
    }
  }
  emitTypeInfo();
  for (Operation *op : lowered)
    op->erase();
  return success();
}

namespace {
struct ConvertLLTypeToLLVMPass
    : lltype_to_llvm::impl::ConvertLLTypeToLLVMBase<ConvertLLTypeToLLVMPass> {
  void runOnOperation() override {
    if (failed(Emitter(getOperation()).run()))
      signalPassFailure();
  }
};
} // namespace
