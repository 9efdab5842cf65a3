// convert-lltype-to-llvm, the shadow stack the GC transform uses: the
// runtime's rpy_shadowstack_top points past the last root. gc_enter_frame
// moves it up by the frame's slots and clears them; gc_save_root stores a
// pointer at its slot, counted back from the top; gc_leave_frame moves the
// top down again.
// RUN: rpy-opt %s --convert-lltype-to-llvm | FileCheck %s
// RUN: rpy-opt %s --convert-lltype-to-llvm | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=IR

lltype.struct @Node gc (value: !lltype.signed, next: !lltype.ptr<@Node>)

// CHECK-LABEL: llvm.func internal @pair() -> !llvm.ptr
// Enter: top += 2, both slots null.
// CHECK: %[[TOPADDR:.*]] = llvm.mlir.addressof @rpy_shadowstack_top : !llvm.ptr
// CHECK: %[[FRAME:.*]] = llvm.load %[[TOPADDR]] : !llvm.ptr -> !llvm.ptr
// CHECK: %[[UP:.*]] = llvm.getelementptr %[[FRAME]][2] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK: llvm.store %[[UP]], %[[TOPADDR]] : !llvm.ptr, !llvm.ptr
// CHECK: %[[NULL:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK: %[[S0:.*]] = llvm.getelementptr %[[FRAME]][0] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK: llvm.store %[[NULL]], %[[S0]]
// CHECK: %[[S1:.*]] = llvm.getelementptr %[[FRAME]][1] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK: llvm.store %[[NULL]], %[[S1]]
// Slot 0 of 2: two below the top; slot 1: one below.
// CHECK: %[[FIRST:.*]] = llvm.call @rpy_gc_malloc
// CHECK: %[[TOP1:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.ptr
// CHECK: %[[AT0:.*]] = llvm.getelementptr %[[TOP1]][-2] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK: llvm.store %[[FIRST]], %[[AT0]] : !llvm.ptr, !llvm.ptr
// CHECK: %[[SECOND:.*]] = llvm.call @rpy_gc_malloc
// CHECK: %[[TOP2:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.ptr
// CHECK: %[[AT1:.*]] = llvm.getelementptr %[[TOP2]][-1] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK: llvm.store %[[SECOND]], %[[AT1]] : !llvm.ptr, !llvm.ptr
// Leave: top -= 2, before the return.
// CHECK: %[[TOP3:.*]] = llvm.load %[[T3ADDR:.*]] : !llvm.ptr -> !llvm.ptr
// CHECK: %[[DOWN:.*]] = llvm.getelementptr %[[TOP3]][-2] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK: llvm.store %[[DOWN]], %[[T3ADDR]] : !llvm.ptr, !llvm.ptr
// CHECK-NEXT: llvm.return
// CHECK: llvm.mlir.global external @rpy_shadowstack_top() {{.*}} : !llvm.ptr
// IR: @rpy_shadowstack_top = external global ptr
// IR-LABEL: define internal ptr @pair()
// IR: %[[FRAME:[0-9]+]] = load ptr, ptr @rpy_shadowstack_top
// IR: %[[UP:[0-9]+]] = getelementptr ptr, ptr %[[FRAME]], i32 2
// IR: store ptr %[[UP]], ptr @rpy_shadowstack_top
// IR: getelementptr ptr, ptr %{{[0-9]+}}, i32 -2
// IR: getelementptr ptr, ptr %{{[0-9]+}}, i32 -1
lltype.func @pair() -> !lltype.ptr<@Node> {
  lltype.gc_enter_frame {slots = 2 : i64}
  %first = lltype.malloc : !lltype.ptr<@Node>
  lltype.gc_save_root %first {slot = 0 : i64, slots = 2 : i64} : !lltype.ptr<@Node>
  %second = lltype.malloc : !lltype.ptr<@Node>
  lltype.gc_save_root %second {slot = 1 : i64, slots = 2 : i64} : !lltype.ptr<@Node>
  %third = lltype.malloc : !lltype.ptr<@Node>
  lltype.setfield %second["next"], %first : !lltype.ptr<@Node>, !lltype.ptr<@Node>
  lltype.setfield %third["next"], %second : !lltype.ptr<@Node>, !lltype.ptr<@Node>
  lltype.gc_leave_frame {slots = 2 : i64}
  lltype.return %third : !lltype.ptr<@Node>
}
