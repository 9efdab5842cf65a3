// convert-lltype-to-llvm, arithmetic: machine words are i64 (signed and
// unsigned alike: the operation says which), floats f64, chars i8, bools
// i1. Python's % on ints takes the divisor's sign (int_floordiv is in
// lower.mlir); unsigned division, remainder, shift and comparisons are
// LLVM's unsigned ones; chars compare unsigned; the casts are LLVM's.
// RUN: rpy-opt %s --convert-lltype-to-llvm | FileCheck %s
// RUN: rpy-opt %s --convert-lltype-to-llvm | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=IR

// int_mod: when the remainder is not zero and its sign differs from the
// divisor's, the divisor is added.
// CHECK-LABEL: llvm.func internal @int_mod(%arg0: i64, %arg1: i64) -> i64
// CHECK: %[[R:.*]] = llvm.srem %arg0, %arg1 : i64
// CHECK: %[[ZERO:.*]] = llvm.mlir.constant(0 : i64) : i64
// CHECK: %[[NONZERO:.*]] = llvm.icmp "ne" %[[R]], %[[ZERO]] : i64
// CHECK: %[[SIGNS:.*]] = llvm.xor %[[R]], %arg1 : i64
// CHECK: %[[DIFFER:.*]] = llvm.icmp "slt" %[[SIGNS]], %[[ZERO]] : i64
// CHECK: %[[FIX:.*]] = llvm.and %[[NONZERO]], %[[DIFFER]] : i1
// CHECK: %[[FIXED:.*]] = llvm.add %[[R]], %arg1 : i64
// CHECK: llvm.select %[[FIX]], %[[FIXED]], %[[R]] : i1, i64
// IR-LABEL: define internal i64 @int_mod(i64 %0, i64 %1)
// IR: srem i64 %0, %1
// IR: select i1
lltype.func @int_mod(%a: !lltype.signed, %b: !lltype.signed) -> !lltype.signed {
  %m = lltype.int_mod %a, %b
  lltype.return %m : !lltype.signed
}

// CHECK-LABEL: llvm.func internal @int_unary(%arg0: i64, %arg1: i64) -> i64
// CHECK: %[[SHIFTED:.*]] = llvm.ashr %arg0, %arg1 : i64
// CHECK: %[[Z:.*]] = llvm.mlir.constant(0 : i64) : i64
// CHECK: %[[NEG:.*]] = llvm.sub %[[Z]], %[[SHIFTED]] : i64
// CHECK: %[[ONES:.*]] = llvm.mlir.constant(-1 : i64) : i64
// CHECK: %[[INV:.*]] = llvm.xor %[[NEG]], %[[ONES]] : i64
// int_abs: a select of the value and its negation.
// CHECK: %[[LT:.*]] = llvm.icmp "slt" %[[INV]], %{{.*}} : i64
// CHECK: %[[MINUS:.*]] = llvm.sub %{{.*}}, %[[INV]] : i64
// CHECK: llvm.select %[[LT]], %[[MINUS]], %[[INV]] : i1, i64
lltype.func @int_unary(%a: !lltype.signed, %b: !lltype.signed) -> !lltype.signed {
  %s = lltype.int_rshift %a, %b
  %n = lltype.int_neg %s
  %i = lltype.int_invert %n
  %abs = lltype.int_abs %i
  lltype.return %abs : !lltype.signed
}

// CHECK-LABEL: llvm.func internal @uint_ops(%arg0: i64, %arg1: i64) -> i1
// CHECK: %[[Q:.*]] = llvm.udiv %arg0, %arg1 : i64
// CHECK: %[[R:.*]] = llvm.urem %[[Q]], %arg1 : i64
// CHECK: %[[S:.*]] = llvm.lshr %[[R]], %arg1 : i64
// CHECK: %[[I:.*]] = llvm.xor %[[S]], %{{.*}} : i64
// CHECK: %[[LT:.*]] = llvm.icmp "ult" %[[I]], %arg0 : i64
// CHECK: llvm.icmp "uge" %[[I]], %arg0 : i64
// CHECK-NOT: llvm.sdiv
// IR-LABEL: define internal i1 @uint_ops(i64 %0, i64 %1)
// IR: udiv i64 %0, %1
// IR: urem i64
// IR: lshr i64
lltype.func @uint_ops(%a: !lltype.unsigned, %b: !lltype.unsigned) -> !lltype.bool {
  %q = lltype.uint_floordiv %a, %b
  %r = lltype.uint_mod %q, %b
  %s = lltype.uint_rshift %r, %b
  %i = lltype.uint_invert %s
  %lt = lltype.uint_lt %i, %a
  %ge = lltype.uint_ge %i, %a
  lltype.return %lt : !lltype.bool
}

