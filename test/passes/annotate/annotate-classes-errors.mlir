// Errors of instances and attributes (ClassDefs), each with
// -verify-diagnostics.
// RUN: rpy-opt %s --split-input-file --annotate -verify-diagnostics

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %c = flow.constant @C
    %o = flow.simple_call(%c)
    %one = flow.constant 1
    %s = flow.constant "ab"
    flow.setattr %o, %one {name = "x"}
    %f = flow.constant @store
    // expected-note@+1 {{called from here}}
    %0 = flow.simple_call(%f, %o, %s)
    flow.return %0
  }
  flow.func @store(%self: !flow.obj, %v: !flow.obj) -> !flow.obj attributes {arg_names = ["self", "v"]} {
    // expected-error@+1 {{cannot union int and str (attribute 'x' of C)}}
    flow.setattr %self, %v {name = "x"}
    %r = flow.constant #flow.none
    flow.return %r
  }
  flow.class @C {bases = [#flow.builtin<"object">], members = {}}
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %a = flow.constant @A
    %b = flow.constant @B
    %oa = flow.simple_call(%a)
    %ob = flow.simple_call(%b)
    %one = flow.constant 1
    %s = flow.constant "ab"
    flow.setattr %oa, %one {name = "x"}
    flow.setattr %ob, %s {name = "x"}
    %t = flow.is_true %argv
    flow.cond_br %t, ^bb1(%oa : !flow.obj), ^bb1(%ob : !flow.obj)
  ^bb1(%o: !flow.obj):
    // expected-error@+1 {{cannot union int and str (attribute 'x' of Base)}}
    %0 = flow.getattr %o {name = "x"}
    flow.return %0
  }
  flow.class @Base {bases = [#flow.builtin<"object">], members = {}}
  flow.class @A {bases = [@Base], members = {}}
  flow.class @B {bases = [@Base], members = {}}
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %a = flow.constant @A
    %b = flow.constant @B
    %oa = flow.simple_call(%a)
    %ob = flow.simple_call(%b)
    %t = flow.is_true %argv
    // expected-error@+1 {{cannot union instance of A and instance of B (the values meeting at this merge)}}
    flow.cond_br %t, ^bb1(%oa : !flow.obj), ^bb1(%ob : !flow.obj)
  ^bb1(%o: !flow.obj):
    flow.return %o
  }
  flow.class @A {bases = [#flow.builtin<"object">], members = {}}
  flow.class @B {bases = [#flow.builtin<"object">], members = {}}
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %c = flow.constant @C
    %o = flow.simple_call(%c)
    %one = flow.constant 1
    // expected-error@+1 {{cannot assign the attribute 'f' of instance of C: it is a method}}
    flow.setattr %o, %one {name = "f"}
    flow.return %one
  }
  flow.func @C.f(%self: !flow.obj) -> !flow.obj attributes {arg_names = ["self"]} {
    flow.return %self
  }
  flow.class @C {bases = [#flow.builtin<"object">], members = {f = @C.f}}
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %c = flow.constant @C
    %one = flow.constant 1
    // expected-error@+1 {{C() takes no arguments}}
    %o = flow.simple_call(%c, %one)
    flow.return %o
  }
  flow.class @C {bases = [#flow.builtin<"object">], members = {}}
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %c = flow.constant @C
    // expected-error@+1 {{the __init__ of C is not supported yet: it is not a function}}
    %o = flow.simple_call(%c)
    flow.return %o
  }
  flow.class @C {bases = [#flow.builtin<"object">], members = {__init__ = 3}}
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %c = flow.constant @C
    %o = flow.simple_call(%c)
    // expected-error@+1 {{the class member 'D' of C is not supported yet}}
    %0 = flow.getattr %o {name = "D"}
    flow.return %0
  }
  flow.class @C {bases = [#flow.builtin<"object">], members = {D = @D}}
  flow.class @D {bases = [#flow.builtin<"object">], members = {}}
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %c = flow.constant #flow.builtin<"ValueError">
    %o = flow.simple_call(%c)
    // expected-error@+1 {{flow.getattr 'args' of instance of ValueError is not supported yet}}
    %0 = flow.getattr %o {name = "args"}
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %c = flow.constant @C
    %o = flow.simple_call(%c)
    // expected-error@+1 {{'flow.getattr' cannot succeed: the attribute 'x' of instance of C is never set (a blocked block)}}
    %0 = flow.getattr %o {name = "x"}
    flow.return %0
  }
  flow.class @C {bases = [#flow.builtin<"object">], members = {}}
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %c = flow.constant @C
    // expected-error@+1 {{class C has no attribute 'nope'}}
    %0 = flow.getattr %c {name = "nope"}
    flow.return %0
  }
  flow.class @C {bases = [#flow.builtin<"object">], members = {}}
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %a = flow.constant @A
    %b = flow.constant @B
    %t = flow.is_true %argv
    flow.cond_br %t, ^bb1(%a : !flow.obj), ^bb1(%b : !flow.obj)
  ^bb1(%c: !flow.obj):
    // expected-error@+1 {{cannot union int and str (attribute 'kind' of the classes read here)}}
    %0 = flow.getattr %c {name = "kind"}
    flow.return %0
  }
  flow.class @A {bases = [#flow.builtin<"object">], members = {kind = 1 : i64}}
  flow.class @B {bases = [#flow.builtin<"object">], members = {kind = "ab"}}
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %c = flow.constant @C
    %o = flow.simple_call(%c)
    %one = flow.constant 1
    // expected-error@+1 {{cannot assign the attribute 's' of instance of C: it is a method}}
    flow.setattr %o, %one {name = "s"}
    flow.return %one
  }
  flow.class @C {bases = [#flow.builtin<"object">], members = {s = #flow.staticmethod<@C.s>}}
  flow.func @C.s() -> !flow.obj attributes {arg_names = []} {
    %r = flow.constant #flow.none
    flow.return %r
  }
}
