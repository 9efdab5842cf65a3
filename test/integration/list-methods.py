# List methods: insert, extend, reverse, sort, index, count, in, pop, del of
# a slice.
# RUN: %{differential}
import sys


def main(argv):
    l = [5, 3, 8]
    l.insert(0, 1)
    l.insert(2, 7)
    l.insert(-1, 6)
    l.insert(100, 9)
    print(len(l), l[0], l[1], l[2], l[-1])
    cut = list(range(10))
    del cut[2:4]
    print(cut)
    del cut[-3:]
    print(cut)
    del cut[5:1]
    del cut[:1]
    print(cut)
    names = ["a", "b", "c", "d"]
    del names[1:-1]
    names.append("e")
    print(names)
    l.extend([2, 2, 4])
    l.sort()
    print(l[0], l[1], l[-1], l.count(2), l.index(8), 8 in l, 42 in l)
    l.reverse()
    print(l[0], l[-1], l.pop(), len(l))
    words = ["pear", "apple", "fig"]
    words.sort()
    print(" ".join(words), words.index("fig"))
    floats = [2.5, -1.0, 3.25]
    floats.sort()
    print(floats[0], floats[1], floats[2])
    try:
        words.index("kiwi")
    except ValueError:
        print("no kiwi")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
