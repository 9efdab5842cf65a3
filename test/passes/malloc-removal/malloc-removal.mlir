// lltype-malloc-removal: a GC struct that does not escape its function
// becomes one SSA value per field read.
// RUN: rpy-opt %s --lltype-malloc-removal | FileCheck %s
// RUN: rpy-opt %s --lltype-malloc-removal | rpy-opt | FileCheck %s
// RUN: rpy-opt %s --lltype-malloc-removal=remarks=true --mlir-print-op-on-diagnostic=false 2>&1 >/dev/null | FileCheck %s --check-prefix=REMARKS

lltype.struct @vtable.object (subclassrange_min: !lltype.signed, subclassrange_max: !lltype.signed)
lltype.struct @inst.object gc (typeptr: !lltype.ptr<@vtable.object>)
lltype.struct @inst.Point gc (super: !lltype.inline<@inst.object>, x: !lltype.signed, y: !lltype.signed)
lltype.struct @tuple2 gc (item0: !lltype.signed, item1: !lltype.float)
lltype.struct @box gc (inner: !lltype.ptr<@inst.Point>)
lltype.global @vtable.Point.instance : @vtable.object = [1, 2]
lltype.func private @use(!lltype.ptr<@inst.Point>)

// Stores then loads: the loads are the stored values; a field never
// stored reads as the malloc's zero.
// CHECK-LABEL: lltype.func @fields(%arg0: !lltype.signed) -> !lltype.float {
// CHECK-NOT: lltype.malloc
// CHECK-NOT: lltype.getfield
// CHECK-NOT: lltype.setfield
// CHECK: %[[ZERO:.*]] = lltype.constant 0.000000e+00 : !lltype.float
// CHECK: lltype.return %[[ZERO]] : !lltype.float
// REMARKS-DAG: malloc-removal.mlir:[[@LINE+2]]:8: remark: removed malloc of @tuple2
lltype.func @fields(%n: !lltype.signed) -> !lltype.float {
  %t = lltype.malloc : !lltype.ptr<@tuple2>
  lltype.setfield %t["item0"], %n : !lltype.ptr<@tuple2>, !lltype.signed
  %0 = lltype.getfield %t["item0"] : !lltype.ptr<@tuple2> -> !lltype.signed
  lltype.setfield %t["item0"], %0 : !lltype.ptr<@tuple2>, !lltype.signed
  %1 = lltype.getfield %t["item1"] : !lltype.ptr<@tuple2> -> !lltype.float
  lltype.return %1 : !lltype.float
}

// A base class's field through a cast; a null test is true.
// CHECK-LABEL: lltype.func @through_cast(
// CHECK-NOT: lltype.malloc
// CHECK: %[[VT:.*]] = lltype.addressof @vtable.Point.instance
// CHECK-NOT: lltype.ptr_nonzero
// CHECK: %[[TRUE:.*]] = lltype.constant true
// CHECK: lltype.cond_br %[[TRUE]], ^{{.*}}(%[[VT]] : !lltype.ptr<@vtable.object>)
lltype.func @through_cast() -> !lltype.ptr<@vtable.object> {
  %p = lltype.malloc : !lltype.ptr<@inst.Point>
  %o = lltype.cast_pointer %p : !lltype.ptr<@inst.Point> to !lltype.ptr<@inst.object>
  %vt = lltype.addressof @vtable.Point.instance : !lltype.ptr<@vtable.object>
  lltype.setfield %o["typeptr"], %vt : !lltype.ptr<@inst.object>, !lltype.ptr<@vtable.object>
  %back = lltype.cast_pointer %o : !lltype.ptr<@inst.object> to !lltype.ptr<@inst.Point>
  %nz = lltype.ptr_nonzero %back : !lltype.ptr<@inst.Point>
  %r = lltype.getfield %o["typeptr"] : !lltype.ptr<@inst.object> -> !lltype.ptr<@vtable.object>
  %null = lltype.null : !lltype.ptr<@vtable.object>
  lltype.cond_br %nz, ^done(%r : !lltype.ptr<@vtable.object>), ^done(%null : !lltype.ptr<@vtable.object>)
^done(%v: !lltype.ptr<@vtable.object>):
  lltype.return %v : !lltype.ptr<@vtable.object>
}

