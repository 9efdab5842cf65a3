# Deep recursion raises RecursionError (a RuntimeError) instead of crashing
# (lltype-stack-check): directly, through two functions, through methods
# with overrides and through function values; the program catches it and
# goes on, and the last one, uncaught, ends it with status 1.
# RUN: %{differential}
import sys


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def ping(n):
    if n == 0:
        return 0
    return pong(n - 1) + 1


def pong(n):
    return ping(n) + 1


class Node:
    def depth(self, n):
        return 0


class Chain(Node):
    def __init__(self, next):
        self.next = next

    def depth(self, n):
        return self.next.depth(n + 1) + 1


def twice(f, n):
    if n == 0:
        return 0
    return f(twice, n - 1) + 1


def apply(g, n):
    return g(apply, n)


def main(argv):
    print(down(900))
    try:
        print(down(1000000))
    except RuntimeError as e:
        print("RuntimeError:", str(e))
    try:
        print(ping(1000000))
    except RecursionError as e:
        print("RecursionError:", str(e))
    loop = Chain(Node())
    loop.next = loop
    try:
        print(loop.depth(0))
    except RecursionError as e:
        print("through methods:", str(e))
    try:
        print(twice(apply, 1000000))
    except RecursionError as e:
        print("through function values:", str(e))
    print(down(500), twice(apply, 100))
    print(down(1000000 * len(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
