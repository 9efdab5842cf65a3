# Word frequencies: split, lower, strip punctuation, a dict of counts,
# sorted output.
# RUN: %{differential}
import sys

TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs. A quick fox, a lazy dog!"""


def main(argv):
    counts = {}
    for raw in TEXT.split():
        word = raw.strip(".,;!").lower()
        counts[word] = counts.get(word, 0) + 1
    words = []
    for word in counts.keys():
        words.append(word)
    words.sort()
    for word in words:
        print("%-6s %d" % (word, counts[word]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
