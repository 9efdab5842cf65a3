// Errors of the list rules (ListDefs), each with -verify-diagnostics.
// RUN: rpy-opt %s --split-input-file --annotate -verify-diagnostics

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %list = flow.newlist()
    %one = flow.constant 1
    %m = flow.getattr %list {name = "append"}
    %0 = flow.simple_call(%m, %one)
    %f = flow.constant @push
    // expected-note@+1 {{called from here}}
    %1 = flow.simple_call(%f, %list)
    flow.return %0
  }
  flow.func @push(%l: !flow.obj) -> !flow.obj attributes {arg_names = ["l"]} {
    %x = flow.constant "ab"
    %append = flow.getattr %l {name = "append"}
    // expected-error@+1 {{cannot union int and str (the items of a list, stored by append)}}
    %r = flow.simple_call(%append, %x)
    flow.return %r
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %l = flow.newlist()
    %one = flow.constant 1
    %s = flow.constant "ab"
    flow.setitem %l, %one, %one
    // expected-error@+1 {{cannot union int and str (the items of a list, stored by flow.setitem)}}
    flow.setitem %l, %one, %s
    flow.return %one
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %one = flow.constant 1
    %s = flow.constant "ab"
    %a = flow.newlist(%one)
    %b = flow.newlist(%s)
    %f = flow.constant @id
    %0 = flow.simple_call(%f, %a)
    // expected-error@+1 {{cannot union list of int and list of str (argument 'l' of id())}}
    %1 = flow.simple_call(%f, %b)
    flow.return %0
  }
  flow.func @id(%l: !flow.obj) -> !flow.obj attributes {arg_names = ["l"]} {
    flow.return %l
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
    // expected-error@+1 {{flow.getattr 'push' of list of str is not supported}}
    %0 = flow.getattr %argv {name = "push"}
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %m = flow.getattr %argv {name = "append"}
    flow.br ^bb1(%m : !flow.obj)
  ^bb1(%n: !flow.obj):
    %s = flow.constant "ab"
    // expected-error@+1 {{calling the list method 'append' through a variable is not supported yet}}
    %0 = flow.simple_call(%n, %s)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %m = flow.getattr %argv {name = "append"}
    // expected-error@+1 {{list.append() takes 1 argument(s), got 0}}
    %0 = flow.simple_call(%m)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %m = flow.getattr %argv {name = "pop"}
    %s = flow.constant "ab"
    // expected-error@+1 {{list.pop() takes 0 to 1 argument(s), got 2}}
    %0 = flow.simple_call(%m, %s, %s)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %m = flow.getattr %argv {name = "insert"}
    %s = flow.constant "ab"
    // expected-error@+1 {{list.insert() index must be an int, not str}}
    %0 = flow.simple_call(%m, %s, %s)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %m = flow.getattr %argv {name = "pop"}
    %s = flow.constant "ab"
    // expected-error@+1 {{list.pop() index must be an int, not str}}
    %0 = flow.simple_call(%m, %s)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %m = flow.getattr %argv {name = "extend"}
    %one = flow.constant 1
    // expected-error@+1 {{list.extend() of int is not supported}}
    %0 = flow.simple_call(%m, %one)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %list = flow.constant #flow.builtin<"list">
    %one = flow.constant 1
    // expected-error@+1 {{list() of int is not supported}}
    %0 = flow.simple_call(%list, %one)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %list = flow.constant #flow.builtin<"list">
    // expected-error@+1 {{list() takes 0 to 1 arguments, got 2}}
    %0 = flow.simple_call(%list, %argv, %argv)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    // expected-error@+1 {{a list or dict that contains itself has no type}}
    %l = flow.newlist()
    %m = flow.getattr %l {name = "append"}
    %0 = flow.simple_call(%m, %l)
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %x = flow.constant 1.5 : f64
    // expected-error@+1 {{slicing list of str by float is not supported}}
    %0 = flow.getslice %argv, %x, %x
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    // expected-error@+1 {{flow.mul of list of str and str is not supported}}
    %0 = flow.mul %argv, %s
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %s = flow.constant "ab"
    // expected-error@+1 {{flow.add of list of str and str is not supported}}
    %0 = flow.add %argv, %s
    flow.return %0
  }
}

// -----

module attributes {rpy.entry = @main} {
  flow.func @main(%argv: !flow.obj) -> !flow.obj attributes {arg_names = ["argv"], rpy.entry_point} {
    %one = flow.constant 1
    %a = flow.newlist(%one)
    // expected-error@+1 {{cannot union int and str (the items of a list, stored by flow.eq)}}
    %0 = flow.eq %a, %argv
    flow.return %0
  }
}
