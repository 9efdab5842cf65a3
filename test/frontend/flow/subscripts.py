# Indexing is flow.getitem/setitem/delitem; slicing (step 1 only) is
# flow.getslice/setslice/delslice with #flow.none for an omitted bound.
# Negative indices are ordinary constants. Subscripts of constants fold.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s


def main(argv):
    load(argv, 0)
    store(argv, 0, "x")
    folded()
    return 0


# CHECK-LABEL: flow.func @load(%l: !flow.obj, %i: !flow.obj)
# CHECK: %[[A:.*]] = flow.getitem %l, %i
# CHECK: %[[M1:.*]] = flow.constant -1
# CHECK: %[[B:.*]] = flow.getitem %l, %[[M1]]
# CHECK: %[[ONE:.*]] = flow.constant 1
# CHECK: %[[NONE:.*]] = flow.constant #flow.none
# CHECK: %[[C:.*]] = flow.getslice %l, %[[ONE]], %[[NONE]]
# CHECK: %[[NONE2:.*]] = flow.constant #flow.none
# CHECK: %[[M1B:.*]] = flow.constant -1
# CHECK: %[[D:.*]] = flow.getslice %l, %[[NONE2]], %[[M1B]]
# CHECK: %[[END:.*]] = flow.add %i, %{{.*}}
# CHECK: %[[E:.*]] = flow.getslice %l, %i, %[[END]]
# CHECK: %[[F:.*]] = flow.getslice %l, %{{.*}}, %{{.*}}
# CHECK: %[[G:.*]] = flow.getslice %l, %{{.*}}, %{{.*}}
# CHECK: flow.newtuple(%[[A]], %[[B]], %[[C]], %[[D]], %[[E]], %[[F]], %[[G]])
def load(l, i):
    return l[i], l[-1], l[1:], l[:-1], l[i:i + 2], l[:], l[::1]


# The value is evaluated before the target's parts, as in Python.
# CHECK-LABEL: flow.func @store(%l: !flow.obj, %i: !flow.obj, %v: !flow.obj)
# CHECK: flow.setitem %l, %i, %v
# CHECK: %[[NEW:.*]] = flow.newlist(%v)
# CHECK: %[[ONE:.*]] = flow.constant 1
# CHECK: %[[TWO:.*]] = flow.constant 2
# CHECK: flow.setslice %l, %[[ONE]], %[[TWO]], %[[NEW]]
# CHECK: %[[ZERO:.*]] = flow.constant 0
# CHECK: flow.delitem %l, %[[ZERO]]
# CHECK: %[[ONE2:.*]] = flow.constant 1
# CHECK: %[[NONE:.*]] = flow.constant #flow.none
# CHECK: flow.delslice %l, %[[ONE2]], %[[NONE]]
def store(l, i, v):
    l[i] = v
    l[1:2] = [v]
    del l[0]
    del l[1:]
    return l


# CHECK-LABEL: flow.func @folded()
# CHECK-NEXT: %[[C:.*]] = flow.constant ["c", "bcde", "", [1, 2, 3], 2, "a"]
# CHECK-NEXT: flow.return %[[C]]
def folded():
    return "abc"[-1], "abcdef"[1:-1], "abc"[5:], (1, 2, 3)[::1], (1, 2)[-1], "abc"[-9:1]
