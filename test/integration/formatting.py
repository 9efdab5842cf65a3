# %-formatting with flags, width and precision, as CPython prints it.
# RUN: %{differential}
import sys


def main(argv):
    n = 42
    x = 3.14159
    name = "rpy"
    print("%d %s %r" % (n, name, name))
    print("[%5d] [%-5d] [%05d] [%+d]" % (n, n, n, n))
    print("%x %X %o" % (255, 255, 8))
    print("%.2f %10.3f %e %g" % (x, x, x * 1000, x))
    print("[%10s] [%-10s]" % (name, name))
    print("%d%%" % 50)
    print("total: %d items, %s" % (3, "done"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
