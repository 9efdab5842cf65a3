// lltype-inline: small callees are inlined, callees first (a function is
// measured after its own inlining); hints, cold helpers, recursion and
// calls inside a try are respected.
// RUN: rpy-opt %s --lltype-inline=threshold=3 | FileCheck %s
// RUN: rpy-opt %s --lltype-inline=threshold=3 | rpy-opt | FileCheck %s
// RUN: rpy-opt %s '--lltype-inline=threshold=3 remarks=true' --mlir-print-op-on-diagnostic=false 2>&1 >/dev/null | FileCheck %s --check-prefix=REMARKS

lltype.struct @vtable.object (subclassrange_min: !lltype.signed, subclassrange_max: !lltype.signed)
lltype.struct @inst.object gc (typeptr: !lltype.ptr<@vtable.object>)
lltype.global @vtable.object.instance : @vtable.object = [1, 2]
lltype.func private @rpy_stdout_flush()

lltype.func @add1(%x: !lltype.signed) -> !lltype.signed {
  %one = lltype.constant 1 : !lltype.signed
  %0 = lltype.int_add %x, %one
  lltype.return %0 : !lltype.signed
}

// A one-block callee is spliced in place: its result replaces the call's.
// CHECK-LABEL: lltype.func @small(%arg0: !lltype.signed) -> !lltype.signed {
// CHECK-NEXT: %[[ONE:.*]] = lltype.constant 1 : !lltype.signed
// CHECK-NEXT: %[[SUM:.*]] = lltype.int_add %arg0, %[[ONE]]
// CHECK-NEXT: lltype.return %[[SUM]] : !lltype.signed
// REMARKS-DAG: inline.mlir:[[@LINE+2]]:8: remark: inlined @add1
lltype.func @small(%x: !lltype.signed) -> !lltype.signed {
  %0 = lltype.direct_call @add1(%x) : (!lltype.signed) -> !lltype.signed
  lltype.return %0 : !lltype.signed
}

// Several blocks: each return becomes a branch to the rest of the caller,
// which receives the result as a block argument.
lltype.func @abs(%x: !lltype.signed) -> !lltype.signed {
  %zero = lltype.constant 0 : !lltype.signed
  %neg = lltype.int_lt %x, %zero
  lltype.cond_br %neg, ^minus, ^plus
^minus:
  %0 = lltype.int_neg %x
  lltype.return %0 : !lltype.signed
^plus:
  lltype.return %x : !lltype.signed
}
// CHECK-LABEL: lltype.func @branchy(
// CHECK-NOT: lltype.direct_call
// CHECK: lltype.cond_br
// CHECK: lltype.br ^[[REST:bb[0-9]+]](%{{.*}} : !lltype.signed)
// CHECK: lltype.br ^[[REST]](%arg0 : !lltype.signed)
// CHECK: ^[[REST]](%[[R:.*]]: !lltype.signed):
// CHECK-NEXT: lltype.return %[[R]]
lltype.func @branchy(%x: !lltype.signed) -> !lltype.signed {
  %0 = lltype.direct_call @abs(%x) : (!lltype.signed) -> !lltype.signed
  lltype.return %0 : !lltype.signed
}

// A callee that raises: its raise is the caller's now.
lltype.func @fail() {
  %e = lltype.malloc : !lltype.ptr<@inst.object>
  lltype.raise %e : !lltype.ptr<@inst.object>
}
// CHECK-LABEL: lltype.func @raises(
// CHECK-NOT: lltype.direct_call @fail
// CHECK: lltype.raise
lltype.func @raises() {
  lltype.direct_call @fail() : () -> ()
  lltype.return
}

// Inside a try: not inlined.
// CHECK-LABEL: lltype.func @guarded(
// CHECK: lltype.direct_call @fail()
// CHECK-NEXT: lltype.catch
lltype.func @guarded() -> !lltype.signed {
  lltype.direct_call @fail() : () -> ()
  lltype.catch ^ok, [@vtable.object.instance -> ^handler]
^ok:
  %0 = lltype.constant 0 : !lltype.signed
  lltype.return %0 : !lltype.signed
^handler(%e: !lltype.ptr<@inst.object>):
  %1 = lltype.constant 1 : !lltype.signed
  lltype.return %1 : !lltype.signed
}

