// Errors of the os externals and of attributes of None, each with
// -verify-diagnostics.
// RUN: rpy-opt %s --split-input-file --annotate -verify-diagnostics

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %open = flow.constant #flow.builtin<"os.open">
    %s = flow.constant "a"
    %t = flow.constant "b"
    %p = flow.add %s, %t
    %fmt = flow.mod %p, %s
    %zero = flow.constant 0
    // expected-error@+1 {{os.open() of str: the path must be a str without NUL characters}}
    %0 = flow.simple_call(%open, %fmt, %zero, %zero)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %open = flow.constant #flow.builtin<"os.open">
    %p = flow.constant "path"
    %zero = flow.constant 0
    // expected-error@+1 {{os.open() flags and mode must be ints}}
    %0 = flow.simple_call(%open, %p, %p, %zero)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %read = flow.constant #flow.builtin<"os.read">
    %p = flow.constant "path"
    %zero = flow.constant 0
    // expected-error@+1 {{os.read() of str, int is not supported}}
    %0 = flow.simple_call(%read, %p, %zero)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %close = flow.constant #flow.builtin<"os.close">
    // expected-error@+1 {{os.close() takes 1 arguments, got 0}}
    %0 = flow.simple_call(%close)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %none = flow.constant #flow.none
    // expected-error@+1 {{'flow.getattr' cannot succeed: the object is always None (a blocked block)}}
    %0 = flow.getattr %none {name = "x"}
    flow.return %0
  }
}
