# Import-time evaluation: the module's top level runs once in the
# translator. Tables built by loops and comprehensions are prebuilt;
# closures made by factory functions become one flow.func each, their free
# variables inlined as constants; JitDriver instances are prebuilt; output
# printed at import time goes to stderr, not into the IR.
# RUN: rpy-translate %s --emit=flow 2>/dev/null | FileCheck %s
# RUN: rpy-translate %s --emit=flow 2>/dev/null | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --emit=flow 2>&1 >/dev/null | FileCheck %s --check-prefix=STDERR

from rpython.rlib.jit import JitDriver
from rpython.rlib.unroll import unrolling_iterable

SQUARES = [i * i for i in range(5)]
CODES = {}
for _i, _name in enumerate(["zero", "one", "two"]):
    CODES[_name] = _i
INVERSE = {v: k for k, v in CODES.items()}


def make_adder(n):
    def add(x):
        return x + n
    return add


ADDERS = [make_adder(1), make_adder(2)]
ADD10 = make_adder(10)


def make_op(name, code):
    def op(stack):
        stack.append(code)
        return name
    return op


OPS = unrolling_iterable([make_op("push", 1), make_op("pop", 2)])

driver = JitDriver(greens=["pc"], reds=["acc"])

# STDERR: tables ready: 5 3
print("tables ready:", len(SQUARES), len(CODES))


def main(argv):
    tables(len(argv))
    closures(len(argv))
    ops(argv)
    return 0


# CHECK-LABEL: flow.func @tables(%k: !flow.obj)
# CHECK: flow.constant @SQUARES
# CHECK: flow.constant @CODES
# CHECK: flow.constant @INVERSE
# CHECK-DAG: flow.prebuilt @SQUARES {items = [0, 1, 4, 9, 16], kind = "list"}
# CHECK-DAG: flow.prebuilt @CODES {items = {{\[\[}}"zero", 0], ["one", 1], ["two", 2]], kind = "dict"}
# CHECK-DAG: flow.prebuilt @INVERSE {items = {{\[\[}}0, "zero"], [1, "one"], [2, "two"]], kind = "dict"}
def tables(k):
    return SQUARES[k] + CODES["one"] + len(INVERSE[k])


# CHECK-LABEL: flow.func @closures(%x: !flow.obj)
# CHECK: %[[ADDERS:.*]] = flow.constant @ADDERS
# CHECK: flow.getitem %[[ADDERS]]
# CHECK: %[[ADD10:.*]] = flow.constant @"make_adder.<locals>.add"
# CHECK: flow.simple_call(%[[ADD10]], %x)
# CHECK: flow.prebuilt @ADDERS {items = [@"make_adder.<locals>.add_1", @"make_adder.<locals>.add_2"], kind = "list"}
def closures(x):
    return ADDERS[0](x) + ADD10(x)


# The unrolled loop calls each closure directly.
# CHECK-LABEL: flow.func @ops(%stack: !flow.obj)
# CHECK-NOT: flow.iter
# CHECK: %[[PUSH:.*]] = flow.constant @"make_op.<locals>.op"
# CHECK: flow.simple_call(%[[PUSH]], %stack)
# CHECK: %[[POP:.*]] = flow.constant @"make_op.<locals>.op_1"
# CHECK: flow.simple_call(%[[POP]], %stack)
# CHECK: %[[DRIVER:.*]] = flow.constant @driver
# CHECK: flow.getattr %[[DRIVER]] {name = "jit_merge_point"}
# CHECK: flow.prebuilt @driver {cls = #flow.builtin<"rpython.rlib.jit.JitDriver">, fields = {{[{].*}}greens = @[[GREENS:[^,]*]],{{.*}} name = "jitdriver", reds = @[[REDS:[^,]*]],{{.*}}}, kind = "instance"}
# CHECK: flow.prebuilt @[[GREENS]] {items = ["pc"], kind = "list"}
# CHECK: flow.prebuilt @[[REDS]] {items = ["acc"], kind = "list"}
def ops(stack):
    for op in OPS:
        op(stack)
    driver.jit_merge_point(pc=0, acc=stack)


# Each closure is its own function with its free variable inlined.
# CHECK-LABEL: flow.func @"make_adder.<locals>.add"(%x: !flow.obj)
# CHECK: %[[TEN:.*]] = flow.constant 10
# CHECK: flow.add %x, %[[TEN]]

# CHECK-LABEL: flow.func @"make_adder.<locals>.add_1"(%x: !flow.obj)
# CHECK: %[[ONE:.*]] = flow.constant 1
# CHECK: flow.add %x, %[[ONE]]

# CHECK-LABEL: flow.func @"make_adder.<locals>.add_2"(%x: !flow.obj)
# CHECK: %[[TWO:.*]] = flow.constant 2
# CHECK: flow.add %x, %[[TWO]]

# CHECK-LABEL: flow.func @"make_op.<locals>.op"(%stack: !flow.obj)
# CHECK: flow.constant 1
# CHECK: %[[NAME:.*]] = flow.constant "push"
# CHECK: flow.return %[[NAME]]

# CHECK-LABEL: flow.func @"make_op.<locals>.op_1"(%stack: !flow.obj)
# CHECK: flow.constant 2
# CHECK: %[[NAME:.*]] = flow.constant "pop"
# CHECK: flow.return %[[NAME]]
