# More methods and idioms: [None] * n filled later, list.remove,
# split/rsplit with maxsplit, startswith/endswith with positions.
# RUN: %{differential}
import sys


class Slot:
    def __init__(self, name):
        self.name = name


def main(argv):
    n = len(argv)
    slots = [None] * (3 + n)
    slots[1] = Slot("one")
    slots[-1] = Slot("last")
    for s in slots:
        if s is None:
            print("empty")
        else:
            print(s.name)
    names = [None] * 2
    names[0] = "x"
    print(names[0], names[1] is None)
    queue = ["p", "q", "r", "q"]
    queue.remove("q")
    print(queue)
    try:
        queue.remove("z")
    except ValueError as e:
        print("ValueError:", str(e))
    line = "key = value = more"
    print(line.split(" = ", 1), line.rsplit(" = ", 1), "a b  c".split(None, 1))
    path = "/usr/local/lib/python3"
    print(path.rsplit("/", 2), path.startswith("local", 5), path.endswith("lib", 0, 14))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
