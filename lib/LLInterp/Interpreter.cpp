//===- Interpreter.cpp - Running lltype graphs ----------------------------===//
//
// A graph runs block by block; each SSA value's word lives in its frame.
// Before the exception transform a raise unwinds the interpreter's own
// calls (Status::Raised) to the nearest `lltype.catch` that matches, as
// PyPy's llinterpreter does; after it, the graphs test the runtime's
// exception state themselves. Before the GC transform the interpreter
// roots every GC pointer of a live frame on the shadow stack itself;
// after it, the graphs' gc_* operations do.
//
//===----------------------------------------------------------------------===//

#include "lib/LLInterp/LLInterp.h"
#include "lib/LLInterp/LLInterpImpl.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/thread.h"

#include <cmath>
#include <cstring>

using namespace mlir;
using namespace rpy;
using namespace rpy::llinterp;
using namespace rpy::llinterp::detail;

namespace {

enum class Status { Normal, Raised, Failed };

/// The interpreter's call depth at most, and where lltype.stack_too_deep
/// starts to hold.
constexpr unsigned kMaxDepth = 200000;
constexpr unsigned kStackCheckDepth = 150000;

/// What an operation does, worked out on its first execution.
struct Decoded {
  enum Kind {
    Constant, Null, AddressOf, Binary, Unary, FloatDivMod, Overflow, Malloc,
    MallocVarsize, Load, Store, LoadItem, StoreItem, ArraySize, DirectCall,
    IndirectCall, ExcOccurred, ExcFetch, ExcRaise, StackTooDeep, GcEnterFrame,
    GcSaveRoot, GcLoadRoot, GcWriteBarrier, GcLeaveFrame, Br, CondBr, Catch, Return, Raise, Unreachable
  } kind;
  /// Pure arithmetic: false when the operation is undefined (a division
  /// by zero).
  bool (*binary)(Word, Word, Word &) = nullptr;
  Word (*unary)(Word) = nullptr;
  /// The runtime's float // and % (as the LLVM backend calls them).
  double (*floatBinary)(double, double) = nullptr;
  Word constant{};
  /// Memory: the byte offset of the field (or of the first item, or of
  /// the length), the item stride, the type id to allocate.
  int64_t offset = 0, stride = 0;
  uint32_t tid = 0;
  Type type;
  lltype::FuncOp callee;
};

/// The GC pointers of a function's frame, for rooting before the GC
/// transform: one shadow-stack slot each.
struct RootSlots {
  DenseMap<Value, unsigned> slot;
  unsigned count = 0;
};

struct Frame {
  DenseMap<Value, Word> values;
  const RootSlots *roots = nullptr;
  void **rootBase = nullptr;
};

class Interpreter {
public:
  Interpreter(ModuleOp module, Runtime &runtime,
              lltype_to_llvm::Layouts &layouts, Memory &memory)
      : module(module), ctx(module.getContext()), runtime(runtime),
        layouts(layouts), memory(memory) {
    module.walk([&](Operation *op) {
      if (isa<lltype::GcEnterFrameOp, lltype::GcSaveRootOp>(op))
        gcTransformed = true;
    });
  }

  std::optional<int> runEntry(const std::vector<std::string> &args);

private:
  Status call(lltype::FuncOp func, ArrayRef<Word> args, Word &result);
  Status run(lltype::FuncOp func, Frame &frame, Word &result);
  /// Runs one operation that is not a terminator.
  Status execute(Operation *op, Decoded &decoded, Frame &frame);
  /// Where an exception raised by `op` goes: the block its lltype.catch
  /// picks (and that block's arguments), or nowhere (propagate).
  Block *dispatch(Operation *op, Frame &frame, SmallVectorImpl<Word> &args);
  Decoded *decode(Operation *op);
  const RootSlots &rootSlots(lltype::FuncOp func);

  Word get(Frame &frame, Value value) { return frame.values.lookup(value); }
  void set(Frame &frame, Value value, Word word) {
    frame.values[value] = word;
    if (frame.roots)
      if (auto it = frame.roots->slot.find(value);
          it != frame.roots->slot.end())
        frame.rootBase[it->second] = word.p;
  }
  Status fail(Operation *op, const Twine &message) {
    op->emitError(message);
    return Status::Failed;
  }

