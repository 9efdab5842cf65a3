# Prebuilt instances: module-level singletons with fields set at import
# time, mutated at run time (a static object the collector traces),
# pointing to each other and to prebuilt lists; a prebuilt exception.
# RUN: %{differential}
import sys


class Config:
    def __init__(self, name, limit):
        self.name = name
        self.limit = limit
        self.hits = 0
        self.history = [0]
        self.parent = None

    def hit(self):
        self.hits += 1
        self.history.append(self.hits * 10)
        return self.hits


class Registry:
    kind = "registry"

    def __init__(self):
        self.entries = ["boot"]
        self.count = 1


DEFAULTS = Config("defaults", 3)
LOCAL = Config("local", 5)
LOCAL.parent = DEFAULTS
REGISTRY = Registry()
NOT_FOUND = KeyError("not found")


def lookup(name):
    if name == "local":
        return LOCAL
    if name == "defaults":
        return DEFAULTS
    raise NOT_FOUND


def main(argv):
    for i in range(4):
        LOCAL.hit()
    DEFAULTS.hit()
    print(LOCAL.name, LOCAL.hits, LOCAL.limit, LOCAL.history)
    print(LOCAL.parent.name, DEFAULTS.hits, DEFAULTS.parent is None)
    for i in range(2000):
        REGISTRY.entries.append("e%d" % i)
        REGISTRY.count += 1
    print(REGISTRY.kind, REGISTRY.count, REGISTRY.entries[0], REGISTRY.entries[-1])
    try:
        lookup("remote")
    except KeyError as e:
        print("KeyError:", str(e))
    print(lookup("defaults").limit)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
