// RUN: rpy-opt %s --split-input-file --annotate | FileCheck %s
// RUN: rpy-opt %s --split-input-file --annotate | rpy-opt --split-input-file | FileCheck %s

// The entry point's parameter is argv, a resizable list of strings; every
// constant kind gets its annotation (one character is a char, a
// non-negative int is nonneg).
// CHECK-LABEL: flow.func @main(%argv: !ann.list<!ann.str<no_nul>>) -> !ann.tuple<
// CHECK-SAME: !ann.int<nonneg>, !ann.int, !ann.bool, !ann.float, !ann.char<no_nul>, !ann.str<no_nul>, !ann.none, !ann.tuple<!ann.int<nonneg>, !ann.str<no_nul>>, !ann.int<nonneg, unsigned>
// CHECK: flow.constant 42 -> !ann.int<nonneg>
// CHECK: flow.constant -1 -> !ann.int
// CHECK: flow.constant true -> !ann.bool
// CHECK: flow.constant 1.500000e+00 -> !ann.float
// CHECK: flow.constant "a" -> !ann.char<no_nul>
// CHECK: flow.constant "ab" -> !ann.str<no_nul>
// CHECK: flow.constant #flow.none -> !ann.none
// CHECK: flow.constant [1, "xy"] -> !ann.tuple<!ann.int<nonneg>, !ann.str<no_nul>>
// CHECK: flow.constant 7 : ui64 -> !ann.int<nonneg, unsigned>
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %0 = flow.constant 42
    %1 = flow.constant -1
    %2 = flow.constant true
    %3 = flow.constant 1.5 : f64
    %4 = flow.constant "a"
    %5 = flow.constant "ab"
    %6 = flow.constant #flow.none
    %7 = flow.constant [1, "xy"]
    %8 = flow.constant 7 : ui64
    %9 = flow.newtuple(%0, %1, %2, %3, %4, %5, %6, %7, %8)
    flow.return %9
  }
}

// -----

// Arithmetic keeps nonneg where PyPy does: add, mul, floordiv, mod of
// non-negative ints; sub never; `/` is a float; bool & bool is a bool.
// CHECK-LABEL: flow.func @main
// CHECK: flow.add %{{.*}}, %{{.*}} : (!ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int<nonneg>
// CHECK: flow.sub %{{.*}}, %{{.*}} : (!ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int
// CHECK: flow.mul %{{.*}}, %{{.*}} : (!ann.int<nonneg>, !ann.int) -> !ann.int
// CHECK: flow.floordiv %{{.*}}, %{{.*}} : (!ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int<nonneg>
// CHECK: flow.mod %{{.*}}, %{{.*}} : (!ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int<nonneg>
// CHECK: flow.truediv %{{.*}}, %{{.*}} : (!ann.int<nonneg>, !ann.int<nonneg>) -> !ann.float
// CHECK: flow.and_ %{{.*}}, %{{.*}} : (!ann.bool, !ann.bool) -> !ann.bool
// CHECK: flow.and_ %{{.*}}, %{{.*}} : (!ann.int, !ann.int<nonneg>) -> !ann.int<nonneg>
// CHECK: flow.lshift %{{.*}}, %{{.*}} : (!ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int
// CHECK: flow.rshift %{{.*}}, %{{.*}} : (!ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int<nonneg>
// CHECK: flow.inplace_add %{{.*}}, %{{.*}} : (!ann.float, !ann.float) -> !ann.float
// CHECK: flow.neg %{{.*}} : (!ann.int<nonneg>) -> !ann.int
// CHECK: flow.pos %{{.*}} : (!ann.bool) -> !ann.int<nonneg>
// CHECK: flow.lt %{{.*}}, %{{.*}} : (!ann.int<nonneg>, !ann.bool) -> !ann.bool
// CHECK: flow.eq %{{.*}}, %{{.*}} : (!ann.str<no_nul>, !ann.char<no_nul>) -> !ann.bool
// CHECK: flow.is_true %{{.*}} : (!ann.float) -> !ann.bool
// CHECK: flow.not_ %{{.*}} : (!ann.str<no_nul>) -> !ann.bool
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %a = flow.constant 6
    %b = flow.constant 4
    %t = flow.constant true
    %f = flow.constant 2.0 : f64
    %s = flow.constant "ab"
    %c = flow.constant "c"
    %0 = flow.add %a, %b
    %1 = flow.sub %a, %b
    %2 = flow.mul %a, %1
    %3 = flow.floordiv %a, %b
    %4 = flow.mod %a, %b
    %5 = flow.truediv %a, %b
    %6 = flow.and_ %t, %t
    %7 = flow.and_ %1, %a
    %8 = flow.lshift %a, %b
    %9 = flow.rshift %a, %b
    %10 = flow.inplace_add %f, %f
    %11 = flow.neg %a
    %12 = flow.pos %t
    %13 = flow.lt %a, %t
    %14 = flow.eq %s, %c
    %15 = flow.is_true %f
    %16 = flow.not_ %s
    flow.return %0
  }
}

