// Every lltype definition and operation round-trips through the custom and
// the generic form.
// RUN: rpy-opt %s | FileCheck %s
// RUN: rpy-opt %s | rpy-opt | FileCheck %s
// RUN: rpy-opt %s --mlir-print-op-generic | rpy-opt | FileCheck %s

// CHECK: lltype.struct @rpy_string gc (hash: !lltype.signed, chars: !lltype.array<!lltype.char>)
lltype.struct @rpy_string gc (hash: !lltype.signed, chars: !lltype.array<!lltype.char>)
// CHECK: lltype.struct @vtable (subclassrange_min: !lltype.signed, subclassrange_max: !lltype.signed, name: !lltype.ptr<@rpy_string>)
lltype.struct @vtable (subclassrange_min: !lltype.signed, subclassrange_max: !lltype.signed, name: !lltype.ptr<@rpy_string>)
// CHECK: lltype.struct @object gc (typeptr: !lltype.ptr<@vtable>)
lltype.struct @object gc (typeptr: !lltype.ptr<@vtable>)
// CHECK: lltype.struct @Node gc (super: !lltype.inline<@object>, value: !lltype.signed, next: !lltype.ptr<@Node>)
lltype.struct @Node gc (super: !lltype.inline<@object>, value: !lltype.signed, next: !lltype.ptr<@Node>)
// CHECK: lltype.array @items gc of !lltype.signed
lltype.array @items gc of !lltype.signed
// CHECK: lltype.struct @list gc (length: !lltype.signed, items: !lltype.ptr<@items>)
lltype.struct @list gc (length: !lltype.signed, items: !lltype.ptr<@items>)

// CHECK: lltype.global @str.hello : @rpy_string = [0, "hello"]
lltype.global @str.hello : @rpy_string = [0, "hello"]
// CHECK: lltype.global @vtable.Node : @vtable = [1, 2, @str.hello]
lltype.global @vtable.Node : @vtable = [1, 2, @str.hello]
// CHECK: lltype.global @prebuilt.node : @Node = {{\[}}[@vtable.Node], 7, unit]
lltype.global @prebuilt.node : @Node = [[@vtable.Node], 7, unit]
// CHECK: lltype.global @prebuilt.items : @items = [1, 2, 3]
lltype.global @prebuilt.items : @items = [1, 2, 3]

// CHECK: lltype.func private @rpy_str_concat(!lltype.ptr<@rpy_string>, !lltype.ptr<@rpy_string>) -> !lltype.ptr<@rpy_string>
lltype.func private @rpy_str_concat(!lltype.ptr<@rpy_string>, !lltype.ptr<@rpy_string>) -> !lltype.ptr<@rpy_string>

// CHECK-LABEL: lltype.func @arith
lltype.func @arith(%a: !lltype.signed, %b: !lltype.signed, %u: !lltype.unsigned, %f: !lltype.float, %c: !lltype.char) -> !lltype.signed {
  // CHECK: lltype.constant 42 : !lltype.signed
  %0 = lltype.constant 42 : !lltype.signed
  // CHECK: lltype.constant 2.500000e+00 : !lltype.float
  %1 = lltype.constant 2.5 : !lltype.float
  // CHECK: lltype.constant 97 : !lltype.char
  %2 = lltype.constant 97 : !lltype.char
  // CHECK: lltype.constant -1.250000e+00 : !lltype.float
  %neg_f = lltype.constant -1.25 : !lltype.float
  // CHECK: lltype.constant -9223372036854775808 : !lltype.signed
  %neg_i = lltype.constant -9223372036854775808 : !lltype.signed
  // CHECK: lltype.constant true : !lltype.bool
  %3 = lltype.constant true : !lltype.bool
  // CHECK: lltype.constant unit : !lltype.void
  %4 = lltype.constant unit : !lltype.void
  // CHECK: lltype.int_add %{{.*}}, %{{.*}}
  %5 = lltype.int_add %a, %b
  // CHECK: lltype.int_floordiv
  %6 = lltype.int_floordiv %5, %0
  // CHECK: lltype.int_lt
  %7 = lltype.int_lt %5, %6
  // CHECK: lltype.uint_rshift
  %8 = lltype.uint_rshift %u, %u
  // CHECK: lltype.float_truediv
  %9 = lltype.float_truediv %f, %1
  // CHECK: lltype.float_ge
  %10 = lltype.float_ge %9, %f
  // CHECK: lltype.char_eq
  %11 = lltype.char_eq %c, %2
  // CHECK: lltype.bool_not
  %12 = lltype.bool_not %11
  // CHECK: lltype.int_neg
  %13 = lltype.int_neg %a
  // CHECK: lltype.cast_int_to_float
  %14 = lltype.cast_int_to_float %13
  // CHECK: lltype.cast_float_to_int
  %15 = lltype.cast_float_to_int %14
  // CHECK: lltype.cast_bool_to_int
  %16 = lltype.cast_bool_to_int %12
  // CHECK: lltype.cast_uint_to_int
  %17 = lltype.cast_uint_to_int %8
  // CHECK: lltype.int_mul_ovf
  %18 = lltype.int_mul_ovf %15, %17
  lltype.return %18 : !lltype.signed
}

