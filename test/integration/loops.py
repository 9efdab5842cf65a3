# while and for loops with break, continue and else-less exits; nested
# loops; ranges with a step and negative steps.
# RUN: %{differential}
import sys


def main(argv):
    i = 0
    while True:
        i += 1
        if i % 2 == 0:
            continue
        if i > 9:
            break
        print("odd", i)
    for j in range(10, 0, -3):
        print("down", j)
    for a in range(3):
        for b in range(3):
            if a == b:
                continue
            print(a, b)
    total = 0
    for k in range(1, 101):
        total += k
    print("sum", total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
