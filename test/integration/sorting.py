# Sorting: ints, floats and strings through the runtime, tuples (compared
# item by item, nested too) with a stable merge sort of the compiled code;
# sort(), sorted() and sorted(reverse=True), dict items by count.
# RUN: %{differential}
import sys

TEXT = """the quick brown fox jumps over the lazy dog the fox barks and the dog
sleeps while a quick bird sings over the brown house and the lazy cat"""


def frequencies(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def main(argv):
    counts = frequencies(TEXT)
    ranked = [(-n, word) for word, n in counts.items()]
    ranked.sort()
    for negative, word in ranked[:6]:
        print("%-6s %d" % (word, -negative))
    print(sorted(counts.items())[:4])
    scores = [(3.5, "c"), (1.25, "a"), (3.5, "b"), (-2.0, "z")]
    print(sorted(scores), sorted(scores, reverse=True))
    nested = [((2, "b"), 1), ((1, "z"), 2), ((2, "a"), 3), ((1, "z"), 0)]
    nested.sort()
    print(nested)
    numbers = [(i * 7919 + len(argv)) % 1009 for i in range(500)]
    pairs = [(n % 10, n) for n in numbers]
    pairs.sort()
    print(pairs[:4], pairs[-2:])
    words = sorted(counts.keys())
    print(words[:5], sorted([2.5, -1.0, 0.0, 10.0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
