# An RPN calculator: split, int() with ValueError, a list as a stack.
# RUN: %{differential}
import sys


def evaluate(line):
    stack = []
    for token in line.split():
        if token == "+" or token == "-" or token == "*":
            b = stack.pop()
            a = stack.pop()
            if token == "+":
                stack.append(a + b)
            elif token == "-":
                stack.append(a - b)
            else:
                stack.append(a * b)
        else:
            stack.append(int(token))
    return stack.pop()


def main(argv):
    for line in ["1 2 +", "3 4 * 5 -", "10 2 3 * -", "7 x +"]:
        try:
            print(line, "=", evaluate(line))
        except ValueError:
            print(line, "is not valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
