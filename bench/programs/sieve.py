# Sieve of Eratosthenes: the primes below n, counted, 5 times.
import sys


def sieve(n):
    flags = [True] * n
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i < n:
        if flags[i]:
            j = i * i
            while j < n:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def main(argv):
    n = 5000000
    if len(argv) > 1:
        n = int(argv[1])
    count = 0
    for _ in range(5):
        count = sieve(n)
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
