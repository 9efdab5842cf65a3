// RUN: rpy-opt %s --split-input-file --annotate -verify-diagnostics

// expected-error@+1 {{no entry point: no function is marked 'rpy.entry_point'}}
module {
  flow.func @f(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"]} {
    flow.return %x
  }
}

// -----

module attributes {rpy.entry = @main} {
  // expected-error@+1 {{the entry point must take one argument (argv), not 2}}
  flow.func @main(%a: !flow.obj, %b: !flow.obj) -> !flow.obj attributes {arg_names = ["a", "b"], rpy.entry_point} {
    flow.return %a
  }
}

// -----

// Two values that RPython cannot unify meet at a merge.
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %len = flow.constant #flow.builtin<"len">
    %n = flow.simple_call(%len, %argv)
    %t = flow.is_true %n
    flow.cond_br %t, ^bb1, ^bb2
  ^bb1:
    %a = flow.constant 1
    flow.br ^bb3(%a : !flow.obj)
  ^bb2:
    %b = flow.constant "ab"
    // expected-error@+1 {{cannot union int and str (the values meeting at this merge)}}
    flow.br ^bb3(%b : !flow.obj)
  ^bb3(%x: !flow.obj):
    flow.return %x
  }
}

// -----

// The error names the operation and its operands, then the chain of calls
// from the entry point, innermost first.
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @outer
    %s = flow.constant "ab"
    // expected-note@+1 {{called from here}}
    %0 = flow.simple_call(%f, %s)
    flow.return %0
  }
  flow.func @outer(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"]} {
    %f = flow.constant @inner
    // expected-note@+1 {{called from here}}
    %0 = flow.simple_call(%f, %x)
    flow.return %0
  }
  flow.func @inner(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"]} {
    %one = flow.constant 1
    // expected-error@+1 {{flow.add of str and int is not supported}}
    %0 = flow.add %x, %one
    flow.return %0
  }
}

// -----

// A parameter is the union over the call sites: the second call conflicts.
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @f
    %one = flow.constant 1
    %0 = flow.simple_call(%f, %one)
    %s = flow.constant "ab"
    // expected-error@+1 {{cannot union int and str (argument 'x' of f())}}
    %1 = flow.simple_call(%f, %s)
    flow.return %0
  }
  flow.func @f(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"]} {
    flow.return %x
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @f
    %one = flow.constant 1
    // expected-note@+1 {{called from here}}
    %0 = flow.simple_call(%f, %one)
    flow.return %0
  }
  flow.func @f(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"]} {
    %t = flow.is_true %x
    flow.cond_br %t, ^bb1, ^bb2
  ^bb1:
    flow.return %x
  ^bb2:
    %f = flow.constant 1.5 : f64
    // expected-error@+1 {{cannot union int and float (the return values of f())}}
    flow.return %f
  }
}

// -----

// The functions a variable may hold (a call family) must return compatible
// values.
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %len = flow.constant #flow.builtin<"len">
    %n = flow.simple_call(%len, %argv)
    %t = flow.is_true %n
    flow.cond_br %t, ^bb1, ^bb2
  ^bb1:
    %f = flow.constant @f
    flow.br ^bb3(%f : !flow.obj)
  ^bb2:
    %g = flow.constant @g
    flow.br ^bb3(%g : !flow.obj)
  ^bb3(%h: !flow.obj):
    // expected-error@+1 {{cannot union int and str (the return values of g() and of the functions called with it)}}
    %0 = flow.simple_call(%h)
    flow.return %0
  }
  flow.func @f() -> !flow.obj attributes {arg_names = []} {
    %0 = flow.constant 1
    flow.return %0
  }
  flow.func @g() -> !flow.obj attributes {arg_names = []} {
    %0 = flow.constant "ab"
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %n = flow.constant 1
    // expected-error@+1 {{annotating 'flow.getattr' is not supported yet}}
    %0 = flow.getattr %n {name = "real"}
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %0 = flow.constant #flow.builtin<"os.listdir">
    %c = flow.constant "a"
    // expected-error@+1 {{calling the built-in 'os.listdir' is not supported yet}}
    %1 = flow.simple_call(%0, %c)
    flow.return %1
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %0 = flow.constant #flow.builtin<"len">
    %c = flow.constant "a"
    // expected-error@+1 {{keyword arguments to 'len' are not supported yet}}
    %1 = flow.call_args(%0, %c) {keywords = ["x"]}
    flow.return %1
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %0 = flow.constant @f
    // expected-error@+1 {{*args of list of str in a call: expected a tuple}}
    %1 = flow.call_args(%0, %argv) {keywords = [], star}
    flow.return %1
  }
  flow.func @f(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"]} {
    flow.return %x
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %print = flow.constant #flow.builtin<"print">
    %one = flow.constant 1
    // expected-error@+1 {{print() keyword 'file' of int is not supported}}
    %1 = flow.call_args(%print, %one, %one) {keywords = ["file"]}
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %0 = flow.constant @f
    %one = flow.constant 1
    %t = flow.newtuple(%one)
    // expected-error@+1 {{calling the specialised function f() with *args is not supported yet}}
    %1 = flow.call_args(%0, %t) {keywords = [], star}
    flow.return %1
  }
  flow.func @f(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"], rpy.annspecialcase = "specialize:argtype(0)"} {
    flow.return %x
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %0 = flow.constant 3
    // expected-error@+1 {{calling int is not supported yet}}
    %1 = flow.simple_call(%0)
    flow.return %1
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %0 = flow.constant @P
    // expected-error@+1 {{calling instance of C is not supported yet}}
    %1 = flow.simple_call(%0)
    flow.return %1
  }
  flow.class @C {bases = [#flow.builtin<"object">], members = {}}
  flow.prebuilt @P {kind = "instance", cls = @C, fields = {}}
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %len = flow.constant #flow.builtin<"len">
    %n = flow.simple_call(%len, %argv)
    %t = flow.is_true %n
    flow.cond_br %t, ^bb1, ^bb2
  ^bb1:
    %f = flow.constant @f
    flow.br ^bb3(%f : !flow.obj)
  ^bb2:
    %none = flow.constant #flow.none
    flow.br ^bb3(%none : !flow.obj)
  ^bb3(%h: !flow.obj):
    // expected-error@+1 {{: the callee may be None}}
    %0 = flow.simple_call(%h)
    flow.return %0
  }
  flow.func @f() -> !flow.obj attributes {arg_names = []} {
    %0 = flow.constant 1
    flow.return %0
  }
}

