# IndexError and ZeroDivisionError raised by indexing and division inside a
# try that catches them (PyPy's getitem_idx and int_floordiv_zer), with
# CPython's messages.
# RUN: %{differential}
import sys


def safe_get(items, i):
    try:
        return items[i]
    except IndexError:
        return -1


def safe_char(s, i):
    try:
        return s[i]
    except IndexError as e:
        print("IndexError:", str(e))
        return "?"


def divide(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", str(e))
        return 0


def modulo(a, b):
    try:
        return a % b
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", str(e))
        return 0


def ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", str(e))
        return 0.0


def store(items, i, value):
    try:
        items[i] = value
    except LookupError as e:
        print("LookupError:", str(e))


def remove(items, i):
    try:
        del items[i]
    except IndexError as e:
        print("IndexError:", str(e))


def main(argv):
    words = ["a", "b"]
    try:
        words[len(argv) + 3] = "c"[0]
    except IndexError:
        print("no room for c")
    remove(words, 0)
    remove(words, 1)
    print(words)
    items = [10, 20, 30]
    print(safe_get(items, 1), safe_get(items, -1), safe_get(items, 3),
          safe_get(items, -4))
    print(safe_char("abc", 2), safe_char("abc", 5))
    print(divide(7, 2), divide(-7, 2), divide(7, 0))
    print(modulo(7, 3), modulo(7, 0))
    print(ratio(1.0, 4.0), ratio(1.5, 0.0))
    store(items, 0, 5)
    store(items, 7, 5)
    print(items)
    total = 0
    for i in range(len(argv) + 5):
        try:
            total += items[i] // (i - 1)
        except IndexError:
            total += 1000
        except ZeroDivisionError:
            total += 100
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
