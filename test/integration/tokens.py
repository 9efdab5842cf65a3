# A tokenizer: character classes, slicing, lists of strings.
# RUN: %{differential}
import sys


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append("NUM:" + text[i:j])
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append("ID:" + text[i:j])
            i = j
        else:
            tokens.append("OP:" + c)
            i += 1
    return tokens


def main(argv):
    for line in ["x1 = 42 + y", "if a2>=10 then b", "  (3*(4+5))  "]:
        print(" ".join(tokenize(line)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
