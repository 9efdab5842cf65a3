// convert-lltype-to-llvm of the moving collector's operations: bump
// allocation in the nursery inline (the runtime's call when it is full); a
// root read back from the shadow stack; the write barrier's fast path inline (the
// header's flags tested for RPY_GCFLAG_TRACK_YOUNG_PTRS, 4) with a call of
// rpy_gc_write_barrier only when set; the module's collector as
// rpy_gc_kind.
// RUN: rpy-opt %s --convert-lltype-to-llvm | FileCheck %s
// RUN: rpy-opt %s --convert-lltype-to-llvm | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=IR

// IR-DAG: @rpy_gc_kind = constant i32 1
// IR-DAG: @rpy_nursery_free = external global ptr

module attributes {lltype.gc = "generational"} {
  lltype.struct @Node gc (value: !lltype.signed, next: !lltype.ptr<@Node>)

  // CHECK-LABEL: llvm.func internal @link(
  // CHECK: llvm.store %arg0
  // CHECK: %[[TOP:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.ptr
  // CHECK-NEXT: %[[SLOT:.*]] = llvm.getelementptr %[[TOP]][-1] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
  // CHECK: %[[N:.*]] = llvm.load %[[SLOT]] : !llvm.ptr -> !llvm.ptr
  // CHECK: %[[FLAGSAT:.*]] = llvm.getelementptr %[[N]][4] : (!llvm.ptr) -> !llvm.ptr, i8
  // CHECK: %[[FLAGS:.*]] = llvm.load %[[FLAGSAT]] : !llvm.ptr -> i32
  // CHECK: %[[TRACK:.*]] = llvm.and %[[FLAGS]], %{{.*}} : i32
  // CHECK: %[[SLOW:.*]] = llvm.icmp "ne" %[[TRACK]], %{{.*}} : i32
  // CHECK: llvm.cond_br %[[SLOW]], ^[[CALL:bb[0-9]+]], ^[[REST:bb[0-9]+]]
  // CHECK: ^[[CALL]]:
  // CHECK-NEXT: llvm.call @rpy_gc_write_barrier(%[[N]]) : (!llvm.ptr) -> ()
  // CHECK-NEXT: llvm.br ^[[REST]]
  // CHECK: ^[[REST]]:
  // CHECK: llvm.store %arg1, %{{.*}} : !llvm.ptr, !llvm.ptr
  lltype.func @link(%a: !lltype.ptr<@Node>, %b: !lltype.ptr<@Node>) {
    lltype.gc_enter_frame {slots = 1 : i64}
    lltype.gc_save_root %a {slot = 0 : i64, slots = 1 : i64} : !lltype.ptr<@Node>
    %n = lltype.gc_load_root {slot = 0 : i64, slots = 1 : i64} : !lltype.ptr<@Node>
    lltype.gc_write_barrier %n : !lltype.ptr<@Node>
    lltype.setfield %n["next"], %b : !lltype.ptr<@Node>, !lltype.ptr<@Node>
    lltype.gc_leave_frame {slots = 1 : i64}
    lltype.return
  }

  // A Node is 24 bytes: 24 more from the nursery's free pointer, the tid
  // (6, the first the compiler gives) stored in the header.
  // CHECK-LABEL: llvm.func internal @node()
  // CHECK: %[[FREE:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.ptr
  // CHECK: %[[TOP:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.ptr
  // CHECK: %[[NEXT:.*]] = llvm.getelementptr %[[FREE]][24] : (!llvm.ptr) -> !llvm.ptr, i8
  // CHECK: %[[FULL:.*]] = llvm.icmp "ugt" %[[NEXT]], %[[TOP]] : !llvm.ptr
  // CHECK: llvm.cond_br %[[FULL]], ^[[SLOW:bb[0-9]+]], ^[[FAST:bb[0-9]+]]
  // CHECK: ^[[FAST]]:
  // CHECK-NEXT: llvm.store %[[NEXT]]
  // CHECK-NEXT: llvm.store %{{.*}}, %[[FREE]] : i32, !llvm.ptr
  // CHECK-NEXT: llvm.br ^[[DONE:bb[0-9]+]](%[[FREE]] : !llvm.ptr)
  // CHECK: ^[[SLOW]]:
  // CHECK-NEXT: %[[CALLED:.*]] = llvm.call @rpy_gc_malloc(
  // CHECK-NEXT: llvm.br ^[[DONE]](%[[CALLED]] : !llvm.ptr)
  // CHECK: ^[[DONE]](%[[NODE:.*]]: !llvm.ptr):
  // CHECK-NEXT: llvm.return %[[NODE]]
  lltype.func @node() -> !lltype.ptr<@Node> {
    %n = lltype.malloc : !lltype.ptr<@Node>
    lltype.return %n : !lltype.ptr<@Node>
  }
}
