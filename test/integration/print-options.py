# print with sep, end and file=sys.stderr (only stdout is compared).
# RUN: %{differential}
import sys


def main(argv):
    print("a", "b", "c", sep="-")
    print("no newline", end="")
    print(" then", end="!\n")
    print("to stderr", file=sys.stderr)
    print(1, 2.5, True, None, "x", sep=", ")
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
