// convert-lltype-to-llvm: layouts with the runtime's header, Python's floor
// division, allocation through the runtime, prebuilt data, and the tables
// the collector reads.
// RUN: rpy-opt %s --convert-lltype-to-llvm | FileCheck %s
// RUN: rpy-opt %s --convert-lltype-to-llvm | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=IR

lltype.struct @rpy_string gc (hash: !lltype.signed, chars: !lltype.array<!lltype.char>)
lltype.struct @vtable (min: !lltype.signed, max: !lltype.signed)
lltype.struct @object gc (typeptr: !lltype.ptr<@vtable>)
lltype.struct @Node gc (super: !lltype.inline<@object>, value: !lltype.signed, next: !lltype.ptr<@Node>)
lltype.global @vtable.Node : @vtable = [1, 2]
lltype.global @str.0 : @rpy_string = [0, "hi"]
lltype.global @prebuilt : @Node = [[@vtable.Node], 7, unit]

// CHECK-LABEL: llvm.func internal @divide(%arg0: i64, %arg1: i64) -> i64
// CHECK: llvm.sdiv
// CHECK: llvm.srem
// CHECK: llvm.sub
lltype.func @divide(%a: !lltype.signed, %b: !lltype.signed) -> !lltype.signed {
  %0 = lltype.int_floordiv %a, %b
  lltype.return %0 : !lltype.signed
}

// A field of a struct that embeds its base: the base (with the header)
// is element 0, so `value` is element 1.
// CHECK-LABEL: llvm.func internal @make
// CHECK: %[[TID:.*]] = llvm.mlir.constant(7 : i32) : i32
// CHECK: llvm.call @rpy_gc_malloc(%[[TID]]) : (i32) -> !llvm.ptr
// CHECK: llvm.getelementptr %{{.*}}[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(struct<(i32, i32, ptr)>, i64, ptr)>
// CHECK: llvm.store
lltype.func @make(%v: !lltype.signed) -> !lltype.ptr<@Node> {
  %n = lltype.malloc : !lltype.ptr<@Node>
  lltype.setfield %n["value"], %v : !lltype.ptr<@Node>, !lltype.signed
  lltype.return %n : !lltype.ptr<@Node>
}

// The length of a string: header, hash, then the inline array's length.
// CHECK-LABEL: llvm.func internal @length
// CHECK: llvm.getelementptr %{{.*}}[0, 3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i32, i32, i64, struct<(i64, array<0 x i8>)>)>
lltype.func @length(%s: !lltype.ptr<@rpy_string>) -> !lltype.signed {
  %n = lltype.getarraysize %s["chars"] : !lltype.ptr<@rpy_string>
  lltype.return %n : !lltype.signed
}

// IR: @str.0 = internal global { i32, i32, i64, { i64, [2 x i8] } } { i32 1, i32 1, i64 0, { i64, [2 x i8] } { i64 2, [2 x i8] c"hi" } }
// The header of a prebuilt object has the type id of its own type (7),
// not of the base it embeds.
// IR: @prebuilt = internal global { { i32, i32, ptr }, i64, ptr } { { i32, i32, ptr } { i32 7, i32 1, ptr @vtable.Node }, i64 7, ptr null }
// The type-info table: 0 invalid, 1 to 5 the runtime's (string, pointer
// array, list of strings, its dict, byte array), then the program's: 6
// object (16 bytes), 7 Node (32 bytes, GC pointer `next` at 24).
// IR: @rpy_ptroffsets.7 = internal constant [2 x i64] [i64 24, i64 -1]
// IR: @rpy_typeinfos = constant [8 x { i64, i64, i64, ptr, ptr }] [{ i64, i64, i64, ptr, ptr } zeroinitializer, { i64, i64, i64, ptr, ptr } { i64 24, i64 1, i64 16, ptr null, ptr null }, { i64, i64, i64, ptr, ptr } { i64 16, i64 8, i64 8, ptr null, ptr @rpy_itemptroffsets.2 }, { i64, i64, i64, ptr, ptr } { i64 24, i64 0, i64 0, ptr @rpy_ptroffsets.3, ptr null }, { i64, i64, i64, ptr, ptr } { i64 56, i64 0, i64 0, ptr @rpy_ptroffsets.4, ptr null }, { i64, i64, i64, ptr, ptr } { i64 16, i64 1, i64 8, ptr null, ptr null }, { i64, i64, i64, ptr, ptr } { i64 16, i64 0, i64 0, ptr null, ptr null }, { i64, i64, i64, ptr, ptr } { i64 32, i64 0, i64 0, ptr @rpy_ptroffsets.7, ptr null }]
// IR: @rpy_typeinfo_count = constant i32 8
// The prebuilt node may point to the heap: a static root.
// IR: @rpy_static_roots = constant [1 x ptr] [ptr @prebuilt]
// IR: @rpy_static_root_count = constant i64 1
