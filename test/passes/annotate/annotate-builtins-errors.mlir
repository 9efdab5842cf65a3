// Errors of the built-in iterators, min/max and the time, math and
// rpython.rlib helpers, each with -verify-diagnostics.
// RUN: rpy-opt %s --split-input-file --annotate -verify-diagnostics

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"enumerate">
    %one = flow.constant 1
    %s = flow.constant "ab"
    %d = flow.newdict()
    // expected-error@+1 {{enumerate() takes 1 argument, got 2}}
    %0 = flow.simple_call(%f, %argv, %argv)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"reversed">
    %one = flow.constant 1
    %s = flow.constant "ab"
    %d = flow.newdict()
    // expected-error@+1 {{reversed() of dict of impossible value to impossible value is not supported yet}}
    %0 = flow.simple_call(%f, %d)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"min">
    %one = flow.constant 1
    %s = flow.constant "ab"
    %d = flow.newdict()
    // expected-error@+1 {{min() of int and str is not supported}}
    %0 = flow.simple_call(%f, %one, %s)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"max">
    %one = flow.constant 1
    %s = flow.constant "ab"
    %d = flow.newdict()
    // expected-error@+1 {{max() takes 2 arguments, got 1}}
    %0 = flow.simple_call(%f, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"time.time">
    %one = flow.constant 1
    %s = flow.constant "ab"
    %d = flow.newdict()
    // expected-error@+1 {{time.time() takes 0 arguments, got 1}}
    %0 = flow.simple_call(%f, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"math.sqrt">
    %one = flow.constant 1
    %s = flow.constant "ab"
    %d = flow.newdict()
    // expected-error@+1 {{math.sqrt() of str: expected a number}}
    %0 = flow.simple_call(%f, %s)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"rpython.rlib.rarithmetic.r_uint">
    %one = flow.constant 1
    %s = flow.constant "ab"
    %d = flow.newdict()
    // expected-error@+1 {{r_uint() of str: expected an int}}
    %0 = flow.simple_call(%f, %s)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"rpython.rlib.jit.promote">
    %one = flow.constant 1
    %s = flow.constant "ab"
    %d = flow.newdict()
    // expected-error@+1 {{rpython.rlib.jit.promote() takes 1 arguments, got 2}}
    %0 = flow.simple_call(%f, %one, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"zip">
    %one = flow.constant 1
    // expected-error@+1 {{zip() of int is not supported yet}}
    %0 = flow.simple_call(%f, %one, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"zip">
    %one = flow.constant 1
    // expected-error@+1 {{zip() takes 2 arguments, got 1}}
    %0 = flow.simple_call(%f, %argv)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"rpython.rlib.rstring.StringBuilder">
    %one = flow.constant 1
    %sb = flow.simple_call(%f)
    // expected-error@+1 {{flow.getattr 'nope' of StringBuilder is not supported}}
    %m = flow.getattr %sb {name = "nope"}
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"rpython.rlib.rstring.StringBuilder">
    %one = flow.constant 1
    %sb = flow.simple_call(%f)
    %m = flow.getattr %sb {name = "append"}
    // expected-error@+1 {{StringBuilder.append() of int: expected a str}}
    %0 = flow.simple_call(%m, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"rpython.rlib.rstring.StringBuilder">
    %one = flow.constant 1
    %sb = flow.simple_call(%f)
    %m = flow.getattr %sb {name = "build"}
    // expected-error@+1 {{StringBuilder.build() takes 0 argument(s), got 1}}
    %0 = flow.simple_call(%m, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"rpython.rlib.rstring.StringBuilder">
    %one = flow.constant 1
    %sb = flow.simple_call(%f)
    %m = flow.getattr %sb {name = "append_multiple_char"}
    // expected-error@+1 {{StringBuilder.append_multiple_char() of int, int: expected a char and an int}}
    %0 = flow.simple_call(%m, %one, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"rpython.rlib.rstring.StringBuilder">
    %one = flow.constant 1
    // expected-error@+1 {{StringBuilder() takes 0 to 1 arguments, got 2}}
    %sb = flow.simple_call(%f, %one, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"rpython.rlib.rstring.StringBuilder">
    %one = flow.constant 1
    %s = flow.constant "ab"
    // expected-error@+1 {{StringBuilder() of str: the size hint must be an int}}
    %sb = flow.simple_call(%f, %s)
    flow.return %one
  }
}
