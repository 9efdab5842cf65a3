// Errors of the specialisation policies, each with -verify-diagnostics.
// RUN: rpy-opt %s --split-input-file --annotate -verify-diagnostics

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @f
    %one = flow.constant 1
    // expected-error@+1 {{the specialisation 'specialize:ll' of f() is not supported yet}}
    %0 = flow.simple_call(%f, %one)
    flow.return %0
  }
  flow.func @f(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"], rpy.annspecialcase = "specialize:ll"} {
    flow.return %x
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @f
    %a = flow.constant @A
    %len = flow.constant #flow.builtin<"len">
    %n = flow.simple_call(%len, %argv)
    // expected-error@+1 {{specialize:memo of f(): argument 'y' (int) is not a constant, a prebuilt object or a bool}}
    %0 = flow.simple_call(%f, %a, %n)
    flow.return %0
  }
  flow.func @f(%x: !flow.obj, %y: !flow.obj) -> !flow.obj attributes {arg_names = ["x", "y"], rpy.annspecialcase = "specialize:memo"} {
    flow.return %y
  }
  flow.class @A {bases = [#flow.builtin<"object">], members = {}}
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @f
    %one = flow.constant 1
    // expected-error@+1 {{the specialisation 'specialize:argtype(x)' of f() is not supported}}
    %0 = flow.simple_call(%f, %one)
    flow.return %0
  }
  flow.func @f(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"], rpy.annspecialcase = "specialize:argtype(x)"} {
    flow.return %x
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @f
    %one = flow.constant 1
    // expected-error@+1 {{specialize:argtype of f(): argument 1 is not given by position}}
    %0 = flow.simple_call(%f, %one)
    flow.return %0
  }
  flow.func @f(%x: !flow.obj, %y: !flow.obj) -> !flow.obj attributes {arg_names = ["x", "y"], defaults = [2], rpy.annspecialcase = "specialize:argtype(1)"} {
    flow.return %x
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @f
    %len = flow.constant #flow.builtin<"len">
    %n = flow.simple_call(%len, %argv)
    // expected-error@+1 {{specialize:arg of f(): argument 0 is not a constant}}
    %0 = flow.simple_call(%f, %n)
    flow.return %0
  }
  flow.func @f(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"], rpy.annspecialcase = "specialize:arg(0)"} {
    flow.return %x
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @f
    %t = flow.is_true %argv
    flow.cond_br %t, ^bb1(%f : !flow.obj), ^bb1(%f : !flow.obj)
  ^bb1(%g: !flow.obj):
    %one = flow.constant 1
    // expected-error@+1 {{calling the specialised function f() through a variable or as a method is not supported yet}}
    %0 = flow.simple_call(%g, %one)
    flow.return %0
  }
  flow.func @f(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"], rpy.annspecialcase = "specialize:argtype(0)"} {
    flow.return %x
  }
}
