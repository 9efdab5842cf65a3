# Towers of Hanoi: recursion, lists as stacks, a move counter in an
# instance.
# RUN: %{differential}
import sys


class Counter(object):
    def __init__(self):
        self.moves = 0


def move(n, source, target, spare, pegs, counter):
    if n == 0:
        return
    move(n - 1, source, spare, target, pegs, counter)
    disk = pegs[source].pop()
    pegs[target].append(disk)
    counter.moves += 1
    move(n - 1, spare, target, source, pegs, counter)


def main(argv):
    for n in range(1, 12):
        pegs = [[], [], []]
        for d in range(n, 0, -1):
            pegs[0].append(d)
        counter = Counter()
        move(n, 0, 2, 1, pegs, counter)
        print(n, counter.moves, len(pegs[2]), pegs[2][0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
