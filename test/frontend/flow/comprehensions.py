# List, dict and set comprehensions are inlined loops: a new container,
# then flow.iter/flow.next with StopIteration leaving the loop, the `if`
# clauses as branches, and append/setitem/add in the innermost body. The
# comprehension's variables do not leak into the function.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s


def main(argv):
    lists(argv)
    dicts(argv)
    sets(argv)
    nested(argv)
    no_leak(argv)
    return 0


# CHECK-LABEL: flow.func @lists(%l: !flow.obj)
# CHECK: %[[R:.*]] = flow.newlist()
# CHECK: %[[IT:.*]] = flow.iter %l
# CHECK: flow.br ^[[HEAD:bb[0-9]+]]{{$}}
# CHECK: ^[[HEAD]]:
# CHECK: %[[X:.*]] = flow.next %[[IT]]
# CHECK: flow.catch ^[[BODY:bb[0-9]+]], [#flow.builtin<"StopIteration"> -> ^[[DONE:bb[0-9]+]]]
# CHECK: ^[[BODY]]:
# CHECK: %[[GT:.*]] = flow.gt %[[X]], %{{.*}}
# CHECK: %[[T:.*]] = flow.is_true %[[GT]]
# CHECK: flow.cond_br %[[T]], ^[[KEEP:bb[0-9]+]], ^[[SKIP:bb[0-9]+]]
# CHECK: ^[[DONE]](%{{.*}}: !flow.obj):
# CHECK: flow.return %[[R]]
# CHECK: ^[[KEEP]]:
# CHECK: %[[Y:.*]] = flow.mul %[[X]], %{{.*}}
# CHECK: %[[APPEND:.*]] = flow.getattr %[[R]] {name = "append"}
# CHECK: flow.simple_call(%[[APPEND]], %[[Y]])
# CHECK: flow.br ^[[NEXT:bb[0-9]+]]{{$}}
# CHECK: ^[[SKIP]]:
# CHECK: flow.br ^[[NEXT]]{{$}}
# CHECK: ^[[NEXT]]:
# CHECK: flow.br ^[[HEAD]]{{$}}
def lists(l):
    return [x * 2 for x in l if x > 0]


# CHECK-LABEL: flow.func @dicts(%l: !flow.obj)
# CHECK: %[[R:.*]] = flow.newdict()
# CHECK: %[[IT:.*]] = flow.iter %l
# CHECK: %[[X:.*]] = flow.next %[[IT]]
# CHECK: %[[V:.*]] = flow.add %[[X]], %{{.*}}
# CHECK: flow.setitem %[[R]], %[[X]], %[[V]]
def dicts(l):
    return {x: x + 1 for x in l}


# CHECK-LABEL: flow.func @sets(%l: !flow.obj)
# CHECK: %[[R:.*]] = flow.newset()
# CHECK: %[[X:.*]] = flow.next
# CHECK: %[[ADD:.*]] = flow.getattr %[[R]] {name = "add"}
# CHECK: flow.simple_call(%[[ADD]], %[[X]])
def sets(l):
    return {x for x in l}


# Two `for` clauses: the second loop runs inside the first.
# CHECK-LABEL: flow.func @nested(%l: !flow.obj)
# CHECK: %[[R:.*]] = flow.newlist()
# CHECK: %[[IT1:.*]] = flow.iter %l
# CHECK: %[[X:.*]] = flow.next %[[IT1]]
# CHECK: %[[IT2:.*]] = flow.iter %l
# CHECK: %[[Y:.*]] = flow.next %[[IT2]]
# CHECK: %[[S:.*]] = flow.add %[[X]], %[[Y]]
# CHECK: flow.getattr %[[R]] {name = "append"}
def nested(l):
    return [x + y for x in l for y in l]


# The `x` after the comprehension is the function's own.
# CHECK-LABEL: flow.func @no_leak(%l: !flow.obj)
# CHECK: %[[X:.*]] = flow.next
# CHECK: flow.mul %[[X]], %[[X]]
# CHECK: ^{{bb[0-9]+}}(%{{.*}}: !flow.obj):
# CHECK: %[[OUTER:.*]] = flow.constant "outer"
# CHECK: flow.newtuple(%{{.*}}, %[[OUTER]])
def no_leak(l):
    x = "outer"
    squares = [x * x for x in l]
    return squares, x
