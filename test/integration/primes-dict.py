# Memoisation in a dict: recursive fibonacci with a cache, primes by trial
# division.
# RUN: %{differential}
import sys


def fib(n, cache):
    if n in cache:
        return cache[n]
    value = n
    if n >= 2:
        value = fib(n - 1, cache) + fib(n - 2, cache)
    cache[n] = value
    return value


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def main(argv):
    cache = {}
    print(fib(80, cache), len(cache))
    count = 0
    for n in range(10000):
        if is_prime(n):
            count += 1
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
