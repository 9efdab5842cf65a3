# Functions and classes made at import time by factories: each closure and
# each class is its own symbol; free variables are the cells' values at the
# end of import (Python's late binding), inlined as constants. Mutable
# default values are prebuilt objects shared by every call.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s

LATE = [lambda: i for i in range(3)]


def make_class(n):
    class Sized(object):
        size = n

        def double(self):
            return n * 2
    return Sized


SMALL = make_class(3)
LARGE = make_class(4)


def remember(x, seen=[]):
    seen.append(x)
    return len(seen)


def main(argv):
    return LATE[0]() + SMALL().double() + LARGE().double() + remember(1)


# CHECK-LABEL: flow.func @main(%argv: !flow.obj)
# CHECK-DAG: flow.prebuilt @LATE {items = [@"<listcomp>.<lambda>", @"<listcomp>.<lambda>_1", @"<listcomp>.<lambda>_2"], kind = "list"}
# CHECK-DAG: flow.class @"make_class.<locals>.Sized" {bases = [#flow.builtin<"object">], members = {double = @"make_class.<locals>.Sized.double", size = 3 : i64}}
# CHECK-DAG: flow.class @"make_class.<locals>.Sized_1" {bases = [#flow.builtin<"object">], members = {double = @"make_class.<locals>.Sized.double_1", size = 4 : i64}}

# CHECK-LABEL: flow.func @remember(%x: !flow.obj, %seen: !flow.obj)
# CHECK-SAME: defaults = [@[[SEEN:[a-z._0-9]+]]]
# CHECK: flow.prebuilt @[[SEEN]] {items = [], kind = "list"}

# CHECK-LABEL: flow.func @"make_class.<locals>.Sized.double"(%self: !flow.obj)
# CHECK: %[[SIX:.*]] = flow.constant 6
# CHECK: flow.return %[[SIX]]

# CHECK-LABEL: flow.func @"make_class.<locals>.Sized.double_1"(%self: !flow.obj)
# CHECK: %[[EIGHT:.*]] = flow.constant 8
# CHECK: flow.return %[[EIGHT]]

# All three lambdas see the last value of `i`.
# CHECK-LABEL: flow.func @"<listcomp>.<lambda>"()
# CHECK: %[[TWO:.*]] = flow.constant 2
# CHECK: flow.return %[[TWO]]
# CHECK-LABEL: flow.func @"<listcomp>.<lambda>_1"()
# CHECK: %[[TWO:.*]] = flow.constant 2
# CHECK: flow.return %[[TWO]]
# CHECK-LABEL: flow.func @"<listcomp>.<lambda>_2"()
# CHECK: %[[TWO:.*]] = flow.constant 2
# CHECK: flow.return %[[TWO]]