// CHECK-LABEL: llvm.func internal @float_ops(%arg0: f64, %arg1: f64) -> f64
// CHECK: %[[D:.*]] = llvm.fdiv %arg0, %arg1 : f64
// CHECK: %[[P:.*]] = llvm.intr.pow(%[[D]], %arg1) : (f64, f64) -> f64
// CHECK: %[[N:.*]] = llvm.fneg %[[P]] : f64
// CHECK: llvm.intr.fabs(%[[N]]) : (f64) -> f64
// CHECK: llvm.fcmp "ole" %arg0, %arg1 : f64
// CHECK: llvm.fcmp "une" %arg0, %arg1 : f64
// IR-LABEL: define internal double @float_ops(double %0, double %1)
// IR: call double @llvm.pow.f64(double
// IR: call double @llvm.fabs.f64(double
lltype.func @float_ops(%x: !lltype.float, %y: !lltype.float) -> !lltype.float {
  %d = lltype.float_truediv %x, %y
  %p = lltype.float_pow %d, %y
  %n = lltype.float_neg %p
  %a = lltype.float_abs %n
  %le = lltype.float_le %x, %y
  %ne = lltype.float_ne %x, %y
  lltype.return %a : !lltype.float
}

// Truth: not zero (a NaN is true); chars compare as unsigned bytes.
// CHECK-LABEL: llvm.func internal @truth(%arg0: i64, %arg1: f64, %arg2: i8, %arg3: i8) -> i1
// CHECK: llvm.icmp "ne" %arg0, %{{.*}} : i64
// CHECK: %[[FZERO:.*]] = llvm.mlir.constant(0.000000e+00 : f64) : f64
// CHECK: llvm.fcmp "une" %arg1, %[[FZERO]] : f64
// CHECK: %[[LT:.*]] = llvm.icmp "ult" %arg2, %arg3 : i8
// CHECK: %[[TRUE:.*]] = llvm.mlir.constant(true) : i1
// CHECK: llvm.xor %[[LT]], %[[TRUE]] : i1
lltype.func @truth(%a: !lltype.signed, %x: !lltype.float, %c: !lltype.char, %d: !lltype.char) -> !lltype.bool {
  %t = lltype.int_is_true %a
  %f = lltype.float_is_true %x
  %lt = lltype.char_lt %c, %d
  %n = lltype.bool_not %lt
  lltype.return %n : !lltype.bool
}

// Between signed and unsigned words: no operation.
// CHECK-LABEL: llvm.func internal @casts(%arg0: i64, %arg1: i64, %arg2: f64, %arg3: i8, %arg4: i1) -> i64
// CHECK: llvm.sitofp %arg0 : i64 to f64
// CHECK: llvm.uitofp %arg1 : i64 to f64
// CHECK: llvm.uitofp %arg4 : i1 to f64
// CHECK: %[[I:.*]] = llvm.fptosi %arg2 : f64 to i64
// CHECK: %[[C:.*]] = llvm.zext %arg3 : i8 to i64
// CHECK: llvm.zext %arg4 : i1 to i64
// CHECK: llvm.trunc %[[I]] : i64 to i8
// CHECK-NEXT: llvm.return %[[C]] : i64
lltype.func @casts(%a: !lltype.signed, %u: !lltype.unsigned, %x: !lltype.float, %c: !lltype.char, %b: !lltype.bool) -> !lltype.signed {
  %f1 = lltype.cast_int_to_float %a
  %f2 = lltype.cast_uint_to_float %u
  %f3 = lltype.cast_bool_to_float %b
  %i1 = lltype.cast_float_to_int %x
  %i2 = lltype.cast_char_to_int %c
  %i3 = lltype.cast_bool_to_int %b
  %ch = lltype.cast_int_to_char %i1
  %u2 = lltype.cast_int_to_uint %i2
  %i4 = lltype.cast_uint_to_int %u2
  lltype.return %i4 : !lltype.signed
}
