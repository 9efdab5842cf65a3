//===- LLTypeOps.td - lltype dialect operations ------------*- tablegen -*-===//
//
// Operation names follow PyPy's rpython/rtyper/lltypesystem/lloperation.py so
// that their semantics can be looked up there.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_LLTYPE_OPS_TD
#define RPY_LLTYPE_OPS_TD

include "dialects/lltype/LLTypeDialect.td"
include "dialects/lltype/LLTypeTypes.td"
include "mlir/IR/OpAsmInterface.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/CallInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/FunctionInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

/// Operations that can raise an RPython exception (calls, `_ovf`
/// arithmetic): only those may stand right before an `lltype.catch`.
def LL_CanRaise : NativeOpTrait<"CanRaise"> {
  let cppNamespace = "::rpy::lltype::OpTrait";
}

class LL_Op<string mnemonic, list<Trait> traits = []>
    : Op<LLType_Dialect, mnemonic, traits>;

//===----------------------------------------------------------------------===//
// Module level: container definitions, prebuilt data, functions
//===----------------------------------------------------------------------===//

def LL_StructOp : LL_Op<"struct", [
    Symbol, HasParent<"::mlir::ModuleOp">,
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "a struct type (with `gc`: PyPy's GcStruct)";
  let description = [{
    The fields in layout order. A field's type is a primitive, a pointer, a
    function pointer, `!lltype.inline<@S>` (a struct by value) or, for the
    last field only, an inline array `!lltype.array<T>`. A GC struct may only
    embed (as its first field) the GC struct it derives from; objects of a
    GC struct start with the runtime's header (`docs/runtime-abi.md`).

    ```mlir
    lltype.struct @rpy_string gc (hash: !lltype.signed, chars: !lltype.array<!lltype.char>)
    lltype.struct @Node gc (value: !lltype.signed, next: !lltype.ptr<@Node>)
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, UnitAttr:$gc,
                       StrArrayAttr:$field_names, TypeArrayAttr:$field_types);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The index of the field `name`, if there is one.
    std::optional<unsigned> getFieldIndex(::llvm::StringRef name);
    /// The type of the field `name`; null if there is none.
    ::mlir::Type getFieldType(::llvm::StringRef name);
    /// Whether the last field is an inline array (a variable-sized struct).
    bool isVarSize();
  }];
}

def LL_ArrayOp : LL_Op<"array", [
    Symbol, HasParent<"::mlir::ModuleOp">,
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "an array type (with `gc`: PyPy's GcArray)";
  let description = [{
    A variable-sized array: its length (a Signed), then the items. The item
    type is a primitive, a pointer, a function pointer or a struct by value
    (`!lltype.inline<@S>`).

    ```mlir
    lltype.array @items_of_int gc of !lltype.signed
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, UnitAttr:$gc,
                       TypeAttr:$item_type);
  let assemblyFormat = "$sym_name (`gc` $gc^)? `of` $item_type attr-dict";
  let hasVerifier = 1;
}

def LL_GlobalOp : LL_Op<"global", [Symbol, HasParent<"::mlir::ModuleOp">]> {
  let summary = "prebuilt data: a vtable, a string literal, a prebuilt object";
  let description = [{
    An instance of the struct or array `type`, statically allocated, with the
    given contents: for a struct, one value per field in order; for an
    array, its items. A value is an integer (also chars and bools), a float,
    `@symbol` (the address of another global or of a function), `unit` (a
    null pointer), a nested array for a struct embedded by value, and for an
    inline or standalone array the list of its items (or a string for an
    array of chars). Globals of GC types are prebuilt GC objects (their
    header marks them static for the collector).

    ```mlir
    lltype.global @str.hello : @rpy_string = [0, "hello"]
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, FlatSymbolRefAttr:$type,
                       ArrayAttr:$value);
  let assemblyFormat = "$sym_name `:` $type `=` $value attr-dict";
  let hasVerifier = 1;
}

def LL_FuncOp : LL_Op<"func", [
    AutomaticAllocationScope, FunctionOpInterface, IsolatedFromAbove, Symbol]> {
  let summary = "a low-level function graph, or an external C function";
  let description = [{
    A function over lltype values, with at most one result (none: PyPy's
    Void result). Without a body it declares a function of the runtime
    (`docs/runtime-abi.md`), called by its C name. The unit attribute
    `lltype.cold` marks a function the program rarely runs (one that
    raises, the stack check's slow path): LLVM never inlines it.

    ```mlir
    lltype.func @add(%a: !lltype.signed, %b: !lltype.signed) -> !lltype.signed {
      %0 = lltype.int_add %a, %b
      lltype.return %0 : !lltype.signed
    }
    lltype.func private @rpy_str_concat(!lltype.ptr<@rpy_string>, !lltype.ptr<@rpy_string>) -> !lltype.ptr<@rpy_string>
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name,
                       TypeAttrOf<FunctionType>:$function_type,
                       OptionalAttr<StrAttr>:$sym_visibility,
                       OptionalAttr<DictArrayAttr>:$arg_attrs,
                       OptionalAttr<DictArrayAttr>:$res_attrs);
  let regions = (region AnyRegion:$body);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// FunctionOpInterface.
    ::llvm::ArrayRef<::mlir::Type> getArgumentTypes() {
      return getFunctionType().getInputs();
    }
    ::llvm::ArrayRef<::mlir::Type> getResultTypes() {
      return getFunctionType().getResults();
    }
    ::mlir::Region *getCallableRegion() {
      return isExternal() ? nullptr : &getBody();
    }
  }];
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

def LL_ConstantOp : LL_Op<"constant", [Pure, ConstantLike]> {
  let summary = "a primitive constant";
  let description = [{
    An integer (Signed, Unsigned, Char or Bool: `true`/`false`), a float, or
    Void (`unit`).

    ```mlir
    %0 = lltype.constant 42 : !lltype.signed
    %1 = lltype.constant 2.5 : !lltype.float
    %2 = lltype.constant 97 : !lltype.char
    %3 = lltype.constant true : !lltype.bool
    ```
  }];
  let arguments = (ins AnyAttr:$value);
  let results = (outs LL_Value:$result);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let hasFolder = 1;
}

def LL_NullOp : LL_Op<"null", [Pure, ConstantLike]> {
  let summary = "the null pointer";
  let arguments = (ins);
  let results = (outs AnyTypeOf<[LL_PtrType, LL_FuncPtrType]>:$result);
  let assemblyFormat = "attr-dict `:` qualified(type($result))";
  let hasFolder = 1;
}

def LL_AddressOfOp : LL_Op<"addressof", [
    Pure, DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "the address of prebuilt data or of a function";
  let description = [{
    ```mlir
    %s = lltype.addressof @str.hello : !lltype.ptr<@rpy_string>
    %f = lltype.addressof @add : !lltype.funcptr<(!lltype.signed, !lltype.signed) -> !lltype.signed>
    ```
  }];
  let arguments = (ins FlatSymbolRefAttr:$symbol);
  let results = (outs AnyTypeOf<[LL_PtrType, LL_FuncPtrType]>:$result);
  let assemblyFormat = "$symbol attr-dict `:` qualified(type($result))";
}

//===----------------------------------------------------------------------===//
// Arithmetic, comparisons and casts
//===----------------------------------------------------------------------===//

class LL_BinaryOp<string mnemonic, Type operandType, Type resultType,
                  list<Trait> traits = []>
    : LL_Op<mnemonic, !listconcat([Pure], traits)> {
  let arguments = (ins operandType:$lhs, operandType:$rhs);
  let results = (outs resultType:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict";
  let builders = [
    OpBuilder<(ins "::mlir::Value":$lhs, "::mlir::Value":$rhs), [{
      build($_builder, $_state, }] # resultType.builderCall # [{, lhs, rhs);
    }]>];
}

/// Raises OverflowError instead of wrapping: not Pure (the exception is an
/// effect), CanRaise.
class LL_OvfBinaryOp<string mnemonic, Type operandType>
    : LL_Op<mnemonic, [LL_CanRaise]> {
  let arguments = (ins operandType:$lhs, operandType:$rhs);
  let results = (outs operandType:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict";
  let builders = [
    OpBuilder<(ins "::mlir::Value":$lhs, "::mlir::Value":$rhs), [{
      build($_builder, $_state, }] # operandType.builderCall # [{, lhs, rhs);
    }]>];
}

class LL_UnaryOp<string mnemonic, Type operandType, Type resultType,
                 list<Trait> traits = [Pure]>
    : LL_Op<mnemonic, traits> {
  let arguments = (ins operandType:$operand);
  let results = (outs resultType:$result);
  let assemblyFormat = "$operand attr-dict";
  let builders = [
    OpBuilder<(ins "::mlir::Value":$operand), [{
      build($_builder, $_state, }] # resultType.builderCall # [{, operand);
    }]>];
}

