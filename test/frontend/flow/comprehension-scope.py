# The outermost iterable of a comprehension is evaluated in the enclosing
# scope, before the comprehension's own variables exist: in
# `[x * 2 for x in x]` the iterable is the parameter x.
# RUN: rpy-translate %s --emit=flow | FileCheck %s


def main(argv):
    return shadow(argv)


# CHECK-LABEL: flow.func @shadow(%x: !flow.obj)
# CHECK: %[[R:.*]] = flow.newlist()
# CHECK: %[[IT:.*]] = flow.iter %x
# CHECK: %[[ITEM:.*]] = flow.next %[[IT]]
# CHECK: flow.mul %[[ITEM]], %{{.*}}
def shadow(x):
    return [x * 2 for x in x]
