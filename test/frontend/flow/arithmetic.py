# Arithmetic, bitwise and unary operators become flow operations named after
# PyPy's (add, floordiv, and_, invert, ...); operations on constants fold with
# Python's semantics unless they raise or leave the machine word.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s


def main(argv):
    arith(1, 2)
    bits(3, 4)
    unary(5)
    folded()
    unfoldable()
    return 0


# `a + b - a * b / a // b % a ** b` with Python's precedence.
# CHECK-LABEL: flow.func @arith(%a: !flow.obj, %b: !flow.obj)
# CHECK: %[[SUM:.*]] = flow.add %a, %b
# CHECK: %[[MUL:.*]] = flow.mul %a, %b
# CHECK: %[[DIV:.*]] = flow.truediv %[[MUL]], %a
# CHECK: %[[FLOOR:.*]] = flow.floordiv %[[DIV]], %b
# CHECK: %[[POW:.*]] = flow.pow %a, %b
# CHECK: %[[MOD:.*]] = flow.mod %[[FLOOR]], %[[POW]]
# CHECK: %[[SUB:.*]] = flow.sub %[[SUM]], %[[MOD]]
# CHECK: flow.return %[[SUB]]
def arith(a, b):
    return a + b - a * b / a // b % a ** b


# `|` binds loosest, then `^`, then `&`, then the shifts.
# CHECK-LABEL: flow.func @bits(%a: !flow.obj, %b: !flow.obj)
# CHECK: %[[SHL:.*]] = flow.lshift %a, %b
# CHECK: %[[SHR:.*]] = flow.rshift %a, %b
# CHECK: %[[AND:.*]] = flow.and_ %[[SHR]], %a
# CHECK: %[[INV:.*]] = flow.invert %b
# CHECK: %[[XOR:.*]] = flow.xor %[[AND]], %[[INV]]
# CHECK: %[[OR:.*]] = flow.or_ %[[SHL]], %[[XOR]]
# CHECK: flow.return %[[OR]]
def bits(a, b):
    return (a << b) | (a >> b) & a ^ ~b


# CHECK-LABEL: flow.func @unary(%a: !flow.obj)
# CHECK: %[[NEG:.*]] = flow.neg %a
# CHECK: %[[POS:.*]] = flow.pos %a
# CHECK: %[[NOT:.*]] = flow.not_ %a
# CHECK: %[[T:.*]] = flow.newtuple(%[[NEG]], %[[POS]], %[[NOT]])
# CHECK: flow.return %[[T]]
def unary(a):
    return -a, +a, not a


# Folding follows Python: floor division and modulo round towards -inf,
# `-2 ** 2` is `-(2 ** 2)`, `/` gives a float.
# CHECK-LABEL: flow.func @folded()
# CHECK-NEXT: %[[C:.*]] = flow.constant [1042, -1, -4, 1, -1, -4, 3.500000e+00, 5.000000e-01, 1.000000e+301, "abab", 2, 6, -6]
# CHECK-NEXT: flow.return %[[C]]
def folded():
    return (2 * 3 + (1 << 4) - 7 // 2 + 5 % 3 + 2 ** 10 + (-3), ~0,
            -7 // 2, -7 % 2, 7 % -2, -2 ** 2, 7 / 2, 2 ** -1, 1e300 * 10,
            "ab" * 2, True + True, 5 ^ 3, ~5)


# What would raise, or leave the machine word, stays a run-time operation.
# CHECK-LABEL: flow.func @unfoldable()
# CHECK: %[[TWO:.*]] = flow.constant 2
# CHECK: %[[SEVENTY:.*]] = flow.constant 70
# CHECK: flow.pow %[[TWO]], %[[SEVENTY]]
# CHECK: %[[ONE:.*]] = flow.constant 1
# CHECK: %[[ZERO:.*]] = flow.constant 0
# CHECK: flow.floordiv %[[ONE]], %[[ZERO]]
# CHECK: %[[MAX:.*]] = flow.constant 9223372036854775807
# CHECK: %[[ONE2:.*]] = flow.constant 1
# CHECK: flow.add %[[MAX]], %[[ONE2]]
def unfoldable():
    return 2 ** 70, 1 // 0, 9223372036854775807 + 1