// int_*, uint_*: machine-word arithmetic and comparisons.
defvar LL_WordArith = [["add", "Add"],
                ["sub", "Sub"],
                ["mul", "Mul"],
                ["floordiv", "FloorDiv"],
                ["mod", "Mod"],
                ["and", "And"],
                ["or", "Or"],
                ["xor", "Xor"],
                ["lshift", "LShift"],
                ["rshift", "RShift"]];
defvar LL_Comparisons = [["lt", "Lt"],
                ["le", "Le"],
                ["eq", "Eq"],
                ["ne", "Ne"],
                ["gt", "Gt"],
                ["ge", "Ge"]];
class LL_Word<string opPrefix, string classPrefix, Type word> {
  string prefix = opPrefix;
  string cls = classPrefix;
  Type type = word;
}
foreach word = [LL_Word<"int", "Int", LL_SignedType>,
                LL_Word<"uint", "Uint", LL_UnsignedType>] in {
  foreach op = LL_WordArith in
    def LL_ # word.cls # op[1] # Op
        : LL_BinaryOp<word.prefix # "_" # op[0], word.type, word.type>;
  foreach op = LL_Comparisons in
    def LL_ # word.cls # op[1] # Op
        : LL_BinaryOp<word.prefix # "_" # op[0], word.type, LL_BoolType>;
}
foreach op = [["add", "Add"], ["sub", "Sub"], ["mul", "Mul"],
              ["lshift", "LShift"]] in
  def LL_Int # op[1] # OvfOp : LL_OvfBinaryOp<"int_" # op[0] # "_ovf",
                                             LL_SignedType>;
