# Comparisons, chains (the middle operand is evaluated once and the chain
# short-circuits), identity and membership tests; `in` swaps its operands
# into flow.contains (container first), the negated forms add flow.not_.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s


def main(argv):
    compare(1, 2)
    chain(1, 2, 3)
    identity(1, argv)
    folded()
    return 0


# CHECK-LABEL: flow.func @compare(%a: !flow.obj, %b: !flow.obj)
# CHECK: %[[LT:.*]] = flow.lt %a, %b
# CHECK: %[[LE:.*]] = flow.le %a, %b
# CHECK: %[[EQ:.*]] = flow.eq %a, %b
# CHECK: %[[NE:.*]] = flow.ne %a, %b
# CHECK: %[[GT:.*]] = flow.gt %a, %b
# CHECK: %[[GE:.*]] = flow.ge %a, %b
# CHECK: flow.newtuple(%[[LT]], %[[LE]], %[[EQ]], %[[NE]], %[[GT]], %[[GE]])
def compare(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


# `a < b <= c` is `a < b and b <= c`: the join receives whichever
# comparison decided.
# CHECK-LABEL: flow.func @chain(%a: !flow.obj, %b: !flow.obj, %c: !flow.obj)
# CHECK: %[[LT:.*]] = flow.lt %a, %b
# CHECK: %[[T:.*]] = flow.is_true %[[LT]]
# CHECK: flow.cond_br %[[T]], ^[[MORE:bb[0-9]+]], ^[[STOP:bb[0-9]+]]
# CHECK: ^[[MORE]]:
# CHECK: %[[LE:.*]] = flow.le %b, %c
# CHECK: flow.br ^[[JOIN:bb[0-9]+]](%[[LE]] : !flow.obj)
# CHECK: ^[[STOP]]:
# CHECK: flow.br ^[[JOIN]](%[[LT]] : !flow.obj)
# CHECK: ^[[JOIN]](%[[R:.*]]: !flow.obj):
# CHECK: flow.return %[[R]]
def chain(a, b, c):
    return a < b <= c


# CHECK-LABEL: flow.func @identity(%x: !flow.obj, %l: !flow.obj)
# CHECK: %[[IS:.*]] = flow.is_ %x, %l
# CHECK: %[[IS2:.*]] = flow.is_ %x, %l
# CHECK: %[[ISNOT:.*]] = flow.not_ %[[IS2]]
# CHECK: %[[IN:.*]] = flow.contains %l, %x
# CHECK: %[[IN2:.*]] = flow.contains %l, %x
# CHECK: %[[NOTIN:.*]] = flow.not_ %[[IN2]]
# CHECK: %[[NONE:.*]] = flow.constant #flow.none
# CHECK: %[[ISNONE:.*]] = flow.is_ %x, %[[NONE]]
# CHECK: flow.newtuple(%[[IS]], %[[ISNOT]], %[[IN]], %[[NOTIN]], %[[ISNONE]])
def identity(x, l):
    return x is l, x is not l, x in l, x not in l, x is None


# Comparisons of constants fold, chains included.
# CHECK-LABEL: flow.func @folded()
# CHECK-NEXT: %[[C:.*]] = flow.constant [true, false, true, true, true, false, true, true]
# CHECK-NEXT: flow.return %[[C]]
def folded():
    return (1 < 2 < 3, 3 < 2 < 1, None is None, 2 in (1, 2), "a" < "b",
            (1, 2) > (1, 3), 3 == 3.0, "x" not in "abc")
