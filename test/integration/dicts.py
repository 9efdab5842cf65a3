# Dicts: insertion order, update, membership, len, lookups, KeyError.
# RUN: %{differential}
import sys


def count_words(text):
    counts = {}
    for word in text.split():
        if word in counts:
            counts[word] = counts[word] + 1
        else:
            counts[word] = 1
    return counts


def main(argv):
    counts = count_words("the cat and the dog and the bird")
    for word in counts.keys():
        print(word, counts[word])
    print(len(counts), "the" in counts, "fish" in counts)
    squares = {}
    for i in range(10):
        squares[i] = i * i
    total = 0
    for v in squares.values():
        total += v
    print(total, squares[7])
    try:
        print(counts["fish"])
    except KeyError:
        print("no fish")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
