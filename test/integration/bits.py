# Bit operations: popcount by shifting, masks, xor swaps.
# RUN: %{differential}
import sys


def popcount(n):
    count = 0
    while n:
        count += n & 1
        n >>= 1
    return count


def main(argv):
    for n in [0, 1, 7, 8, 255, 1023, 123456789]:
        print(n, popcount(n), n & 0xff, n | 0x100, n ^ 0x55, n << 2)
    a = 12
    b = 34
    a = a ^ b
    b = a ^ b
    a = a ^ b
    print(a, b)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
