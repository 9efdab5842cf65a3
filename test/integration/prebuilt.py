# Module-level constants: lists, dicts and strings prebuilt at import time.
# RUN: %{differential}
import sys

NAMES = ["zero", "one", "two", "three"]
CODES = {"a": 1, "b": 2, "c": 3}
GREETING = "hi " * 2


def main(argv):
    for i in range(len(NAMES)):
        print(i, NAMES[i])
    for key in CODES.keys():
        print(key, CODES[key])
    print(GREETING, "b" in CODES, "z" in CODES)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
