# String methods: split, join, strip, find, replace, startswith, case and
# character classes, slicing.
# RUN: %{differential}
import sys


def main(argv):
    line = "  alpha, beta ,gamma  "
    parts = line.strip().split(",")
    cleaned = []
    for p in parts:
        cleaned.append(p.strip())
    print("|".join(cleaned))
    words = "one two  three".split()
    print(len(words), words[0], words[-1])
    s = "hello world"
    print(s.find("o"), s.rfind("o"), s.find("z"), s.count("l"))
    print(s.replace("l", "L"), s.upper(), "ABC".lower())
    print(s.startswith("hell"), s.endswith("xyz"))
    print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "   ".isspace())
    print(s[0:5], s[6:], s[:-6], s[-5:], s[3:3] == "")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
