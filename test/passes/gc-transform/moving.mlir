// lltype-gc-transform for a moving collector: a rooted pointer's uses that
// may follow a collection read it back from its slot; with
// collector=generational, a barrier precedes each store of a GC pointer into a
// GC object that may be old, and the module says which collector the code
// is for.
// RUN: rpy-opt %s '--lltype-gc-transform=collector=generational' | FileCheck %s
// RUN: rpy-opt %s '--lltype-gc-transform=collector=semispace' | FileCheck %s --check-prefix=SEMISPACE
// RUN: not rpy-opt %s '--lltype-gc-transform=collector=refcount' 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: rpy-opt %s --lltype-gc-transform | FileCheck %s --check-prefix=MARKSWEEP

// CHECK: module attributes {lltype.gc = "generational"}
// MARKSWEEP: module attributes {lltype.gc = "marksweep"}
// MARKSWEEP-NOT: lltype.gc_write_barrier
// SEMISPACE: module attributes {lltype.gc = "semispace"}
// SEMISPACE-NOT: lltype.gc_write_barrier
// SEMISPACE: lltype.gc_load_root
// UNKNOWN: error: lltype-gc-transform: unknown collector 'refcount' (marksweep, semispace, generational)

lltype.struct @Node gc (value: !lltype.signed, next: !lltype.ptr<@Node>)
lltype.struct @holder (node: !lltype.ptr<@Node>)
lltype.func private @collect()

// The parameter is used before the call (as is) and after it (read back);
// the store into it after the call needs a barrier (it may be old); the
// store of an int does not.
// CHECK-LABEL: lltype.func @link(%arg0: !lltype.ptr<@Node>, %arg1: !lltype.ptr<@Node>)
// CHECK-DAG: lltype.gc_save_root %arg0 {slot = 0 : i64, slots = 2 : i64}
// CHECK-DAG: lltype.gc_save_root %arg1 {slot = 1 : i64, slots = 2 : i64}
// CHECK: lltype.getfield %arg0["value"]
// CHECK-NEXT: lltype.direct_call @collect()
// CHECK-NEXT: %[[A:.*]] = lltype.gc_load_root {slot = 0 : i64, slots = 2 : i64} : !lltype.ptr<@Node>
// CHECK-NEXT: lltype.setfield %[[A]]["value"]
// CHECK-NEXT: %[[A2:.*]] = lltype.gc_load_root {slot = 0 : i64, slots = 2 : i64}
// CHECK-NEXT: lltype.gc_write_barrier %[[A2]] : !lltype.ptr<@Node>
// CHECK-NEXT: %[[A3:.*]] = lltype.gc_load_root {slot = 0 : i64, slots = 2 : i64}
// CHECK-NEXT: %[[B:.*]] = lltype.gc_load_root {slot = 1 : i64, slots = 2 : i64}
// CHECK-NEXT: lltype.setfield %[[A3]]["next"], %[[B]]
// CHECK-NEXT: %[[R:.*]] = lltype.gc_load_root {slot = 0 : i64, slots = 2 : i64}
// CHECK-NEXT: lltype.gc_leave_frame {slots = 2 : i64}
// CHECK-NEXT: lltype.return %[[R]]
lltype.func @link(%a: !lltype.ptr<@Node>, %b: !lltype.ptr<@Node>) -> !lltype.ptr<@Node> {
  %v = lltype.getfield %a["value"] : !lltype.ptr<@Node> -> !lltype.signed
  lltype.direct_call @collect() : () -> ()
  lltype.setfield %a["value"], %v : !lltype.ptr<@Node>, !lltype.signed
  lltype.setfield %a["next"], %b : !lltype.ptr<@Node>, !lltype.ptr<@Node>
  lltype.return %a : !lltype.ptr<@Node>
}

// A fresh object (allocated in the block, no collection since) needs no
// barrier; nor does storing null; after a collection it might be old.
// CHECK-LABEL: lltype.func @fresh(
// CHECK: %[[N:.*]] = lltype.malloc : !lltype.ptr<@Node>
// CHECK-NOT: lltype.gc_write_barrier
// The malloc may have moved the parameter: it is read back.
// CHECK: %[[OLD:.*]] = lltype.gc_load_root {slot = 0 : i64
// CHECK-NEXT: lltype.setfield %[[N]]["next"], %[[OLD]]
// CHECK: lltype.setfield %{{.*}}["next"], %{{.*}} : !lltype.ptr<@Node>, !lltype.ptr<@Node>
// CHECK: lltype.direct_call @collect()
// CHECK: lltype.gc_write_barrier
// CHECK: lltype.setfield %{{.*}}["next"], %{{.*}}
lltype.func @fresh(%old: !lltype.ptr<@Node>) -> !lltype.ptr<@Node> {
  %n = lltype.malloc : !lltype.ptr<@Node>
  lltype.setfield %n["next"], %old : !lltype.ptr<@Node>, !lltype.ptr<@Node>
  %null = lltype.null : !lltype.ptr<@Node>
  lltype.setfield %n["next"], %null : !lltype.ptr<@Node>, !lltype.ptr<@Node>
  lltype.direct_call @collect() : () -> ()
  lltype.setfield %n["next"], %old : !lltype.ptr<@Node>, !lltype.ptr<@Node>
  lltype.return %n : !lltype.ptr<@Node>
}

// A store into a non-GC struct needs no barrier.
// CHECK-LABEL: lltype.func @raw(
// CHECK-NOT: lltype.gc_write_barrier
// CHECK: lltype.return
lltype.func @raw(%h: !lltype.ptr<@holder>, %n: !lltype.ptr<@Node>) {
  lltype.setfield %h["node"], %n : !lltype.ptr<@holder>, !lltype.ptr<@Node>
  lltype.return
}
