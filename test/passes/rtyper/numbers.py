# Numbers: int arithmetic as int_* (Python's // and % are the lowering's),
# r_uint as uint_* (r_uint() and intmask() as casts), floats as float_*,
# chars compared as char_*, bools computing as ints, the casts of int(),
# float(), bool(), chr() and ord(), ** of ints through the runtime, and
# str() of each kind for print.
# RUN: rpy-translate %s --emit=ll | FileCheck %s
# RUN: rpy-translate %s --emit=ll | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --backend=llinterp | FileCheck %s --check-prefix=OUT
import sys
from rpython.rlib.rarithmetic import intmask, r_uint

# OUT: 144 -27
# OUT-NEXT: 6148914691236517204 4 9223372036854775807 1 False -2
# OUT-NEXT: -26.75
# OUT-NEXT: True True False True True True
# OUT-NEXT: True False 97 c
# OUT-NEXT: -3 3.0 True 4 1.5 -3 -4 3 27
# OUT-NEXT: 1 5 -2.5 True

# A prebuilt r_uint is an unsigned constant.
BIG = r_uint(-1)


# CHECK-LABEL: lltype.func @main(%arg0: !lltype.ptr<@list.str>) -> !lltype.signed
# CHECK: lltype.constant -1 : !lltype.unsigned
# CHECK: lltype.direct_call @unsigned
# CHECK: lltype.direct_call @rpy_uint_str
# CHECK: lltype.direct_call @rpy_float_repr
# min() and max(): a comparison choosing the operand (the first of equal
# ones, as CPython).
# CHECK: lltype.cond_br %{{.*}}, ^[[JOIN:.*]](%[[FIVE:.*]] : !lltype.signed), ^[[JOIN]](%[[N:.*]] : !lltype.signed)
# CHECK: lltype.int_lt %[[N]], %{{.*}}
def main(argv):
    n = len(argv)
    print(ints(17, -5), ints(-17, 5))
    q, r, s, inv, gt, signed = unsigned(BIG, n)
    print(q, r, s, inv, gt, signed)
    print(floats(7.5, -2.0))
    lt, le, eq, ne, gt, ge = compare(n, 3, 2.0)
    print(lt, le, eq, ne, gt, ge)
    c1, c2, o, c = chars("a", "b")
    print(c1, c2, o, c)
    i, f, b, s2, d, neg, inv2, ab, p = conversions(n + 2, -3.9, True)
    print(i, f, b, s2, d, neg, inv2, ab, p)
    print(min(n, 5), max(n, 5), min(1.5, -2.5), n > 0 and n < 3)
    return 0


# CHECK-LABEL: lltype.func @ints(%arg0: !lltype.signed, %arg1: !lltype.signed) -> !lltype.signed
# CHECK: lltype.int_floordiv %arg0, %arg1
# CHECK: lltype.int_mod %arg0, %arg1
# CHECK: lltype.int_mul %arg0, %arg1
# CHECK: lltype.int_sub
# CHECK: lltype.int_lshift %arg0
# CHECK: lltype.int_rshift %arg0
# CHECK: lltype.int_and %arg0, %arg1
# CHECK: lltype.int_or %arg0, %arg1
# CHECK: lltype.int_xor %arg0, %arg1
def ints(a, b):
    return a // b + a % b - a * b + (a << 2) + (a >> 1) + (a & b) + (a | b) + (a ^ b)


# r_uint() of an int and intmask() of an r_uint are casts; the arithmetic
# of r_uints is unsigned (an int shift count is cast too).
# CHECK-LABEL: lltype.func @unsigned(%arg0: !lltype.unsigned, %arg1: !lltype.signed) -> !lltype.ptr<@tuple6.unsigned.unsigned.unsigned.unsigned.bool.signed>
# CHECK: %[[N:.*]] = lltype.cast_int_to_uint %arg1
# CHECK: %[[Y:.*]] = lltype.uint_sub %arg0, %[[N]]
# CHECK: lltype.uint_floordiv %[[Y]]
# CHECK: lltype.uint_mod %[[Y]]
# CHECK: lltype.uint_rshift %[[Y]]
# CHECK: lltype.uint_invert %[[Y]]
# CHECK: lltype.uint_gt %[[Y]], %arg0
# CHECK: lltype.cast_uint_to_int %[[Y]]
def unsigned(x, n):
    y = x - r_uint(n)
    return y // r_uint(3), y % r_uint(10), y >> 1, ~y, y > x, intmask(y)


# CHECK-LABEL: lltype.func @floats(%arg0: !lltype.float, %arg1: !lltype.float) -> !lltype.float
# CHECK: lltype.float_truediv %arg0, %arg1
# CHECK: lltype.float_floordiv %arg0, %arg1
# CHECK: lltype.float_mod %arg0, %arg1
# CHECK: lltype.float_mul %arg0, %arg1
# CHECK: lltype.float_abs %arg0
# CHECK: lltype.float_pow %arg1
def floats(x, y):
    return x / y + x // y + x % y + x * y - abs(x) + y ** 2.0


# Comparisons give bools: int_* of ints, float_* of floats.
# CHECK-LABEL: lltype.func @compare(
# CHECK: lltype.int_lt %arg0, %arg1
# CHECK: lltype.int_le %arg0, %arg1
# CHECK: lltype.int_eq %arg0, %arg1
# CHECK: lltype.int_ne %arg0, %arg1
# CHECK: lltype.float_gt %arg2
# CHECK: lltype.float_ge %arg2
def compare(a, b, x):
    return a < b, a <= b, a == b, a != b, x > 1.5, x >= 2.0


# CHECK-LABEL: lltype.func @chars(%arg0: !lltype.char, %arg1: !lltype.char)
# CHECK: lltype.char_lt %arg0, %arg1
# CHECK: lltype.char_eq %arg0, %arg1
# CHECK: lltype.cast_char_to_int %arg0
# CHECK: lltype.cast_int_to_char
def chars(c, d):
    return c < d, c == d, ord(c), chr(ord(d) + 1)


# CHECK-LABEL: lltype.func @conversions(%arg0: !lltype.signed, %arg1: !lltype.float, %arg2: !lltype.bool)
# CHECK: lltype.cast_float_to_int %arg1
# CHECK: lltype.cast_int_to_float %arg0
# CHECK: lltype.int_is_true %arg0
# CHECK: %[[FLAG:.*]] = lltype.cast_bool_to_int %arg2
# CHECK: lltype.int_add %[[FLAG]], %arg0
# An int / an int is a float division.
# CHECK: lltype.float_truediv
# CHECK: lltype.int_neg %arg0
# CHECK: lltype.int_invert %arg0
# CHECK: lltype.int_abs
# CHECK: lltype.direct_call @rpy_int_pow(%arg0, %{{.*}}) : (!lltype.signed, !lltype.signed) -> !lltype.signed
def conversions(n, x, flag):
    return int(x), float(n), bool(n), flag + n, n / 2, -n, ~n, abs(-n), n ** 3


# CHECK-DAG: lltype.func private @rpy_uint_str(!lltype.unsigned) -> !lltype.ptr<@rpy_string>
# CHECK-DAG: lltype.func private @rpy_float_repr(!lltype.float) -> !lltype.ptr<@rpy_string>
# CHECK-DAG: lltype.func private @rpy_int_pow(!lltype.signed, !lltype.signed) -> !lltype.signed


if __name__ == "__main__":
    sys.exit(main(sys.argv))
