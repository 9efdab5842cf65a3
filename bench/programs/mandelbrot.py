# mandelbrot (the Benchmarks Game's computation): how many points of an
# n x n grid over [-1.5, 0.5] x [-1, 1] stay within 2 for 50 iterations.
import sys


def main(argv):
    n = 1000
    if len(argv) > 1:
        n = int(argv[1])
    inside = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = 0.0
            zi = 0.0
            i = 0
            while i < 50 and zr * zr + zi * zi <= 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                i += 1
            if i == 50:
                inside += 1
    print(inside)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
