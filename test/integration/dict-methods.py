# Dict methods: get with a default, del, items, membership after deletion,
# growth past many entries.
# RUN: %{differential}
import sys


def main(argv):
    d = {}
    for i in range(100):
        d[i] = i * 3
    print(len(d), d.get(50, -1), d.get(500, -1))
    for i in range(0, 100, 2):
        del d[i]
    print(len(d), 4 in d, 5 in d, d[99])
    total = 0
    for k, v in d.items():
        total += k + v
    print(total)
    names = {"a": "x", "b": "y"}
    print(names.get("a", "?"), names.get("z", "?"))
    try:
        del names["q"]
    except KeyError:
        print("no q")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