def LL_IntNegOp : LL_UnaryOp<"int_neg", LL_SignedType, LL_SignedType>;
def LL_IntAbsOp : LL_UnaryOp<"int_abs", LL_SignedType, LL_SignedType>;
def LL_IntInvertOp : LL_UnaryOp<"int_invert", LL_SignedType, LL_SignedType>;
def LL_IntIsTrueOp : LL_UnaryOp<"int_is_true", LL_SignedType, LL_BoolType>;
def LL_IntNegOvfOp : LL_UnaryOp<"int_neg_ovf", LL_SignedType, LL_SignedType,
                                [LL_CanRaise]>;
def LL_UintInvertOp : LL_UnaryOp<"uint_invert", LL_UnsignedType,
                                 LL_UnsignedType>;
def LL_UintIsTrueOp : LL_UnaryOp<"uint_is_true", LL_UnsignedType, LL_BoolType>;

// float_*: IEEE arithmetic; floordiv and mod with Python's semantics.
foreach op = [["add", "Add"], ["sub", "Sub"], ["mul", "Mul"],
              ["truediv", "TrueDiv"], ["floordiv", "FloorDiv"], ["mod", "Mod"],
              ["pow", "Pow"]] in
  def LL_Float # op[1] # Op : LL_BinaryOp<"float_" # op[0], LL_FloatType,
                                          LL_FloatType>;
foreach op = LL_Comparisons in
  def LL_Float # op[1] # Op : LL_BinaryOp<"float_" # op[0], LL_FloatType,
                                          LL_BoolType>;
def LL_FloatNegOp : LL_UnaryOp<"float_neg", LL_FloatType, LL_FloatType>;
def LL_FloatAbsOp : LL_UnaryOp<"float_abs", LL_FloatType, LL_FloatType>;
def LL_FloatIsTrueOp : LL_UnaryOp<"float_is_true", LL_FloatType, LL_BoolType>;

// char_*, bool_*.
foreach op = LL_Comparisons in
  def LL_Char # op[1] # Op : LL_BinaryOp<"char_" # op[0], LL_CharType,
                                         LL_BoolType>;
def LL_BoolNotOp : LL_UnaryOp<"bool_not", LL_BoolType, LL_BoolType>;

