# Functions: parameters are named by `arg_names`, constant defaults by
# `defaults`, `*args` by `vararg`. Calls with positional arguments only are
# flow.simple_call; keyword or star arguments make flow.call_args. A function
# that falls off its end returns None.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s


class Box(object):
    def __init__(self, value, scale=1):
        self.value = value * scale

    def get(self, offset=0):
        return self.value + offset


# CHECK-LABEL: flow.func @main(%argv: !flow.obj)
# CHECK-SAME: attributes {arg_names = ["argv"], rpy.entry_point}
def main(argv):
    return caller(argv)


# CHECK-LABEL: flow.func @caller(%l: !flow.obj)
# CHECK: %[[D:.*]] = flow.constant @defaults
# CHECK: %[[ONE:.*]] = flow.constant 1
# CHECK: flow.simple_call(%[[D]], %[[ONE]])
# CHECK: %[[D2:.*]] = flow.constant @defaults
# CHECK: %[[ONE2:.*]] = flow.constant 1
# CHECK: %[[Y:.*]] = flow.constant "y"
# CHECK: flow.call_args(%[[D2]], %[[ONE2]], %[[Y]]) {keywords = ["c"]}
# CHECK: flow.call_args(%{{.*}}, %{{.*}}, %{{.*}}) {keywords = ["a", "b"]}
# CHECK: %[[V:.*]] = flow.constant @varargs
# CHECK: flow.simple_call(%[[V]], %{{.*}}, %{{.*}}, %{{.*}})
# CHECK: %[[V2:.*]] = flow.constant @varargs
# CHECK: flow.call_args(%[[V2]], %l) {keywords = [], star}
# CHECK: %[[V3:.*]] = flow.constant @varargs
# CHECK: %[[ZERO:.*]] = flow.constant 0
# CHECK: %[[T:.*]] = flow.constant [1, 2]
# CHECK: flow.call_args(%[[V3]], %[[ZERO]], %[[T]]) {keywords = [], star}
# CHECK: flow.call_args(%{{.*}}, %{{.*}}, %{{.*}}, %l) {keywords = ["k"], star}
# CHECK: %[[BOX:.*]] = flow.constant @Box
# CHECK: %[[B:.*]] = flow.call_args(%[[BOX]], %{{.*}}, %{{.*}}) {keywords = ["scale"]}
# CHECK: %[[GET:.*]] = flow.getattr %[[B]] {name = "get"}
# CHECK: flow.call_args(%[[GET]], %{{.*}}) {keywords = ["offset"]}
# CHECK: %[[N:.*]] = flow.constant @no_return
# CHECK: flow.simple_call(%[[N]], %l)
# CHECK: flow.class @Box {bases = [#flow.builtin<"object">], members = {__init__ = @Box.__init__, get = @Box.get}}
def caller(l):
    defaults(1)
    defaults(1, c="y")
    defaults(a=1, b=3)
    varargs(1, 2, 3)
    varargs(*l)
    t = (1, 2)
    varargs(0, *t)
    keyword_and_star(1, *l, k=2)
    b = Box(2, scale=3)
    b.get(offset=1)
    no_return(l)
    return 0


# CHECK-LABEL: flow.func @defaults(%a: !flow.obj, %b: !flow.obj, %c: !flow.obj)
# CHECK-SAME: attributes {arg_names = ["a", "b", "c"], defaults = [2, "x"]}
# CHECK-NEXT: flow.return %a
def defaults(a, b=2, c="x"):
    return a


# CHECK-LABEL: flow.func @varargs(%a: !flow.obj, %rest: !flow.obj)
# CHECK-SAME: attributes {arg_names = ["a", "rest"], vararg}
# CHECK: flow.simple_call(%{{.*}}, %rest)
def varargs(a, *rest):
    return len(rest)


# CHECK-LABEL: flow.func @keyword_and_star(%a: !flow.obj, %k: !flow.obj, %more: !flow.obj)
# CHECK-SAME: attributes {arg_names = ["a", "k", "more"], defaults = [0], vararg}
def keyword_and_star(a, k=0, *more):
    return a + k


# CHECK-LABEL: flow.func @no_return(%x: !flow.obj)
# CHECK: flow.simple_call
# CHECK-NEXT: %[[NONE:.*]] = flow.constant #flow.none
# CHECK-NEXT: flow.return %[[NONE]]
def no_return(x):
    x.append(1)


# CHECK-LABEL: flow.func @Box.__init__(%self: !flow.obj, %value: !flow.obj, %scale: !flow.obj)
# CHECK-SAME: defaults = [1]

# CHECK-LABEL: flow.func @Box.get(%self: !flow.obj, %offset: !flow.obj)
# CHECK-SAME: defaults = [0]
