# The built-in classes that convert values (int, float, str, bool, r_uint)
# fold on constants like the built-in functions (len, abs, repr, ...) do.
# RUN: rpy-translate %s --emit=flow | FileCheck %s

from rpython.rlib.rarithmetic import r_uint


def main(argv):
    return conversions()


# CHECK-LABEL: flow.func @conversions()
# CHECK-NOT: flow.simple_call
# CHECK: %[[C:.*]] = flow.constant ["5", 12, 2, 2.000000e+00, false, 3 : ui64]
# CHECK-NEXT: flow.return %[[C]]
def conversions():
    return str(5), int("12"), int(2.5), float(2), bool(0), r_uint(3)
