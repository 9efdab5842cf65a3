# Displays: lists, dicts (keys and values alternating) and sets are built at
# run time (they are mutable); tuples of constants fold to one flow.constant.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s


def main(argv):
    displays(len(argv))
    empty()
    return 0


# CHECK-LABEL: flow.func @displays(%x: !flow.obj)
# CHECK: %[[ONE:.*]] = flow.constant 1
# CHECK: %[[U:.*]] = flow.newtuple(%x, %[[ONE]])
# CHECK: %[[TWO:.*]] = flow.constant 2
# CHECK: %[[L:.*]] = flow.newlist(%x, %[[TWO]])
# CHECK: %[[CL:.*]] = flow.newlist(%{{.*}}, %{{.*}})
# CHECK: %[[K:.*]] = flow.constant "k"
# CHECK: %[[K1:.*]] = flow.constant 1
# CHECK: %[[V1:.*]] = flow.constant 2
# CHECK: %[[D:.*]] = flow.newdict(%[[K]], %x, %[[K1]], %[[V1]])
# CHECK: %[[THREE:.*]] = flow.constant 3
# CHECK: %[[S:.*]] = flow.newset(%x, %[[THREE]])
# CHECK: %[[T:.*]] = flow.constant [1, "a", #flow.none, [2.500000e+00, true], []]
# CHECK: flow.newtuple(%[[T]], %[[U]], %[[L]], %[[CL]], %[[D]], %[[S]])
def displays(x):
    t = (1, "a", None, (2.5, True), ())
    u = (x, 1)
    l = [x, 2]
    cl = [1, 2]
    d = {"k": x, 1: 2}
    s = {x, 3}
    return t, u, l, cl, d, s


# CHECK-LABEL: flow.func @empty()
# CHECK: %[[L:.*]] = flow.newlist()
# CHECK: %[[D:.*]] = flow.newdict()
# CHECK: %[[T:.*]] = flow.constant []
# CHECK: flow.newtuple(%[[L]], %[[D]], %[[T]])
def empty():
    return [], {}, ()
