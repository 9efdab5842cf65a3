// convert-lltype-to-llvm, prebuilt data: every lltype.global becomes an
// internal llvm.mlir.global whose initializer builds the value; a GC
// object gets the runtime's header (its type id, the static GC flag 1),
// a non-GC struct (a vtable) none; an array or inline array is sized by
// its contents (length first); pointers and function pointers are
// addresses of other symbols. (Strings and embedded bases are in
// lower.mlir.)
// RUN: rpy-opt %s --convert-lltype-to-llvm | FileCheck %s
// RUN: rpy-opt %s --convert-lltype-to-llvm | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=IR

lltype.struct @rpy_string gc (hash: !lltype.signed, chars: !lltype.array<!lltype.char>)
lltype.array @array.str gc of !lltype.ptr<@rpy_string>
lltype.array @array.signed gc of !lltype.signed
lltype.struct @vtable.object (min: !lltype.signed, max: !lltype.signed, name: !lltype.ptr<@rpy_string>)
lltype.struct @vtable.Op (super: !lltype.inline<@vtable.object>, run: !lltype.funcptr<(!lltype.signed) -> !lltype.signed>)
lltype.struct @config gc (ratio: !lltype.float, on: !lltype.bool, sep: !lltype.char, count: !lltype.signed)

// CHECK-LABEL: llvm.mlir.global internal @str.empty() {{.*}} : !llvm.struct<(i32, i32, i64, struct<(i64, array<0 x i8>)>)>
// IR: @str.empty = internal global { i32, i32, i64, { i64, [0 x i8] } } { i32 1, i32 1, i64 0, { i64, [0 x i8] } { i64 0, [0 x i8] undef } }
lltype.global @str.empty : @rpy_string = [0, ""]
// The characters as bytes.
// CHECK-LABEL: llvm.mlir.global internal @str.line() {{.*}} : !llvm.struct<(i32, i32, i64, struct<(i64, array<3 x i8>)>)>
// CHECK: llvm.mlir.constant(10 : i8) : i8
// IR: @str.line = internal global { i32, i32, i64, { i64, [3 x i8] } } { i32 1, i32 1, i64 0, { i64, [3 x i8] } { i64 3, [3 x i8] c"a\0Ab" } }
lltype.global @str.line : @rpy_string = [0, "a\0Ab"]
// A vtable: no header; the inline base first, then a method slot.
// CHECK-LABEL: llvm.mlir.global internal @vtable.Op.instance() {{.*}} : !llvm.struct<(struct<(i64, i64, ptr)>, ptr)>
// CHECK: llvm.mlir.addressof @str.line : !llvm.ptr
// CHECK: llvm.mlir.addressof @double : !llvm.ptr
// IR: @vtable.Op.instance = internal global { { i64, i64, ptr }, ptr } { { i64, i64, ptr } { i64 3, i64 4, ptr @str.line }, ptr @double }
lltype.global @vtable.Op.instance : @vtable.Op = [[3, 4, @str.line], @double]
// A prebuilt GC array: header (type id 2, the runtime's array of
// pointers), length, items.
// CHECK-LABEL: llvm.mlir.global internal @prebuilt.NAMES() {{.*}} : !llvm.struct<(i32, i32, i64, array<2 x ptr>)>
// IR: @prebuilt.NAMES = internal global { i32, i32, i64, [2 x ptr] } { i32 2, i32 1, i64 2, [2 x ptr] [ptr @str.empty, ptr @str.line] }
lltype.global @prebuilt.NAMES : @array.str = [@str.empty, @str.line]
// IR: @prebuilt.PRIMES = internal global { i32, i32, i64, [3 x i64] } { i32 6, i32 1, i64 3, [3 x i64] [i64 2, i64 3, i64 5] }
lltype.global @prebuilt.PRIMES : @array.signed = [2, 3, 5]
// Floats, bools and chars keep their LLVM types.
// IR: @prebuilt.config = internal global { i32, i32, double, i1, i8, i64 } { i32 7, i32 1, double 5.000000e-01, i1 true, i8 44, i64 -1 }
lltype.global @prebuilt.config : @config = [0.5, true, 44, -1]

lltype.func @double(%x: !lltype.signed) -> !lltype.signed {
  %y = lltype.int_add %x, %x
  lltype.return %y : !lltype.signed
}

// CHECK-LABEL: llvm.func internal @names() -> !llvm.ptr
// CHECK-NEXT: %[[A:.*]] = llvm.mlir.addressof @prebuilt.NAMES : !llvm.ptr
// CHECK-NEXT: llvm.return %[[A]] : !llvm.ptr
lltype.func @names() -> !lltype.ptr<@array.str> {
  %a = lltype.addressof @prebuilt.NAMES : !lltype.ptr<@array.str>
  lltype.return %a : !lltype.ptr<@array.str>
}

// Only the GC object holding pointers is a static root: not the strings,
// the int array, the config or the vtable.
// IR: @rpy_static_roots = constant [1 x ptr] [ptr @prebuilt.NAMES]
