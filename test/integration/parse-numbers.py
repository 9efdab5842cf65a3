# int() and float() of strings, with ValueError for bad input.
# RUN: %{differential}
import sys


def main(argv):
    for text in ["42", "-17", "  8  ", "3.5", "abc", "1e3", "0x10"]:
        try:
            print("int", int(text))
        except ValueError:
            try:
                print("float", float(text))
            except ValueError:
                print("neither", text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
