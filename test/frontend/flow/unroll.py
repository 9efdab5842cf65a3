# Loops over constant tuples and over `unrolling_iterable`s are unrolled: one
# copy of the body per item, no flow.iter/flow.next; `continue` goes to the
# next copy, `break` to the code after the loop.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s

from rpython.rlib.unroll import unrolling_iterable

OPS = unrolling_iterable([("add", 1), ("sub", 2)])
NAMES = ("a", "b")


def main(argv):
    literal(1)
    named(argv[0])
    unrolled(1)
    return 0


# CHECK-LABEL: flow.func @literal(%x: !flow.obj)
# CHECK-NOT: flow.iter
# CHECK-NOT: flow.next
# CHECK: %[[ONE:.*]] = flow.constant 1
# CHECK: flow.eq %[[ONE]], %x
# CHECK: %[[TWO:.*]] = flow.constant 2
# CHECK: flow.eq %[[TWO]], %x
# CHECK: %[[THREE:.*]] = flow.constant 3
# CHECK: flow.eq %[[THREE]], %x
# CHECK-NOT: flow.iter
# CHECK: flow.return
def literal(x):
    s = 0
    for n in (1, 2, 3):
        if n == x:
            continue
        s += n
    return s


# A module-level tuple is as constant as a literal one; the `else` runs
# after the last copy.
# CHECK-LABEL: flow.func @named(%x: !flow.obj)
# CHECK-NOT: flow.iter
# CHECK: flow.constant "a"
# CHECK: flow.cond_br %{{.*}}, ^[[BREAK1:bb[0-9]+]], ^[[NEXT:bb[0-9]+]]
# CHECK: ^[[NEXT]]:
# CHECK: flow.constant "b"
# CHECK: flow.cond_br %{{.*}}, ^[[BREAK2:bb[0-9]+]], ^[[ELSE:bb[0-9]+]]
# CHECK: ^[[ELSE]]:
# CHECK: %[[ZERO:.*]] = flow.constant 0
# CHECK: flow.return %[[ZERO]]
def named(x):
    for name in NAMES:
        if name == x:
            break
    else:
        return 0
    return 1


# CHECK-LABEL: flow.func @unrolled(%x: !flow.obj)
# CHECK-NOT: flow.iter
# CHECK-NOT: flow.getitem
# CHECK: %[[ONE:.*]] = flow.constant 1
# CHECK: flow.eq %x, %[[ONE]]
# CHECK: %[[ADD:.*]] = flow.constant "add"
# CHECK: flow.return %[[ADD]]
# CHECK: %[[TWO:.*]] = flow.constant 2
# CHECK: flow.eq %x, %[[TWO]]
# CHECK: %[[SUB:.*]] = flow.constant "sub"
# CHECK: flow.return %[[SUB]]
# CHECK-NOT: flow.iter
def unrolled(x):
    for name, code in OPS:
        if x == code:
            return name
    return "?"
