# Towers (Are We Fast Yet): the towers of Hanoi with 13 disks as linked
# lists of disk objects; prints the moves of the last iteration.
import sys


class Disk:
    def __init__(self, size):
        self.size = size
        self.next = None


class Towers:
    def __init__(self):
        self.piles = [None, None, None]
        self.moves = 0

    def push(self, disk, pile):
        top = self.piles[pile]
        if top is not None and disk.size >= top.size:
            raise ValueError("cannot put a big disk on a smaller one")
        disk.next = top
        self.piles[pile] = disk

    def pop(self, pile):
        top = self.piles[pile]
        assert top is not None
        self.piles[pile] = top.next
        top.next = None
        return top

    def move_top(self, source, destination):
        self.push(self.pop(source), destination)
        self.moves += 1

    def move_disks(self, disks, source, destination):
        if disks == 1:
            self.move_top(source, destination)
        else:
            other = 3 - source - destination
            self.move_disks(disks - 1, source, other)
            self.move_top(source, destination)
            self.move_disks(disks - 1, other, destination)


def benchmark():
    towers = Towers()
    for size in range(12, -1, -1):
        towers.push(Disk(size), 0)
    towers.move_disks(13, 0, 1)
    return towers.moves


def main(argv):
    iterations = 2000
    if len(argv) > 1:
        iterations = int(argv[1])
    moves = 0
    for _ in range(iterations):
        moves = benchmark()
    print(moves)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
