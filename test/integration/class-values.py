# Classes and bound methods as values (PyPy's ClassesPBCRepr and
# MethodsPBCRepr): a class chosen at run time and instantiated, classes in
# a registry, bound methods stored and called later; object() sentinels,
# dict() and tuple().
# RUN: %{differential}
import sys


class Shape:
    def __init__(self, size):
        self.size = size

    def area(self):
        return 0

    def describe(self):
        return "shape"


class Square(Shape):
    def area(self):
        return self.size * self.size

    def describe(self):
        return "square"


class Triangle(Shape):
    def area(self):
        return self.size * self.size // 2

    def describe(self):
        return "triangle"


REGISTRY = {"square": Square, "triangle": Triangle}
MISSING = object()


def build(kind, size):
    cls = REGISTRY[kind]
    return cls(size)


def pick(flag):
    return Square if flag else Triangle


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self):
        self.count += 1
        return self.count


def main(argv):
    n = len(argv)
    for kind in ["square", "triangle"]:
        shape = build(kind, 4 + n)
        print(kind, shape.describe(), shape.area())
    made = pick(n > 5)(3)
    print(made.describe(), made.area())
    counter = Counter()
    bump = counter.bump
    bump()
    bump()
    print(counter.count, bump())
    actions = [Square(2).area, Triangle(6).area, Shape(1).area]
    print([action() for action in actions])
    names = [s.describe for s in [Square(1), Triangle(1)]]
    for name in names:
        print(name())
    found = MISSING
    table = dict()
    table["k"] = n
    print(found is MISSING, len(table), tuple((n, "x")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
