# gcd and lcm with % and //, negative operands as Python does.
# RUN: %{differential}
import sys


def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a // gcd(a, b) * b


def main(argv):
    pairs = [[12, 18], [17, 5], [100, 75], [-12, 18], [7, -3]]
    for p in pairs:
        print(p[0], p[1], gcd(p[0], p[1]), lcm(p[0], p[1]), p[0] // p[1],
              p[0] % p[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
