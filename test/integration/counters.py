# Instances as mutable state: counters updated through methods, attributes
# of several types, an object holding a list of others.
# RUN: %{differential}
import sys


class Counter(object):
    def __init__(self, name):
        self.name = name
        self.count = 0
        self.history = []

    def hit(self, amount):
        self.count += amount
        self.history.append(amount)


class Registry(object):
    def __init__(self):
        self.counters = []

    def add(self, name):
        c = Counter(name)
        self.counters.append(c)
        return c

    def total(self):
        t = 0
        for c in self.counters:
            t += c.count
        return t


def main(argv):
    reg = Registry()
    a = reg.add("a")
    b = reg.add("b")
    for i in range(10):
        a.hit(i)
        if i % 3 == 0:
            b.hit(1)
    print(a.count, b.count, reg.total(), len(a.history), b.history[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
