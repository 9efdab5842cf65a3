# Classes: __init__, attributes, inheritance, methods, overrides called
# through the base class, isinstance.
# RUN: %{differential}
import sys


class Shape(object):
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return self.name + " " + str(self.area())


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h * 1.0


class Square(Rect):
    def __init__(self, side):
        Rect.__init__(self, side, side)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r


def main(argv):
    shapes = [Rect(2, 3), Square(4), Circle(1.5), Shape("blob")]
    total = 0.0
    for s in shapes:
        print(s.describe(), isinstance(s, Rect), isinstance(s, Square))
        total += s.area()
    print("total", total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