// The object passed on through block arguments, changed on one path: where
// the paths meet, a block argument per field read.
// CHECK-LABEL: lltype.func @merge(%arg0: !lltype.bool, %arg1: !lltype.signed) -> !lltype.signed {
// CHECK-NOT: lltype.malloc
// CHECK: lltype.cond_br %arg0, ^[[SET:bb[0-9]+]], ^[[JOIN:bb[0-9]+]](%arg1 : !lltype.signed)
// CHECK: ^[[SET]]:
// CHECK-NEXT: %[[Z:.*]] = lltype.constant 0 : !lltype.signed
// CHECK-NEXT: lltype.br ^[[JOIN]](%[[Z]] : !lltype.signed)
// CHECK: ^[[JOIN]](%[[X:.*]]: !lltype.signed):
// CHECK-NEXT: lltype.return %[[X]]
lltype.func @merge(%c: !lltype.bool, %n: !lltype.signed) -> !lltype.signed {
  %p = lltype.malloc : !lltype.ptr<@inst.Point>
  lltype.setfield %p["x"], %n : !lltype.ptr<@inst.Point>, !lltype.signed
  lltype.cond_br %c, ^set(%p : !lltype.ptr<@inst.Point>), ^join(%p : !lltype.ptr<@inst.Point>)
^set(%q: !lltype.ptr<@inst.Point>):
  %zero = lltype.constant 0 : !lltype.signed
  lltype.setfield %q["x"], %zero : !lltype.ptr<@inst.Point>, !lltype.signed
  lltype.br ^join(%q : !lltype.ptr<@inst.Point>)
^join(%r: !lltype.ptr<@inst.Point>):
  %x = lltype.getfield %r["x"] : !lltype.ptr<@inst.Point> -> !lltype.signed
  lltype.return %x : !lltype.signed
}

// An object stored in a removed object's field no longer escapes: both go
// (the pass repeats).
// CHECK-LABEL: lltype.func @nested(%arg0: !lltype.signed) -> !lltype.signed {
// CHECK-NOT: lltype.malloc
// CHECK: lltype.return %arg0
lltype.func @nested(%n: !lltype.signed) -> !lltype.signed {
  %p = lltype.malloc : !lltype.ptr<@inst.Point>
  lltype.setfield %p["y"], %n : !lltype.ptr<@inst.Point>, !lltype.signed
  %b = lltype.malloc : !lltype.ptr<@box>
  lltype.setfield %b["inner"], %p : !lltype.ptr<@box>, !lltype.ptr<@inst.Point>
  %q = lltype.getfield %b["inner"] : !lltype.ptr<@box> -> !lltype.ptr<@inst.Point>
  %y = lltype.getfield %q["y"] : !lltype.ptr<@inst.Point> -> !lltype.signed
  lltype.return %y : !lltype.signed
}

// Escapes: passed to a call, stored in the heap, returned; and two mallocs
// meeting in one block argument (which object is it?) stay.
// CHECK-LABEL: lltype.func @escapes(
// CHECK-COUNT-3: lltype.malloc
// CHECK-LABEL: lltype.func @two_objects(
// CHECK-COUNT-2: lltype.malloc
lltype.func @escapes(%heap: !lltype.ptr<@box>) -> !lltype.ptr<@inst.Point> {
  %a = lltype.malloc : !lltype.ptr<@inst.Point>
  lltype.direct_call @use(%a) : (!lltype.ptr<@inst.Point>) -> ()
  %b = lltype.malloc : !lltype.ptr<@inst.Point>
  lltype.setfield %heap["inner"], %b : !lltype.ptr<@box>, !lltype.ptr<@inst.Point>
  %c = lltype.malloc : !lltype.ptr<@inst.Point>
  lltype.return %c : !lltype.ptr<@inst.Point>
}
lltype.func @two_objects(%c: !lltype.bool) -> !lltype.signed {
  %a = lltype.malloc : !lltype.ptr<@inst.Point>
  %b = lltype.malloc : !lltype.ptr<@inst.Point>
  lltype.cond_br %c, ^join(%a : !lltype.ptr<@inst.Point>), ^join(%b : !lltype.ptr<@inst.Point>)
^join(%p: !lltype.ptr<@inst.Point>):
  %x = lltype.getfield %p["x"] : !lltype.ptr<@inst.Point> -> !lltype.signed
  lltype.return %x : !lltype.signed
}
// REMARKS-DAG: remark: removed 5 mallocs