  ModuleOp module;
  MLIRContext *ctx;
  Runtime &runtime;
  lltype_to_llvm::Layouts &layouts;
  Memory &memory;
  bool gcTransformed = false;
  unsigned depth = 0;
  DenseMap<Operation *, std::unique_ptr<Decoded>> decodedOps;
  DenseMap<Operation *, std::unique_ptr<RootSlots>> rootSlotsOf;
};

} // namespace

//===----------------------------------------------------------------------===//
// Arithmetic (LLTypeToLLVM.cpp's semantics, without its undefined cases)
//===----------------------------------------------------------------------===//

namespace {
using BinaryFn = bool (*)(Word, Word, Word &);
using UnaryFn = Word (*)(Word);

Word boolWord(bool b) {
  Word w;
  w.u = b;
  return w;
}

/// Python's integer floor division and modulo (rounding to -infinity).
bool floorDivMod(int64_t a, int64_t b, int64_t &q, int64_t &r) {
  if (b == 0)
    return false;
  if (b == -1) { // INT64_MIN / -1 wraps, as the machine's would not
    q = static_cast<int64_t>(0 - static_cast<uint64_t>(a));
    r = 0;
    return true;
  }
  q = a / b;
  r = a % b;
  if (r != 0 && ((r ^ b) < 0)) {
    q -= 1;
    r += b;
  }
  return true;
}

const llvm::StringMap<BinaryFn> &binaryOps() {
  static const llvm::StringMap<BinaryFn> table = [] {
    llvm::StringMap<BinaryFn> t;
#define RPY_BIN(name, expr)                                                    \
  t[name] = [](Word a, Word b, Word & r) {                                     \
    (void)a;                                                                   \
    (void)b;                                                                   \
    r = expr;                                                                  \
    return true;                                                               \
  }
#define RPY_CMP(prefix, field)                                                 \
  RPY_BIN(prefix "lt", boolWord(a.field < b.field));                           \
  RPY_BIN(prefix "le", boolWord(a.field <= b.field));                          \
  RPY_BIN(prefix "eq", boolWord(a.field == b.field));                          \
  RPY_BIN(prefix "ne", boolWord(a.field != b.field));                          \
  RPY_BIN(prefix "gt", boolWord(a.field > b.field));                           \
  RPY_BIN(prefix "ge", boolWord(a.field >= b.field))
    for (const char *prefix : {"int_", "uint_"}) {
      std::string p = prefix;
      t[p + "add"] = [](Word a, Word b, Word &r) { r.u = a.u + b.u; return true; };
      t[p + "sub"] = [](Word a, Word b, Word &r) { r.u = a.u - b.u; return true; };
      t[p + "mul"] = [](Word a, Word b, Word &r) { r.u = a.u * b.u; return true; };
      t[p + "and"] = [](Word a, Word b, Word &r) { r.u = a.u & b.u; return true; };
      t[p + "or"] = [](Word a, Word b, Word &r) { r.u = a.u | b.u; return true; };
      t[p + "xor"] = [](Word a, Word b, Word &r) { r.u = a.u ^ b.u; return true; };
      t[p + "lshift"] = [](Word a, Word b, Word &r) {
        r.u = b.u >= 64 ? 0 : a.u << b.u;
        return true;
      };
    }
    RPY_CMP("int_", i);
    RPY_CMP("uint_", u);
    RPY_CMP("char_", u);
    RPY_CMP("float_", f);
    t["int_rshift"] = [](Word a, Word b, Word &r) {
      r.i = a.i >> (b.u >= 64 ? 63 : b.u);
      return true;
    };
    t["uint_rshift"] = [](Word a, Word b, Word &r) {
      r.u = b.u >= 64 ? 0 : a.u >> b.u;
      return true;
    };
    t["int_floordiv"] = [](Word a, Word b, Word &r) {
      int64_t rem;
      return floorDivMod(a.i, b.i, r.i, rem);
    };
    t["int_mod"] = [](Word a, Word b, Word &r) {
      int64_t quot;
      return floorDivMod(a.i, b.i, quot, r.i);
    };
    t["uint_floordiv"] = [](Word a, Word b, Word &r) {
      return b.u != 0 && (r.u = a.u / b.u, true);
    };
    t["uint_mod"] = [](Word a, Word b, Word &r) {
      return b.u != 0 && (r.u = a.u % b.u, true);
    };
    RPY_BIN("float_add", floatWord(a.f + b.f));
    RPY_BIN("float_sub", floatWord(a.f - b.f));
    RPY_BIN("float_mul", floatWord(a.f * b.f));
    RPY_BIN("float_truediv", floatWord(a.f / b.f));
    RPY_BIN("float_pow", floatWord(std::pow(a.f, b.f)));
    RPY_BIN("ptr_eq", boolWord(a.p == b.p));
    RPY_BIN("ptr_ne", boolWord(a.p != b.p));
#undef RPY_CMP
#undef RPY_BIN
    return t;
  }();
  return table;
}

/// float -> int as the machine's conversion, defined for every input.
int64_t floatToInt(double v) {
  if (!(v > -9223372036854775808.0 && v < 9223372036854775808.0))
    return INT64_MIN;
  return static_cast<int64_t>(v);
}

const llvm::StringMap<UnaryFn> &unaryOps() {
  static const llvm::StringMap<UnaryFn> table = [] {
    llvm::StringMap<UnaryFn> t;
#define RPY_UN(name, expr) t[name] = [](Word a) -> Word { return expr; }
    RPY_UN("int_neg", intWord(static_cast<int64_t>(0 - a.u)));
    RPY_UN("int_abs",
           intWord(a.i < 0 ? static_cast<int64_t>(0 - a.u) : a.i));
    RPY_UN("int_invert", intWord(~a.i));
    RPY_UN("uint_invert", intWord(~a.i));
    RPY_UN("int_is_true", boolWord(a.u != 0));
    RPY_UN("uint_is_true", boolWord(a.u != 0));
    RPY_UN("float_neg", floatWord(-a.f));
    RPY_UN("float_abs", floatWord(std::fabs(a.f)));
    RPY_UN("float_is_true", boolWord(!(a.f == 0.0)));
    RPY_UN("bool_not", boolWord(!a.u));
    RPY_UN("cast_int_to_float", floatWord(static_cast<double>(a.i)));
    RPY_UN("cast_uint_to_float", floatWord(static_cast<double>(a.u)));
    RPY_UN("cast_bool_to_float", floatWord(static_cast<double>(a.u)));
    RPY_UN("cast_float_to_int", intWord(floatToInt(a.f)));
    RPY_UN("cast_char_to_int", intWord(static_cast<int64_t>(a.u & 0xff)));
    RPY_UN("cast_int_to_char", intWord(static_cast<int64_t>(a.u & 0xff)));
    RPY_UN("cast_bool_to_int", a);
    RPY_UN("cast_int_to_uint", a);
    RPY_UN("cast_uint_to_int", a);
    RPY_UN("cast_pointer", a);
    RPY_UN("cast_ptr_to_int", a);
    RPY_UN("ptr_nonzero", boolWord(a.p != nullptr));
    RPY_UN("ptr_iszero", boolWord(a.p == nullptr));
#undef RPY_UN
    return t;
  }();
  return table;
}
} // namespace

