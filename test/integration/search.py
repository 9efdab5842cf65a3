# Binary search (iterative and recursive) over a sorted list.
# RUN: %{differential}
import sys


def bsearch(items, target):
    lo = 0
    hi = len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def rsearch(items, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return rsearch(items, target, mid + 1, hi)
    return rsearch(items, target, lo, mid - 1)


def main(argv):
    items = []
    for i in range(0, 300, 3):
        items.append(i)
    for t in [0, 3, 150, 297, 298, -5, 1000]:
        print(t, bsearch(items, t), rsearch(items, t, 0, len(items) - 1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
