# Dicts and sets keyed by tuples (compared item by item, hashed by the
# compiled code): a sparse grid, memoisation by argument pairs, deletion,
# growth past the first table, sets of coordinates.
# RUN: %{differential}
import sys


def paths(memo, x, y):
    # Lattice paths from (0, 0) to (x, y), memoised by (x, y).
    if x == 0 or y == 0:
        return 1
    key = (x, y)
    if key in memo:
        return memo[key]
    result = paths(memo, x - 1, y) + paths(memo, x, y - 1)
    memo[key] = result
    return result


def neighbours(cell):
    x, y = cell
    return [(x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)]


def main(argv):
    n = len(argv)
    grid = {}
    for x in range(5):
        for y in range(4):
            if (x + y) % 3 != 0:
                grid[(x, y)] = "%d%d" % (x, y)
    print(len(grid), grid[(2, 0)], (3, 3) in grid, (0, 0) in grid)
    del grid[(1, 0)]
    print(len(grid), grid.get((1, 0), "-"), grid.get((4, 3), "-"))
    memo = {}
    print(paths(memo, 10, 10), paths(memo, 12 + n, 8), len(memo))
    labels = {("north", 1): "N1", ("south", 2): "S2"}
    labels[("north", 1)] = "n1"
    print(labels, sorted(labels.items()))
    seen = set()
    frontier = [(0, 0)]
    while len(frontier) > 0 and len(seen) < 30:
        cell = frontier.pop(0)
        if cell in seen:
            continue
        seen.add(cell)
        for other in neighbours(cell):
            if other not in seen and abs(other[0]) + abs(other[1]) <= 3:
                frontier.append(other)
    print(len(seen), (3, 0) in seen, (2, 2) in seen)
    big = {}
    for i in range(3000):
        big[(i % 97, i // 97, "k")] = i
    print(len(big), big[(5, 30, "k")])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
