# Containers printed as CPython prints them, and their remaining
# operations: list pop(i), +, +=, tuple == and in, dict pop, range() as a
# list, reversed(range()).
# RUN: %{differential}
import sys


def main(argv):
    n = len(argv)
    items = [1, 2, 3, 4, 5]
    print(items.pop(0), items.pop(-2), items.pop(), items)
    try:
        [].pop()
    except IndexError as e:
        print("IndexError:", str(e))
    try:
        items.pop(10)
    except IndexError as e:
        print("IndexError:", str(e))
    joined = items + [n, n + 1]
    items += [9]
    print(joined, items, joined == [2, 4, n, n + 1])
    pair = (n, "one")
    print(pair, pair == (1, "one"), pair != (1, "two"), (n,), ((1, 2), 3.5))
    print(2 in (1, 2, 3), n + 5 in (1, 2, 3), "b" in ("a", "b"))
    table = {"x": 1, "y": 2, "z": 3}
    print(table.pop("y"), table.pop("w", -1), table)
    try:
        table.pop("w")
    except KeyError as e:
        print("KeyError:", str(e))
    print({}, {n: [1.5, 2.0]}, {"k": (1, "v")})
    letters = set()
    print(letters)
    letters.add("a")
    print(letters)
    numbers = list(range(2, 12, 3))
    print(numbers, list(range(5, 0, -2)), list(range(3, 3)))
    for i in reversed(range(n, n + 3)):
        print(i)
    try:
        step = n - 1
        for i in list(range(0, 5, step)):
            print(i)
    except ValueError as e:
        print("ValueError:", str(e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
