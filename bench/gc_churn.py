"""Allocates about 10 GB in total, keeping a small live set: the collector
must reclaim as it goes (docs/rtyper.md, "Memory"). Prints a checksum.

    rpy-translate bench/gc_churn.py -o /tmp/gc_churn
    /usr/bin/time -f "%e s, peak RSS %M KB" /tmp/gc_churn
"""
import sys


class Block(object):
    def __init__(self, size, next):
        self.items = [size] * size
        self.next = next


def churn(rounds, size):
    live = None
    checksum = 0
    for i in range(rounds):
        block = Block(size, None)
        checksum += block.items[i % size]
        if i % 1000 == 0:
            # The live set: a chain of at most 16 blocks.
            live = Block(size, live)
            depth = 0
            node = live
            while node is not None and depth < 16:
                depth += 1
                if depth == 16:
                    node.next = None
                node = node.next
    return checksum


def main(argv):
    # Each block: a 1000-item list (about 8 KB) and its instance.
    rounds = 1250000
    if len(argv) > 1:
        rounds = int(argv[1])
    print(churn(rounds, 1000))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
