# Assignment: tuple targets unpack with flow.getitem after a length check
# (see unpack-length.py; constant tuples fold);
# `a, b = b, a` assigns the evaluated elements without building a tuple;
# augmented assignment is the in-place operation (flow.inplace_add, ...),
# on attributes and items reading and writing back; del of a local unbinds
# it, del of an attribute is flow.delattr.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s


class Counter(object):
    def __init__(self):
        self.n = 0


def main(argv):
    unpack((1, (2, 3)))
    swap(1, 2)
    augmented(1, argv, 0)
    delete(argv)
    chained()
    annotated(1)
    return 0


# CHECK-LABEL: flow.func @unpack(%t: !flow.obj)
# CHECK: %[[ZERO:.*]] = flow.constant 0
# CHECK: %[[A:.*]] = flow.getitem %t, %[[ZERO]]
# CHECK: %[[ONE:.*]] = flow.constant 1
# CHECK: %[[BC:.*]] = flow.getitem %t, %[[ONE]]
# CHECK: %[[ZERO2:.*]] = flow.constant 0
# CHECK: %[[B:.*]] = flow.getitem %[[BC]], %[[ZERO2]]
# CHECK: %[[ONE2:.*]] = flow.constant 1
# CHECK: %[[C:.*]] = flow.getitem %[[BC]], %[[ONE2]]
# CHECK-NOT: flow.getitem
# CHECK: %[[AB:.*]] = flow.add %[[A]], %[[B]]
# CHECK: %[[ABC:.*]] = flow.add %[[AB]], %[[C]]
# CHECK: %[[SEVEN:.*]] = flow.constant 7
# CHECK: flow.add %[[ABC]], %[[SEVEN]]
def unpack(t):
    a, (b, c) = t
    x, [y, z] = 1, (2, 4)
    return a + b + c + (x + y + z)


# CHECK-LABEL: flow.func @swap(%a: !flow.obj, %b: !flow.obj)
# CHECK-NOT: flow.newtuple
# CHECK-NOT: flow.getitem
# CHECK: %[[D:.*]] = flow.sub %b, %a
# CHECK: flow.return %[[D]]
def swap(a, b):
    a, b = b, a
    return a - b


# CHECK-LABEL: flow.func @augmented(%x: !flow.obj, %l: !flow.obj, %i: !flow.obj)
# CHECK: %[[X1:.*]] = flow.inplace_add %x, %{{.*}}
# CHECK: %[[X2:.*]] = flow.inplace_sub %[[X1]], %{{.*}}
# CHECK: %[[X3:.*]] = flow.inplace_mul %[[X2]], %{{.*}}
# CHECK: %[[X4:.*]] = flow.inplace_floordiv %[[X3]], %{{.*}}
# CHECK: %[[X5:.*]] = flow.inplace_mod %[[X4]], %{{.*}}
# CHECK: %[[X6:.*]] = flow.inplace_pow %[[X5]], %{{.*}}
# CHECK: %[[X7:.*]] = flow.inplace_lshift %[[X6]], %{{.*}}
# CHECK: %[[X8:.*]] = flow.inplace_rshift %[[X7]], %{{.*}}
# CHECK: %[[X9:.*]] = flow.inplace_and_ %[[X8]], %{{.*}}
# CHECK: %[[X10:.*]] = flow.inplace_or_ %[[X9]], %{{.*}}
# CHECK: %[[X11:.*]] = flow.inplace_xor %[[X10]], %{{.*}}
# CHECK: %[[X12:.*]] = flow.inplace_truediv %[[X11]], %{{.*}}
# CHECK: %[[OLD:.*]] = flow.getitem %l, %i
# CHECK: %[[NEW:.*]] = flow.inplace_add %[[OLD]], %{{.*}}
# CHECK: flow.setitem %l, %i, %[[NEW]]
# CHECK: %[[COUNTER:.*]] = flow.constant @Counter
# CHECK: %[[C:.*]] = flow.simple_call(%[[COUNTER]])
# CHECK: %[[N:.*]] = flow.getattr %[[C]] {name = "n"}
# CHECK: %[[N2:.*]] = flow.inplace_add %[[N]], %[[X12]]
# CHECK: flow.setattr %[[C]], %[[N2]] {name = "n"}
# CHECK: flow.inplace_add %l, %l
# Augmented assignment of constants folds like the plain operator.
# CHECK: %[[FIVE:.*]] = flow.constant 5
# CHECK: flow.newtuple(%[[X12]], %[[C]], %[[FIVE]])
def augmented(x, l, i):
    x += 1
    x -= 2
    x *= 3
    x //= 4
    x %= 5
    x **= 6
    x <<= 7
    x >>= 8
    x &= 9
    x |= 10
    x ^= 11
    x /= 12
    l[i] += 1
    c = Counter()
    c.n += x
    l += l
    k = 2
    k += 3
    return x, c, k


# CHECK-LABEL: flow.func @delete(%l: !flow.obj)
# CHECK: %[[COUNTER:.*]] = flow.constant @Counter
# CHECK: %[[C:.*]] = flow.simple_call(%[[COUNTER]])
# CHECK: flow.delattr %[[C]] {name = "n"}
# CHECK: flow.return %l
def delete(l):
    y = l
    del y
    c = Counter()
    del c.n
    y = l
    return y


# `a = b = []` binds both names to one list.
# CHECK-LABEL: flow.func @chained()
# CHECK: %[[L:.*]] = flow.newlist()
# CHECK-NOT: flow.newlist
# CHECK: flow.newtuple(%[[L]], %[[L]])
def chained():
    a = b = []
    return a, b


# CHECK-LABEL: flow.func @annotated(%x: !flow.obj)
# CHECK: %[[S:.*]] = flow.add %x, %x
# CHECK: flow.return %[[S]]
def annotated(x):
    y: int = x + x
    z: int
    return y