// Four operations: over the threshold, unless always_inline; a cold
// function and a dont_inline one stay calls, however small.
lltype.func @big(%x: !lltype.signed) -> !lltype.signed {
  %0 = lltype.int_add %x, %x
  %1 = lltype.int_mul %0, %0
  %2 = lltype.int_sub %1, %x
  %3 = lltype.int_add %2, %2
  lltype.return %3 : !lltype.signed
}
lltype.func @big_hinted(%x: !lltype.signed) -> !lltype.signed attributes {lltype.always_inline} {
  %0 = lltype.int_add %x, %x
  %1 = lltype.int_mul %0, %0
  %2 = lltype.int_sub %1, %x
  %3 = lltype.int_add %2, %2
  lltype.return %3 : !lltype.signed
}
lltype.func @tiny_cold() attributes {lltype.cold} {
  lltype.direct_call @rpy_stdout_flush() : () -> ()
  lltype.return
}
lltype.func @tiny_kept() attributes {lltype.dont_inline} {
  lltype.direct_call @rpy_stdout_flush() : () -> ()
  lltype.return
}
// CHECK-LABEL: lltype.func @hints(
// CHECK: lltype.direct_call @big(
// CHECK-NOT: lltype.direct_call @big_hinted
// CHECK: lltype.direct_call @tiny_cold()
// CHECK: lltype.direct_call @tiny_kept()
lltype.func @hints(%x: !lltype.signed) -> !lltype.signed {
  %0 = lltype.direct_call @big(%x) : (!lltype.signed) -> !lltype.signed
  %1 = lltype.direct_call @big_hinted(%0) : (!lltype.signed) -> !lltype.signed
  lltype.direct_call @tiny_cold() : () -> ()
  lltype.direct_call @tiny_kept() : () -> ()
  lltype.return %1 : !lltype.signed
}

// Recursion is never unrolled: neither a self call nor a call within a
// cycle.
// CHECK-LABEL: lltype.func @ping(
// CHECK: lltype.direct_call @pong(
// CHECK-LABEL: lltype.func @pong(
// CHECK: lltype.direct_call @ping(
// CHECK: lltype.direct_call @pong(
lltype.func @ping(%x: !lltype.signed) -> !lltype.signed {
  %0 = lltype.direct_call @pong(%x) : (!lltype.signed) -> !lltype.signed
  lltype.return %0 : !lltype.signed
}
lltype.func @pong(%x: !lltype.signed) -> !lltype.signed {
  %0 = lltype.direct_call @ping(%x) : (!lltype.signed) -> !lltype.signed
  %1 = lltype.direct_call @pong(%0) : (!lltype.signed) -> !lltype.signed
  lltype.return %1 : !lltype.signed
}

// Callees first: @twice inlines @add1 twice and grows to 2 operations,
// still small enough for @outer; @fourfold grows to 4 and stays a call.
// CHECK-LABEL: lltype.func @twice(
// CHECK-NOT: lltype.direct_call
// CHECK-LABEL: lltype.func @fourfold(
// CHECK-NOT: lltype.direct_call
// CHECK-LABEL: lltype.func @outer(
// CHECK-NOT: lltype.direct_call @twice
// CHECK: lltype.direct_call @fourfold(
lltype.func @twice(%x: !lltype.signed) -> !lltype.signed {
  %0 = lltype.direct_call @add1(%x) : (!lltype.signed) -> !lltype.signed
  %1 = lltype.direct_call @add1(%0) : (!lltype.signed) -> !lltype.signed
  lltype.return %1 : !lltype.signed
}
lltype.func @fourfold(%x: !lltype.signed) -> !lltype.signed {
  %0 = lltype.direct_call @add1(%x) : (!lltype.signed) -> !lltype.signed
  %1 = lltype.direct_call @add1(%0) : (!lltype.signed) -> !lltype.signed
  %2 = lltype.direct_call @add1(%1) : (!lltype.signed) -> !lltype.signed
  %3 = lltype.direct_call @add1(%2) : (!lltype.signed) -> !lltype.signed
  lltype.return %3 : !lltype.signed
}
lltype.func @outer(%x: !lltype.signed) -> !lltype.signed {
  %0 = lltype.direct_call @twice(%x) : (!lltype.signed) -> !lltype.signed
  %1 = lltype.direct_call @fourfold(%0) : (!lltype.signed) -> !lltype.signed
  lltype.return %1 : !lltype.signed
}
// REMARKS-DAG: remark: inlined 11 calls
