# A tiny expression interpreter: an AST of classes with an overridden eval,
# built by a parser over a string.
# RUN: %{differential}
import sys


class Node(object):
    def eval(self):
        return 0


class Num(Node):
    def __init__(self, value):
        self.value = value

    def eval(self):
        return self.value


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self):
        a = self.left.eval()
        b = self.right.eval()
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        return a * b


def main(argv):
    print(BinOp("+", Num(2), BinOp("*", Num(3), Num(4))).eval())
    print(BinOp("-", Num(10), Num(7)).eval())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
