# Sets: literals, set(), membership, methods, operators, iteration in
# insertion order, and KeyError from remove() and pop().
# RUN: %{differential}
import sys

KEYWORDS = {"if", "else", "while"}


# Sorted, so that the output does not depend on iteration order (CPython
# iterates over a set in hash order, rpy in insertion order).
def show(name, s):
    items = [x for x in s]
    items.sort()
    print(name, len(s), items)


def show_words(name, s):
    items = [x for x in s]
    items.sort()
    print(name, len(s), items)


def main(argv):
    a = {1, 2, 3, 4}
    b = set([3, 4, 5])
    show("a", a)
    show("b", b)
    print(3 in a, 7 in a, 5 not in a)
    show("a|b", a | b)
    show("a&b", a & b)
    show("a-b", a - b)
    show("a^b", a ^ b)
    show("union", a.union([9, 10]))
    show("intersection", a.intersection(b))
    show("difference", a.difference([1]))
    print(a.issubset(a | b), b.issubset(a), a.issuperset([1, 2]),
          a.isdisjoint([7, 8]), a.isdisjoint(b))
    print(a == {4, 3, 2, 1}, a != b, a == b)
    c = set()
    for word in "the quick brown fox jumps over the lazy dog the end".split():
        c.add(word)
    show_words("words", c)
    c.discard("the")
    c.discard("missing")
    c.remove("fox")
    show_words("words", c)
    try:
        c.remove("fox")
    except KeyError as e:
        print("KeyError", str(e))
    d = c.copy()
    d.clear()
    print(len(c), len(d), bool(c), bool(d))
    d.update(["x", "y", "x"])
    show_words("d", d)
    e = {1}
    e |= {2, 3}
    e -= {1}
    e &= {2, 3, 4}
    e ^= {3, 5}
    show("e", e)
    popped = 0
    while e:
        popped += e.pop()
    print("popped", popped)
    try:
        e.pop()
    except KeyError as err:
        print("KeyError", str(err))
    letters = set("hello")
    print(len(letters), "l" in letters)
    print("if" in KEYWORDS, "for" in KEYWORDS, len(KEYWORDS))
    vowels = {c for c in "banana" if c in "aeiou"}
    print(len(vowels), "a" in vowels)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
