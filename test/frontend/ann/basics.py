# The annotator on whole programs: rpy-translate --emit=ann prints the flow
# graphs with an ann type on every value, and the result reads back.
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s


# CHECK-LABEL: flow.func @main(%argv: !ann.list<!ann.str<no_nul>>) -> !ann.int<nonneg>
def main(argv):
    n = len(argv)
    print(total(n))
    print(scale(n, factor=3))
    print(greet("world"))
    print(pair(n)[1])
    print(ratio(n, 2))
    print(halve(n))
    print(fact(5))
    return 0


# range(n) is iterated without building a list; the sum stays non-negative.
# CHECK-LABEL: flow.func @total(%n: !ann.int<nonneg>) -> !ann.int<nonneg>
# CHECK: flow.iter %{{.*}} : (!ann.list<!ann.int<nonneg>, fixed>) -> !ann.iter<!ann.int<nonneg>, range>
# CHECK: flow.next %{{.*}} : (!ann.iter<!ann.int<nonneg>, range>) -> !ann.int<nonneg>
def total(n):
    s = 0
    for i in range(n):
        s += i
    return s


# Keyword arguments bind by name; a parameter not passed gets its default.
# CHECK-LABEL: flow.func @scale(%n: !ann.int<nonneg>, %factor: !ann.int<nonneg>, %offset: !ann.int) -> !ann.int
def scale(n, factor=2, offset=-1):
    return n * factor + offset


# CHECK-LABEL: flow.func @greet(%name: !ann.str<no_nul>) -> !ann.str
# CHECK: flow.add %{{.*}}, %{{.*}} : (!ann.str<no_nul>, !ann.str<no_nul>) -> !ann.str<no_nul>
# CHECK: flow.mod
def greet(name):
    s = "hello, " + name
    return "%s!" % s


# CHECK-LABEL: flow.func @pair(%n: !ann.int<nonneg>) -> !ann.tuple<!ann.int<nonneg>, !ann.str<no_nul>>
def pair(n):
    return (n, "x" * n)


# CHECK-LABEL: flow.func @ratio(%a: !ann.int<nonneg>, %b: !ann.int<nonneg>) -> !ann.float
def ratio(a, b):
    return a / b


# An int with a float is float arithmetic; they compare as floats.
# CHECK-LABEL: flow.func @halve(%n: !ann.int<nonneg>) -> !ann.float
# CHECK: flow.mul %n, %{{.*}} : (!ann.int<nonneg>, !ann.float) -> !ann.float
# CHECK: flow.lt %n, %{{.*}} : (!ann.int<nonneg>, !ann.float) -> !ann.bool
def halve(n):
    x = n * 0.5
    if n < x:
        x = x - 1
    return x


# CHECK-LABEL: flow.func @fact(%n: !ann.int) -> !ann.int
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
