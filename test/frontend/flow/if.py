# if/elif/else: one flow.cond_br on flow.is_true per test; a join block
# takes the variables whose values differ between the branches. A constant
# test keeps only the branch taken.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s


def main(argv):
    classify(len(argv))
    early(argv)
    same(argv)
    constant_test()
    return 0


# CHECK-LABEL: flow.func @classify(%n: !flow.obj)
# CHECK: %[[LT:.*]] = flow.lt %n, %{{.*}}
# CHECK: %[[T1:.*]] = flow.is_true %[[LT]]
# CHECK: flow.cond_br %[[T1]], ^[[NEG:bb[0-9]+]], ^[[ELIF:bb[0-9]+]]
# CHECK: ^[[NEG]]:
# CHECK: %[[M1:.*]] = flow.constant -1
# CHECK: flow.br ^[[END:bb[0-9]+]](%[[M1]] : !flow.obj)
# CHECK: ^[[ELIF]]:
# CHECK: %[[EQ:.*]] = flow.eq %n, %{{.*}}
# CHECK: %[[T2:.*]] = flow.is_true %[[EQ]]
# CHECK: flow.cond_br %[[T2]], ^[[ZERO:bb[0-9]+]], ^[[ELSE:bb[0-9]+]]
# CHECK: ^[[ZERO]]:
# CHECK: flow.br ^[[INNER:bb[0-9]+]](%{{.*}} : !flow.obj)
# CHECK: ^[[ELSE]]:
# CHECK: flow.br ^[[INNER]](%{{.*}} : !flow.obj)
# CHECK: ^[[INNER]](%[[R1:.*]]: !flow.obj):
# CHECK: flow.br ^[[END]](%[[R1]] : !flow.obj)
# CHECK: ^[[END]](%[[R:.*]]: !flow.obj):
# CHECK: flow.return %[[R]]
def classify(n):
    if n < 0:
        r = -1
    elif n == 0:
        r = 0
    else:
        r = 1
    return r


# A branch that returns does not reach the join; no join block is needed.
# CHECK-LABEL: flow.func @early(%l: !flow.obj)
# CHECK: %[[T:.*]] = flow.is_true %l
# CHECK: flow.cond_br %[[T]], ^[[YES:bb[0-9]+]], ^[[NO:bb[0-9]+]]
# CHECK: ^[[YES]]:
# CHECK: flow.return
# CHECK: ^[[NO]]:
# CHECK: flow.return
def early(l):
    if l:
        return 1
    return 2


# Variables equal on both sides need no block argument.
# CHECK-LABEL: flow.func @same(%l: !flow.obj)
# CHECK: flow.cond_br %{{.*}}, ^[[YES:bb[0-9]+]], ^[[NO:bb[0-9]+]]
# CHECK: ^[[YES]]:
# CHECK-NEXT: flow.br ^[[END:bb[0-9]+]]{{$}}
# CHECK: ^[[NO]]:
# CHECK-NEXT: flow.br ^[[END]]{{$}}
# CHECK: ^[[END]]:
# CHECK: flow.return %l
def same(l):
    x = l
    if l:
        pass
    else:
        pass
    return x


# `if 0:` and `if "x":` keep one side only.
# CHECK-LABEL: flow.func @constant_test()
# CHECK-NOT: flow.cond_br
# CHECK: %[[TWO:.*]] = flow.constant 2
# CHECK-NEXT: flow.return %[[TWO]]
def constant_test():
    if 0:
        x = 1
    elif "x":
        x = 2
    else:
        x = 3
    return x
