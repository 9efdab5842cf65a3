// Errors of the built-in iterators, sorted, min/max, hash, tuple, hex/oct,
// object, the time and math externals and the rpython.rlib helpers, each
// with -verify-diagnostics.
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
    %none = flow.constant #flow.none
    %l = flow.newlist(%none, %none)
    // expected-error@+1 {{max() of list of None is not supported: expected a list of numbers or strings}}
    %0 = flow.simple_call(%f, %l)
    flow.return %none
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"max">
    %one = flow.constant 1
    %s = flow.constant "ab"
    %d = flow.newdict()
    // expected-error@+1 {{max() of int is not supported: expected a list of numbers or strings}}
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
    // expected-error@+1 {{zip() takes at least 1 argument, got 0}}
    %0 = flow.simple_call(%f)
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

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"hash">
    %one = flow.constant 1
    %l = flow.newlist(%one)
    // expected-error@+1 {{hash() of list of int: not hashable}}
    %0 = flow.simple_call(%f, %l)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"rpython.rlib.objectmodel.compute_hash">
    %one = flow.constant 1
    %d = flow.newdict()
    // expected-error@+1 {{compute_hash() of dict of impossible value to impossible value: not hashable}}
    %0 = flow.simple_call(%f, %d)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"tuple">
    %one = flow.constant 1
    // expected-error@+1 {{tuple() of list of str: the argument must be a tuple}}
    %0 = flow.simple_call(%f, %argv)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"hex">
    %one = flow.constant 1
    %x = flow.constant 1.5 : f64
    // expected-error@+1 {{hex() of float: expected an int}}
    %0 = flow.simple_call(%f, %x)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"oct">
    %one = flow.constant 1
    %s = flow.constant "ab"
    // expected-error@+1 {{oct() of str: expected an int}}
    %0 = flow.simple_call(%f, %s)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"object">
    %one = flow.constant 1
    // expected-error@+1 {{object() takes 0 arguments, got 1}}
    %0 = flow.simple_call(%f, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"rpython.rlib.jit.we_are_jitted">
    %one = flow.constant 1
    // expected-error@+1 {{rpython.rlib.jit.we_are_jitted() takes 0 arguments, got 1}}
    %0 = flow.simple_call(%f, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"sorted">
    %one = flow.constant 1
    %len = flow.constant #flow.builtin<"len">
    // expected-error@+1 {{sorted() with key= is not supported: the items are sorted by their own order}}
    %0 = flow.call_args(%f, %argv, %len) {keywords = ["key"]}
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"sorted">
    %one = flow.constant 1
    %s = flow.constant "ab"
    // expected-error@+1 {{sorted() reverse= of str: expected a bool}}
    %0 = flow.call_args(%f, %argv, %s) {keywords = ["reverse"]}
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"sorted">
    %one = flow.constant 1
    // expected-error@+1 {{sorted() takes 1 positional argument, got 2}}
    %0 = flow.simple_call(%f, %argv, %argv)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"sorted">
    %one = flow.constant 1
    %s = flow.constant "ab"
    // expected-error@+1 {{sorted() of str: expected a list}}
    %0 = flow.simple_call(%f, %s)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"sorted">
    %one = flow.constant 1
    %d = flow.newdict()
    %l = flow.newlist(%d)
    // expected-error@+1 {{sorted() of list of dict of impossible value to impossible value: the items must be numbers, strings or tuples of them}}
    %0 = flow.simple_call(%f, %l)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"rpython.rlib.objectmodel.instantiate">
    %one = flow.constant 1
    // expected-error@+1 {{instantiate() takes 1 argument, got 0}}
    %0 = flow.simple_call(%f)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"rpython.rlib.objectmodel.instantiate">
    %one = flow.constant 1
    // expected-error@+1 {{instantiate() of int: expected a class or classes}}
    %0 = flow.simple_call(%f, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant #flow.builtin<"rpython.rlib.objectmodel.instantiate">
    %a = flow.constant @A
    %b = flow.constant @B
    %t = flow.is_true %argv
    flow.cond_br %t, ^bb1(%a : !flow.obj), ^bb1(%b : !flow.obj)
  ^bb1(%c: !flow.obj):
    // expected-error@+1 {{instantiate() of one of A, B: the classes have no common base}}
    %0 = flow.simple_call(%f, %c)
    flow.return %0
  }
  flow.class @A {bases = [#flow.builtin<"object">], members = {}}
  flow.class @B {bases = [#flow.builtin<"object">], members = {}}
}
