# Functions with *args (one copy per number of star arguments), calls with
# f(a, *t), and %-formatting of a tuple held in a variable.
# RUN: %{differential}
import sys


def total(first, *rest):
    return first + rest[0] + rest[1]


def show(label, *args):
    print(label, len(args), args)


def log(*args):
    # RPython's formats are constants; the values may come as a tuple.
    print("%s scored %d" % args)


def record(name, score):
    return (name, score)


def main(argv):
    n = len(argv)
    print(total(1, 2, 3), total(n, n * 2, n * 3))
    show("none")
    show("two", "a", "b")
    show("mixed", n, 2.5, "x")
    pair = (4, 5)
    print(total(1, *pair))
    log("ann", 7 * n)
    log("bob", 50)
    row = record("bob", 12)
    print("%-6s|%4d|" % row)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
