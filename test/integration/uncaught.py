# An uncaught exception: the message on stderr as CPython's last traceback
# line, and exit status 1.
# RUN: %{differential}
import sys


class Boom(Exception):
    pass


def main(argv):
    print("before")
    raise Boom("it went off")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
