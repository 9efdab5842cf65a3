# The entry point's result is the exit status.
# RUN: %{differential}
import sys


def main(argv):
    print("exiting with", 3 + len(argv))
    return 3 + len(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
