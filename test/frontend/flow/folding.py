# Constant folding: operations and pure built-ins on immutable constants are
# computed at translation time; `we_are_translated()` is True, so its else
# branch disappears; module-level constants (`DEBUG`) decide branches.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s

from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.rarithmetic import r_uint, LONG_BIT

DEBUG = False
N = 2 * 3
MASK = r_uint(255)
WORDS = ("a", "b")


def main(argv):
    translated(len(argv))
    debug(len(argv))
    builtins()
    globals_fold()
    return 0


# CHECK-LABEL: flow.func @translated(%x: !flow.obj)
# CHECK-NOT: we_are_translated
# CHECK-NOT: flow.cond_br
# CHECK-NOT: flow.inplace_sub
# CHECK: %[[ONE:.*]] = flow.constant 1
# CHECK: %[[X:.*]] = flow.inplace_add %x, %[[ONE]]
# CHECK-NOT: flow.inplace_sub
# CHECK: flow.return %[[X]]
def translated(x):
    if we_are_translated():
        x += 1
    else:
        x -= 1
    return x


# CHECK-LABEL: flow.func @debug(%x: !flow.obj)
# CHECK-NOT: "debug"
# CHECK-NOT: flow.cond_br
# CHECK: %[[TWO:.*]] = flow.constant 2
# CHECK: %[[X:.*]] = flow.mul %x, %[[TWO]]
# CHECK: flow.return %[[X]]
def debug(x):
    if DEBUG:
        print("debug")
    if not DEBUG:
        x = x * 2
    return x


# CHECK-LABEL: flow.func @builtins()
# CHECK-NEXT: %[[C:.*]] = flow.constant [3, 3, 2.500000e+00, 3, 2, 97, "A", "0xff", "0o10", "'q'", true, 64]
# CHECK-NEXT: flow.return %[[C]]
def builtins():
    return (len("abc"), abs(-3), abs(-2.5), min(3, 4), max(1, 2), ord("a"),
            chr(65), hex(255), oct(8), repr("q"), issubclass(KeyError, Exception),
            LONG_BIT)


# CHECK-LABEL: flow.func @globals_fold()
# CHECK-NEXT: %[[C:.*]] = flow.constant [6, 255 : ui64, "a", 2]
# CHECK-NEXT: flow.return %[[C]]
def globals_fold():
    return N, MASK, WORDS[0], len(WORDS)
