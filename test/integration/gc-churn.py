# Many short-lived objects with a small live set: the collector reclaims
# them (the run stays small in memory).
# RUN: %{differential}
import sys


class Pair(object):
    def __init__(self, left, right):
        self.left = left
        self.right = right


def churn(rounds):
    keep = Pair(0, None)
    checksum = 0
    for i in range(rounds):
        tmp = Pair(i, keep)
        words = [str(i), "x" * (i % 50)]
        checksum += len(words[0]) + len(words[1]) + tmp.left % 7
        if i % 1000 == 0:
            keep = Pair(i, None)
    return checksum


def main(argv):
    print(churn(300000))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
