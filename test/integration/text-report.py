# Text processing: paragraphs split and re-wrapped to a width (left and
# fully justified) with StringBuilder, word frequencies in a dict ranked by
# count then word through composite sort keys, a letter histogram with
# bars, ROT13 with chr/ord, run-length encoding and decoding, acronyms and
# palindromes, all with string methods and %-formatting.
# RUN: %{differential}
import sys
from rpython.rlib.rstring import StringBuilder

TEXT = """It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness, it was the epoch of belief, it
was the epoch of incredulity.

It was the season of Light, it was the season of Darkness, it was the
spring of hope, it was the winter of despair.

Madam, in Eden I'm Adam: a man, a plan, a canal -- Panama!"""

STOP_WORDS = {"it": True, "was": True, "the": True, "of": True, "a": True,
              "in": True, "i'm": True}


def paragraphs(text):
    result = []
    current = []
    for line in text.split("\n"):
        if line.strip() == "":
            if len(current) > 0:
                result.append(" ".join(current))
                current = []
        else:
            current.append(line.strip())
    if len(current) > 0:
        result.append(" ".join(current))
    return result


def justify(words, width):
    # Spreads the spaces of one line; the leftmost gaps get the extras.
    if len(words) == 1:
        return words[0]
    letters = 0
    for w in words:
        letters += len(w)
    gaps = len(words) - 1
    spaces = width - letters
    out = StringBuilder()
    for i, w in enumerate(words):
        out.append(w)
        if i < gaps:
            count = spaces // gaps + (1 if i < spaces % gaps else 0)
            out.append_multiple_char(" ", count)
    return out.build()


def wrap(paragraph, width, full):
    lines = []
    line = []
    length = 0
    for word in paragraph.split():
        if len(line) > 0 and length + 1 + len(word) > width:
            lines.append(justify(line, width) if full else " ".join(line))
            line = []
            length = 0
        length += len(word) + (1 if len(line) > 0 else 0)
        line.append(word)
    if len(line) > 0:
        lines.append(" ".join(line))
    return lines


def normalize(word):
    return word.strip(".,:;!-").lower()


def frequencies(text):
    counts = {}
    for raw in text.split():
        word = normalize(raw)
        if word == "" or word in STOP_WORDS:
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts


def ranked(counts):
    # Descending count, then ascending word: one string key per entry.
    keys = []
    for word, count in counts.items():
        keys.append("%05d %s" % (99999 - count, word))
    keys.sort()
    return [key[6:] for key in keys]


def histogram(text):
    letters = {}
    for c in text.lower():
        if c.isalpha():
            letters[c] = letters.get(c, 0) + 1
    rows = []
    # In alphabet order (rpy does not sort lists of characters yet).
    for c in "abcdefghijklmnopqrstuvwxyz":
        if c in letters and letters[c] >= 8:
            rows.append("%s %3d %s" % (c, letters[c], "#" * (letters[c] // 4)))
    return rows


def rot13(text):
    out = StringBuilder()
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - ord("a") + 13) % 26 + ord("a")))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - ord("A") + 13) % 26 + ord("A")))
        else:
            out.append(c)
    return out.build()


def rle_encode(text):
    out = StringBuilder()
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        if j - i > 1:
            out.append(str(j - i))
        out.append(text[i])
        i = j
    return out.build()


def rle_decode(text):
    out = StringBuilder()
    count = 0
    for c in text:
        if c.isdigit():
            count = count * 10 + (ord(c) - ord("0"))
        else:
            out.append_multiple_char(c, max(count, 1))
            count = 0
    return out.build()


def is_palindrome(text):
    letters = [c for c in text.lower() if c.isalnum()]
    n = len(letters)
    for i in range(n // 2):
        if letters[i] != letters[n - 1 - i]:
            return False
    return n > 0


def acronym(phrase):
    parts = [w for w in phrase.replace("-", " ").split(" ") if w != ""]
    return "".join([p[0].upper() for p in parts])


def main(argv):
    paras = paragraphs(TEXT)
    print("%d paragraphs, %d words, %d chars" % (len(paras), len(TEXT.split()),
                                                 len(TEXT)))
    for width in [28, 40]:
        print("=" * width)
        for i, para in enumerate(paras):
            for line in wrap(para, width, i < 2):
                print("|%s|" % (line + " " * (width - len(line))))
            print("|%s|" % (" " * width))
    counts = frequencies(TEXT)
    top = ranked(counts)
    print("distinct:", len(counts), "top:", top[:6])
    for word in top[:4]:
        share = counts[word] * 100 // len(counts)
        print(f"{word:>12} {counts[word]:2d} {share:3d}%")
    for row in histogram(TEXT):
        print(row)
    secret = rot13(paras[0][:40])
    print(secret, "|", rot13(secret) == paras[0][:40])
    for sample in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz"]:
        packed = rle_encode(sample)
        print("%-14r -> %-10s ok=%s" % (sample, packed,
                                        rle_decode(packed) == sample))
    for phrase in paras[2].split(": ") + ["never odd or even", "rpy", "x"]:
        print(is_palindrome(phrase), acronym(phrase))
    jit = acronym("just in time").lower()
    print(acronym("portable operating system interface - unix"),
          "%7s|%-7s|" % (jit, jit))  # str.center is not supported by rpy
    return len(argv) - 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
