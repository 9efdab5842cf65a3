# Iteration: enumerate, zip, reversed, over a dict's keys and items.
# RUN: %{differential}
import sys


def main(argv):
    names = ["ann", "bob", "cy"]
    ages = [31, 25, 40]
    for i, name in enumerate(names):
        print(i, name)
    for name, age in zip(names, ages):
        print(name, age)
    for name in reversed(names):
        print(name)
    for c in reversed("abc"):
        print(c)
    table = {}
    for name, age in zip(names, ages):
        table[name] = age
    for key in table:
        print(key, table[key])
    for key, value in table.items():
        print(key, value)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
