# Values that may be None: strings and instances, `is None` narrowing,
# truth of optional values.
# RUN: %{differential}
import sys


class Item(object):
    def __init__(self, label):
        self.label = label


def find(items, label):
    for item in items:
        if item.label == label:
            return item
    return None


def describe(name):
    if name is None:
        return "nobody"
    return "name " + name


def main(argv):
    items = [Item("a"), Item("b")]
    for label in ["a", "c"]:
        found = find(items, label)
        if found is not None:
            print("found", found.label)
        else:
            print("missing", label)
    nick = None
    if len(argv) > 5:
        nick = "x"
    print(describe(nick), describe("ann"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
