# Recursive fib: a call-bound benchmark (each call is a turn of a recursion
# cycle, so it meets a stack check).
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(argv):
    n = 35
    if len(argv) > 1:
        n = int(argv[1])
    print(fib(n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
