# sys.exit() raises SystemExit: finally blocks run on the way out,
# `except Exception` does not catch it, `except BaseException` does, and
# the status of an uncaught one is the program's exit status.
# RUN: %{differential}
# RUN: %{differential} stop
import sys


def leave(code):
    try:
        sys.exit(code)
    finally:
        print("finally runs")


def guarded():
    try:
        leave(5)
    except BaseException:
        print("caught by BaseException")
    return 1


def main(argv):
    print(guarded())
    try:
        if len(argv) > 1:
            leave(3)
    except Exception:
        print("not an Exception")
    print("still running")
    sys.exit(0)


if __name__ == "__main__":
    main(sys.argv)
