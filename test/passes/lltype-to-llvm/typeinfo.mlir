// convert-lltype-to-llvm, what the collector reads: `rpy_typeinfos`, one
// entry per type id (0 invalid, 1 to 5 the runtime's, then the program's
// GC containers in order of definition) of {fixed size, item size, length
// offset, GC pointer offsets, item GC pointer offsets} (offset lists end
// with -1), `rpy_typeinfo_count`, and `rpy_static_roots`: the prebuilt GC
// objects that may point to the heap. Pointers to non-GC structs (vtables)
// are not GC pointers; non-GC structs have no type id.
// RUN: rpy-opt %s --convert-lltype-to-llvm | mlir-translate --mlir-to-llvmir | FileCheck %s
// RUN: rpy-opt %s --convert-lltype-to-llvm | FileCheck %s --check-prefix=MLIR

lltype.struct @rpy_string gc (hash: !lltype.signed, chars: !lltype.array<!lltype.char>)
lltype.struct @vtable.object (min: !lltype.signed, max: !lltype.signed, name: !lltype.ptr<@rpy_string>)
// 6: header and the vtable pointer, no GC pointer.
lltype.struct @inst.object gc (typeptr: !lltype.ptr<@vtable.object>)
// 7: the embedded base, then `name` at 16.
lltype.struct @inst.Named gc (super: !lltype.inline<@inst.object>, name: !lltype.ptr<@rpy_string>, size: !lltype.signed)
// 8: a non-GC struct by value: its pointers at 16 and 32.
lltype.struct @pair (first: !lltype.ptr<@rpy_string>, count: !lltype.signed, second: !lltype.ptr<@rpy_string>)
lltype.struct @holder gc (flag: !lltype.bool, pair: !lltype.inline<@pair>)
// 9: an array of pointers: 16 bytes, items of 8, the length at 8.
lltype.array @array.Named gc of !lltype.ptr<@inst.Named>
// 10: an inline array of pointers after a word: its length at 16.
lltype.struct @bag gc (count: !lltype.signed, items: !lltype.array<!lltype.ptr<@rpy_string>>)
// 11: no pointers.
lltype.struct @counts gc (a: !lltype.signed, b: !lltype.float)

// CHECK-DAG: @rpy_ptroffsets.7 = internal constant [2 x i64] [i64 16, i64 -1]
// CHECK-DAG: @rpy_ptroffsets.8 = internal constant [3 x i64] [i64 16, i64 32, i64 -1]
// CHECK-DAG: @rpy_itemptroffsets.9 = internal constant [2 x i64] [i64 0, i64 -1]
// CHECK-DAG: @rpy_itemptroffsets.10 = internal constant [2 x i64] [i64 0, i64 -1]
// CHECK: @rpy_typeinfos = constant [12 x { i64, i64, i64, ptr, ptr }]
// CHECK-SAME: { i64 16, i64 0, i64 0, ptr null, ptr null },
// CHECK-SAME: { i64, i64, i64, ptr, ptr } { i64 32, i64 0, i64 0, ptr @rpy_ptroffsets.7, ptr null },
// CHECK-SAME: { i64, i64, i64, ptr, ptr } { i64 40, i64 0, i64 0, ptr @rpy_ptroffsets.8, ptr null },
// CHECK-SAME: { i64, i64, i64, ptr, ptr } { i64 16, i64 8, i64 8, ptr null, ptr @rpy_itemptroffsets.9 },
// CHECK-SAME: { i64, i64, i64, ptr, ptr } { i64 24, i64 8, i64 16, ptr null, ptr @rpy_itemptroffsets.10 },
// CHECK-SAME: { i64, i64, i64, ptr, ptr } { i64 24, i64 0, i64 0, ptr null, ptr null }]
// CHECK: @rpy_typeinfo_count = constant i32 12
// The prebuilt instance and array hold pointers; the string, the vtable
// and `counts` do not.
// CHECK: @rpy_static_roots = constant [2 x ptr] [ptr @prebuilt.named, ptr @prebuilt.all]
// CHECK: @rpy_static_root_count = constant i64 2

// MLIR-DAG: llvm.mlir.global external constant @rpy_typeinfos() {{.*}} : !llvm.array<12 x struct<(i64, i64, i64, ptr, ptr)>>
// MLIR-DAG: llvm.mlir.global external constant @rpy_typeinfo_count(12 : i32) {{.*}} : i32
// MLIR-DAG: llvm.mlir.global external constant @rpy_static_roots() {{.*}} : !llvm.array<2 x ptr>
// MLIR-DAG: llvm.mlir.global external constant @rpy_static_root_count(2 : i64) {{.*}} : i64
// MLIR-DAG: llvm.mlir.global internal constant @rpy_ptroffsets.8(dense<[16, 32, -1]> : tensor<3xi64>)

lltype.global @str.n : @rpy_string = [0, "n"]
lltype.global @vtable.Named : @vtable.object = [2, 3, @str.n]
lltype.global @prebuilt.named : @inst.Named = [[@vtable.Named], @str.n, 1]
lltype.global @prebuilt.counts : @counts = [1, 2.0]
lltype.global @prebuilt.all : @array.Named = [@prebuilt.named]
