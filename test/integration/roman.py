# Roman numerals: prebuilt lists, string building, parsing back with a dict.
# RUN: %{differential}
import sys

VALUES = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
SYMBOLS = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]
DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    result = ""
    for i in range(len(VALUES)):
        while n >= VALUES[i]:
            result = result + SYMBOLS[i]
            n -= VALUES[i]
    return result


def from_roman(text):
    total = 0
    for i in range(len(text)):
        value = DIGITS[text[i]]
        if i + 1 < len(text) and DIGITS[text[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


def main(argv):
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
        r = to_roman(n)
        print(n, r, from_roman(r))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
