# Built-ins and library functions: hex oct hash sorted list min max (of
# numbers, of a list) abs chr
# ord, StringBuilder, math (with CPython's errors), time, sys.stdout, list
# equality, dict setdefault/copy/clear, isinstance of None, float // and %.
# RUN: %{differential}
import math
import sys
import time

from rpython.rlib.rstring import StringBuilder


class Node:
    def __init__(self, value):
        self.value = value


def describe(x):
    sb = StringBuilder()
    sb.append("<")
    sb.append(str(x))
    sb.append_multiple_char("!", 3)
    sb.append(">")
    return sb.build()


def root(x):
    try:
        return math.sqrt(x)
    except ValueError as e:
        print("ValueError:", str(e))
        return -1.0


def main(argv):
    n = len(argv)
    print(hex(255 * n), oct(8 * n), hex(-255 * n), hash(5 * n), hash(-n))
    items = [5, 3, 9, 1]
    print(sorted(items), sorted(items, reverse=True), items)
    copy = list(items)
    copy.append(0)
    print(copy == items, copy[:4] == items, copy != items)
    print(min(n, 3), max(n, 3), abs(-n), chr(64 + n), ord("A") + n)
    print(min(items), max(items), min(n, 7, 2), max(2.5, n * 1.0, 0.5))
    words = ["pear", "apple", "zoo"]
    print(min(words), max(words), min([1.5, -2.0 * n]))
    del copy[:]
    try:
        print(max(copy))
    except ValueError as e:
        print("ValueError:", str(e))
    print(describe(str(42)), describe("x"))
    print(root(16.0), root(-1.0), math.floor(2.5 * n), math.ceil(2.5 * n))
    print(math.pow(2.0, 10.0), math.isnan(math.sqrt(4.0)), math.fabs(-n))
    try:
        math.exp(1000.0 * n)
    except OverflowError as e:
        print("OverflowError:", str(e))
    start = time.time()
    print(time.time() >= start, time.perf_counter() > 0.0)
    written = sys.stdout.write("written\n")
    print(written)
    d = {"a": 1}
    print(d.setdefault("a", 5), d.setdefault("b", 7), len(d))
    e = d.copy()
    d.clear()
    print(len(d), len(e), e["b"])
    node = None
    if n > 5:
        node = Node(n)
    print(isinstance(node, Node))
    x = float(n)
    print(x // 0.1, -4.0 * x % 2.0, 4.0 * x % -2.0, -7.5 * x // 2.0)
    sys.stdout.flush()
    if n > 0:
        sys.exit(7)
    print("not reached")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
