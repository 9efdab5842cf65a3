// lltype-gc-transform: a GC pointer live across an allocation or a call is
// stored in a slot of the function's frame on the shadow stack right after
// its definition; the frame is reserved at entry and popped at each return.
// RUN: rpy-opt %s --lltype-gc-transform | FileCheck %s

lltype.struct @Node gc (value: !lltype.signed, next: !lltype.ptr<@Node>)
lltype.struct @vtable (n: !lltype.signed)

// CHECK-LABEL: lltype.func @pair
// CHECK-NEXT: lltype.gc_enter_frame {slots = 1 : i64}
// CHECK-NEXT: %[[FIRST:.*]] = lltype.malloc : !lltype.ptr<@Node>
// CHECK-NEXT: lltype.gc_save_root %[[FIRST]] {slot = 0 : i64, slots = 1 : i64} : !lltype.ptr<@Node>
// CHECK-NEXT: %[[SECOND:.*]] = lltype.malloc : !lltype.ptr<@Node>
// CHECK-NOT: lltype.gc_save_root %[[SECOND]]
// CHECK: lltype.gc_leave_frame {slots = 1 : i64}
// CHECK-NEXT: lltype.return
lltype.func @pair() -> !lltype.ptr<@Node> {
  %first = lltype.malloc : !lltype.ptr<@Node>
  %second = lltype.malloc : !lltype.ptr<@Node>
  lltype.setfield %second["next"], %first : !lltype.ptr<@Node>, !lltype.ptr<@Node>
  lltype.return %second : !lltype.ptr<@Node>
}

// A parameter used after a call is a root; nothing else needs a frame.
// CHECK-LABEL: lltype.func @keep
// CHECK-NEXT: lltype.gc_enter_frame {slots = 1 : i64}
// CHECK-NEXT: lltype.gc_save_root %arg0 {slot = 0 : i64, slots = 1 : i64}
// CHECK: lltype.direct_call @pair
lltype.func @keep(%n: !lltype.ptr<@Node>) -> !lltype.ptr<@Node> {
  %p = lltype.direct_call @pair() : () -> !lltype.ptr<@Node>
  lltype.setfield %p["next"], %n : !lltype.ptr<@Node>, !lltype.ptr<@Node>
  lltype.return %p : !lltype.ptr<@Node>
}

// No GC pointer lives across a call: no frame.
// CHECK-LABEL: lltype.func @plain
// CHECK-NOT: lltype.gc_enter_frame
lltype.func @plain(%a: !lltype.signed) -> !lltype.signed {
  %0 = lltype.int_add %a, %a
  lltype.return %0 : !lltype.signed
}
