# Collatz sequences: while loops, integer arithmetic, tracking a maximum.
# RUN: %{differential}
import sys


def steps(n):
    count = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        count += 1
    return count


def main(argv):
    best = 0
    best_n = 0
    for n in range(1, 10000):
        s = steps(n)
        if s > best:
            best = s
            best_n = n
    print(best_n, best)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
