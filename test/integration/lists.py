# Lists: literals, append (growing), indexing (negative), item assignment,
# len, iteration, truth.
# RUN: %{differential}
import sys


def squares(n):
    result = []
    for i in range(n):
        result.append(i * i)
    return result


def total(items):
    t = 0
    for x in items:
        t += x
    return t


def main(argv):
    sq = squares(20)
    print(len(sq), sq[0], sq[-1], total(sq))
    sq[3] = -1
    print(sq[3], sq[2] + sq[4])
    words = ["a", "bb", "ccc"]
    words.append("dddd")
    for w in words:
        print(w, len(w))
    empty = []
    empty.append(1)
    if empty:
        print("not empty", len(empty))
    print(len(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
