// Errors of dicts (DictDefs) and string methods, each with
// -verify-diagnostics.
// RUN: rpy-opt %s --split-input-file --annotate -verify-diagnostics

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %d = flow.newdict()
    %one = flow.constant 1
    %s = flow.constant "ab"
    flow.setitem %d, %one, %one
    // expected-error@+1 {{cannot union int and str (the keys of a dict, stored by flow.setitem)}}
    flow.setitem %d, %s, %one
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %d = flow.newdict()
    %one = flow.constant 1
    %s = flow.constant "ab"
    flow.setitem %d, %one, %one
    // expected-error@+1 {{cannot union int and str (the values of a dict, stored by flow.setitem)}}
    flow.setitem %d, %one, %s
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %d = flow.newdict()
    %one = flow.constant 1
    // expected-error@+1 {{dict keys must be hashable, not list of str}}
    flow.setitem %d, %argv, %one
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %d = flow.newdict()
    // expected-error@+1 {{flow.getattr 'sort' of dict of impossible value to impossible value is not supported}}
    %0 = flow.getattr %d {name = "sort"}
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %d = flow.newdict()
    %m = flow.getattr %d {name = "get"}
    flow.br ^bb1(%m : !flow.obj)
  ^bb1(%n: !flow.obj):
    %one = flow.constant 1
    // expected-error@+1 {{calling the dict method 'get' through a variable is not supported yet}}
    %0 = flow.simple_call(%n, %one)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %d = flow.newdict()
    %m = flow.getattr %d {name = "get"}
    // expected-error@+1 {{dict.get() takes 1 to 2 argument(s), got 0}}
    %0 = flow.simple_call(%m)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %one = flow.constant 1
    %s = flow.constant "ab"
    %d = flow.newdict(%one, %one)
    %m = flow.getattr %d {name = "get"}
    // expected-error@+1 {{cannot union int and str (the result of dict.get())}}
    %0 = flow.simple_call(%m, %one, %s)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %d = flow.newdict()
    %m = flow.getattr %d {name = "update"}
    // expected-error@+1 {{dict.update() of list of str is not supported}}
    %0 = flow.simple_call(%m, %argv)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    // expected-error@+1 {{flow.getattr 'title' of str is not supported}}
    %0 = flow.getattr %s {name = "title"}
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    %m = flow.getattr %s {name = "lower"}
    flow.br ^bb1(%m : !flow.obj)
  ^bb1(%n: !flow.obj):
    // expected-error@+1 {{calling the str method 'lower' through a variable is not supported yet}}
    %0 = flow.simple_call(%n)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    %m = flow.getattr %s {name = "replace"}
    // expected-error@+1 {{str.replace() takes 2 argument(s), got 1}}
    %0 = flow.simple_call(%m, %s)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    %one = flow.constant 1
    %m = flow.getattr %s {name = "startswith"}
    // expected-error@+1 {{str.startswith() of int is not supported}}
    %0 = flow.simple_call(%m, %one)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    %one = flow.constant 1
    %l = flow.newlist(%one)
    %m = flow.getattr %s {name = "join"}
    // expected-error@+1 {{str.join() of list of int: expected a list of str}}
    %0 = flow.simple_call(%m, %l)
    flow.return %0
  }
}
