# Lists of lists: matrix product and transpose with floats.
# RUN: %{differential}
import sys


def make(rows, cols, start):
    m = []
    for i in range(rows):
        row = []
        for j in range(cols):
            row.append(start + i * cols + j * 0.5)
        m.append(row)
    return m


def multiply(a, b):
    result = []
    for i in range(len(a)):
        row = []
        for j in range(len(b[0])):
            s = 0.0
            for k in range(len(b)):
                s += a[i][k] * b[k][j]
            row.append(s)
        result.append(row)
    return result


def main(argv):
    a = make(3, 4, 1.0)
    b = make(4, 2, -2.0)
    c = multiply(a, b)
    for row in c:
        line = ""
        for x in row:
            line = line + " " + str(x)
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
