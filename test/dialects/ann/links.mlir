// Links may carry a value of a type the block argument's type contains
// (PyPy's links, which the rtyper converts), and a two-way branch may narrow
// the value its condition tests (isinstance, `is None`, truth).
// RUN: rpy-opt %s | FileCheck %s
// RUN: rpy-opt %s --mlir-print-op-generic | rpy-opt | FileCheck %s

// CHECK-LABEL: flow.func @contained
// CHECK: flow.br ^bb1(%{{.*}}, %{{.*}}, %{{.*}} : !ann.bool, !ann.none, !ann.instance<@B>)
flow.func @contained(%b: !ann.bool, %n: !ann.none, %x: !ann.instance<@B>) -> !ann.int attributes {arg_names = ["b", "n", "x"]} {
  flow.br ^bb1(%b, %n, %x : !ann.bool, !ann.none, !ann.instance<@B>)
^bb1(%i: !ann.int, %s: !ann.str<nullable>, %a: !ann.instance<@A>):
  flow.return %i : !ann.int
}

// A block never reached (`!ann.impossible` arguments) accepts anything.
// CHECK-LABEL: flow.func @dead
// CHECK: flow.br ^bb1(%{{.*}} : !ann.int)
flow.func @dead(%i: !ann.int) -> !ann.int attributes {arg_names = ["i"]} {
  flow.br ^bb1(%i : !ann.int)
^bb1(%x: !ann.impossible):
  flow.return %x : !ann.impossible
}

// CHECK-LABEL: flow.func @narrowed
// CHECK: flow.cond_br %{{.*}} : !ann.bool, ^bb1(%x : !ann.instance<@A, nullable>), ^bb2(%x : !ann.instance<@A, nullable>)
// CHECK: ^bb1(%{{.*}}: !ann.instance<@B>):
flow.func @narrowed(%x: !ann.instance<@A, nullable>) -> !ann.int attributes {arg_names = ["x"]} {
  %cls = flow.constant @B -> !ann.pbc<[@B]>
  %0 = flow.isinstance %x, %cls : (!ann.instance<@A, nullable>, !ann.pbc<[@B]>) -> !ann.bool
  %1 = flow.is_true %0 : (!ann.bool) -> !ann.bool
  flow.cond_br %1 : !ann.bool, ^bb1(%x : !ann.instance<@A, nullable>), ^bb2(%x : !ann.instance<@A, nullable>)
^bb1(%b: !ann.instance<@B>):
  %one = flow.constant 1 -> !ann.int
  flow.return %one : !ann.int
^bb2(%other: !ann.instance<@A, nullable>):
  %zero = flow.constant 0 -> !ann.int
  flow.return %zero : !ann.int
}

flow.class @A {bases = [#flow.builtin<"object">], members = {}}
flow.class @B {bases = [@A], members = {}}
