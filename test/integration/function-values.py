# Functions as values (PBCs of a call family): in lists, dicts and
# attributes, passed to other functions, chosen at run time, and None.
# RUN: %{differential}
import sys


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def fail(a, b):
    raise ValueError("no operation")


OPERATIONS = [add, sub, mul]
BY_NAME = {"+": add, "-": sub, "*": mul, "!": fail}


def fold(function, items, start):
    result = start
    for item in items:
        result = function(result, item)
    return result


class Button:
    def __init__(self, label, action):
        self.label = label
        self.action = action

    def press(self, a, b):
        return self.action(a, b)


def pick(name):
    if name == "sum":
        return add
    if name == "product":
        return mul
    return None


def main(argv):
    n = len(argv)
    for op in OPERATIONS:
        print(op(7, n + 2))
    print(fold(add, [1, 2, 3, 4], 0), fold(mul, [1, 2, 3, 4], 1))
    for symbol in ["+", "-", "*", "!"]:
        try:
            print(symbol, BY_NAME[symbol](10, 4))
        except ValueError as e:
            print(symbol, "ValueError:", str(e))
    buttons = [Button("plus", add), Button("times", mul)]
    for b in buttons:
        print(b.label, b.press(6, 7))
    for name in ["sum", "product", "other"]:
        f = pick(name)
        if f is None:
            print(name, "none")
        else:
            print(name, f(3, 5))
    chosen = sub if n > 5 else add
    print(chosen(100, 1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
