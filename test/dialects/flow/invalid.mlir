// Every verifier message of the flow dialect.
// RUN: rpy-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{'flow.func' op must return exactly one value, not 0}}
flow.func @f() -> () attributes {arg_names = []} {
^bb0:
  %0 = flow.constant 1
  flow.return %0
}

// -----

// expected-error @+1 {{has 1 parameter(s) but 0 name(s) in 'arg_names'}}
flow.func @f(%a: !flow.obj) -> !flow.obj attributes {arg_names = []} {
  flow.return %a
}

// -----

// expected-error @+1 {{has more defaults than parameters}}
flow.func @f(%a: !flow.obj) -> !flow.obj
    attributes {arg_names = ["a"], defaults = [1, 2]} {
  flow.return %a
}

// -----

// expected-error @+1 {{default {k = 1 : i64} is not a constant}}
flow.func @f(%a: !flow.obj) -> !flow.obj
    attributes {arg_names = ["a"], defaults = [{k = 1}]} {
  flow.return %a
}

// -----

// expected-error @+1 {{'vararg' needs a parameter to collect *args}}
flow.func @f() -> !flow.obj attributes {arg_names = [], vararg} {
  %0 = flow.constant 1
  flow.return %0
}

// -----

// expected-error @+1 {{must have a body}}
flow.func @f() -> !flow.obj attributes {arg_names = []}

// -----

// expected-error @+1 {{base 1 : i64 is not a class}}
flow.class @C {bases = [1], members = {}}

// -----

// expected-error @+1 {{member 'x' is not a constant}}
flow.class @C {bases = [], members = {x = {y = 1}}}

// -----

// expected-error @+1 {{an instance needs 'cls' and 'fields' only}}
flow.prebuilt @p {kind = "instance", items = []}

// -----

flow.class @C {bases = [], members = {}}
// expected-error @+1 {{field 'x' is not a constant}}
flow.prebuilt @p {kind = "instance", cls = @C, fields = {x = {y = 1}}}

// -----

// expected-error @+1 {{'cls' must be a class, not 1 : i64}}
flow.prebuilt @p {kind = "instance", cls = 1, fields = {}}

// -----

// expected-error @+1 {{unknown kind 'tree' (expected instance, list, dict or set)}}
flow.prebuilt @p {kind = "tree", items = []}

// -----

// expected-error @+1 {{a list needs 'items' only}}
flow.prebuilt @p {kind = "list"}

// -----

// expected-error @+1 {{item {y = 1 : i64} is not a constant}}
flow.prebuilt @p {kind = "list", items = [{y = 1}]}

// -----

// expected-error @+1 {{dict items must be [key, value] pairs}}
flow.prebuilt @p {kind = "dict", items = [1]}

// -----

flow.func @f() -> !flow.obj attributes {arg_names = []} {
  // expected-error @+1 {{value {y = 1 : i64} is not a constant}}
  %0 = flow.constant {y = 1}
  flow.return %0
}

// -----

flow.func @f() -> !flow.obj attributes {arg_names = []} {
  // expected-error @+1 {{refers to undefined symbol @missing}}
  %0 = flow.constant @missing
  flow.return %0
}

// -----

module @g {}
flow.func @f() -> !flow.obj attributes {arg_names = []} {
  // expected-error @+1 {{symbol @g is not a function, class or prebuilt object}}
  %0 = flow.constant @g
  flow.return %0
}

// -----

flow.func @f(%a: !flow.obj) -> !flow.obj attributes {arg_names = ["a"]} {
  // expected-error @+1 {{has 1 argument(s) but needs at least 2 for its keywords and star argument}}
  %0 = flow.call_args(%a, %a) {keywords = ["k"], star}
  flow.return %0
}

// -----

flow.func @f(%a: !flow.obj) -> !flow.obj attributes {arg_names = ["a"]} {
  // expected-error @+1 {{needs an even number of operands (keys and values)}}
  %0 = flow.newdict(%a)
  flow.return %0
}

// -----

flow.func @f(%a: !flow.obj) -> !flow.obj attributes {arg_names = ["a"]} {
  %0 = flow.add %a, %a
  // expected-error @+1 {{condition must be a truth value}}
  flow.cond_br %0, ^bb1, ^bb1
^bb1:
  flow.return %a
}

// -----

flow.func @f(%a: !flow.obj) -> !flow.obj attributes {arg_names = ["a"]} {
  %0 = flow.newlist(%a)
  // expected-error @+1 {{must follow an operation that can raise}}
  flow.catch ^bb1, [#flow.builtin<"Exception"> -> ^bb2]
^bb1:
  flow.return %a
^bb2(%e: !flow.obj):
  flow.raise %e
}

// -----

flow.func @f(%a: !flow.obj) -> !flow.obj attributes {arg_names = ["a"]} {
  %0 = flow.getitem %a, %a
  // expected-error @+1 {{exception class 1 : i64 is not a class}}
  flow.catch ^bb1, [1 -> ^bb2]
^bb1:
  flow.return %a
^bb2(%e: !flow.obj):
  flow.raise %e
}

// -----

flow.func @f(%a: !flow.obj) -> !flow.obj attributes {arg_names = ["a"]} {
  %0 = flow.getitem %a, %a
  // expected-error @+1 {{branch has 1 operands for successor #1, but target block has 0}}
  flow.catch ^bb1, [#flow.builtin<"KeyError"> -> ^bb2]
^bb1:
  flow.return %a
^bb2:
  flow.return %a
}

// -----

%0 = flow.constant 1
// expected-error @+1 {{'flow.return' op expects parent op 'flow.func'}}
flow.return %0
