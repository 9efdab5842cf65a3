# f-strings: conversions and format specs on ints, floats, strings, bools.
# RUN: %{differential}
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def table(rows):
    for name, count, ratio in rows:
        print(f"|{name:<8}|{name:>8}|{count:5d}|{count:<5}|{ratio:8.3f}|")


def main(argv):
    n = len(argv) + 254
    print(f"{n} {n:x} {n:X} {n:#x} {n:o} {n:08d} {n:+d} {-n:+d} {n: d}")
    x = 3.25 * len(argv)
    print(f"{x} {x:.2f} {x:10.4f} {x:<10.1f}| {x:e} {x:.3e} {x:g} {x:10}")
    s = "rpy"
    print(f"[{s}] [{s!r}] [{s:6}] [{s:>6}] [{s:.2}] [{s!r:>8}]")
    b = n > 3
    print(f"{b} {b!r} {b:d} {b:3}")
    p = Point(1, -2)
    print(f"({p.x}, {p.y}) sum={p.x + p.y:+d}")
    table([("alpha", 3, 0.5), ("beta", 12345, 2.0 / 3.0), ("g", -7, -1.25)])
    print(f"{n * 2}{s}{n}")
    # Fill characters, centring and thousands separators.
    print(f"[{n:*^9}] [{s:-<6}] [{s:_>6}] [{s:^7}] [{x:~^12.3f}] [{n:0>6}]")
    big = n * 1000003
    print(f"{big:,} {-big:,} {big:_} {x * 1000:,.2f} [{big:>14,}] {x * 1e6:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
