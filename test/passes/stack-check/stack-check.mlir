// lltype-stack-check: a check at the entry of each function that a back
// edge of the call graph enters (a depth-first walk in module order), so
// every recursion cycle has one; functions outside cycles get none. An
// indirect call reaches every function of its type whose address is
// taken (by addressof or in a global's value).
// RUN: rpy-opt %s --lltype-stack-check | FileCheck %s
// RUN: rpy-opt %s --lltype-stack-check=remarks=true --mlir-print-op-on-diagnostic=false 2>&1 >/dev/null | FileCheck %s --check-prefix=REMARKS
// RUN: rpy-opt %s --lltype-stack-check --lltype-exception-transform | FileCheck %s --check-prefix=EXC

// REMARKS-DAG: stack-check.mlir:39:1: remark: stack check: a recursion cycle enters here
// REMARKS-DAG: remark: stack checks in 4 of 9 functions

lltype.struct @vtable.object (subclassrange_min: !lltype.signed, subclassrange_max: !lltype.signed)
lltype.struct @inst.object gc (typeptr: !lltype.ptr<@vtable.object>)
lltype.func @ll_stack_overflow() {
  %e = lltype.malloc : !lltype.ptr<@inst.object>
  lltype.raise %e : !lltype.ptr<@inst.object>
}
lltype.func private @rpy_stdout_flush()

// Not in a cycle: no check.
// CHECK-LABEL: lltype.func @leaf
// CHECK-NOT: lltype.stack_too_deep
// CHECK: lltype.return
lltype.func @leaf(%n: !lltype.signed) -> !lltype.signed {
  lltype.direct_call @rpy_stdout_flush() : () -> ()
  lltype.return %n : !lltype.signed
}

// Calls itself: the check first, its body in a block of its own.
// CHECK-LABEL: lltype.func @countdown(%arg0: !lltype.signed) -> !lltype.signed {
// CHECK-NEXT: %[[DEEP:.*]] = lltype.stack_too_deep
// CHECK-NEXT: lltype.cond_br %[[DEEP]], ^[[OVERFLOW:bb[0-9]+]], ^[[BODY:bb[0-9]+]]
// CHECK-NEXT: ^[[OVERFLOW]]:
// CHECK-NEXT: lltype.direct_call @ll_stack_overflow() : () -> ()
// CHECK-NEXT: lltype.unreachable
// CHECK-NEXT: ^[[BODY]]:
// CHECK-NEXT: lltype.direct_call @leaf(%arg0)
lltype.func @countdown(%n: !lltype.signed) -> !lltype.signed {
  %0 = lltype.direct_call @leaf(%n) : (!lltype.signed) -> !lltype.signed
  %1 = lltype.direct_call @countdown(%0) : (!lltype.signed) -> !lltype.signed
  lltype.return %1 : !lltype.signed
}

// ping -> pong -> ping: the walk enters at ping, so pong closes the cycle
// into ping, which alone is checked.
// CHECK-LABEL: lltype.func @ping
// CHECK-NEXT: lltype.stack_too_deep
// CHECK-LABEL: lltype.func @pong
// CHECK-NOT: lltype.stack_too_deep
// CHECK: lltype.return
lltype.func @ping(%n: !lltype.signed) -> !lltype.signed {
  %0 = lltype.direct_call @pong(%n) : (!lltype.signed) -> !lltype.signed
  lltype.return %0 : !lltype.signed
}
lltype.func @pong(%n: !lltype.signed) -> !lltype.signed {
  %0 = lltype.direct_call @ping(%n) : (!lltype.signed) -> !lltype.signed
  lltype.return %0 : !lltype.signed
}

// Through a function pointer: apply calls whatever it is given; twice,
// whose address is taken, calls apply.
// CHECK-LABEL: lltype.func @apply
// CHECK-NEXT: lltype.stack_too_deep
// CHECK-LABEL: lltype.func @twice
// CHECK-NOT: lltype.stack_too_deep
// CHECK: lltype.return
lltype.func @apply(%f: !lltype.funcptr<(!lltype.signed) -> !lltype.signed>, %n: !lltype.signed) -> !lltype.signed {
  %0 = lltype.indirect_call %f(%n) : !lltype.funcptr<(!lltype.signed) -> !lltype.signed>
  lltype.return %0 : !lltype.signed
}
lltype.func @twice(%n: !lltype.signed) -> !lltype.signed {
  %f = lltype.addressof @twice : !lltype.funcptr<(!lltype.signed) -> !lltype.signed>
  %0 = lltype.direct_call @apply(%f, %n) : (!lltype.funcptr<(!lltype.signed) -> !lltype.signed>, !lltype.signed) -> !lltype.signed
  lltype.return %0 : !lltype.signed
}

// A method slot in a vtable global takes the address too.
lltype.struct @vtable.Walker (walk: !lltype.funcptr<(!lltype.signed, !lltype.signed) -> !lltype.signed>)
lltype.global @vtable.Walker.instance : @vtable.Walker = [@walk]
// CHECK-LABEL: lltype.func @dispatch
// CHECK-NEXT: lltype.stack_too_deep
// CHECK-LABEL: lltype.func @walk
// CHECK-NOT: lltype.stack_too_deep
// CHECK: lltype.return
lltype.func @dispatch(%n: !lltype.signed) -> !lltype.signed {
  %v = lltype.addressof @vtable.Walker.instance : !lltype.ptr<@vtable.Walker>
  %f = lltype.getfield %v["walk"] : !lltype.ptr<@vtable.Walker> -> !lltype.funcptr<(!lltype.signed, !lltype.signed) -> !lltype.signed>
  %0 = lltype.indirect_call %f(%n, %n) : !lltype.funcptr<(!lltype.signed, !lltype.signed) -> !lltype.signed>
  lltype.return %0 : !lltype.signed
}
lltype.func @walk(%n: !lltype.signed, %m: !lltype.signed) -> !lltype.signed {
  %0 = lltype.direct_call @dispatch(%n) : (!lltype.signed) -> !lltype.signed
  lltype.return %0 : !lltype.signed
}

// After the exception transform, the overflow path leaves the function
// with the exception set.
// EXC-LABEL: lltype.func @countdown
// EXC: lltype.direct_call @ll_stack_overflow() : () -> ()
// EXC-NEXT: %[[RAISED:.*]] = lltype.exc_occurred
// EXC-NEXT: lltype.cond_br %[[RAISED]]
