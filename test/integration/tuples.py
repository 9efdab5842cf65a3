# Tuples: several return values, unpacking, tuples in lists, constant
# tuples.
# RUN: %{differential}
import sys


def divmod2(a, b):
    return a // b, a % b


def minmax(items):
    lo = items[0]
    hi = items[0]
    for x in items:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def main(argv):
    q, r = divmod2(47, 6)
    print(q, r)
    lo, hi = minmax([5, -2, 9, 3])
    print(lo, hi)
    points = [(0, 0), (3, 4), (-1, 2)]
    for x, y in points:
        print(x, y, x * x + y * y)
    origin = (0, "origin", 0.0)
    print(origin[0], origin[1], origin[2], origin[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
