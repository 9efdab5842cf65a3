# `del` accepts the target forms Python accepts: names, attributes,
# subscripts, slices, and tuples or lists of those.
# RUN: rpy-translate %s --emit=flow | FileCheck %s


def main(argv):
    return drop(argv)


# CHECK-LABEL: flow.func @drop(%l: !flow.obj)
# CHECK: %[[ZERO:.*]] = flow.constant 0
# CHECK: flow.delitem %l, %[[ZERO]]
# CHECK: %[[ONE:.*]] = flow.constant 1
# CHECK: flow.delitem %l, %[[ONE]]
# CHECK: flow.return %l
def drop(l):
    x = 1
    y = 2
    del x, l[0]
    del [y, l[1]]
    return l
