# Small objects that never outlive a loop iteration: vectors made, added
# and dotted, and a tuple returned and unpacked. After inlining, malloc
# removal keeps them all in registers.
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def split(n):
    return n // 7, n % 7


def step(i):
    v = Vec(i, i + 1)
    w = v.add(Vec(1, 2))
    q, r = split(i)
    return w.dot(v) + q - r


def main(argv):
    n = 10000000
    if len(argv) > 1:
        n = int(argv[1])
    total = 0
    for i in range(n):
        total = (total + step(i)) % 1000000007
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