// -----

// Binding the arguments of a call to the parameters.
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @f
    %one = flow.constant 1
    // expected-error@+1 {{f() takes 2 positional argument(s) but 3 were given}}
    %0 = flow.simple_call(%f, %one, %one, %one)
    flow.return %0
  }
  flow.func @f(%x: !flow.obj, %y: !flow.obj) -> !flow.obj attributes {arg_names = ["x", "y"]} {
    flow.return %x
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @f
    %one = flow.constant 1
    // expected-error@+1 {{f() got an unexpected keyword argument 'z'}}
    %0 = flow.call_args(%f, %one, %one) {keywords = ["z"]}
    flow.return %0
  }
  flow.func @f(%x: !flow.obj, %y: !flow.obj) -> !flow.obj attributes {arg_names = ["x", "y"]} {
    flow.return %x
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @f
    %one = flow.constant 1
    // expected-error@+1 {{f() got multiple values for argument 'x'}}
    %0 = flow.call_args(%f, %one, %one) {keywords = ["x"]}
    flow.return %0
  }
  flow.func @f(%x: !flow.obj, %y: !flow.obj) -> !flow.obj attributes {arg_names = ["x", "y"]} {
    flow.return %x
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %f = flow.constant @f
    %one = flow.constant 1
    // expected-error@+1 {{f() missing argument 'y'}}
    %0 = flow.simple_call(%f, %one)
    flow.return %0
  }
  flow.func @f(%x: !flow.obj, %y: !flow.obj) -> !flow.obj attributes {arg_names = ["x", "y"]} {
    flow.return %x
  }
}

// -----

// Rules of single operations.
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %t = flow.newtuple(%argv, %argv)
    %len = flow.constant #flow.builtin<"len">
    %n = flow.simple_call(%len, %argv)
    // expected-error@+1 {{a tuple can only be indexed by a constant}}
    %0 = flow.getitem %t, %n
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %t = flow.constant [1, 2]
    %i = flow.constant 2
    // expected-error@+1 {{tuple index 2 out of range for tuple (int, int)}}
    %0 = flow.getitem %t, %i
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    %f = flow.constant 1.5 : f64
    // expected-error@+1 {{flow.getitem of str and float is not supported}}
    %0 = flow.getitem %s, %f
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %a = flow.constant 1
    %f = flow.constant 1.5 : f64
    // expected-error@+1 {{flow.lshift of int and float is not supported}}
    %0 = flow.lshift %a, %f
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %a = flow.constant 1
    %s = flow.constant "ab"
    // expected-error@+1 {{flow.lt of int and str is not supported}}
    %0 = flow.lt %a, %s
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    // expected-error@+1 {{flow.neg of str is not supported}}
    %0 = flow.neg %s
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %len = flow.constant #flow.builtin<"len">
    %a = flow.constant 1
    // expected-error@+1 {{len() of int is not supported}}
    %0 = flow.simple_call(%len, %a)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %len = flow.constant #flow.builtin<"len">
    // expected-error@+1 {{len() takes 1 arguments, got 2}}
    %0 = flow.simple_call(%len, %argv, %argv)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %range = flow.constant #flow.builtin<"range">
    // expected-error@+1 {{range() takes 1 to 3 arguments, got 0}}
    %0 = flow.simple_call(%range)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %range = flow.constant #flow.builtin<"range">
    %s = flow.constant "ab"
    // expected-error@+1 {{range() of str: expected int}}
    %0 = flow.simple_call(%range, %s)
    flow.return %0
  }
}