//===----------------------------------------------------------------------===//
// Decoding
//===----------------------------------------------------------------------===//

/// The struct a pointer-typed value points to.
static StringRef targetOf(Value value) {
  return cast<lltype::PtrType>(value.getType()).getTarget().getValue();
}

Decoded *Interpreter::decode(Operation *op) {
  std::unique_ptr<Decoded> &slot = decodedOps[op];
  if (slot)
    return slot.get();
  auto d = std::make_unique<Decoded>();
  StringRef name = op->getName().stripDialect();
  using K = Decoded::Kind;
  if (auto fn = binaryOps().lookup(name)) {
    d->kind = K::Binary;
    d->binary = fn;
  } else if (auto fn = unaryOps().lookup(name)) {
    d->kind = K::Unary;
    d->unary = fn;
  } else if (name == "float_floordiv" || name == "float_mod") {
    d->kind = K::FloatDivMod;
    d->floatBinary = name == "float_floordiv" ? runtime.floatFloorDiv
                                              : runtime.floatMod;
  } else if (name.ends_with("_ovf")) {
    d->kind = K::Overflow;
  } else if (auto constant = dyn_cast<lltype::ConstantOp>(op)) {
    d->kind = K::Constant;
    Attribute value = constant.getValue();
    d->constant.u = 0;
    if (auto number = dyn_cast<FloatAttr>(value))
      d->constant.f = number.getValueAsDouble();
    else if (auto boolean = dyn_cast<BoolAttr>(value))
      d->constant.u = boolean.getValue();
    else if (auto integer = dyn_cast<IntegerAttr>(value))
      d->constant.i = isa<lltype::CharType>(constant.getType())
                          ? static_cast<int64_t>(integer.getInt() & 0xff)
                          : integer.getInt();
  } else if (isa<lltype::NullOp>(op)) {
    d->kind = K::Constant;
    d->constant.p = nullptr;
  } else if (auto addressOf = dyn_cast<lltype::AddressOfOp>(op)) {
    d->kind = K::AddressOf;
    d->constant.p = memory.address(addressOf.getSymbol());
    if (!d->constant.p) {
      (void)fail(op, "the llinterpreter cannot find @" +
                         addressOf.getSymbol());
      return nullptr;
    }
  } else if (auto malloc = dyn_cast<lltype::MallocOp>(op)) {
    d->kind = K::Malloc;
    d->tid = layouts.typeId(malloc.getType().getTarget().getValue());
  } else if (auto malloc = dyn_cast<lltype::MallocVarsizeOp>(op)) {
    d->kind = K::MallocVarsize;
    d->tid = layouts.typeId(malloc.getType().getTarget().getValue());
  } else if (auto get = dyn_cast<lltype::GetFieldOp>(op)) {
    d->kind = K::Load;
    d->offset = layouts.fieldOffset(targetOf(get.getObject()), get.getField());
    d->type = get.getType();
  } else if (auto set = dyn_cast<lltype::SetFieldOp>(op)) {
    d->kind = K::Store;
    d->offset = layouts.fieldOffset(targetOf(set.getObject()), set.getField());
    d->type = set.getValue().getType();
  } else if (isa<lltype::GetArrayItemOp, lltype::SetArrayItemOp>(op)) {
    StringRef target = targetOf(op->getOperand(0));
    auto fieldAttr = op->getAttrOfType<StringAttr>("field");
    std::optional<StringRef> field;
    if (fieldAttr)
      field = fieldAttr.getValue();
    bool isGet = isa<lltype::GetArrayItemOp>(op);
    d->kind = isGet ? K::LoadItem : K::StoreItem;
    d->offset = layouts.itemsOffset(target, field);
    d->type = layouts.itemType(target, field);
    d->stride = layouts.valueSize(d->type);
  } else if (isa<lltype::GetInteriorFieldOp, lltype::SetInteriorFieldOp>(op)) {
    StringRef target = targetOf(op->getOperand(0));
    auto item = cast<lltype::InlineType>(layouts.itemType(target, std::nullopt));
    StringRef field = op->getAttrOfType<StringAttr>("field").getValue();
    bool isGet = isa<lltype::GetInteriorFieldOp>(op);
    d->kind = isGet ? K::LoadItem : K::StoreItem;
    d->offset = layouts.itemsOffset(target, std::nullopt) +
                layouts.fieldOffset(item.getTarget().getValue(), field);
    d->stride = layouts.valueSize(item);
    d->type = isGet ? op->getResult(0).getType() : op->getOperand(2).getType();
  } else if (auto size = dyn_cast<lltype::GetArraySizeOp>(op)) {
    d->kind = K::ArraySize;
    std::optional<StringRef> field;
    if (auto fieldAttr = size.getFieldAttr())
      field = fieldAttr.getValue();
    d->offset = layouts.lengthOffset(targetOf(size.getObject()), field);
  } else if (auto call = dyn_cast<lltype::DirectCallOp>(op)) {
    d->kind = K::DirectCall;
    d->callee = module.lookupSymbol<lltype::FuncOp>(call.getCalleeAttr());
    if (!d->callee) {
      (void)fail(op, "the llinterpreter cannot find the function @" +
                         call.getCallee());
      return nullptr;
    }
  } else {
    std::optional<K> kind =
        llvm::StringSwitch<std::optional<K>>(name)
            .Case("indirect_call", K::IndirectCall)
            .Case("exc_occurred", K::ExcOccurred)
            .Case("exc_fetch", K::ExcFetch)
            .Case("exc_raise", K::ExcRaise)
            .Case("stack_too_deep", K::StackTooDeep)
            .Case("gc_enter_frame", K::GcEnterFrame)
            .Case("gc_save_root", K::GcSaveRoot)
            .Case("gc_load_root", K::GcLoadRoot)
            .Case("gc_write_barrier", K::GcWriteBarrier)
            .Case("gc_leave_frame", K::GcLeaveFrame)
            .Case("br", K::Br)
            .Case("cond_br", K::CondBr)
            .Case("catch", K::Catch)
            .Case("return", K::Return)
            .Case("raise", K::Raise)
            .Case("unreachable", K::Unreachable)
            .Default(std::nullopt);
    if (!kind || op->getDialect() != module->getContext()->getLoadedDialect(
                                         "lltype")) {
      (void)fail(op, "the llinterpreter cannot run '" +
                         op->getName().getStringRef() + "'");
      return nullptr;
    }
    d->kind = *kind;
  }
  slot = std::move(d);
  return slot.get();
}

