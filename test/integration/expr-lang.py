# A small expression language: a tokenizer, a recursive-descent parser
# (precedence climbing) building an AST of classes with overridden eval and
# show, an environment dict, and exception subclasses for lexing, parsing
# and evaluation errors caught around each statement, each its own way.
# RUN: %{differential}
import sys


class LangError(Exception):
    def __init__(self, message):
        self.message = message
        self.pos = 0

    def describe(self):
        return "error: " + self.message


class LexError(LangError):
    def describe(self):
        return "lex error at %d: %s" % (self.pos, self.message)


class ParseError(LangError):
    def describe(self):
        return "parse error at %d: %s" % (self.pos, self.message)


class EvalError(LangError):
    def describe(self):
        return "eval error: " + self.message


# rpy builds no exception from several arguments: set the position later.
def located(error, pos):
    error.pos = pos
    return error


class Token(object):
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def show(self):
        return "%s(%s)" % (self.kind, self.text)


OPERATORS = "+-*/%()<>="


def tokenize(source):
    tokens = []
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            start = i
            while i < n and source[i].isdigit():
                i += 1
            tokens.append(Token("num", source[start:i], start))
        elif c.isalpha() or c == "_":
            start = i
            while i < n and (source[i].isalnum() or source[i] == "_"):
                i += 1
            kind = "kw" if source[start:i] == "let" else "name"
            tokens.append(Token(kind, source[start:i], start))
        elif c == "=" and i + 1 < n and source[i + 1] == "=":
            tokens.append(Token("op", "==", i))
            i += 2
        elif c in OPERATORS:
            tokens.append(Token("op", c, i))
            i += 1
        else:
            raise located(LexError("unexpected character %r" % c), i)
    tokens.append(Token("eof", "", n))
    return tokens


class Node(object):
    def eval(self, env):
        raise NotImplementedError


class Num(Node):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def show(self):
        return str(self.value)


class Var(Node):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        if self.name not in env:
            raise EvalError("undefined variable '%s'" % self.name)
        return env[self.name]

    def show(self):
        return self.name


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        op = self.op
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/" or op == "%":
            if b == 0:
                raise EvalError("division by zero")
            return a // b if op == "/" else a % b
        if op == "<":
            return int(a < b)
        if op == ">":
            return int(a > b)
        return int(a == b)

    def show(self):
        return "(%s %s %s)" % (self.left.show(), self.op, self.right.show())


PRECEDENCE = {"==": 1, "<": 2, ">": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}


class Parser(object):
    def __init__(self, tokens):
        self.tokens = tokens
        self.index = 0

    def advance(self):
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, text):
        token = self.advance()
        if token.text != text:
            message = "expected '%s', got " % text + token.show()
            raise located(ParseError(message), token.pos)
        return token

    def statement(self):
        # let NAME = expr | expr
        target = ""
        if self.tokens[self.index].kind == "kw":
            self.advance()
            name = self.advance()
            if name.kind != "name":
                raise located(ParseError("expected a name"), name.pos)
            self.expect("=")
            target = name.text
        expr = self.binary(1)
        t = self.tokens[self.index]
        if t.kind != "eof":
            raise located(ParseError("trailing " + t.show()), t.pos)
        return target, expr

    def binary(self, level):
        left = self.unary()
        while True:
            token = self.tokens[self.index]
            prec = PRECEDENCE.get(token.text, 0) if token.kind == "op" else 0
            if prec < level or prec == 0:
                return left
            self.advance()
            right = self.binary(prec + 1)
            left = BinOp(token.text, left, right)

    def unary(self):
        token = self.advance()
        if token.kind == "num":
            return Num(int(token.text))
        if token.kind == "name":
            return Var(token.text)
        if token.text == "-":
            return BinOp("-", Num(0), self.unary())
        if token.text == "(":
            inner = self.binary(1)
            self.expect(")")
            return inner
        raise located(ParseError("unexpected " + token.show()), token.pos)


SCRIPT = [
    "let x = 6 * 7",
    "let y = x - 2 * (3 + 4)",
    "x + y",
    "-x / 5",
    "(x % 5 == 2) * 100 + (x % 5 > 2) * 200",
    "let z = ((x > y) * x + (x < y) * y) * 2 - -(y - 50)",
    "w + 1",
    "10 / (y - 28)",
    "let 5 = 3",
    "3 + * 4",
    "(1 + 2",
    "4 $ 4",
    "1 < 2 == 1 + (x > y) * 2 - 2",
]


def main(argv):
    env = {}
    env["argc"] = len(argv)
    errors = 0
    for line in SCRIPT + ["argc * 10"]:
        try:
            target, expr = Parser(tokenize(line)).statement()
            value = expr.eval(env)
            if target != "":
                env[target] = value
                print("%s = %s => %d" % (target, expr.show(), value))
            else:
                print("%s => %d" % (expr.show(), value))
        except ParseError as e:
            errors += 1
            print("%-22s %s" % (line, e.describe()))
            print(" " * (22 + e.pos) + " ^")
        except LangError as e:
            errors += 1
            print("%-22s %s" % (line, e.describe()))
    for name in sorted(env.keys()):
        print(f"{name:>5} = {env[name]:6d}")
    shown = [t.show() for t in tokenize(SCRIPT[-1])]
    print("errors:", errors, "tokens:", len(shown), " ".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
