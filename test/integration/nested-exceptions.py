# Exceptions across loops and calls: an exception ends a loop early, a
# handler in a loop body, finally-less cleanup by re-raise.
# RUN: %{differential}
import sys


class Stop(Exception):
    pass


def check(n):
    if n == 7:
        raise Stop("seven")
    if n % 5 == 0:
        raise ValueError("five")
    return n


def main(argv):
    seen = 0
    try:
        for n in range(1, 20):
            try:
                check(n)
                seen += 1
            except ValueError:
                print("skipping", n)
    except Stop:
        print("stopped with", seen)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
