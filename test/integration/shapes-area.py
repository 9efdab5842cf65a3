# Polymorphism with float results and a list of base-class instances.
# RUN: %{differential}
import sys


class Shape(object):
    def area(self):
        return 0.0

    def name(self):
        return "shape"


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def name(self):
        return "rect"


class Tri(Shape):
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return 0.5 * self.b * self.h

    def name(self):
        return "tri"


def main(argv):
    shapes = [Rect(2.0, 3.0), Tri(4.0, 5.0), Shape(), Rect(1.5, 1.5)]
    total = 0.0
    for s in shapes:
        print("%s %.3f" % (s.name(), s.area()))
        total += s.area()
    print("total %.2f" % total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
