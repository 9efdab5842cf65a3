// convert-lltype-to-llvm, memory: a GC container starts with the
// runtime's header (i32 type id, i32 GC flags); a GC array is then its
// length and its items, an inline array (a string's chars) the same inside
// its struct; fields, items and interior fields of inline struct items are
// GEPs into those layouts. malloc and malloc_varsize call the runtime
// with the container's type id (1 and 2 are the runtime's rpy_string and
// array.str, the program's from 6, in order of definition).
// RUN: rpy-opt %s --convert-lltype-to-llvm | FileCheck %s
// RUN: rpy-opt %s --convert-lltype-to-llvm | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=IR

lltype.struct @rpy_string gc (hash: !lltype.signed, chars: !lltype.array<!lltype.char>)
lltype.array @array.signed gc of !lltype.signed
lltype.array @array.str gc of !lltype.ptr<@rpy_string>
lltype.struct @list.signed gc (length: !lltype.signed, items: !lltype.ptr<@array.signed>)
lltype.struct @entry (hash: !lltype.signed, key: !lltype.ptr<@rpy_string>, value: !lltype.float)
lltype.array @entries gc of !lltype.inline<@entry>
lltype.struct @point (x: !lltype.float, y: !lltype.float)
lltype.struct @shape gc (origin: !lltype.inline<@point>, sides: !lltype.signed)

// CHECK-LABEL: llvm.func internal @lists(%arg0: i64, %arg1: i64) -> i64
// CHECK: %[[ARRAYTID:.*]] = llvm.mlir.constant(6 : i32) : i32
// CHECK: %[[ITEMS:.*]] = llvm.call @rpy_gc_malloc_varsize(%[[ARRAYTID]], %arg0) : (i32, i64) -> !llvm.ptr
// CHECK: %[[LISTTID:.*]] = llvm.mlir.constant(7 : i32) : i32
// CHECK: %[[LIST:.*]] = llvm.call @rpy_gc_malloc(%[[LISTTID]]) : (i32) -> !llvm.ptr
// CHECK: %[[FIELD:.*]] = llvm.getelementptr %[[LIST]][0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i32, i32, i64, ptr)>
// CHECK: llvm.store %[[ITEMS]], %[[FIELD]] : !llvm.ptr, !llvm.ptr
// CHECK: %[[READ:.*]] = llvm.getelementptr %[[LIST]][0, 3]
// CHECK: %[[I:.*]] = llvm.load %[[READ]] : !llvm.ptr -> !llvm.ptr
// CHECK: %[[SLOT:.*]] = llvm.getelementptr %[[I]][0, 3, %arg1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<(i32, i32, i64, array<0 x i64>)>
// CHECK: llvm.store %arg0, %[[SLOT]] : i64, !llvm.ptr
// CHECK: %[[AT:.*]] = llvm.getelementptr %[[I]][0, 3, %arg1]
// CHECK: llvm.load %[[AT]] : !llvm.ptr -> i64
// The length: after the header.
// CHECK: %[[LEN:.*]] = llvm.getelementptr %[[I]][0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i32, i32, i64, array<0 x i64>)>
// CHECK: llvm.load %[[LEN]] : !llvm.ptr -> i64
lltype.func @lists(%n: !lltype.signed, %v: !lltype.signed) -> !lltype.signed {
  %items = lltype.malloc_varsize %n : !lltype.ptr<@array.signed>
  %list = lltype.malloc : !lltype.ptr<@list.signed>
  lltype.setfield %list["items"], %items : !lltype.ptr<@list.signed>, !lltype.ptr<@array.signed>
  %i = lltype.getfield %list["items"] : !lltype.ptr<@list.signed> -> !lltype.ptr<@array.signed>
  lltype.setarrayitem %i[%v], %n : !lltype.ptr<@array.signed>, !lltype.signed
  %x = lltype.getarrayitem %i[%v] : !lltype.ptr<@array.signed> -> !lltype.signed
  %len = lltype.getarraysize %i : !lltype.ptr<@array.signed>
  lltype.return %len : !lltype.signed
}

