//===- LLTypeTypes.td - lltype dialect types ---------------*- tablegen -*-===//

#ifndef RPY_LLTYPE_TYPES_TD
#define RPY_LLTYPE_TYPES_TD

include "dialects/lltype/LLTypeDialect.td"
include "mlir/IR/BuiltinTypeInterfaces.td"

class LL_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<LLType_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def LL_SignedType : LL_Type<"Signed", "signed"> {
  let summary = "a signed machine word (PyPy's Signed): int64";
}
def LL_UnsignedType : LL_Type<"Unsigned", "unsigned"> {
  let summary = "an unsigned machine word (PyPy's Unsigned): uint64";
}
def LL_FloatType : LL_Type<"Float", "float"> {
  let summary = "an IEEE double (PyPy's Float)";
}
def LL_CharType : LL_Type<"Char", "char"> {
  let summary = "an 8-bit character (PyPy's Char)";
}
def LL_BoolType : LL_Type<"Bool", "bool"> {
  let summary = "a truth value (PyPy's Bool)";
}
def LL_VoidType : LL_Type<"Void", "void"> {
  let summary = "no value (PyPy's Void): None, and constants known statically";
}

def LL_PtrType : LL_Type<"Ptr", "ptr"> {
  let summary = "a pointer to a named struct or array";
  let description = [{
    Points to the container defined by the module's `lltype.struct` or
    `lltype.array` of that name; GC pointers are pointers to `gc`
    containers. Pointers may be null.

    ```mlir
    !lltype.ptr<@rpy_string>
    ```
  }];
  let parameters = (ins "::mlir::FlatSymbolRefAttr":$target);
  let assemblyFormat = "`<` $target `>`";
}

def LL_InlineType : LL_Type<"Inline", "inline"> {
  let summary = "a struct embedded by value in another struct";
  let description = [{
    Only as the type of a struct field: the named (non-GC, or the GC base of
    a GC struct as its first field) struct is laid out in place.

    ```mlir
    lltype.struct @Point gc (super: !lltype.inline<@object>, x: !lltype.signed)
    ```
  }];
  let parameters = (ins "::mlir::FlatSymbolRefAttr":$target);
  let assemblyFormat = "`<` $target `>`";
}

def LL_ArrayType : LL_Type<"Array", "array"> {
  let summary = "an inline variable-sized array, the last field of a struct";
  let description = [{
    Laid out as its length (a Signed) followed by the items. Only as the type
    of the last field of a `lltype.struct` (PyPy's
    `GcStruct('rpy_string', ('hash', Signed), ('chars', Array(Char)))`).

    ```mlir
    !lltype.array<!lltype.char>
    ```
  }];
  let parameters = (ins "::mlir::Type":$itemType);
  let assemblyFormat = "`<` $itemType `>`";
}

def LL_FuncPtrType : LL_Type<"FuncPtr", "funcptr"> {
  let summary = "a pointer to a function";
  let description = [{
    ```mlir
    !lltype.funcptr<(!lltype.signed) -> !lltype.signed>
    ```
  }];
  let parameters = (ins "::mlir::FunctionType":$signature);
  let assemblyFormat = "`<` $signature `>`";
}

def LL_AnyPointer : AnyTypeOf<[LL_PtrType, LL_FuncPtrType],
                              "a pointer to data or to a function">;
def LL_Integer : AnyTypeOf<[LL_SignedType, LL_UnsignedType], "a machine word">;
def LL_Primitive : AnyTypeOf<[LL_SignedType, LL_UnsignedType, LL_FloatType,
                              LL_CharType, LL_BoolType]>;
/// Any value an lltype operation can take: primitives, pointers, Void.
def LL_Value : AnyTypeOf<[LL_SignedType, LL_UnsignedType, LL_FloatType,
                          LL_CharType, LL_BoolType, LL_VoidType, LL_PtrType,
                          LL_FuncPtrType], "lltype value">;

#endif // RPY_LLTYPE_TYPES_TD