// -----

// Iterators: range(), lists and strings so far.
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %n = flow.constant 1
    // expected-error@+1 {{iterating over int is not supported yet}}
    %0 = flow.iter %n
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    // expected-error@+1 {{flow.next of str is not supported}}
    %0 = flow.next %s
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    // expected-error@+1 {{cannot raise str: not an exception instance}}
    flow.raise %s
  }
}

// -----

// The result of a call that never returns, used where the call raised.
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %fail = flow.constant @fail
    %x = flow.simple_call(%fail)
    flow.catch ^bb1, [#flow.builtin<"ValueError"> -> ^bb2]
  ^bb1:
    flow.return %x
  ^bb2(%e: !flow.obj):
    // expected-error@+1 {{'flow.return' cannot succeed: one of its operands never gets a value (a blocked block)}}
    flow.return %x
  }
  flow.func @fail() -> !flow.obj attributes {arg_names = []} {
    %cls = flow.constant #flow.builtin<"ValueError">
    %e = flow.simple_call(%cls)
    flow.raise %e
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %a = flow.constant 1
    %s = flow.constant "ab"
    // expected-error@+1 {{cannot union int and str (the items of a list)}}
    %0 = flow.newlist(%a, %s)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    // expected-error@+1 {{flow.getitem of list of str and str is not supported}}
    %0 = flow.getitem %argv, %s
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %int = flow.constant #flow.builtin<"int">
    // expected-error@+1 {{int() of list of str is not supported}}
    %0 = flow.simple_call(%int, %argv)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %abs = flow.constant #flow.builtin<"abs">
    // expected-error@+1 {{abs() of list of str is not supported}}
    %0 = flow.simple_call(%abs, %argv)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %ord = flow.constant #flow.builtin<"ord">
    %s = flow.constant 1.5 : f64
    // expected-error@+1 {{ord() of float is not supported}}
    %0 = flow.simple_call(%ord, %s)
    flow.return %0
  }
}

// -----

// A variable holding a function or a built-in: the results must unify.
module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %len = flow.constant #flow.builtin<"len">
    %n = flow.simple_call(%len, %argv)
    %t = flow.is_true %n
    flow.cond_br %t, ^bb1, ^bb2
  ^bb1:
    %f = flow.constant @f
    flow.br ^bb3(%f : !flow.obj)
  ^bb2:
    flow.br ^bb3(%len : !flow.obj)
  ^bb3(%h: !flow.obj):
    // expected-error@+1 {{cannot union str and int (the results of the functions called here)}}
    %0 = flow.simple_call(%h, %argv)
    flow.return %0
  }
  flow.func @f(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"]} {
    %0 = flow.constant "ab"
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %len = flow.constant #flow.builtin<"len">
    %n = flow.simple_call(%len, %argv)
    %t = flow.is_true %n
    flow.cond_br %t, ^bb1, ^bb2
  ^bb1:
    %f = flow.constant @f
    flow.br ^bb3(%f : !flow.obj)
  ^bb2:
    %g = flow.constant @g
    flow.br ^bb3(%g : !flow.obj)
  ^bb3(%h: !flow.obj):
    // expected-error@+1 {{the functions called here have different signatures: f() and g()}}
    %0 = flow.simple_call(%h, %n)
    flow.return %0
  }
  flow.func @f(%x: !flow.obj) -> !flow.obj attributes {arg_names = ["x"]} {
    flow.return %x
  }
  flow.func @g(%x: !flow.obj, %y: !flow.obj) -> !flow.obj attributes {arg_names = ["x", "y"], defaults = [1]} {
    flow.return %x
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    %one = flow.constant 1
    // expected-error@+1 {{flow.contains of str and int is not supported}}
    %0 = flow.contains %s, %one
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    %x = flow.constant 1.5 : f64
    // expected-error@+1 {{slicing str by float is not supported}}
    %0 = flow.getslice %s, %x, %x
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %t = flow.constant [1, 2]
    %one = flow.constant 1
    // expected-error@+1 {{slicing tuple (int, int) is not supported}}
    %0 = flow.getslice %t, %one, %one
    flow.return %0
  }
}