// Casts between primitives.
class LL_Cast<string castName, string castClass, Type fromType, Type toType> {
  string name = castName;
  string cls = castClass;
  Type from = fromType;
  Type to = toType;
}
foreach cast = [LL_Cast<"int_to_float", "IntToFloat", LL_SignedType, LL_FloatType>,
                LL_Cast<"float_to_int", "FloatToInt", LL_FloatType, LL_SignedType>,
                LL_Cast<"char_to_int", "CharToInt", LL_CharType, LL_SignedType>,
                LL_Cast<"int_to_char", "IntToChar", LL_SignedType, LL_CharType>,
                LL_Cast<"bool_to_int", "BoolToInt", LL_BoolType, LL_SignedType>,
                LL_Cast<"bool_to_float", "BoolToFloat", LL_BoolType, LL_FloatType>,
                LL_Cast<"int_to_uint", "IntToUint", LL_SignedType, LL_UnsignedType>,
                LL_Cast<"uint_to_int", "UintToInt", LL_UnsignedType, LL_SignedType>,
                LL_Cast<"uint_to_float", "UintToFloat", LL_UnsignedType, LL_FloatType>] in
  def LL_Cast # cast.cls # Op : LL_UnaryOp<"cast_" # cast.name, cast.from, cast.to>;

//===----------------------------------------------------------------------===//
// Pointers and memory
//===----------------------------------------------------------------------===//

def LL_PtrEqOp : LL_Op<"ptr_eq", [Pure, AllTypesMatch<["lhs", "rhs"]>]> {
  let summary = "pointer identity";
  let arguments = (ins LL_AnyPointer:$lhs, LL_AnyPointer:$rhs);
  let results = (outs LL_BoolType:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` qualified(type($lhs))";
  let builders = [
    OpBuilder<(ins "::mlir::Value":$lhs, "::mlir::Value":$rhs), [{
      build($_builder, $_state, $_builder.getType<::rpy::lltype::BoolType>(), lhs, rhs);
    }]>];
}
def LL_PtrNeOp : LL_Op<"ptr_ne", [Pure, AllTypesMatch<["lhs", "rhs"]>]> {
  let summary = "pointer difference";
  let arguments = (ins LL_AnyPointer:$lhs, LL_AnyPointer:$rhs);
  let results = (outs LL_BoolType:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` qualified(type($lhs))";
  let builders = [
    OpBuilder<(ins "::mlir::Value":$lhs, "::mlir::Value":$rhs), [{
      build($_builder, $_state, $_builder.getType<::rpy::lltype::BoolType>(), lhs, rhs);
    }]>];
}
def LL_PtrNonzeroOp : LL_Op<"ptr_nonzero", [Pure]> {
  let summary = "whether a pointer is not null";
  let arguments = (ins LL_AnyPointer:$operand);
  let results = (outs LL_BoolType:$result);
  let assemblyFormat = "$operand attr-dict `:` qualified(type($operand))";
  let builders = [
    OpBuilder<(ins "::mlir::Value":$operand), [{
      build($_builder, $_state, $_builder.getType<::rpy::lltype::BoolType>(), operand);
    }]>];
}
def LL_PtrIsZeroOp : LL_Op<"ptr_iszero", [Pure]> {
  let summary = "whether a pointer is null";
  let arguments = (ins LL_AnyPointer:$operand);
  let results = (outs LL_BoolType:$result);
  let assemblyFormat = "$operand attr-dict `:` qualified(type($operand))";
  let builders = [
    OpBuilder<(ins "::mlir::Value":$operand), [{
      build($_builder, $_state, $_builder.getType<::rpy::lltype::BoolType>(), operand);
    }]>];
}
def LL_CastPointerOp : LL_Op<"cast_pointer", [Pure]> {
  let summary = "a pointer to a struct as a pointer to its base or subclass";
  let description = [{
    Between pointers to GC structs of one hierarchy (a struct whose first
    field embeds the other): upcasts always hold, downcasts are the
    RTyper's responsibility (after an `isinstance` check).

    ```mlir
    %b = lltype.cast_pointer %p : !lltype.ptr<@Point> to !lltype.ptr<@object>
    ```
  }];
  let arguments = (ins LL_PtrType:$operand);
  let results = (outs LL_PtrType:$result);
  let assemblyFormat = "$operand attr-dict `:` qualified(type($operand)) `to` qualified(type($result))";
}
def LL_CastPtrToIntOp : LL_Op<"cast_ptr_to_int", [Pure]> {
  let summary = "the address of an object, for identity hashing";
  let arguments = (ins LL_PtrType:$operand);
  let results = (outs LL_SignedType:$result);
  let assemblyFormat = "$operand attr-dict `:` qualified(type($operand))";
  let builders = [
    OpBuilder<(ins "::mlir::Value":$operand), [{
      build($_builder, $_state, $_builder.getType<::rpy::lltype::SignedType>(), operand);
    }]>];
}

def LL_MallocOp : LL_Op<"malloc", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "allocate a fixed-size GC object, zeroed";
  let description = [{
    ```mlir
    %p = lltype.malloc : !lltype.ptr<@Point>
    ```
  }];
  let arguments = (ins);
  let results = (outs LL_PtrType:$result);
  let assemblyFormat = "attr-dict `:` qualified(type($result))";
}