// CHECK-LABEL: lltype.func @memory
lltype.func @memory(%n: !lltype.signed) -> !lltype.ptr<@Node> {
  // CHECK: lltype.malloc : !lltype.ptr<@Node>
  %node = lltype.malloc : !lltype.ptr<@Node>
  // CHECK: lltype.setfield %{{.*}}["value"], %{{.*}} : !lltype.ptr<@Node>, !lltype.signed
  lltype.setfield %node["value"], %n : !lltype.ptr<@Node>, !lltype.signed
  // CHECK: lltype.getfield %{{.*}}["next"] : !lltype.ptr<@Node> -> !lltype.ptr<@Node>
  %next = lltype.getfield %node["next"] : !lltype.ptr<@Node> -> !lltype.ptr<@Node>
  // CHECK: lltype.cast_pointer %{{.*}} : !lltype.ptr<@Node> to !lltype.ptr<@object>
  %obj = lltype.cast_pointer %node : !lltype.ptr<@Node> to !lltype.ptr<@object>
  // CHECK: lltype.ptr_iszero %{{.*}} : !lltype.ptr<@Node>
  %z = lltype.ptr_iszero %next : !lltype.ptr<@Node>
  // CHECK: lltype.null : !lltype.ptr<@Node>
  %null = lltype.null : !lltype.ptr<@Node>
  // CHECK: lltype.ptr_eq
  %same = lltype.ptr_eq %next, %null : !lltype.ptr<@Node>
  // CHECK: lltype.malloc_varsize %{{.*}} : !lltype.ptr<@rpy_string>
  %s = lltype.malloc_varsize %n : !lltype.ptr<@rpy_string>
  %zero = lltype.constant 0 : !lltype.signed
  %ch = lltype.constant 120 : !lltype.char
  // CHECK: lltype.setarrayitem %{{.*}}["chars", %{{.*}}], %{{.*}} : !lltype.ptr<@rpy_string>, !lltype.char
  lltype.setarrayitem %s["chars", %zero], %ch : !lltype.ptr<@rpy_string>, !lltype.char
  // CHECK: lltype.getarraysize %{{.*}}["chars"] : !lltype.ptr<@rpy_string>
  %len = lltype.getarraysize %s["chars"] : !lltype.ptr<@rpy_string>
  // CHECK: lltype.malloc_varsize %{{.*}} : !lltype.ptr<@items>
  %items = lltype.malloc_varsize %len : !lltype.ptr<@items>
  // CHECK: lltype.setarrayitem %{{.*}}[%{{.*}}], %{{.*}} : !lltype.ptr<@items>, !lltype.signed
  lltype.setarrayitem %items[%zero], %n : !lltype.ptr<@items>, !lltype.signed
  // CHECK: lltype.getarrayitem %{{.*}}[%{{.*}}] : !lltype.ptr<@items> -> !lltype.signed
  %v = lltype.getarrayitem %items[%zero] : !lltype.ptr<@items> -> !lltype.signed
  // CHECK: lltype.addressof @str.hello : !lltype.ptr<@rpy_string>
  %hello = lltype.addressof @str.hello : !lltype.ptr<@rpy_string>
  // CHECK: lltype.direct_call @rpy_str_concat(%{{.*}}, %{{.*}}) : (!lltype.ptr<@rpy_string>, !lltype.ptr<@rpy_string>) -> !lltype.ptr<@rpy_string>
  %t = lltype.direct_call @rpy_str_concat(%hello, %s) : (!lltype.ptr<@rpy_string>, !lltype.ptr<@rpy_string>) -> !lltype.ptr<@rpy_string>
  lltype.return %node : !lltype.ptr<@Node>
}

// CHECK-LABEL: lltype.func @control
lltype.func @control(%b: !lltype.bool, %x: !lltype.signed) -> !lltype.signed {
  // CHECK: lltype.addressof @memory : !lltype.funcptr<(!lltype.signed) -> !lltype.ptr<@Node>>
  %f = lltype.addressof @memory : !lltype.funcptr<(!lltype.signed) -> !lltype.ptr<@Node>>
  // CHECK: lltype.cond_br %{{.*}}, ^bb1(%{{.*}} : !lltype.signed), ^bb2
  lltype.cond_br %b, ^bb1(%x : !lltype.signed), ^bb2
^bb1(%y: !lltype.signed):
  // CHECK: lltype.indirect_call %{{.*}}(%{{.*}}) : !lltype.funcptr<(!lltype.signed) -> !lltype.ptr<@Node>>
  %n = lltype.indirect_call %f(%y) : !lltype.funcptr<(!lltype.signed) -> !lltype.ptr<@Node>>
  // CHECK: lltype.catch ^bb3, [@vtable.Node -> ^bb4]
  lltype.catch ^bb3, [@vtable.Node -> ^bb4]
^bb2:
  %z = lltype.int_add_ovf %x, %x
  // CHECK: lltype.catch ^bb3, [@vtable.Node -> ^bb4]
  lltype.catch ^bb3, [@vtable.Node -> ^bb4]
^bb3:
  // CHECK: lltype.br ^bb5(%{{.*}} : !lltype.signed)
  lltype.br ^bb5(%x : !lltype.signed)
^bb4(%e: !lltype.ptr<@object>):
  // CHECK: lltype.raise %{{.*}} : !lltype.ptr<@object>
  lltype.raise %e : !lltype.ptr<@object>
^bb5(%r: !lltype.signed):
  lltype.return %r : !lltype.signed
}

// CHECK-LABEL: lltype.func @nothing
lltype.func @nothing() {
  // CHECK: lltype.return{{$}}
  lltype.return
}

// CHECK-LABEL: lltype.func @never
lltype.func @never() {
  // CHECK: lltype.unreachable
  lltype.unreachable
}

// The length of an array of structs is read like any array's.
lltype.struct @pair (key: !lltype.signed, value: !lltype.bool)
lltype.array @pairs gc of !lltype.inline<@pair>
// CHECK-LABEL: lltype.func @pairs_length
lltype.func @pairs_length(%p: !lltype.ptr<@pairs>) -> !lltype.signed {
  // CHECK: lltype.getarraysize %{{.*}} : !lltype.ptr<@pairs>
  %n = lltype.getarraysize %p : !lltype.ptr<@pairs>
  lltype.return %n : !lltype.signed
}
