# Queens (Are We Fast Yet): the eight queens by backtracking, 10 times per
# iteration; prints how many iterations found them.
import sys


class Queens:
    def __init__(self):
        self.free_rows = [True] * 8
        self.free_maxs = [True] * 16
        self.free_mins = [True] * 16
        self.queen_rows = [-1] * 8

    def get_row_column(self, r, c):
        return self.free_rows[r] and self.free_maxs[c + r] and \
            self.free_mins[c - r + 7]

    def set_row_column(self, r, c, v):
        self.free_rows[r] = v
        self.free_maxs[c + r] = v
        self.free_mins[c - r + 7] = v

    def place_queen(self, c):
        for r in range(8):
            if self.get_row_column(r, c):
                self.queen_rows[r] = c
                self.set_row_column(r, c, False)
                if c == 7:
                    return True
                if self.place_queen(c + 1):
                    return True
                self.set_row_column(r, c, True)
        return False


def benchmark():
    result = True
    for _ in range(10):
        result = result and Queens().place_queen(0)
    return result


def main(argv):
    iterations = 20000
    if len(argv) > 1:
        iterations = int(argv[1])
    found = 0
    for _ in range(iterations):
        if benchmark():
            found += 1
    print(found)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
