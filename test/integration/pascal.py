# Pascal's triangle: lists of lists, formatted rows.
# RUN: %{differential}
import sys


def triangle(n):
    rows = [[1]]
    for i in range(1, n):
        prev = rows[-1]
        row = [1]
        for j in range(1, i):
            row.append(prev[j - 1] + prev[j])
        row.append(1)
        rows.append(row)
    return rows


def main(argv):
    for row in triangle(12):
        parts = []
        for x in row:
            parts.append("%4d" % x)
        print("".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