def LL_MallocVarsizeOp : LL_Op<"malloc_varsize", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "allocate a variable-sized GC object of a length, zeroed";
  let description = [{
    A GC array, or a GC struct ending with an inline array.

    ```mlir
    %s = lltype.malloc_varsize %n : !lltype.ptr<@rpy_string>
    ```
  }];
  let arguments = (ins LL_SignedType:$length);
  let results = (outs LL_PtrType:$result);
  let assemblyFormat = "$length attr-dict `:` qualified(type($result))";
}

def LL_GetFieldOp : LL_Op<"getfield", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "read a field of a struct";
  let description = [{
    ```mlir
    %v = lltype.getfield %p["x"] : !lltype.ptr<@Point> -> !lltype.signed
    ```
  }];
  let arguments = (ins LL_PtrType:$object, StrAttr:$field);
  let results = (outs LL_Value:$result);
  let assemblyFormat = [{
    $object `[` $field `]` attr-dict `:` qualified(type($object)) `->` qualified(type($result))
  }];
}

def LL_SetFieldOp : LL_Op<"setfield", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "write a field of a struct";
  let description = [{
    ```mlir
    lltype.setfield %p["x"], %v : !lltype.ptr<@Point>, !lltype.signed
    ```
  }];
  let arguments = (ins LL_PtrType:$object, StrAttr:$field, LL_Value:$value);
  let assemblyFormat = [{
    $object `[` $field `]` `,` $value attr-dict `:` qualified(type($object)) `,` qualified(type($value))
  }];
}

def LL_GetArrayItemOp : LL_Op<"getarrayitem", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "read an item of an array (or of a struct's inline array)";
  let description = [{
    The index is in range (the RTyper checks it first). With `field`, the
    array is the struct's inline array of that name (PyPy's
    `getinteriorfield`).

    ```mlir
    %v = lltype.getarrayitem %a[%i] : !lltype.ptr<@items> -> !lltype.signed
    %c = lltype.getarrayitem %s["chars", %i] : !lltype.ptr<@rpy_string> -> !lltype.char
    ```
  }];
  let arguments = (ins LL_PtrType:$object, OptionalAttr<StrAttr>:$field,
                       LL_SignedType:$index);
  let results = (outs LL_Value:$result);
  let assemblyFormat = [{
    $object custom<ArrayIndex>($field, $index) attr-dict `:` qualified(type($object)) `->` qualified(type($result))
  }];
}

def LL_SetArrayItemOp : LL_Op<"setarrayitem", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "write an item of an array (or of a struct's inline array)";
  let description = [{
    ```mlir
    lltype.setarrayitem %a[%i], %v : !lltype.ptr<@items>, !lltype.signed
    ```
  }];
  let arguments = (ins LL_PtrType:$object, OptionalAttr<StrAttr>:$field,
                       LL_SignedType:$index, LL_Value:$value);
  let assemblyFormat = [{
    $object custom<ArrayIndex>($field, $index) `,` $value attr-dict `:` qualified(type($object)) `,` qualified(type($value))
  }];
}

def LL_GetArraySizeOp : LL_Op<"getarraysize", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "the length of an array (or of a struct's inline array)";
  let description = [{
    ```mlir
    %n = lltype.getarraysize %s["chars"] : !lltype.ptr<@rpy_string>
    ```
  }];
  let arguments = (ins LL_PtrType:$object, OptionalAttr<StrAttr>:$field);
  let results = (outs LL_SignedType:$result);
  let assemblyFormat = [{
    $object (`[` $field^ `]`)? attr-dict `:` qualified(type($object))
  }];
  let builders = [
    OpBuilder<(ins "::mlir::Value":$object, "::mlir::StringAttr":$field), [{
      build($_builder, $_state, $_builder.getType<::rpy::lltype::SignedType>(), object, field);
    }]>];
}

