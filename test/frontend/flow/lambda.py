# Lambdas and nested defs that use no variable of the enclosing function
# are ordinary functions, named Outer.<locals>.name; their (constant)
# defaults are kept.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s

SCALE = 3


def main(argv):
    return outer(len(argv))


# CHECK-LABEL: flow.func @outer(%n: !flow.obj)
# CHECK: %[[LAMBDA:.*]] = flow.constant @"outer.<locals>.<lambda>"
# CHECK: flow.simple_call(%[[LAMBDA]], %n)
# CHECK: %[[G:.*]] = flow.constant @"outer.<locals>.g"
# CHECK: flow.simple_call(%[[G]], %n)
def outer(n):
    f = lambda x: x + SCALE
    def g(y, z=2):
        return y * z
    return f(n) + g(n)


# CHECK-LABEL: flow.func @"outer.<locals>.<lambda>"(%x: !flow.obj)
# CHECK: %[[THREE:.*]] = flow.constant 3
# CHECK: %[[R:.*]] = flow.add %x, %[[THREE]]
# CHECK: flow.return %[[R]]

# CHECK-LABEL: flow.func @"outer.<locals>.g"(%y: !flow.obj, %z: !flow.obj)
# CHECK-SAME: defaults = [2]
# CHECK: flow.mul %y, %z
