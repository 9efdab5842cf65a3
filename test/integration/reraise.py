# Nested try blocks, re-raising, handlers by base class, exceptions through
# several frames.
# RUN: %{differential}
import sys


class ParseError(Exception):
    pass


class EmptyInput(ParseError):
    pass


def parse(text):
    if len(text) == 0:
        raise EmptyInput("nothing")
    if text[0] == "!":
        raise ParseError("bang in " + text)
    return len(text)


def checked(text):
    try:
        return parse(text)
    except EmptyInput:
        print("empty, re-raising")
        raise


def main(argv):
    for text in ["abc", "!x", "", "zz"]:
        try:
            print("parsed", checked(text))
        except ParseError as e:
            print("parse error")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
