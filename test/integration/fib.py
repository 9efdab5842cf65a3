# Recursion and integer arithmetic.
# RUN: %{differential}
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(argv):
    for i in range(15):
        print(i, fib(i))
    print("fib(25) =", fib(25))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
