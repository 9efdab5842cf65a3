# The program's arguments: argv is a list of strings, argv[0] the program.
# RUN: %{differential} one two 3
import sys


def main(argv):
    print(len(argv))
    for arg in argv[1:]:
        print("arg", arg, len(arg))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
