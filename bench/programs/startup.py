# Start-up: a program that prints one line.
import sys


def main(argv):
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