def LL_GetInteriorFieldOp : LL_Op<"getinteriorfield", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "read a field of a struct item of an array";
  let description = [{
    For arrays whose items are structs by value (`!lltype.inline<@S>`), as
    a dict's entries.

    ```mlir
    %v = lltype.getinteriorfield %entries[%i]["value"] : !lltype.ptr<@entries> -> !lltype.signed
    ```
  }];
  let arguments = (ins LL_PtrType:$object, LL_SignedType:$index,
                       StrAttr:$field);
  let results = (outs LL_Value:$result);
  let assemblyFormat = [{
    $object `[` $index `]` `[` $field `]` attr-dict `:` qualified(type($object)) `->` qualified(type($result))
  }];
}

def LL_SetInteriorFieldOp : LL_Op<"setinteriorfield", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "write a field of a struct item of an array";
  let description = [{
    ```mlir
    lltype.setinteriorfield %entries[%i]["value"], %v : !lltype.ptr<@entries>, !lltype.signed
    ```
  }];
  let arguments = (ins LL_PtrType:$object, LL_SignedType:$index,
                       StrAttr:$field, LL_Value:$value);
  let assemblyFormat = [{
    $object `[` $index `]` `[` $field `]` `,` $value attr-dict `:` qualified(type($object)) `,` qualified(type($value))
  }];
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

def LL_DirectCallOp : LL_Op<"direct_call", [
    LL_CanRaise, CallOpInterface,
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "a call of a known function";
  let description = [{
    ```mlir
    %r = lltype.direct_call @add(%a, %b) : (!lltype.signed, !lltype.signed) -> !lltype.signed
    ```
  }];
  let arguments = (ins FlatSymbolRefAttr:$callee, Variadic<LL_Value>:$args,
                       OptionalAttr<DictArrayAttr>:$arg_attrs,
                       OptionalAttr<DictArrayAttr>:$res_attrs);
  let results = (outs Variadic<LL_Value>:$results);
  let assemblyFormat = [{
    $callee `(` $args `)` attr-dict `:` functional-type($args, $results)
  }];
  let extraClassDeclaration = [{
    /// CallOpInterface.
    ::mlir::CallInterfaceCallable getCallableForCallee() { return getCalleeAttr(); }
    void setCalleeFromCallable(::mlir::CallInterfaceCallable callee) {
      setCalleeAttr(::llvm::cast<::mlir::FlatSymbolRefAttr>(
          ::llvm::cast<::mlir::SymbolRefAttr>(callee)));
    }
    ::mlir::Operation::operand_range getArgOperands() { return getArgs(); }
    ::mlir::MutableOperandRange getArgOperandsMutable() {
      return getArgsMutable();
    }
  }];
}

def LL_IndirectCallOp : LL_Op<"indirect_call", [LL_CanRaise, CallOpInterface]> {
  let summary = "a call through a function pointer";
  let description = [{
    ```mlir
    %r = lltype.indirect_call %f(%a) : !lltype.funcptr<(!lltype.signed) -> !lltype.signed>
    ```
  }];
  let arguments = (ins LL_FuncPtrType:$callee, Variadic<LL_Value>:$args,
                       OptionalAttr<DictArrayAttr>:$arg_attrs,
                       OptionalAttr<DictArrayAttr>:$res_attrs);
  let results = (outs Variadic<LL_Value>:$results);
  let assemblyFormat = [{
    $callee `(` $args `)` attr-dict `:`
    custom<SignatureTypes>(type($callee), type($args), type($results))
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// CallOpInterface.
    ::mlir::CallInterfaceCallable getCallableForCallee() { return getCallee(); }
    void setCalleeFromCallable(::mlir::CallInterfaceCallable callee) {
      getCalleeMutable().assign(::llvm::cast<::mlir::Value>(callee));
    }
    ::mlir::Operation::operand_range getArgOperands() { return getArgs(); }
    ::mlir::MutableOperandRange getArgOperandsMutable() {
      return getArgsMutable();
    }
  }];
}

//===----------------------------------------------------------------------===//
// The exception state (after the exception transform)
//===----------------------------------------------------------------------===//

def LL_ExcOccurredOp : LL_Op<"exc_occurred"> {
  let summary = "whether an exception is being raised";
  let description = [{
    The exception transform's check after a call that can raise: the
    runtime's `rpy_exc_type` is not null (docs/runtime-abi.md).

    ```mlir
    %raised = lltype.exc_occurred
    ```
  }];
  let results = (outs LL_BoolType:$result);
  let assemblyFormat = "attr-dict";
  let builders = [OpBuilder<(ins), [{
    build($_builder, $_state, $_builder.getType<::rpy::lltype::BoolType>());
  }]>];
}

