// Errors of sets (DictDefs of their items), each with -verify-diagnostics.
// RUN: rpy-opt %s --split-input-file --annotate -verify-diagnostics

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %one = flow.constant 1
    %s = flow.constant "ab"
    // expected-error@+1 {{cannot union int and str (the items of a set, stored by flow.newset)}}
    %set = flow.newset(%one, %s)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    // expected-error@+1 {{set items must be hashable, not list of str}}
    %set = flow.newset(%argv)
    flow.return %set
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %one = flow.constant 1
    %set = flow.newset(%one)
    // expected-error@+1 {{flow.or_ of set of int and list of str is not supported}}
    %u = flow.or_ %set, %argv
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %one = flow.constant 1
    %set = flow.newset(%one)
    // expected-error@+1 {{flow.getattr 'append' of set of int is not supported}}
    %m = flow.getattr %set {name = "append"}
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %one = flow.constant 1
    %set = flow.newset(%one)
    %add = flow.getattr %set {name = "add"}
    // expected-error@+1 {{set.add() takes 1 argument(s), got 2}}
    %r = flow.simple_call(%add, %one, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %one = flow.constant 1
    %set = flow.newset(%one)
    %update = flow.getattr %set {name = "update"}
    // expected-error@+1 {{set.update() of int is not supported}}
    %r = flow.simple_call(%update, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %setf = flow.constant #flow.builtin<"set">
    %one = flow.constant 1
    // expected-error@+1 {{set() takes 0 to 1 arguments, got 2}}
    %set = flow.simple_call(%setf, %one, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %setf = flow.constant #flow.builtin<"set">
    %one = flow.constant 1
    // expected-error@+1 {{set() of int is not supported}}
    %set = flow.simple_call(%setf, %one)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %one = flow.constant 1
    %s = flow.constant "ab"
    %set = flow.newset(%one)
    %add = flow.getattr %set {name = "add"}
    // expected-error@+1 {{cannot union int and str (the items of a set, stored by set.add())}}
    %r = flow.simple_call(%add, %s)
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %one = flow.constant 1
    %set = flow.newset(%one)
    %t = flow.is_true %one
    flow.cond_br %t, ^bb1(%set : !flow.obj), ^bb2
  ^bb1(%m: !flow.obj):
    %add = flow.getattr %m {name = "add"}
    flow.br ^bb3(%add : !flow.obj)
  ^bb2:
    %add2 = flow.getattr %set {name = "add"}
    flow.br ^bb3(%add2 : !flow.obj)
  ^bb3(%f: !flow.obj):
    // expected-error@+1 {{calling the set method 'add' through a variable is not supported yet}}
    %r = flow.simple_call(%f, %one)
    flow.return %one
  }
}
