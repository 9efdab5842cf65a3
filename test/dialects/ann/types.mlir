// Every type of the ann dialect round-trips through the custom and the generic
// form, as the types of flow values.
// RUN: rpy-opt %s | FileCheck %s
// RUN: rpy-opt %s | rpy-opt | FileCheck %s
// RUN: rpy-opt %s --mlir-print-op-generic | rpy-opt | FileCheck %s

flow.class @Point {bases = [#flow.builtin<"object">], members = {move = @Point.move}}
flow.class @Point3 {bases = [@Point], members = {move = @Point3.move}}

// CHECK-LABEL: flow.func @ints
// CHECK-SAME: (%a: !ann.int, %b: !ann.int<nonneg>, %c: !ann.int<unsigned>, %d: !ann.int<nonneg, unsigned>, %e: !ann.bool)
// CHECK-SAME: -> !ann.int
flow.func @ints(%a: !ann.int, %b: !ann.int<nonneg>, %c: !ann.int<unsigned>,
                %d: !ann.int<unsigned, nonneg>, %e: !ann.bool) -> !ann.int
    attributes {arg_names = ["a", "b", "c", "d", "e"]} {
  // CHECK: flow.constant 1 -> !ann.int<nonneg>
  %one = flow.constant 1 -> !ann.int<nonneg>
  // CHECK: flow.constant 1 : ui64 -> !ann.int<nonneg, unsigned>
  %uone = flow.constant 1 : ui64 -> !ann.int<nonneg, unsigned>
  // CHECK: flow.constant true -> !ann.bool
  %t = flow.constant true -> !ann.bool
  // CHECK: %[[SUM:.*]] = flow.add %b, %{{.*}} : (!ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int<nonneg>
  %0 = flow.add %b, %one : (!ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int<nonneg>
  // CHECK: %[[DIFF:.*]] = flow.sub %a, %[[SUM]] : (!ann.int, !ann.int<nonneg>) -> !ann.int
  %1 = flow.sub %a, %0 : (!ann.int, !ann.int<nonneg>) -> !ann.int
  // CHECK: flow.add %c, %d : (!ann.int<unsigned>, !ann.int<nonneg, unsigned>) -> !ann.int<unsigned>
  %2 = flow.add %c, %d : (!ann.int<unsigned>, !ann.int<nonneg, unsigned>) -> !ann.int<unsigned>
  // CHECK: flow.add %e, %{{.*}} : (!ann.bool, !ann.bool) -> !ann.int<nonneg>
  %3 = flow.add %e, %t : (!ann.bool, !ann.bool) -> !ann.int<nonneg>
  // CHECK: flow.return %[[DIFF]] : !ann.int
  flow.return %1 : !ann.int
}

// CHECK-LABEL: flow.func @floats
// CHECK-SAME: (%x: !ann.float) -> !ann.float
flow.func @floats(%x: !ann.float) -> !ann.float attributes {arg_names = ["x"]} {
  // CHECK: flow.constant 1.500000e+00 -> !ann.float
  %c = flow.constant 1.5 : f64 -> !ann.float
  // CHECK: flow.mul %x, %{{.*}} : (!ann.float, !ann.float) -> !ann.float
  %0 = flow.mul %x, %c : (!ann.float, !ann.float) -> !ann.float
  flow.return %0 : !ann.float
}

// CHECK-LABEL: flow.func @strings
// CHECK-SAME: (%s: !ann.str, %n: !ann.str<nullable>, %z: !ann.str<no_nul>, %nz: !ann.str<nullable, no_nul>, %c: !ann.char, %cz: !ann.char<no_nul>)
// CHECK-SAME: -> !ann.str
flow.func @strings(%s: !ann.str, %n: !ann.str<nullable>, %z: !ann.str<no_nul>,
                   %nz: !ann.str<no_nul, nullable>, %c: !ann.char,
                   %cz: !ann.char<no_nul>) -> !ann.str
    attributes {arg_names = ["s", "n", "z", "nz", "c", "cz"]} {
  // CHECK: flow.constant "a" -> !ann.char<no_nul>
  %a = flow.constant "a" -> !ann.char<no_nul>
  // CHECK: flow.constant #flow.none -> !ann.none
  %none = flow.constant #flow.none -> !ann.none
  // CHECK: flow.add %s, %c : (!ann.str, !ann.char) -> !ann.str
  %0 = flow.add %s, %c : (!ann.str, !ann.char) -> !ann.str
  flow.return %0 : !ann.str
}

// CHECK-LABEL: flow.func @containers
// CHECK-SAME: (%t0: !ann.tuple<>, %t2: !ann.tuple<!ann.int, !ann.str>,
// CHECK-SAME: %l: !ann.list<!ann.int>, %lf: !ann.list<!ann.int, fixed>,
// CHECK-SAME: %lall: !ann.list<!ann.str<nullable>, fixed, mutated, nullable>,
// CHECK-SAME: %empty: !ann.list<!ann.impossible, fixed>,
// CHECK-SAME: %d: !ann.dict<!ann.str, !ann.int>,
// CHECK-SAME: %dn: !ann.dict<!ann.tuple<!ann.int, !ann.int>, !ann.list<!ann.float>, nullable>,
// CHECK-SAME: %s: !ann.set<!ann.int>, %sn: !ann.set<!ann.str, nullable>)
flow.func @containers(%t0: !ann.tuple<>, %t2: !ann.tuple<!ann.int, !ann.str>,
                      %l: !ann.list<!ann.int>, %lf: !ann.list<!ann.int, fixed>,
                      %lall: !ann.list<!ann.str<nullable>, nullable, mutated, fixed>,
                      %empty: !ann.list<!ann.impossible, fixed>,
                      %d: !ann.dict<!ann.str, !ann.int>,
                      %dn: !ann.dict<!ann.tuple<!ann.int, !ann.int>, !ann.list<!ann.float>, nullable>,
                      %s: !ann.set<!ann.int>, %sn: !ann.set<!ann.str, nullable>)
    -> !ann.tuple<!ann.int, !ann.str>
    attributes {arg_names = ["t0", "t2", "l", "lf", "lall", "empty", "d", "dn", "s", "sn"]} {
  // CHECK: flow.newlist() : () -> !ann.list<!ann.impossible, fixed>
  %0 = flow.newlist() : () -> !ann.list<!ann.impossible, fixed>
  %i0 = flow.constant 0 -> !ann.int<nonneg>
  // CHECK: flow.getitem %l, %{{.*}} : (!ann.list<!ann.int>, !ann.int<nonneg>) -> !ann.int
  %i = flow.getitem %l, %i0 : (!ann.list<!ann.int>, !ann.int<nonneg>) -> !ann.int
  %k = flow.constant "k" -> !ann.str
  // CHECK: flow.newtuple(%{{.*}}, %{{.*}}) : (!ann.int, !ann.str) -> !ann.tuple<!ann.int, !ann.str>
  %1 = flow.newtuple(%i, %k) : (!ann.int, !ann.str) -> !ann.tuple<!ann.int, !ann.str>
  // CHECK: flow.newdict(%{{.*}}, %{{.*}}) : (!ann.str, !ann.int) -> !ann.dict<!ann.str, !ann.int>
  %2 = flow.newdict(%k, %i) : (!ann.str, !ann.int) -> !ann.dict<!ann.str, !ann.int>
  // CHECK: flow.newset(%{{.*}}) : (!ann.int) -> !ann.set<!ann.int>
  %3 = flow.newset(%i) : (!ann.int) -> !ann.set<!ann.int>
  flow.return %1 : !ann.tuple<!ann.int, !ann.str>
}

// CHECK-LABEL: flow.func @Point.move
// CHECK-SAME: (%self: !ann.instance<@Point>, %other: !ann.instance<@Point, nullable>, %exc: !ann.instance<#flow.builtin<"ValueError">>)
flow.func @Point.move(%self: !ann.instance<@Point>,
                      %other: !ann.instance<@Point, nullable>,
                      %exc: !ann.instance<#flow.builtin<"ValueError">>)
    -> !ann.none attributes {arg_names = ["self", "other", "exc"]} {
  // CHECK: flow.getattr %self {name = "move"} : (!ann.instance<@Point>) -> !ann.method<[@Point.move, @Point3.move], !ann.instance<@Point>>
  %m = flow.getattr %self {name = "move"}
      : (!ann.instance<@Point>) -> !ann.method<[@Point.move, @Point3.move], !ann.instance<@Point>>
  %none = flow.constant #flow.none -> !ann.none
  flow.return %none : !ann.none
}

flow.func @Point3.move(%self: !ann.instance<@Point3>, %other: !ann.instance<@Point, nullable>,
                       %exc: !ann.instance<#flow.builtin<"ValueError">>)
    -> !ann.none attributes {arg_names = ["self", "other", "exc"]} {
  %none = flow.constant #flow.none -> !ann.none
  flow.return %none : !ann.none
}

// CHECK-LABEL: flow.func @pbcs
// CHECK-SAME: (%f: !ann.pbc<[@floats]>, %fg: !ann.pbc<[@floats, @ints], nullable>, %mixed: !ann.pbc<[@Point, #flow.builtin<"len">]>, %m: !ann.method<[@Point3.move], !ann.instance<@Point3>>)
flow.func @pbcs(%f: !ann.pbc<[@floats]>, %fg: !ann.pbc<[@floats, @ints], nullable>,
                %mixed: !ann.pbc<[@Point, #flow.builtin<"len">]>,
                %m: !ann.method<[@Point3.move], !ann.instance<@Point3>>)
    -> !ann.pbc<[@floats]> attributes {arg_names = ["f", "fg", "mixed", "m"]} {
  // CHECK: flow.constant @floats -> !ann.pbc<[@floats]>
  %0 = flow.constant @floats -> !ann.pbc<[@floats]>
  // CHECK: flow.constant #flow.builtin<"len"> -> !ann.pbc<[#flow.builtin<"len">]>
  %1 = flow.constant #flow.builtin<"len"> -> !ann.pbc<[#flow.builtin<"len">]>
  flow.return %0 : !ann.pbc<[@floats]>
}

// A class method is bound to its class.
// CHECK-LABEL: flow.func @classmethods
// CHECK-SAME: (%m: !ann.method<[@Point.make], !ann.pbc<[@Point]>>)
flow.func @classmethods(%m: !ann.method<[@Point.make], !ann.pbc<[@Point]>>)
    -> !ann.none attributes {arg_names = ["m"]} {
  %none = flow.constant #flow.none -> !ann.none
  flow.return %none : !ann.none
}

// CHECK-LABEL: flow.func @iterators
// CHECK-SAME: (%l: !ann.iter<!ann.list<!ann.int>>, %s: !ann.iter<!ann.str>, %c: !ann.iter<!ann.char>,
// CHECK-SAME: %r: !ann.iter<!ann.int<nonneg>, range>, %k: !ann.iter<!ann.dict<!ann.str, !ann.int>>,
// CHECK-SAME: %v: !ann.iter<!ann.dict<!ann.str, !ann.int>, values>, %i: !ann.iter<!ann.dict<!ann.str, !ann.int>, items>,
// CHECK-SAME: %set: !ann.iter<!ann.set<!ann.int>>, %rev: !ann.iter<!ann.list<!ann.int>, reversed>,
// CHECK-SAME: %revs: !ann.iter<!ann.str, reversed>, %e: !ann.iter<!ann.list<!ann.float>, enumerate>,
// CHECK-SAME: %es: !ann.iter<!ann.str<no_nul>, enumerate>)
flow.func @iterators(%l: !ann.iter<!ann.list<!ann.int>>, %s: !ann.iter<!ann.str>,
                     %c: !ann.iter<!ann.char>, %r: !ann.iter<!ann.int<nonneg>, range>,
                     %k: !ann.iter<!ann.dict<!ann.str, !ann.int>>,
                     %v: !ann.iter<!ann.dict<!ann.str, !ann.int>, values>,
                     %i: !ann.iter<!ann.dict<!ann.str, !ann.int>, items>,
                     %set: !ann.iter<!ann.set<!ann.int>>,
                     %rev: !ann.iter<!ann.list<!ann.int>, reversed>,
                     %revs: !ann.iter<!ann.str, reversed>,
                     %e: !ann.iter<!ann.list<!ann.float>, enumerate>,
                     %es: !ann.iter<!ann.str<no_nul>, enumerate>) -> !ann.int
    attributes {arg_names = ["l", "s", "c", "r", "k", "v", "i", "set", "rev", "revs", "e", "es"]} {
  // CHECK: flow.next %l : (!ann.iter<!ann.list<!ann.int>>) -> !ann.int
  %0 = flow.next %l : (!ann.iter<!ann.list<!ann.int>>) -> !ann.int
  flow.return %0 : !ann.int
}

// A variable defined only on a path that always raises.
// CHECK-LABEL: flow.func @impossible
// CHECK-SAME: (%x: !ann.impossible) -> !ann.impossible
flow.func @impossible(%x: !ann.impossible) -> !ann.impossible
    attributes {arg_names = ["x"]} {
  // CHECK: flow.raise %x : !ann.impossible
  flow.raise %x : !ann.impossible
}
