/* Sieve of Eratosthenes: the C peer of sieve.py. */
#include <stdio.h>
#include <stdlib.h>

static long sieve(long n) {
  char *flags = malloc((size_t)n);
  for (long i = 0; i < n; ++i)
    flags[i] = 1;
  flags[0] = flags[1] = 0;
  for (long i = 2; i * i < n; ++i)
    if (flags[i])
      for (long j = i * i; j < n; j += i)
        flags[j] = 0;
  long count = 0;
  for (long i = 0; i < n; ++i)
    count += flags[i];
  free(flags);
  return count;
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 5000000, count = 0;
  for (int k = 0; k < 5; ++k)
    count = sieve(n);
  printf("%ld\n", count);
  return 0;
}