// -----

// Strings: concatenation, repetition, formatting, indexing; tuples indexed
// by constants (negative ones count from the end).
// CHECK-LABEL: flow.func @main
// CHECK: flow.add %{{.*}}, %{{.*}} : (!ann.str<no_nul>, !ann.char<no_nul>) -> !ann.str<no_nul>
// CHECK: flow.mul %{{.*}}, %{{.*}} : (!ann.int<nonneg>, !ann.str<no_nul>) -> !ann.str<no_nul>
// CHECK: flow.mod %{{.*}}, %{{.*}} : (!ann.str<no_nul>, !ann.int<nonneg>) -> !ann.str
// CHECK: flow.getitem %{{.*}}, %{{.*}} : (!ann.str<no_nul>, !ann.int<nonneg>) -> !ann.char<no_nul>
// CHECK: flow.newtuple(%{{.*}}, %{{.*}}) : (!ann.int<nonneg>, !ann.str<no_nul>) -> !ann.tuple<!ann.int<nonneg>, !ann.str<no_nul>>
// CHECK: flow.getitem %{{.*}}, %{{.*}} : (!ann.tuple<!ann.int<nonneg>, !ann.str<no_nul>>, !ann.int) -> !ann.str<no_nul>
// CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[#flow.builtin<"len">]>, !ann.tuple<!ann.int<nonneg>, !ann.str<no_nul>>) -> !ann.int<nonneg>
// CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[#flow.builtin<"print">]>, !ann.str) -> !ann.none
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %n = flow.constant 3
    %m = flow.constant -1
    %s = flow.constant "ab"
    %c = flow.constant "c"
    %0 = flow.add %s, %c
    %1 = flow.mul %n, %0
    %2 = flow.mod %1, %n
    %3 = flow.getitem %1, %n
    %4 = flow.newtuple(%n, %s)
    %5 = flow.getitem %4, %m
    %len = flow.constant #flow.builtin<"len">
    %6 = flow.simple_call(%len, %4)
    %print = flow.constant #flow.builtin<"print">
    %7 = flow.simple_call(%print, %2)
    flow.return %5
  }
}

// -----

// Merges union their values: a bool and a nonneg int make a nonneg int, a
// str and None a nullable str. A link carries each value with its own type,
// contained in the argument's (PyPy's links, which the rtyper converts).
// CHECK-LABEL: flow.func @main
// CHECK: flow.constant true -> !ann.bool
// CHECK: flow.br ^bb3(%{{.*}}, %{{.*}} : !ann.bool, !ann.str<no_nul>)
// CHECK: flow.constant #flow.none -> !ann.none
// CHECK: ^bb3(%{{.*}}: !ann.int<nonneg>, %{{.*}}: !ann.str<nullable, no_nul>):
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %len = flow.constant #flow.builtin<"len">
    %n = flow.simple_call(%len, %argv)
    %t = flow.is_true %n
    flow.cond_br %t, ^bb1, ^bb2
  ^bb1:
    %a = flow.constant true
    %s = flow.constant "ab"
    flow.br ^bb3(%a, %s : !flow.obj, !flow.obj)
  ^bb2:
    %b = flow.constant 5
    %none = flow.constant #flow.none
    flow.br ^bb3(%b, %none : !flow.obj, !flow.obj)
  ^bb3(%x: !flow.obj, %y: !flow.obj):
    flow.return %x
  }
}

// -----

