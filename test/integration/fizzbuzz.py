# FizzBuzz with string building.
# RUN: %{differential}
import sys


def main(argv):
    out = []
    for i in range(1, 51):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    print(", ".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
