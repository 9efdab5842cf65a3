# Strings: concatenation, repetition, indexing, comparison, iteration,
# str() of numbers and bools, f-strings.
# RUN: %{differential}
import sys


def shout(word, times=2):
    return (word + "!") * times


def main(argv):
    s = "hello"
    t = s + ", world"
    print(t, len(t), t[0], t[-1])
    print(shout("hey"), shout("ho", 3))
    print(s == "hello", s != "hello", s < "help", "b" > "a")
    print("ell" in s, "z" in s)
    letters = ""
    for c in s:
        letters = letters + c + "."
    print(letters)
    n = 42
    print(f"n={n} half={n / 4} ok={n > 40} s={s}")
    print(str(3) + str(2.5) + str(True) + str(-17))
    print(1e16, 0.1, 1.5e-05, 123456789.0, -0.0, 2.0 / 3)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
