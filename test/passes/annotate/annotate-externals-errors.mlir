// Errors of the os and sys externals and of attributes of None, each with
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

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"os.lseek">
    %one = flow.constant 1
    %s = flow.constant "ab"
    // expected-error@+1 {{os.lseek() position and whence must be ints}}
    %0 = flow.simple_call(%f, %one, %s, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"sys.exit">
    %one = flow.constant 1
    %s = flow.constant "ab"
    // expected-error@+1 {{sys.exit() of str: expected an int}}
    %0 = flow.simple_call(%f, %s)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %stdout = flow.constant @stdout
    %write = flow.getattr %stdout {name = "write"}
    %one = flow.constant 1
    // expected-error@+1 {{sys.stdout.write() of int: expected a str}}
    %0 = flow.simple_call(%write, %one)
    flow.return %one
  }
  flow.prebuilt @stdout {cls = #flow.builtin<"sys._Stream">, fields = {name = "<stdout>"}, kind = "instance"}
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %stdin = flow.constant @stdin
    // expected-error@+1 {{flow.getattr 'write' of sys.stdin is not supported}}
    %write = flow.getattr %stdin {name = "write"}
    %one = flow.constant 1
    flow.return %one
  }
  flow.prebuilt @stdin {cls = #flow.builtin<"sys._Stream">, fields = {name = "<stdin>"}, kind = "instance"}
}
