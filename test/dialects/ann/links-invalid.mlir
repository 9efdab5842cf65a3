// Links whose types do not fit.
// RUN: rpy-opt %s -split-input-file -verify-diagnostics

flow.func @wider(%i: !ann.int) -> !ann.bool attributes {arg_names = ["i"]} {
  // expected-error @+1 {{type mismatch for bb argument #0 of successor #0}}
  flow.br ^bb1(%i : !ann.int)
^bb1(%b: !ann.bool):
  flow.return %b : !ann.bool
}

// -----

flow.func @base(%a: !ann.instance<@A>) -> !ann.int attributes {arg_names = ["a"]} {
  // expected-error @+1 {{type mismatch for bb argument #0 of successor #0}}
  flow.br ^bb1(%a : !ann.instance<@A>)
^bb1(%b: !ann.instance<@B>):
  %one = flow.constant 1 -> !ann.int
  flow.return %one : !ann.int
}
flow.class @A {bases = [#flow.builtin<"object">], members = {}}
flow.class @B {bases = [@A], members = {}}

// -----

// Only the value the condition tests may be narrowed.
flow.func @untested(%x: !ann.instance<@A>, %t: !ann.bool) -> !ann.int attributes {arg_names = ["x", "t"]} {
  %1 = flow.is_true %t : (!ann.bool) -> !ann.bool
  // expected-error @+1 {{'flow.cond_br' op narrows operand #0 of successor #0 from '!ann.instance<@A>' to '!ann.instance<@B>', but only the value its condition tests may be narrowed}}
  flow.cond_br %1 : !ann.bool, ^bb1(%x : !ann.instance<@A>), ^bb2
^bb1(%b: !ann.instance<@B>):
  %one = flow.constant 1 -> !ann.int
  flow.return %one : !ann.int
^bb2:
  %zero = flow.constant 0 -> !ann.int
  flow.return %zero : !ann.int
}
flow.class @A {bases = [#flow.builtin<"object">], members = {}}
flow.class @B {bases = [@A], members = {}}
