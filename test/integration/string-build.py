# Building strings: repetition, joins of generated parts, f-strings,
# comparisons of built strings.
# RUN: %{differential}
import sys


def box(width, height):
    lines = ["+" + "-" * width + "+"]
    for i in range(height):
        lines.append("|" + " " * width + "|")
    lines.append("+" + "-" * width + "+")
    return "\n".join(lines)


def main(argv):
    print(box(6, 2))
    parts = []
    for i in range(5):
        parts.append(f"{i}:{i * i}")
    joined = ",".join(parts)
    print(joined, len(joined), joined == "0:0,1:1,2:4,3:9,4:16")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