// A parameter is the union over the call sites; defaults, keywords and
// *args bind as in Python; the result is the union of the returns. A
// function with *args gets a copy per number of star arguments (PyPy's
// default specialisation).
// CHECK-LABEL: flow.func @main
// CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@f]>, !ann.int<nonneg>) -> !ann.int
// CHECK: flow.call_args(%{{.*}}, %{{.*}}, %{{.*}}) {keywords = ["y"]} : (!ann.pbc<[@f]>, !ann.int, !ann.bool) -> !ann.int
// CHECK: flow.simple_call(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) : (!ann.pbc<[@v__star2]>, !ann.int<nonneg>, !ann.str<no_nul>, !ann.float) -> !ann.tuple<!ann.str<no_nul>, !ann.float>
// CHECK-LABEL: flow.func @f(%x: !ann.int, %y: !ann.int<nonneg>) -> !ann.int
// CHECK-LABEL: flow.func @v__star2(%a: !ann.int<nonneg>, %rest: !ann.tuple<!ann.str<no_nul>, !ann.float>) -> !ann.tuple<!ann.str<no_nul>, !ann.float>
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @f
    %one = flow.constant 1
    %0 = flow.simple_call(%f, %one)
    %t = flow.constant true
    %1 = flow.call_args(%f, %0, %t) {keywords = ["y"]}
    %v = flow.constant @v
    %s = flow.constant "ab"
    %x = flow.constant 2.5 : f64
    %2 = flow.simple_call(%v, %one, %s, %x)
    flow.return %1
  }
  flow.func @f(%x: !flow.obj, %y: !flow.obj) -> !flow.obj attributes {arg_names = ["x", "y"], defaults = [2]} {
    %0 = flow.sub %x, %y
    flow.return %0
  }
  flow.func @v(%a: !flow.obj, %rest: !flow.obj) -> !flow.obj attributes {arg_names = ["a", "rest"], vararg} {
    flow.return %rest
  }
}

// -----

// Recursion reaches a fixpoint: the result of the recursive call is known
// once the base case returns.
// CHECK-LABEL: flow.func @fact(%n: !ann.int) -> !ann.int
// CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@fact]>, !ann.int) -> !ann.int
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @fact
    %n = flow.constant 5
    %0 = flow.simple_call(%f, %n)
    flow.return %0
  }
  flow.func @fact(%n: !flow.obj) -> !flow.obj attributes {arg_names = ["n"]} {
    %zero = flow.constant 0
    %c = flow.le %n, %zero
    %t = flow.is_true %c
    flow.cond_br %t, ^bb1, ^bb2
  ^bb1:
    %one = flow.constant 1
    flow.return %one
  ^bb2:
    %one2 = flow.constant 1
    %m = flow.sub %n, %one2
    %f = flow.constant @fact
    %r = flow.simple_call(%f, %m)
    %p = flow.mul %n, %r
    flow.return %p
  }
}

// -----

