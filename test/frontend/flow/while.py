# while loops: a header block takes the loop-carried variables (those the
# body reassigns and that exist on entry); `break` goes to the exit join,
# `continue` back to the header, `else` runs when the test fails.
# `while True:` has no exit but its breaks and returns.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s


def main(argv):
    count(5)
    forever(3)
    never()
    return 0


# CHECK-LABEL: flow.func @count(%n: !flow.obj)
# CHECK: %[[I0:.*]] = flow.constant 0
# CHECK: %[[T0:.*]] = flow.constant 0
# CHECK: flow.br ^[[HEAD:bb[0-9]+]](%[[I0]], %[[T0]] : !flow.obj, !flow.obj)
# CHECK: ^[[HEAD]](%[[I:.*]]: !flow.obj, %[[TOTAL:.*]]: !flow.obj):
# CHECK: %[[LT:.*]] = flow.lt %[[I]], %n
# CHECK: %[[T:.*]] = flow.is_true %[[LT]]
# CHECK: flow.cond_br %[[T]], ^[[BODY:bb[0-9]+]], ^[[ELSE:bb[0-9]+]]
# CHECK: ^[[BODY]]:
# CHECK: %[[I2:.*]] = flow.inplace_add %[[I]], %{{.*}}
# CHECK: flow.cond_br %{{.*}}, ^[[CONT:bb[0-9]+]], ^[[REST:bb[0-9]+]]
# CHECK: ^[[ELSE]]:
# CHECK: %[[NEG:.*]] = flow.neg %[[TOTAL]]
# CHECK: flow.br ^[[EXIT:bb[0-9]+]](%[[I]], %[[NEG]] : !flow.obj, !flow.obj)
# CHECK: ^[[CONT]]:
# CHECK: flow.br ^[[HEAD]](%[[I2]], %[[TOTAL]] : !flow.obj, !flow.obj)
# CHECK: ^[[REST]]:
# CHECK: flow.cond_br %{{.*}}, ^[[BREAK:bb[0-9]+]], ^[[NEXT:bb[0-9]+]]
# CHECK: ^[[BREAK]]:
# CHECK: flow.br ^[[EXIT]](%[[I2]], %[[TOTAL]] : !flow.obj, !flow.obj)
# CHECK: ^[[NEXT]]:
# CHECK: %[[TOTAL2:.*]] = flow.inplace_add %[[TOTAL]], %[[I2]]
# CHECK: flow.br ^[[HEAD]](%[[I2]], %[[TOTAL2]] : !flow.obj, !flow.obj)
# CHECK: ^[[EXIT]](%{{.*}}: !flow.obj, %[[R:.*]]: !flow.obj):
# CHECK: flow.return %[[R]]
def count(n):
    i = 0
    total = 0
    while i < n:
        i += 1
        if i == 3:
            continue
        if total > 100:
            break
        total += i
    else:
        total = -total
    return total


# CHECK-LABEL: flow.func @forever(%n: !flow.obj)
# CHECK: flow.br ^[[HEAD:bb[0-9]+]](%n : !flow.obj)
# CHECK: ^[[HEAD]](%[[N:.*]]: !flow.obj):
# CHECK-NOT: flow.is_true
# CHECK: %[[N2:.*]] = flow.inplace_sub %[[N]], %{{.*}}
# CHECK: flow.cond_br %{{.*}}, ^[[DONE:bb[0-9]+]], ^[[AGAIN:bb[0-9]+]]
# CHECK: ^[[DONE]]:
# CHECK-NEXT: flow.return %[[N2]]
# CHECK: ^[[AGAIN]]:
# CHECK-NEXT: flow.br ^[[HEAD]](%[[N2]] : !flow.obj)
def forever(n):
    while True:
        n -= 1
        if n < 0:
            return n


# `while 0:` runs only its else clause.
# CHECK-LABEL: flow.func @never()
# CHECK-NOT: flow.cond_br
# CHECK: %[[C:.*]] = flow.constant "else"
# CHECK: flow.return %[[C]]
def never():
    while 0:
        return "body"
    else:
        return "else"