const RootSlots &Interpreter::rootSlots(lltype::FuncOp func) {
  std::unique_ptr<RootSlots> &slots = rootSlotsOf[func];
  if (slots)
    return *slots;
  slots = std::make_unique<RootSlots>();
  auto add = [&](Value value) {
    auto ptr = dyn_cast<lltype::PtrType>(value.getType());
    if (ptr && layouts.isGc(ptr.getTarget().getValue()))
      slots->slot[value] = slots->count++;
  };
  for (Block &block : func.getBody()) {
    for (BlockArgument arg : block.getArguments())
      add(arg);
    for (Operation &op : block)
      for (Value result : op.getResults())
        add(result);
  }
  return *slots;
}

//===----------------------------------------------------------------------===//
// Execution
//===----------------------------------------------------------------------===//

Status Interpreter::call(lltype::FuncOp func, ArrayRef<Word> args,
                         Word &result) {
  if (func.isExternal()) {
    std::string error;
    if (!runtime.call(func.getSymName(), func.getFunctionType(), args, result,
                      error))
      return fail(func, error);
    return Status::Normal;
  }
  // The interpreter's own recursion, on the thread's large stack.
  if (depth >= kMaxDepth)
    return fail(func, "the llinterpreter's call stack is exhausted");
  ++depth;
  Frame frame;
  if (!gcTransformed) {
    frame.roots = &rootSlots(func);
    frame.rootBase = *runtime.shadowstackTop;
    std::memset(frame.rootBase, 0, frame.roots->count * sizeof(void *));
    *runtime.shadowstackTop = frame.rootBase + frame.roots->count;
  }
  Block &entry = func.getBody().front();
  for (auto [arg, value] : llvm::zip(entry.getArguments(), args))
    set(frame, arg, value);
  Status status = run(func, frame, result);
  if (frame.roots)
    *runtime.shadowstackTop = frame.rootBase;
  --depth;
  return status;
}