// A variable holding one of several functions is a PBC set; calling it calls
// each and unions the results. The functions one site may call form a call
// family and share their signature: g also sees f's direct call with -1, and
// that call's result is the family's. Functions never reached are erased,
// unless something still refers to them.
// CHECK-LABEL: flow.func @main
// CHECK: ^bb3(%[[F:.*]]: !ann.pbc<[@f, @g]>):
// CHECK: flow.simple_call(%[[F]], %{{.*}}) : (!ann.pbc<[@f, @g]>, !ann.int<nonneg>) -> !ann.int
// CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@f]>, !ann.int) -> !ann.int
// CHECK-LABEL: flow.func @f(%x: !ann.int) -> !ann.int
// CHECK-LABEL: flow.func @g(%x: !ann.int) -> !ann.int
// CHECK: flow.class @C
// CHECK: flow.func @C.m(%self: !flow.obj) -> !flow.obj
// CHECK-NOT: @unused
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %len = flow.constant #flow.builtin<"len">
    %n = flow.simple_call(%len, %argv)
    %t = flow.is_true %n
    flow.cond_br %t, ^bb1, ^bb2
  ^bb1:
    %f = flow.constant @f
    flow.br ^bb3(%f : !flow.obj)
  ^bb2:
    %g = flow.constant @g
    flow.br ^bb3(%g : !flow.obj)
  ^bb3(%h: !flow.obj):
    %0 = flow.simple_call(%h, %n)
    %f2 = flow.constant @f
    %m = flow.constant -1
    %1 = flow.simple_call(%f2, %m)
    flow.return %0
  }
  flow.func @f(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"]} {
    flow.return %x
  }
  flow.func @g(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"]} {
    %0 = flow.neg %x
    flow.return %0
  }
  flow.class @C {bases = [#flow.builtin<"object">], members = {m = @C.m}}
  flow.func @C.m(%self: !flow.obj) -> !flow.obj attributes {arg_names = ["self"]} {
    flow.return %self
  }
  flow.func @unused(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"]} {
    flow.return %x
  }
}

// -----

// for over range(): a range iterator of ints, nonneg when the start is; the
// StopIteration handler receives an instance of the exception class; a
// function that always raises makes the call stop (no value, no error), and
// only the exception edges of a raising operation inside try are followed.
// CHECK-LABEL: flow.func @main
// CHECK: flow.iter %{{.*}} : (!ann.list<!ann.int<nonneg>, fixed>) -> !ann.iter<!ann.int<nonneg>, range>
// CHECK: flow.next %{{.*}} : (!ann.iter<!ann.int<nonneg>, range>) -> !ann.int<nonneg>
// CHECK: ^bb3(%{{.*}}: !ann.instance<#flow.builtin<"StopIteration">>):
// CHECK: flow.simple_call(%{{.*}}) : (!ann.pbc<[@fail]>) -> !ann.impossible
// CHECK: ^bb5(%{{.*}}: !ann.instance<#flow.builtin<"ValueError">>):
// CHECK-LABEL: flow.func @fail() -> !ann.impossible
// CHECK: flow.raise %{{.*}} : !ann.instance<#flow.builtin<"ValueError">>
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %range = flow.constant #flow.builtin<"range">
    %ten = flow.constant 10
    %r = flow.simple_call(%range, %ten)
    %it = flow.iter %r
    %zero = flow.constant 0
    flow.br ^bb1(%zero : !flow.obj)
  ^bb1(%s: !flow.obj):
    %i = flow.next %it
    flow.catch ^bb2, [#flow.builtin<"StopIteration"> -> ^bb3]
  ^bb2:
    %s2 = flow.add %s, %i
    flow.br ^bb1(%s2 : !flow.obj)
  ^bb3(%e: !flow.obj):
    %fail = flow.constant @fail
    %x = flow.simple_call(%fail)
    flow.catch ^bb4, [#flow.builtin<"ValueError"> -> ^bb5]
  ^bb4:
    flow.return %x
  ^bb5(%v: !flow.obj):
    flow.return %s
  }
  flow.func @fail() -> !flow.obj attributes {arg_names = []} {
    %cls = flow.constant #flow.builtin<"ValueError">
    %e = flow.simple_call(%cls)
    flow.raise %e
  }
}

// -----

// Lists can be built and read so far (no stores yet): a literal is fixed,
// its items the union of its elements; indexing and iterating give items.
// Strings iterate as chars. The conversion built-ins.
// CHECK-LABEL: flow.func @main
// CHECK: flow.newlist(%{{.*}}, %{{.*}}) : (!ann.bool, !ann.int<nonneg>) -> !ann.list<!ann.int<nonneg>, fixed>
// CHECK: flow.newlist() : () -> !ann.list<!ann.impossible, fixed>
// CHECK: flow.getitem %argv, %{{.*}} : (!ann.list<!ann.str<no_nul>>, !ann.int) -> !ann.str<no_nul>
// CHECK: flow.iter %{{.*}} : (!ann.list<!ann.int<nonneg>, fixed>) -> !ann.iter<!ann.list<!ann.int<nonneg>, fixed>>
// CHECK: flow.next %{{.*}} : (!ann.iter<!ann.list<!ann.int<nonneg>, fixed>>) -> !ann.int<nonneg>
// CHECK: flow.iter %{{.*}} : (!ann.str<no_nul>) -> !ann.iter<!ann.str<no_nul>>
// CHECK: flow.next %{{.*}} : (!ann.iter<!ann.str<no_nul>>) -> !ann.char
// CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[#flow.builtin<"str">]>, !ann.int<nonneg>) -> !ann.str<no_nul>
// CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[#flow.builtin<"int">]>, !ann.str<no_nul>) -> !ann.int
// CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[#flow.builtin<"float">]>, !ann.int<nonneg>) -> !ann.float
// CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[#flow.builtin<"bool">]>, !ann.str<no_nul>) -> !ann.bool
// CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[#flow.builtin<"abs">]>, !ann.int) -> !ann.int<nonneg>
// CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[#flow.builtin<"chr">]>, !ann.int<nonneg>) -> !ann.char
// CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[#flow.builtin<"ord">]>, !ann.char<no_nul>) -> !ann.int<nonneg>
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %t = flow.constant true
    %n = flow.constant 3
    %m = flow.constant -1
    %l = flow.newlist(%t, %n)
    %e = flow.newlist()
    %a = flow.getitem %argv, %m
    %it = flow.iter %l
    %x = flow.next %it
    %sit = flow.iter %a
    %c = flow.next %sit
    %str = flow.constant #flow.builtin<"str">
    %0 = flow.simple_call(%str, %n)
    %int = flow.constant #flow.builtin<"int">
    %1 = flow.simple_call(%int, %a)
    %float = flow.constant #flow.builtin<"float">
    %2 = flow.simple_call(%float, %n)
    %bool = flow.constant #flow.builtin<"bool">
    %3 = flow.simple_call(%bool, %a)
    %abs = flow.constant #flow.builtin<"abs">
    %4 = flow.simple_call(%abs, %m)
    %chr = flow.constant #flow.builtin<"chr">
    %5 = flow.simple_call(%chr, %n)
    %ord = flow.constant #flow.builtin<"ord">
    %ch = flow.constant "a"
    %6 = flow.simple_call(%ord, %ch)
    flow.return %x
  }
}

