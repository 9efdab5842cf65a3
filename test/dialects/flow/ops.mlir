// Every flow operation round-trips through the custom and the generic form.
// RUN: rpy-opt %s | FileCheck %s
// RUN: rpy-opt %s | rpy-opt | FileCheck %s
// RUN: rpy-opt %s --mlir-print-op-generic | rpy-opt | FileCheck %s

// CHECK: flow.class @Point {bases = [#flow.builtin<"object">], members = {__init__ = @Point.__init__, dims = 2 : i64, origin = #flow.staticmethod<@make>}}
flow.class @Point {bases = [#flow.builtin<"object">],
                   members = {__init__ = @Point.__init__, dims = 2,
                              origin = #flow.staticmethod<@make>}}
// CHECK: flow.class @Mixin {bases = [], members = {}, mixin}
flow.class @Mixin {bases = [], members = {}, mixin}
// CHECK: flow.prebuilt @origin {cls = @Point, fields = {x = 0 : i64}, kind = "instance"}
flow.prebuilt @origin {kind = "instance", cls = @Point, fields = {x = 0}}
// CHECK: flow.prebuilt @table {items = [1, 2, @origin], kind = "list"}
flow.prebuilt @table {kind = "list", items = [1, 2, @origin]}
// CHECK: flow.prebuilt @names {items = {{\[\[}}"a", 1], ["b", 2]], kind = "dict"}
flow.prebuilt @names {kind = "dict", items = [["a", 1], ["b", 2]]}

// CHECK-LABEL: flow.func @Point.__init__(%self: !flow.obj, %x: !flow.obj) -> !flow.obj
// CHECK-SAME: attributes {arg_names = ["self", "x"]}
flow.func @Point.__init__(%self: !flow.obj, %x: !flow.obj) -> !flow.obj
    attributes {arg_names = ["self", "x"]} {
  // CHECK: flow.setattr %self, %x {name = "x"}
  flow.setattr %self, %x {name = "x"}
  %none = flow.constant #flow.none
  flow.return %none
}

// CHECK-LABEL: flow.func @make
// CHECK-SAME: defaults = [0], vararg
flow.func @make(%x: !flow.obj, %rest: !flow.obj) -> !flow.obj
    attributes {arg_names = ["x", "rest"], defaults = [0], vararg} {
  // CHECK: %[[C:.*]] = flow.constant @Point
  %c = flow.constant @Point
  // CHECK: %[[P:.*]] = flow.simple_call(%[[C]], %x)
  %p = flow.simple_call(%c, %x)
  flow.return %p
}

// CHECK-LABEL: flow.func @operations
flow.func @operations(%a: !flow.obj, %b: !flow.obj) -> !flow.obj
    attributes {arg_names = ["a", "b"]} {
  // CHECK: flow.constant 42{{$}}
  %c0 = flow.constant 42
  // CHECK: flow.constant 7 : ui64
  %c1 = flow.constant 7 : ui64
  // CHECK: flow.constant 1.500000e+00{{$}}
  %c2 = flow.constant 1.5
  // CHECK: flow.constant "text"
  %c3 = flow.constant "text"
  // CHECK: flow.constant true
  %c4 = flow.constant true
  // CHECK: flow.constant [1, "a", #flow.none]
  %c5 = flow.constant [1, "a", #flow.none]
  // CHECK: flow.constant #flow.builtin<"len">
  %c6 = flow.constant #flow.builtin<"len">
  // CHECK: %[[TABLE:.*]] = flow.constant @table
  %c7 = flow.constant @table
  // CHECK: flow.add %a, %b
  %0 = flow.add %a, %b
  // CHECK: flow.sub
  %1 = flow.sub %0, %b
  // CHECK: flow.mul
  %2 = flow.mul %1, %b
  // CHECK: flow.truediv
  %3 = flow.truediv %2, %b
  // CHECK: flow.floordiv
  %4 = flow.floordiv %3, %b
  // CHECK: flow.mod
  %5 = flow.mod %4, %b
  // CHECK: flow.pow
  %6 = flow.pow %5, %b
  // CHECK: flow.lshift
  %7 = flow.lshift %6, %b
  // CHECK: flow.rshift
  %8 = flow.rshift %7, %b
  // CHECK: flow.and_
  %9 = flow.and_ %8, %b
  // CHECK: flow.or_
  %10 = flow.or_ %9, %b
  // CHECK: flow.xor
  %11 = flow.xor %10, %b
  // CHECK: flow.inplace_add
  %12 = flow.inplace_add %11, %b
  // CHECK: flow.inplace_sub
  %13 = flow.inplace_sub %12, %b
  // CHECK: flow.inplace_mul
  %14 = flow.inplace_mul %13, %b
  // CHECK: flow.inplace_truediv
  %15 = flow.inplace_truediv %14, %b
  // CHECK: flow.inplace_floordiv
  %16 = flow.inplace_floordiv %15, %b
  // CHECK: flow.inplace_mod
  %17 = flow.inplace_mod %16, %b
  // CHECK: flow.inplace_pow
  %18 = flow.inplace_pow %17, %b
  // CHECK: flow.inplace_lshift
  %19 = flow.inplace_lshift %18, %b
  // CHECK: flow.inplace_rshift
  %20 = flow.inplace_rshift %19, %b
  // CHECK: flow.inplace_and_
  %21 = flow.inplace_and_ %20, %b
  // CHECK: flow.inplace_or_
  %22 = flow.inplace_or_ %21, %b
  // CHECK: flow.inplace_xor
  %23 = flow.inplace_xor %22, %b
  // CHECK: flow.lt
  %24 = flow.lt %a, %b
  // CHECK: flow.le
  %25 = flow.le %a, %b
  // CHECK: flow.eq
  %26 = flow.eq %a, %b
  // CHECK: flow.ne
  %27 = flow.ne %a, %b
  // CHECK: flow.gt
  %28 = flow.gt %a, %b
  // CHECK: flow.ge
  %29 = flow.ge %a, %b
  // CHECK: flow.is_ %a, %b
  %30 = flow.is_ %a, %b
  // CHECK: flow.contains %a, %b
  %31 = flow.contains %a, %b
  // CHECK: flow.isinstance %a, %[[TABLE]]
  %32 = flow.isinstance %a, %c7
  // CHECK: flow.pos
  %33 = flow.pos %a
  // CHECK: flow.neg
  %34 = flow.neg %a
  // CHECK: flow.invert
  %35 = flow.invert %a
  // CHECK: flow.not_
  %36 = flow.not_ %a
  // CHECK: flow.type
  %37 = flow.type %a
  // CHECK: flow.format %a {conversion = "r", spec = ">5"}
  %38 = flow.format %a {spec = ">5", conversion = "r"}
  // CHECK: flow.buildstr(%{{[0-9]+}}, %{{[0-9]+}})
  %39 = flow.buildstr(%c3, %38)
  // CHECK: flow.getattr %a {name = "f"}
  %40 = flow.getattr %a {name = "f"}
  // CHECK: flow.delattr %a {name = "f"}
  flow.delattr %a {name = "f"}
  // CHECK: flow.getitem %a, %b
  %41 = flow.getitem %a, %b
  // CHECK: flow.setitem %a, %b, %{{[0-9]+}}
  flow.setitem %a, %b, %c0
  // CHECK: flow.delitem %a, %b
  flow.delitem %a, %b
  // CHECK: flow.getslice %a, %b, %{{[0-9]+}}
  %42 = flow.getslice %a, %b, %c0
  // CHECK: flow.setslice %a, %b, %{{[0-9]+}}, %{{[0-9]+}}
  flow.setslice %a, %b, %c0, %42
  // CHECK: flow.delslice %a, %b, %{{[0-9]+}}
  flow.delslice %a, %b, %c0
  // CHECK: flow.call_args(%{{[0-9]+}}, %a, %b) {keywords = ["key"]}
  %43 = flow.call_args(%c6, %a, %b) {keywords = ["key"]}
  // CHECK: flow.call_args(%{{[0-9]+}}, %a) {keywords = [], star}
  %44 = flow.call_args(%c6, %a) {keywords = [], star}
  // CHECK: flow.newtuple(%a, %b)
  %45 = flow.newtuple(%a, %b)
  // CHECK: flow.newlist(%a, %b)
  %46 = flow.newlist(%a, %b)
  // CHECK: flow.newlist(){{$}}
  %47 = flow.newlist()
  // CHECK: flow.newdict(%a, %b)
  %48 = flow.newdict(%a, %b)
  // CHECK: flow.newset(%a)
  %49 = flow.newset(%a)
  // CHECK: flow.iter %{{[0-9]+}}
  %50 = flow.iter %46
  // CHECK: %[[T:.*]] = flow.is_true %a
  %t = flow.is_true %a
  // CHECK: flow.cond_br %[[T]], ^bb1(%a : !flow.obj), ^bb5
  flow.cond_br %t, ^bb1(%a : !flow.obj), ^bb5
// CHECK: ^bb1(%[[X:.*]]: !flow.obj):
^bb1(%x: !flow.obj):
  // CHECK: %[[N:.*]] = flow.next
  %n = flow.next %50
  // CHECK: flow.catch ^bb3(%[[N]] : !flow.obj), [#flow.builtin<"StopIteration"> -> ^bb2, @Point -> ^bb4(%[[X]] : !flow.obj)]
  flow.catch ^bb3(%n : !flow.obj), [#flow.builtin<"StopIteration"> -> ^bb2,
                                     @Point -> ^bb4(%x : !flow.obj)]
^bb2(%stop: !flow.obj):
  // CHECK: flow.return %{{.*}}{{$}}
  flow.return %0
^bb3(%item: !flow.obj):
  // CHECK: flow.br ^bb1(%{{.*}} : !flow.obj)
  flow.br ^bb1(%item : !flow.obj)
^bb4(%exc: !flow.obj, %y: !flow.obj):
  // CHECK: flow.raise %{{.*}}{{$}}
  flow.raise %exc
^bb5:
  flow.return %a
}

// Values of other types (after annotation) print their types.
// CHECK-LABEL: flow.func @typed
flow.func @typed(%a: i64) -> i64 attributes {arg_names = ["a"]} {
  // CHECK: flow.constant 1 -> i64
  %c = flow.constant 1 -> i64
  // CHECK: flow.add %a, %{{.*}} : (i64, i64) -> i64
  %0 = flow.add %a, %c : (i64, i64) -> i64
  // CHECK: flow.return %{{.*}} : i64
  flow.return %0 : i64
}
