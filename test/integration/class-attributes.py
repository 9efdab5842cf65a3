# Class attributes read through instances (each instance starts with its
# class's value, overridable per subclass and per instance), exceptions
# with several arguments (str() of their tuple), str(e) in a handler with
# a finally, tuple unpacking inside a try, str.find with start and end.
# RUN: %{differential}
import sys


class Piece:
    name = "piece"
    value = 1

    def describe(self):
        return "%s(%d)" % (self.name, self.value)


class Rook(Piece):
    name = "rook"
    value = 5


class Queen(Piece):
    name = "queen"
    value = 9


class MoveError(Exception):
    def __init__(self, piece, square):
        self.piece = piece
        self.square = square


def move(piece, square):
    if square > 63:
        raise MoveError(piece.name, square)
    return square


def main(argv):
    n = len(argv)
    pieces = [Piece(), Rook(), Queen()]
    for p in pieces:
        print(p.describe())
    promoted = Piece()
    promoted.value = 8
    promoted.name = "pawn"
    print(promoted.describe(), Piece().describe())
    try:
        move(pieces[1], 70 + n)
    except MoveError as e:
        print("MoveError:", str(e), e.piece, e.square)
    finally:
        print("after the move")
    pair = ("a", n)
    try:
        letter, count = pair
        print(letter, count)
    except IndexError:
        print("never")
    s = "hello world, hello"
    print(s.find("l", 7), s.find("l", 2, 5), s.find("o", 5, 8), s.rfind("l", 0, 5))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
