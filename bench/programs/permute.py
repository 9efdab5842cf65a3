# Permute (Are We Fast Yet): all permutations of six items by swapping;
# prints the calls of the last iteration.
import sys


class Permute:
    def __init__(self):
        self.count = 0
        self.v = [0] * 6

    def permute(self, n):
        self.count += 1
        if n != 0:
            n1 = n - 1
            self.permute(n1)
            for i in range(n1, -1, -1):
                self.swap(n1, i)
                self.permute(n1)
                self.swap(n1, i)

    def swap(self, i, j):
        t = self.v[i]
        self.v[i] = self.v[j]
        self.v[j] = t


def main(argv):
    iterations = 20000
    if len(argv) > 1:
        iterations = int(argv[1])
    count = 0
    for _ in range(iterations):
        p = Permute()
        p.permute(6)
        count = p.count
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
