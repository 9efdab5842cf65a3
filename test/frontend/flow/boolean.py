# `and`/`or` short-circuit and yield one of their operands (not a bool);
# `not` is flow.not_; conditional expressions are a branch and a join.
# Constant operands decide statically. A value tested for truth reaches the
# edges that use it as a block argument of its own (for the annotator to
# narrow: a true value is not None).
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s


def main(argv):
    both(1, 2)
    either(0, 0, 1)
    negate(argv)
    choose(1, 2)
    folded(argv)
    return 0


# CHECK-LABEL: flow.func @both(%a: !flow.obj, %b: !flow.obj)
# CHECK: %[[T:.*]] = flow.is_true %a
# CHECK: flow.cond_br %[[T]], ^[[NEXT:bb[0-9]+]], ^[[STOP:bb[0-9]+]](%a : !flow.obj)
# CHECK: ^[[NEXT]]:
# CHECK: flow.br ^[[JOIN:bb[0-9]+]](%b : !flow.obj)
# CHECK: ^[[STOP]](%[[FALSE_A:.*]]: !flow.obj):
# CHECK: flow.br ^[[JOIN]](%[[FALSE_A]] : !flow.obj)
# CHECK: ^[[JOIN]](%[[R:.*]]: !flow.obj):
# CHECK: flow.return %[[R]]
def both(a, b):
    return a and b


# CHECK-LABEL: flow.func @either(%a: !flow.obj, %b: !flow.obj, %c: !flow.obj)
# CHECK: %[[TA:.*]] = flow.is_true %a
# CHECK: flow.cond_br %[[TA]], ^[[A:bb[0-9]+]](%a : !flow.obj), ^[[NOTA:bb[0-9]+]]
# CHECK: ^[[A]](%[[TRUE_A:.*]]: !flow.obj):
# CHECK: flow.br ^[[JOIN:bb[0-9]+]](%[[TRUE_A]] : !flow.obj)
# CHECK: ^[[NOTA]]:
# CHECK: %[[TB:.*]] = flow.is_true %b
# CHECK: flow.cond_br %[[TB]], ^[[B:bb[0-9]+]](%b : !flow.obj), ^[[C:bb[0-9]+]]
# CHECK: ^[[B]](%[[TRUE_B:.*]]: !flow.obj):
# CHECK: flow.br ^[[JOIN]](%[[TRUE_B]] : !flow.obj)
# CHECK: ^[[C]]:
# CHECK: flow.br ^[[JOIN]](%c : !flow.obj)
# CHECK: ^[[JOIN]](%[[R:.*]]: !flow.obj):
# CHECK: flow.return %[[R]]
def either(a, b, c):
    return a or b or c


# CHECK-LABEL: flow.func @negate(%x: !flow.obj)
# CHECK: %[[N:.*]] = flow.not_ %x
# CHECK: %[[NN:.*]] = flow.not_ %[[N]]
# CHECK: flow.return %[[NN]]
def negate(x):
    return not not x


# CHECK-LABEL: flow.func @choose(%a: !flow.obj, %b: !flow.obj)
# CHECK: %[[T:.*]] = flow.is_true %b
# CHECK: flow.cond_br %[[T]], ^[[YES:bb[0-9]+]], ^[[NO:bb[0-9]+]]
# CHECK: ^[[YES]]:
# CHECK: flow.br ^[[JOIN:bb[0-9]+]](%a : !flow.obj)
# CHECK: ^[[NO]]:
# CHECK: %[[ZERO:.*]] = flow.constant 0
# CHECK: flow.br ^[[JOIN]](%[[ZERO]] : !flow.obj)
# CHECK: ^[[JOIN]](%[[R:.*]]: !flow.obj):
# CHECK: flow.return %[[R]]
def choose(a, b):
    return a if b else 0


# Constant operands: no branch at all. `1 and x` is x, `0 or x` is x,
# `0 and x` is 0; `not ""` is True.
# CHECK-LABEL: flow.func @folded(%x: !flow.obj)
# CHECK-NOT: flow.cond_br
# CHECK-NOT: flow.is_true
# CHECK: %[[ZERO:.*]] = flow.constant 0
# CHECK: %[[C:.*]] = flow.constant [2, "", 5, true]
# CHECK: flow.newtuple(%x, %x, %[[ZERO]], %[[C]])
def folded(x):
    return 1 and x, 0 or x, 0 and x, (1 and 2, 0 or "", 5 if True else 6, not "")
