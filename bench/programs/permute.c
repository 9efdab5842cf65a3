/* Permute (Are We Fast Yet): the C peer of permute.py. */
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  long count;
  long v[6];
} Permute;

static void swap(Permute *p, int i, int j) {
  long t = p->v[i];
  p->v[i] = p->v[j];
  p->v[j] = t;
}

static void permute(Permute *p, int n) {
  ++p->count;
  if (n != 0) {
    int n1 = n - 1;
    permute(p, n1);
    for (int i = n1; i >= 0; --i) {
      swap(p, n1, i);
      permute(p, n1);
      swap(p, n1, i);
    }
  }
}

int main(int argc, char **argv) {
  long iterations = argc > 1 ? atol(argv[1]) : 20000, count = 0;
  for (long k = 0; k < iterations; ++k) {
    Permute *p = calloc(1, sizeof(Permute));
    permute(p, 6);
    count = p->count;
    free(p);
  }
  printf("%ld\n", count);
  return 0;
}
