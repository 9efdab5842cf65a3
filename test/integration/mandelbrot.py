# An ASCII Mandelbrot set: float arithmetic in nested loops.
# RUN: %{differential}
import sys


def main(argv):
    for row in range(12):
        line = ""
        for col in range(40):
            cr = -2.0 + col * 0.065
            ci = -1.0 + row * 0.18
            zr = 0.0
            zi = 0.0
            n = 0
            while n < 50 and zr * zr + zi * zi < 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                n += 1
            if n == 50:
                line = line + "#"
            else:
                line = line + "."
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
