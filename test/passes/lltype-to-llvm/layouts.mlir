// The sizes the collector and the runtime read agree with LLVM's own
// layout of the same types (the C ABI of LP64 targets): a struct item is
// padded to its alignment ({i64, i64, i64, i1} is 32 bytes apart, not 25),
// and a word after a narrower field is aligned to 8.
// RUN: rpy-opt %s --convert-lltype-to-llvm | mlir-translate --mlir-to-llvmir | FileCheck %s

lltype.struct @entry (hash: !lltype.signed, live: !lltype.signed, key: !lltype.signed, value: !lltype.bool)
lltype.array @entries gc of !lltype.inline<@entry>
lltype.struct @flagged gc (flag: !lltype.bool, count: !lltype.signed, tag: !lltype.char)

// The type ids 6 and 7: entries (items 32 bytes apart, after the header
// and the length) and flagged (header, bool at 8, int at 16, char at 24:
// 32 bytes in all).
// CHECK: @rpy_typeinfos = constant [8 x { i64, i64, i64, ptr, ptr }]
// CHECK-SAME: { i64 16, i64 32, i64 8, ptr null, ptr null }, { i64, i64, i64, ptr, ptr } { i64 32, i64 0, i64 0, ptr null, ptr null }]

// CHECK-LABEL: define {{.*}}i64 @count
// CHECK: getelementptr {{.*}} %0, i32 0, i32 3
lltype.func @count(%f: !lltype.ptr<@flagged>, %e: !lltype.ptr<@entries>, %i: !lltype.signed) -> !lltype.signed {
  %n = lltype.getfield %f["count"] : !lltype.ptr<@flagged> -> !lltype.signed
  %k = lltype.getinteriorfield %e[%i]["key"] : !lltype.ptr<@entries> -> !lltype.signed
  %s = lltype.int_add %n, %k
  lltype.return %s : !lltype.signed
}
