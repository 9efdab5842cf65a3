// convert-lltype-to-llvm, the exception state the exception transform
// leaves: the runtime's globals rpy_exc_type and rpy_exc_value (declared
// external on first use). exc_raise stores the instance's vtable (the
// word after the 8-byte header) and the instance; exc_occurred tests the
// type for null; exc_fetch takes the value and clears both.
// RUN: rpy-opt %s --convert-lltype-to-llvm | FileCheck %s
// RUN: rpy-opt %s --convert-lltype-to-llvm | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=IR

// IR-DAG: @rpy_exc_type = external global ptr
// IR-DAG: @rpy_exc_value = external global ptr

lltype.struct @rpy_string gc (hash: !lltype.signed, chars: !lltype.array<!lltype.char>)
lltype.struct @vtable.object (min: !lltype.signed, max: !lltype.signed, name: !lltype.ptr<@rpy_string>)
lltype.struct @inst.object gc (typeptr: !lltype.ptr<@vtable.object>)

// CHECK-LABEL: llvm.func internal @fail(%arg0: !llvm.ptr) -> i64
// CHECK: %[[SLOT:.*]] = llvm.getelementptr %arg0[8] : (!llvm.ptr) -> !llvm.ptr, i8
// CHECK: %[[TYPE:.*]] = llvm.load %[[SLOT]] : !llvm.ptr -> !llvm.ptr
// CHECK: %[[T:.*]] = llvm.mlir.addressof @rpy_exc_type : !llvm.ptr
// CHECK: llvm.store %[[TYPE]], %[[T]] : !llvm.ptr, !llvm.ptr
// CHECK: %[[V:.*]] = llvm.mlir.addressof @rpy_exc_value : !llvm.ptr
// CHECK: llvm.store %arg0, %[[V]] : !llvm.ptr, !llvm.ptr
// The function then returns normally; its caller checks.
// CHECK: llvm.return %{{.*}} : i64
// IR-LABEL: define internal i64 @fail(ptr %0)
// IR: %[[SLOT:[0-9]+]] = getelementptr i8, ptr %0, i32 8
// IR: %[[TYPE:[0-9]+]] = load ptr, ptr %[[SLOT]]
// IR: store ptr %[[TYPE]], ptr @rpy_exc_type
// IR: store ptr %0, ptr @rpy_exc_value
lltype.func @fail(%e: !lltype.ptr<@inst.object>) -> !lltype.signed {
  lltype.exc_raise %e : !lltype.ptr<@inst.object>
  %z = lltype.constant 0 : !lltype.signed
  lltype.return %z : !lltype.signed
}

// CHECK-LABEL: llvm.func internal @caller(%arg0: !llvm.ptr) -> !llvm.ptr
// CHECK: llvm.call @fail(%arg0)
// CHECK: %[[T:.*]] = llvm.mlir.addressof @rpy_exc_type : !llvm.ptr
// CHECK: %[[TYPE:.*]] = llvm.load %[[T]] : !llvm.ptr -> !llvm.ptr
// CHECK: %[[NULL:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK: %[[RAISED:.*]] = llvm.icmp "ne" %[[TYPE]], %[[NULL]] : !llvm.ptr
// CHECK: llvm.cond_br %[[RAISED]], ^bb1, ^bb2
// CHECK: ^bb1:
// CHECK: %[[V:.*]] = llvm.mlir.addressof @rpy_exc_value : !llvm.ptr
// CHECK: %[[EXC:.*]] = llvm.load %[[V]] : !llvm.ptr -> !llvm.ptr
// CHECK: %[[CLEAR:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK: llvm.store %[[CLEAR]], %[[V]] : !llvm.ptr, !llvm.ptr
// CHECK: %[[T2:.*]] = llvm.mlir.addressof @rpy_exc_type : !llvm.ptr
// CHECK: llvm.store %[[CLEAR]], %[[T2]] : !llvm.ptr, !llvm.ptr
// CHECK: llvm.return %[[EXC]] : !llvm.ptr
// IR-LABEL: define internal ptr @caller(ptr %0)
// IR: load ptr, ptr @rpy_exc_type
// IR: icmp ne ptr %{{[0-9]+}}, null
// IR: load ptr, ptr @rpy_exc_value
// IR: store ptr null, ptr @rpy_exc_value
// IR: store ptr null, ptr @rpy_exc_type
lltype.func @caller(%e: !lltype.ptr<@inst.object>) -> !lltype.ptr<@inst.object> {
  %r = lltype.direct_call @fail(%e) : (!lltype.ptr<@inst.object>) -> !lltype.signed
  %raised = lltype.exc_occurred
  lltype.cond_br %raised, ^bb1, ^bb2
^bb1:
  %exc = lltype.exc_fetch : !lltype.ptr<@inst.object>
  lltype.return %exc : !lltype.ptr<@inst.object>
^bb2:
  %null = lltype.null : !lltype.ptr<@inst.object>
  lltype.return %null : !lltype.ptr<@inst.object>
}

// The runtime's globals, declared once.
// CHECK-DAG: llvm.mlir.global external @rpy_exc_type() {{.*}} : !llvm.ptr
// CHECK-DAG: llvm.mlir.global external @rpy_exc_value() {{.*}} : !llvm.ptr
