# Python's integer division and modulo (towards minus infinity), shifts,
# bit operations, comparisons and mixed int/float arithmetic.
# RUN: %{differential}
import sys


def main(argv):
    values = [7, -7, 3, -3, 1, 100, -100]
    for a in values:
        for b in values:
            print(a, b, a // b, a % b, a * b, a - b, a & b, a | b, a ^ b,
                  a < b, a == b, a >= b)
    for a in values:
        print(a, a << 3, a >> 1, -a, ~a, abs(a))
    x = 10
    y = x * 0.5 + 1
    print(y, x / 4, 7.5 // 2, -7.5 % 2, 2.0 ** 10, y > x)
    print(min(3, 9), max(3, 9), min(2.5, -1.0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
