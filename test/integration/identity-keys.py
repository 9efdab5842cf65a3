# Instances as dict keys, set items and tuple-key items: hashed by
# identity, which must not change when the generational collector moves
# them out of the nursery (the differential suite runs this collecting at
# every allocation).
# RUN: %{differential}
import sys


class Key:
    def __init__(self, n):
        self.n = n


class Special(Key):
    pass


def main(argv):
    keys = []
    table = {}
    seen = set()
    pairs = {}
    for i in range(300):
        k = Key(i) if i % 3 else Special(i)
        keys.append(k)
        table[k] = i * 2
        seen.add(k)
        pairs[(k, i)] = i
    garbage = []
    for i in range(2000):
        garbage.append(Key(i))
    total = 0
    for i, k in enumerate(keys):
        total += table[k] + pairs[(k, i)]
        if k not in seen:
            print("lost", k.n)
    del table[keys[0]]
    seen.remove(keys[1])
    print(total, len(table), len(seen), len(pairs), keys[5] in table)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
