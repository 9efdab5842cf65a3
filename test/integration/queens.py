# N-queens by backtracking: lists as stacks, recursion.
# RUN: %{differential}
import sys


def safe(cols, row, col):
    for r in range(row):
        c = cols[r]
        if c == col or c - col == r - row or c - col == row - r:
            return False
    return True


def solve(n, row, cols):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if safe(cols, row, col):
            cols.append(col)
            count += solve(n, row + 1, cols)
            cols.pop()
    return count


def main(argv):
    for n in range(1, 9):
        print(n, solve(n, 0, []))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