Status Interpreter::run(lltype::FuncOp func, Frame &frame, Word &result) {
  Block *block = &func.getBody().front();
  SmallVector<Word> args;
  auto jump = [&](Block *dest, ValueRange operands) {
    args.clear();
    for (Value operand : operands)
      args.push_back(get(frame, operand));
    for (auto [arg, value] : llvm::zip(dest->getArguments(), args))
      set(frame, arg, value);
    block = dest;
  };
  while (true) {
    Block *next = nullptr;
    for (Operation &op : *block) {
      Decoded *d = decode(&op);
      if (!d)
        return Status::Failed;
      using K = Decoded::Kind;
      switch (d->kind) {
      case K::Br: {
        auto br = cast<lltype::BrOp>(op);
        jump(br.getDest(), br.getDestOperands());
        next = block;
        break;
      }
      case K::CondBr: {
        auto br = cast<lltype::CondBrOp>(op);
        if (get(frame, br.getCondition()).u)
          jump(br.getTrueDest(), br.getTrueDestOperands());
        else
          jump(br.getFalseDest(), br.getFalseDestOperands());
        next = block;
        break;
      }
      case K::Catch: {
        // Reached without an exception: the normal link.
        auto catchOp = cast<lltype::CatchOp>(op);
        jump(catchOp.getNormalDest(), catchOp.getNormalOperands());
        next = block;
        break;
      }
      case K::Return: {
        auto ret = cast<lltype::ReturnOp>(op);
        result = ret.getValue() ? get(frame, ret.getValue()) : intWord(0);
        return Status::Normal;
      }
      case K::Raise: {
        void *exc = get(frame, op.getOperand(0)).p;
        *runtime.excType = static_cast<rpy_object *>(exc)->typeptr;
        *runtime.excValue = exc;
        return Status::Raised;
      }
      case K::Unreachable:
        return fail(&op, "the llinterpreter reached lltype.unreachable");
      default: {
        Status status = execute(&op, *d, frame);
        if (status == Status::Failed)
          return status;
        if (status == Status::Raised) {
          Block *handler = dispatch(&op, frame, args);
          if (!handler)
            return Status::Raised;
          for (auto [arg, value] : llvm::zip(handler->getArguments(), args))
            set(frame, arg, value);
          block = handler;
          next = block;
        }
        break;
      }
      }
      if (next)
        break;
    }
    if (!next)
      return fail(func, "the llinterpreter ran off the end of a block");
  }
}

