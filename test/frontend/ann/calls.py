# Calls: `*t` of a tuple at a call site, `print(..., file=sys.stderr)`,
# `super().__init__()` of a class deriving from object, and a default that
# is a prebuilt (mutable) list.
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s
import sys


def add3(a, b, c):
    return a + b + len(c)


def remember(x, seen=[]):
    seen.append(x)
    return len(seen)


class Plain(object):
    def __init__(self):
        super().__init__()
        self.x = 1


# CHECK-LABEL: flow.func @main
# The tuple's items follow the positional arguments.
# CHECK: flow.call_args(%{{.*}}, %{{.*}}, %{{.*}}) {keywords = [], star} : (!ann.pbc<[@add3]>, !ann.int<nonneg>, !ann.tuple<!ann.int<nonneg>, !ann.str<no_nul>>) -> !ann.int<nonneg>
# CHECK: flow.call_args(%{{.*}}, %{{.*}}, %{{.*}}) {keywords = ["file"]} : (!ann.pbc<[#flow.builtin<"print">]>, !ann.str<no_nul>, !ann.pbc<[@{{.*}}]>) -> !ann.none
# CHECK-LABEL: flow.func @remember(%x: !ann.int<nonneg>, %seen: !ann.list<!ann.int<nonneg>>) -> !ann.int<nonneg>
# CHECK-LABEL: flow.func @Plain.__init__
# CHECK: (!ann.pbc<[#flow.builtin<"object.__init__">]>, !ann.instance<@Plain>) -> !ann.none
def main(argv):
    t = (2, "abc")
    n = add3(1, *t)
    print("to stderr", file=sys.stderr)
    remember(n)
    print(remember(n + 1), Plain().x)
    return 0


if __name__ == "__main__":
    main(sys.argv)
