# Exceptions: raise in a callee, caught by class (and by a base class),
# propagating through frames, the message of an exception.
# RUN: %{differential}
import sys


class AppError(Exception):
    pass


class NotFound(AppError):
    pass


def find(n):
    if n > 10:
        raise NotFound("missing " + str(n))
    if n < 0:
        raise ValueError("negative")
    return n * 2


def lookup(n):
    return find(n) + 1


def main(argv):
    for n in [3, 20, -1, 7]:
        try:
            print("found", lookup(n))
        except NotFound:
            print("not found", n)
        except ValueError:
            print("bad value", n)
    try:
        lookup(99)
    except AppError:
        print("an app error")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