Block *Interpreter::dispatch(Operation *op, Frame &frame,
                             SmallVectorImpl<Word> &args) {
  auto catchOp = dyn_cast_or_null<lltype::CatchOp>(op->getNextNode());
  if (!catchOp)
    return nullptr;
  auto *type = static_cast<rpy_vtable *>(*runtime.excType);
  for (auto [index, cls] : llvm::enumerate(catchOp.getExceptionClasses())) {
    auto *handlerClass = static_cast<rpy_vtable *>(
        memory.address(cast<FlatSymbolRefAttr>(cls).getValue()));
    if (!handlerClass ||
        type->subclassrange_min < handlerClass->subclassrange_min ||
        type->subclassrange_min >= handlerClass->subclassrange_max)
      continue;
    args.clear();
    args.push_back(ptrWord(*runtime.excValue));
    *runtime.excType = nullptr;
    *runtime.excValue = nullptr;
    for (Value operand : catchOp.getHandlerOperands()[index])
      args.push_back(get(frame, operand));
    return catchOp.getHandlers()[index];
  }
  return nullptr;
}

Status Interpreter::execute(Operation *op, Decoded &d, Frame &frame) {
  using K = Decoded::Kind;
  auto in = [&](unsigned i) { return get(frame, op->getOperand(i)); };
  auto done = [&](Word value) {
    set(frame, op->getResult(0), value);
    return Status::Normal;
  };
  auto object = [&](unsigned i) -> char * {
    return static_cast<char *>(in(i).p);
  };
  switch (d.kind) {
  case K::Constant:
  case K::AddressOf:
    return done(d.constant);
  case K::Binary: {
    Word result;
    if (!d.binary(in(0), in(1), result))
      return fail(op, "division by zero in the llinterpreter");
    return done(result);
  }
  case K::Unary:
    return done(d.unary(in(0)));
  case K::FloatDivMod:
    return done(floatWord(d.floatBinary(in(0).f, in(1).f)));
  case K::Overflow: {
    int64_t a = in(0).i, b = op->getNumOperands() > 1 ? in(1).i : 0, r = 0;
    StringRef name = op->getName().stripDialect();
    bool overflow = name == "int_add_ovf"   ? __builtin_add_overflow(a, b, &r)
                    : name == "int_sub_ovf" ? __builtin_sub_overflow(a, b, &r)
                    : name == "int_mul_ovf" ? __builtin_mul_overflow(a, b, &r)
                    : name == "int_neg_ovf" ? __builtin_sub_overflow(0, a, &r)
                    : (b < 0 || b >= 64 ||
                       ((r = static_cast<int64_t>(static_cast<uint64_t>(a)
                                                  << b)) >>
                        b) != a);
    if (overflow)
      return fail(op, "OverflowError in '" + name +
                          "': the llinterpreter raises it only through the "
                          "program's own helpers");
    return done(intWord(r));
  }
  case K::Malloc:
    return done(ptrWord(runtime.gcMalloc(d.tid)));
  case K::MallocVarsize:
    return done(ptrWord(runtime.gcMallocVarsize(d.tid, in(0).i)));
  case K::Load:
    return done(Memory::load(object(0) + d.offset, d.type));
  case K::Store:
    Memory::store(object(0) + d.offset, d.type, in(1));
    return Status::Normal;
  case K::LoadItem:
    return done(Memory::load(object(0) + d.offset + in(1).i * d.stride,
                             d.type));
  case K::StoreItem:
    Memory::store(object(0) + d.offset + in(1).i * d.stride, d.type, in(2));
    return Status::Normal;
  case K::ArraySize:
    return done(Memory::load(object(0) + d.offset,
                             lltype::SignedType::get(ctx)));
  case K::DirectCall:
  case K::IndirectCall: {
    lltype::FuncOp callee = d.callee;
    unsigned first = 0;
    if (d.kind == K::IndirectCall) {
      callee = memory.functionAt(in(0).p);
      if (!callee)
        return fail(op, "the llinterpreter called a pointer that is not a "
                        "function");
      first = 1;
    }
    SmallVector<Word, 8> args;
    for (unsigned i = first; i < op->getNumOperands(); ++i)
      args.push_back(in(i));
    Word result;
    Status status = call(callee, args, result);
    if (status == Status::Normal && op->getNumResults())
      set(frame, op->getResult(0), result);
    return status;
  }
  case K::ExcOccurred:
    return done(boolWord(*runtime.excType != nullptr));
  case K::StackTooDeep:
    // The interpreter's depth stands for the stack's: a recursion raises
    // RecursionError well before the interpreter's own limit.
    return done(boolWord(depth >= kStackCheckDepth));
  case K::ExcFetch: {
    Word exc = ptrWord(*runtime.excValue);
    *runtime.excType = nullptr;
    *runtime.excValue = nullptr;
    return done(exc);
  }
  case K::ExcRaise: {
    void *exc = in(0).p;
    *runtime.excType = static_cast<rpy_object *>(exc)->typeptr;
    *runtime.excValue = exc;
    return Status::Normal;
  }
  case K::GcEnterFrame: {
    int64_t slots = cast<lltype::GcEnterFrameOp>(op).getSlots();
    std::memset(*runtime.shadowstackTop, 0, slots * sizeof(void *));
    *runtime.shadowstackTop += slots;
    return Status::Normal;
  }
  case K::GcSaveRoot: {
    auto save = cast<lltype::GcSaveRootOp>(op);
    (*runtime.shadowstackTop)[save.getSlot() - save.getSlots()] = in(0).p;
    return Status::Normal;
  }
  case K::GcLoadRoot: {
    auto load = cast<lltype::GcLoadRootOp>(op);
    return done(
        ptrWord((*runtime.shadowstackTop)[load.getSlot() - load.getSlots()]));
  }
  case K::GcWriteBarrier:
    runtime.gcWriteBarrier(in(0).p);
    return Status::Normal;
  case K::GcLeaveFrame:
    *runtime.shadowstackTop -= cast<lltype::GcLeaveFrameOp>(op).getSlots();
    return Status::Normal;
  default:
    return fail(op, "the llinterpreter cannot run this operation here");
  }
}