// The runtime's own type ids: 1 for rpy_string, 2 for array.str.
// CHECK-LABEL: llvm.func internal @strings(%arg0: i64, %arg1: i8) -> i8
// CHECK: %[[STRTID:.*]] = llvm.mlir.constant(1 : i32) : i32
// CHECK: %[[S:.*]] = llvm.call @rpy_gc_malloc_varsize(%[[STRTID]], %arg0)
// CHECK: %[[CHAR:.*]] = llvm.getelementptr %[[S]][0, 3, 1, %arg0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<(i32, i32, i64, struct<(i64, array<0 x i8>)>)>
// CHECK: llvm.store %arg1, %[[CHAR]] : i8, !llvm.ptr
// CHECK: llvm.load %{{.*}} : !llvm.ptr -> i8
// CHECK: %[[PTRSTID:.*]] = llvm.mlir.constant(2 : i32) : i32
// CHECK: %[[PTRS:.*]] = llvm.call @rpy_gc_malloc_varsize(%[[PTRSTID]], %arg0)
// CHECK: %[[P:.*]] = llvm.getelementptr %[[PTRS]][0, 3, %arg0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<(i32, i32, i64, array<0 x ptr>)>
// CHECK: llvm.store %[[S]], %[[P]] : !llvm.ptr, !llvm.ptr
lltype.func @strings(%n: !lltype.signed, %c: !lltype.char) -> !lltype.char {
  %s = lltype.malloc_varsize %n : !lltype.ptr<@rpy_string>
  lltype.setarrayitem %s["chars", %n], %c : !lltype.ptr<@rpy_string>, !lltype.char
  %d = lltype.getarrayitem %s["chars", %n] : !lltype.ptr<@rpy_string> -> !lltype.char
  %ptrs = lltype.malloc_varsize %n : !lltype.ptr<@array.str>
  lltype.setarrayitem %ptrs[%n], %s : !lltype.ptr<@array.str>, !lltype.ptr<@rpy_string>
  lltype.return %d : !lltype.char
}

// A field of the %i-th struct item: items, index, field.
// CHECK-LABEL: llvm.func internal @interior(%arg0: !llvm.ptr, %arg1: i64, %arg2: f64) -> !llvm.ptr
// CHECK: %[[VALUE:.*]] = llvm.getelementptr %arg0[0, 3, %arg1, 2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<(i32, i32, i64, array<0 x struct<(i64, ptr, f64)>>)>
// CHECK: llvm.store %arg2, %[[VALUE]] : f64, !llvm.ptr
// CHECK: %[[KEY:.*]] = llvm.getelementptr %arg0[0, 3, %arg1, 1]
// CHECK: llvm.load %[[KEY]] : !llvm.ptr -> !llvm.ptr
// IR-LABEL: define internal ptr @interior(ptr %0, i64 %1, double %2)
// IR: getelementptr { i32, i32, i64, [0 x { i64, ptr, double }] }, ptr %0, i32 0, i32 3, i64 %1, i32 2
lltype.func @interior(%e: !lltype.ptr<@entries>, %i: !lltype.signed, %f: !lltype.float) -> !lltype.ptr<@rpy_string> {
  lltype.setinteriorfield %e[%i]["value"], %f : !lltype.ptr<@entries>, !lltype.float
  %k = lltype.getinteriorfield %e[%i]["key"] : !lltype.ptr<@entries> -> !lltype.ptr<@rpy_string>
  lltype.return %k : !lltype.ptr<@rpy_string>
}

// A non-GC struct embedded by value has no header of its own.
// CHECK-LABEL: llvm.func internal @nested(%arg0: !llvm.ptr) -> i64
// CHECK: llvm.getelementptr %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i32, i32, struct<(f64, f64)>, i64)>
lltype.func @nested(%s: !lltype.ptr<@shape>) -> !lltype.signed {
  %n = lltype.getfield %s["sides"] : !lltype.ptr<@shape> -> !lltype.signed
  lltype.return %n : !lltype.signed
}

// CHECK-LABEL: llvm.func internal @pointers(%arg0: !llvm.ptr, %arg1: !llvm.ptr) -> i1
// CHECK: llvm.icmp "eq" %arg0, %arg1 : !llvm.ptr
// CHECK: llvm.icmp "ne" %arg0, %arg1 : !llvm.ptr
// CHECK: %[[NULL:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK: llvm.icmp "eq" %arg0, %[[NULL]] : !llvm.ptr
// CHECK: llvm.icmp "ne" %arg1, %{{.*}} : !llvm.ptr
// CHECK: llvm.ptrtoint %arg0 : !llvm.ptr to i64
lltype.func @pointers(%a: !lltype.ptr<@rpy_string>, %b: !lltype.ptr<@rpy_string>) -> !lltype.bool {
  %eq = lltype.ptr_eq %a, %b : !lltype.ptr<@rpy_string>
  %ne = lltype.ptr_ne %a, %b : !lltype.ptr<@rpy_string>
  %z = lltype.ptr_iszero %a : !lltype.ptr<@rpy_string>
  %nz = lltype.ptr_nonzero %b : !lltype.ptr<@rpy_string>
  %i = lltype.cast_ptr_to_int %a : !lltype.ptr<@rpy_string>
  lltype.return %nz : !lltype.bool
}

// The allocators are declared once.
// CHECK-DAG: llvm.func @rpy_gc_malloc_varsize(i32, i64) -> !llvm.ptr
// CHECK-DAG: llvm.func @rpy_gc_malloc(i32) -> !llvm.ptr
// IR-DAG: declare ptr @rpy_gc_malloc_varsize(i32, i64)
// IR-DAG: declare ptr @rpy_gc_malloc(i32)
