# Floats: arithmetic, comparisons, conversions, repr as CPython prints it.
# RUN: %{differential}
import sys


def mean(values):
    total = 0.0
    for v in values:
        total += v
    return total / len(values)


def main(argv):
    xs = [1.5, 2.25, -3.0, 10.0, 0.1]
    print(mean(xs))
    print(0.1 + 0.2, 1.0 / 3.0, 2.0 ** 0.5, 1e100, 1e-7, 123456789012345678.0)
    print(int(3.99), int(-3.99), float(7), abs(-2.5))
    print(7.0 // 2.0, -7.0 // 2.0, 7.5 % 2.0, -7.5 % 2.0)
    print(3.0 == 3, 2.5 < 3, max(1.5, 2.5), min(-1.0, 1.0))
    y = 1.0
    for i in range(10):
        y = y * 1.1
    print(y)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