def LL_ExcFetchOp : LL_Op<"exc_fetch"> {
  let summary = "take the exception being raised, clearing the state";
  let description = [{
    ```mlir
    %e = lltype.exc_fetch : !lltype.ptr<@inst.object>
    ```
  }];
  let results = (outs LL_PtrType:$result);
  let assemblyFormat = "attr-dict `:` qualified(type($result))";
}

def LL_ExcRaiseOp : LL_Op<"exc_raise"> {
  let summary = "start raising an instance: set the exception state";
  let description = [{
    Sets `rpy_exc_value` to the instance and `rpy_exc_type` to its vtable
    (the instance's first field after the header); the function then
    returns to its caller, which checks.

    ```mlir
    lltype.exc_raise %e : !lltype.ptr<@inst.object>
    ```
  }];
  let arguments = (ins LL_PtrType:$exc);
  let assemblyFormat = "$exc attr-dict `:` qualified(type($exc))";
}

//===----------------------------------------------------------------------===//
// Stack checks (from the stack-check pass)
//===----------------------------------------------------------------------===//

def LL_StackTooDeepOp : LL_Op<"stack_too_deep"> {
  let summary = "whether the stack is near its end";
  let description = [{
    PyPy's `stack_check` fast path: true when the machine stack pointer is
    within the runtime's safety margin of the end of the C stack, or the
    shadow stack within its margin of its end (`rpy_stack_limit`,
    `rpy_shadowstack_softlimit`, docs/runtime-abi.md). The llinterpreter
    answers with its own call depth. `lltype-stack-check` puts it at the
    entry of the functions that close recursion cycles, to raise
    RecursionError before the stack overflows.

    ```mlir
    %deep = lltype.stack_too_deep
    ```
  }];
  let results = (outs LL_BoolType:$result);
  let assemblyFormat = "attr-dict";
  let builders = [OpBuilder<(ins), [{
    build($_builder, $_state, $_builder.getType<::rpy::lltype::BoolType>());
  }]>];
}

//===----------------------------------------------------------------------===//
// Roots on the shadow stack (after the GC transform)
//===----------------------------------------------------------------------===//

def LL_GcEnterFrameOp : LL_Op<"gc_enter_frame"> {
  let summary = "reserve the function's root slots on the shadow stack";
  let description = [{
    At the entry of a function that keeps GC pointers across operations
    that may collect: `slots` null entries pushed on the runtime's shadow
    stack (docs/runtime-abi.md), popped by `lltype.gc_leave_frame` before
    each return.

    ```mlir
    lltype.gc_enter_frame {slots = 2 : i64}
    ```
  }];
  let arguments = (ins I64Attr:$slots);
  let assemblyFormat = "attr-dict";
}

def LL_GcSaveRootOp : LL_Op<"gc_save_root"> {
  let summary = "keep a GC pointer in a root slot of the function's frame";
  let description = [{
    ```mlir
    lltype.gc_save_root %p {slot = 0 : i64, slots = 2 : i64} : !lltype.ptr<@Node>
    ```
  }];
  let arguments = (ins LL_PtrType:$value, I64Attr:$slot, I64Attr:$slots);
  let assemblyFormat = "$value attr-dict `:` qualified(type($value))";
  let hasVerifier = 1;
}

def LL_GcLoadRootOp : LL_Op<"gc_load_root"> {
  let summary = "read a GC pointer back from its root slot";
  let description = [{
    A moving collector updates the root slots; after an operation that
    may collect, the function reads its GC pointers back from them.

    ```mlir
    %q = lltype.gc_load_root {slot = 0 : i64, slots = 2 : i64} : !lltype.ptr<@Node>
    ```
  }];
  let arguments = (ins I64Attr:$slot, I64Attr:$slots);
  let results = (outs LL_PtrType:$result);
  let assemblyFormat = "attr-dict `:` qualified(type($result))";
  let hasVerifier = 1;
}

def LL_GcWriteBarrierOp : LL_Op<"gc_write_barrier"> {
  let summary = "before storing a GC pointer into a GC object";
  let description = [{
    The generational collector's write barrier: when `object` is old and
    not yet remembered, the runtime remembers it, so that the next minor
    collection finds the young objects it may point to
    (`rpy_gc_write_barrier`, docs/runtime-abi.md). The GC transform puts
    one before each store of a GC pointer into a GC object that may be
    old.

    ```mlir
    lltype.gc_write_barrier %p : !lltype.ptr<@Node>
    ```
  }];
  let arguments = (ins LL_PtrType:$object);
  let assemblyFormat = "$object attr-dict `:` qualified(type($object))";
}

def LL_GcLeaveFrameOp : LL_Op<"gc_leave_frame"> {
  let summary = "pop the function's root slots";
  let arguments = (ins I64Attr:$slots);
  let assemblyFormat = "attr-dict";
}

//===----------------------------------------------------------------------===//
// Terminators
//===----------------------------------------------------------------------===//

def LL_BrOp : LL_Op<"br", [
    DeclareOpInterfaceMethods<BranchOpInterface, ["getSuccessorForOperands"]>,
    Pure, Terminator]> {
  let summary = "a link to another block";
  let arguments = (ins Variadic<LL_Value>:$destOperands);
  let successors = (successor AnySuccessor:$dest);
  let assemblyFormat = [{
    $dest (`(` $destOperands^ `:` qualified(type($destOperands)) `)`)? attr-dict
  }];
}

def LL_CondBrOp : LL_Op<"cond_br", [
    AttrSizedOperandSegments,
    DeclareOpInterfaceMethods<BranchOpInterface, ["getSuccessorForOperands"]>,
    Pure, Terminator]> {
  let summary = "a two-way switch on a Bool";
  let arguments = (ins LL_BoolType:$condition,
                       Variadic<LL_Value>:$trueDestOperands,
                       Variadic<LL_Value>:$falseDestOperands);
  let successors = (successor AnySuccessor:$trueDest, AnySuccessor:$falseDest);
  let assemblyFormat = [{
    $condition `,`
    $trueDest (`(` $trueDestOperands^ `:` qualified(type($trueDestOperands)) `)`)? `,`
    $falseDest (`(` $falseDestOperands^ `:` qualified(type($falseDestOperands)) `)`)?
    attr-dict
  }];
}

def LL_CatchOp : LL_Op<"catch", [
    AttrSizedOperandSegments, DeclareOpInterfaceMethods<BranchOpInterface>,
    DeclareOpInterfaceMethods<SymbolUserOpInterface>, Terminator]> {
  let summary = "the exception edges of the block's last operation";
  let description = [{
    As `flow.catch`: ends a block whose last operation can raise. Without an
    exception, control goes to `normalDest`; otherwise to the first handler
    whose class (a vtable: `lltype.global` of the class) the exception is an
    instance of, and the handler's first block argument receives the
    exception (a pointer to the root instance struct). An exception no
    handler matches propagates to the caller.

    ```mlir
    %r = lltype.direct_call @f(%x) : (!lltype.signed) -> !lltype.signed
    lltype.catch ^ok(%r : !lltype.signed), [@vtable.ValueError -> ^handler]
    ```
  }];
  let arguments = (ins Variadic<LL_Value>:$normalOperands,
                       VariadicOfVariadic<LL_Value, "handler_operand_segments">:$handlerOperands,
                       ArrayAttr:$exception_classes,
                       DenseI32ArrayAttr:$handler_operand_segments);
  let successors = (successor AnySuccessor:$normalDest,
                              VariadicSuccessor<AnySuccessor>:$handlers);
  let assemblyFormat = [{
    $normalDest (`(` $normalOperands^ `:` qualified(type($normalOperands)) `)`)? `,`
    `[` custom<CatchHandlers>($exception_classes, $handlers, $handlerOperands,
                              qualified(type($handlerOperands))) `]`
    attr-dict
  }];
  let hasVerifier = 1;
}

def LL_ReturnOp : LL_Op<"return", [
    HasParent<"FuncOp">, Pure, ReturnLike, Terminator]> {
  let summary = "return from the function";
  let arguments = (ins Optional<LL_Value>:$value);
  let assemblyFormat = "($value^ `:` qualified(type($value)))? attr-dict";
  let hasVerifier = 1;
}

def LL_RaiseOp : LL_Op<"raise", [HasParent<"FuncOp">, Terminator]> {
  let summary = "raise an exception instance";
  let description = [{
    The operand points to an instance whose struct starts with the root
    instance struct (its vtable pointer says its class).

    ```mlir
    lltype.raise %e : !lltype.ptr<@ValueError>
    ```
  }];
  let arguments = (ins LL_PtrType:$exc);
  let assemblyFormat = "$exc attr-dict `:` qualified(type($exc))";
}

def LL_UnreachableOp : LL_Op<"unreachable", [Terminator]> {
  let summary = "a point control never reaches";
  let assemblyFormat = "attr-dict";
}

#endif // RPY_LLTYPE_OPS_TD
