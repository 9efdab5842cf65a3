# Calls: defaults, keyword arguments, recursion, functions returning None.
# RUN: %{differential}
import sys


def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def show(value):
    print("value:", value)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def main(argv):
    print(greet("world"))
    print(greet("rpy", "Hi"))
    print(greet("you", punct="?"))
    print(greet(greeting="Bye", name="all"))
    show(42)
    print(ackermann(2, 3), ackermann(3, 3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
