// convert-lltype-to-llvm of lltype.stack_too_deep: the stack pointer
// (llvm.stacksave) below the runtime's rpy_stack_limit, or the shadow
// stack's top at or above rpy_shadowstack_softlimit.
// RUN: rpy-opt %s --convert-lltype-to-llvm | FileCheck %s
// RUN: rpy-opt %s --convert-lltype-to-llvm | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=IR

// IR-DAG: @rpy_stack_limit = external global ptr
// IR-DAG: @rpy_shadowstack_top = external global ptr
// IR-DAG: @rpy_shadowstack_softlimit = external global ptr

// CHECK-LABEL: llvm.func internal @deep() -> i1
// CHECK: %[[SP:.*]] = llvm.intr.stacksave : !llvm.ptr
// CHECK: %[[LIMIT:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.ptr
// CHECK: %[[BELOW:.*]] = llvm.icmp "ult" %[[SP]], %[[LIMIT]] : !llvm.ptr
// CHECK: %[[TOP:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.ptr
// CHECK: %[[SOFT:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.ptr
// CHECK: %[[ABOVE:.*]] = llvm.icmp "uge" %[[TOP]], %[[SOFT]] : !llvm.ptr
// CHECK: %[[DEEP:.*]] = llvm.or %[[BELOW]], %[[ABOVE]] : i1
// CHECK: llvm.return %[[DEEP]] : i1
lltype.func @deep() -> !lltype.bool {
  %0 = lltype.stack_too_deep
  lltype.return %0 : !lltype.bool
}

// The slow path is cold: LLVM keeps it out of line.
// CHECK-LABEL: llvm.func internal @ll_stack_overflow()
// CHECK-SAME: passthrough = ["cold", "noinline", "optsize"]
lltype.func @ll_stack_overflow() attributes {lltype.cold} {
  lltype.unreachable
}
