# The sieve of Eratosthenes on a list of bools.
# RUN: %{differential}
import sys


def primes_below(n):
    is_prime = [True] * n
    is_prime[0] = False
    is_prime[1] = False
    result = []
    for i in range(2, n):
        if is_prime[i]:
            result.append(i)
            j = i * i
            while j < n:
                is_prime[j] = False
                j += i
    return result


def main(argv):
    primes = primes_below(1000)
    print(len(primes), primes[0], primes[-1])
    line = ""
    for p in primes[:20]:
        line = line + str(p) + " "
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