std::optional<int>
Interpreter::runEntry(const std::vector<std::string> &args) {
  auto entry = module.lookupSymbol<lltype::FuncOp>("rpy_entry");
  if (!entry || entry.isExternal()) {
    module.emitError("the llinterpreter needs the entry glue @rpy_entry "
                     "(the RTyper's output)");
    return std::nullopt;
  }
  std::vector<char *> argv;
  for (const std::string &arg : args)
    argv.push_back(const_cast<char *>(arg.c_str()));
  argv.push_back(nullptr);
  Word list = ptrWord(runtime.makeArgv(static_cast<int>(args.size()),
                                       argv.data()));
  Word result = intWord(0);
  Status status = call(entry, {list}, result);
  if (status == Status::Failed)
    return std::nullopt;
  // Raised: the exception state is set, and rpy_finish reports it.
  return runtime.finish(status == Status::Raised ? 0 : result.i);
}

std::optional<int> rpy::llinterp::run(ModuleOp module,
                                      const std::vector<std::string> &args,
                                      const char *argv0) {
  std::string error;
  std::unique_ptr<Runtime> runtime = Runtime::load(argv0, error);
  if (!runtime) {
    module.emitError(error);
    return std::nullopt;
  }
  // Layouts describe memory with LLVM types.
  module.getContext()->getOrLoadDialect<LLVM::LLVMDialect>();
  lltype_to_llvm::Layouts layouts(module);
  Memory memory(module, layouts);
  if (failed(memory.placeGlobals()))
    return std::nullopt;
  Interpreter interpreter(module, *runtime, layouts, memory);
  // On a thread of its own with a large stack: interpreted calls nest.
  std::optional<int> status;
  llvm::thread worker(std::optional<unsigned>(512u << 20), [&] {
    memory.installTables(*runtime);
    status = interpreter.runEntry(args);
  });
  worker.join();
  return status;
}
