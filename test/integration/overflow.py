# rpython.rlib.rarithmetic: ovfcheck() of + - * << and negation raising
# OverflowError, r_uint arithmetic wrapping modulo 2**64, intmask.
# RUN: %{differential}
import sys

from rpython.rlib.rarithmetic import intmask, ovfcheck, r_uint

MAXINT = sys.maxsize


def checked_add(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        return -1


def checked_mul(a, b):
    try:
        return ovfcheck(a * b)
    except OverflowError:
        return -1


def checked_sub(a, b):
    try:
        return ovfcheck(a - b)
    except OverflowError:
        return -1


def checked_shift(a, b):
    try:
        return ovfcheck(a << b)
    except OverflowError:
        return -1


def factorial(n):
    # The first factorial that does not fit a machine word stops it.
    result = 1
    for i in range(1, n + 1):
        try:
            result = ovfcheck(result * i)
        except OverflowError:
            print("overflow at", i)
            return -1
    return result


def hash_string(s):
    # FNV-1a, 64 bits, as unsigned arithmetic.
    h = r_uint(-3750763034362895579)  # 14695981039346656037
    for c in s:
        h = (h ^ r_uint(ord(c))) * r_uint(1099511628211)
    return intmask(h)


def main(argv):
    print(checked_add(1, 2), checked_add(MAXINT, 1), checked_add(-MAXINT, -2))
    print(checked_sub(5, 7), checked_sub(-MAXINT - 1, 1))
    print(checked_mul(1 << 31, 1 << 31), checked_mul(1 << 32, 1 << 31),
          checked_mul(-3, 4))
    print(checked_shift(1, 62), checked_shift(1, 63), checked_shift(3, 62),
          checked_shift(-1, 63))
    print(factorial(20), factorial(21))
    print(hash_string("rpy"), hash_string(""))
    u = r_uint(0) - r_uint(1)
    print(intmask(u), intmask(u >> 1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