// -----

// Membership, slices of strings and lists (a slice is a new list), print's
// sep and end.
// CHECK-LABEL: flow.func @main
// CHECK: flow.contains %{{.*}}, %{{.*}} : (!ann.str<no_nul>, !ann.char<no_nul>) -> !ann.bool
// CHECK: flow.contains %argv, %{{.*}} : (!ann.list<!ann.str<no_nul>>, !ann.str<no_nul>) -> !ann.bool
// CHECK: flow.getslice %{{.*}}, %{{.*}}, %{{.*}} : (!ann.str<no_nul>, !ann.int<nonneg>, !ann.none) -> !ann.str<no_nul>
// CHECK: flow.getslice %argv, %{{.*}}, %{{.*}} : (!ann.list<!ann.str<no_nul>>, !ann.int<nonneg>, !ann.none) -> !ann.list<!ann.str<no_nul>, fixed>
// CHECK: flow.call_args(%{{.*}}, %{{.*}}, %{{.*}}) {keywords = ["end"]} : (!ann.pbc<[#flow.builtin<"print">]>, !ann.str<no_nul>, !ann.str<no_nul>) -> !ann.none
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    %c = flow.constant "a"
    %one = flow.constant 1
    %none = flow.constant #flow.none
    %0 = flow.contains %s, %c
    %1 = flow.contains %argv, %s
    %2 = flow.getslice %s, %one, %none
    %3 = flow.getslice %argv, %one, %none
    %print = flow.constant #flow.builtin<"print">
    %4 = flow.call_args(%print, %s, %s) {keywords = ["end"]}
    flow.return %0
  }
}

// -----

// A loop over an empty list never runs its body: `next` ends the block and
// only the StopIteration edge is followed.
// CHECK-LABEL: flow.func @main
// CHECK: flow.next %{{.*}} : (!ann.iter<!ann.list<!ann.impossible, fixed>>) -> !ann.impossible
// CHECK: flow.neg %{{.*}} : (!ann.impossible) -> !ann.impossible
// CHECK: flow.return %{{.*}} : !ann.int<nonneg>
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %l = flow.newlist()
    %it = flow.iter %l
    flow.br ^bb1
  ^bb1:
    %x = flow.next %it
    flow.catch ^bb2, [#flow.builtin<"StopIteration"> -> ^bb3]
  ^bb2:
    %y = flow.neg %x
    flow.br ^bb1
  ^bb3(%e: !flow.obj):
    %zero = flow.constant 0
    flow.return %zero
  }
}

// -----

// One None passed to a nullable str and to a nullable function PBC: each
// argument has its own type.
// CHECK-LABEL: flow.func @main
// CHECK: flow.br ^bb3(%{{.*}}, %{{.*}} : !ann.pbc<[@main]>, !ann.str<no_nul>)
// CHECK: flow.br ^bb3(%[[NONE:.*]], %[[NONE]] : !ann.none, !ann.none)
// CHECK: ^bb3(%{{.*}}: !ann.pbc<[@main], nullable>, %{{.*}}: !ann.str<nullable, no_nul>):
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %len = flow.constant #flow.builtin<"len">
    %n = flow.simple_call(%len, %argv)
    %t = flow.is_true %n
    flow.cond_br %t, ^bb1, ^bb2
  ^bb1:
    %f = flow.constant @main
    %s = flow.constant "ab"
    flow.br ^bb3(%f, %s : !flow.obj, !flow.obj)
  ^bb2:
    %none = flow.constant #flow.none
    flow.br ^bb3(%none, %none : !flow.obj, !flow.obj)
  ^bb3(%x: !flow.obj, %y: !flow.obj):
    %zero = flow.constant 0
    flow.return %zero
  }
}
