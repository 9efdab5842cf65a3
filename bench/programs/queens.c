/* Queens (Are We Fast Yet): the C peer of queens.py. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  bool free_rows[8], free_maxs[16], free_mins[16];
  int queen_rows[8];
} Queens;

static bool get(Queens *q, int r, int c) {
  return q->free_rows[r] && q->free_maxs[c + r] && q->free_mins[c - r + 7];
}

static void set(Queens *q, int r, int c, bool v) {
  q->free_rows[r] = q->free_maxs[c + r] = q->free_mins[c - r + 7] = v;
}

static bool place(Queens *q, int c) {
  for (int r = 0; r < 8; ++r)
    if (get(q, r, c)) {
      q->queen_rows[r] = c;
      set(q, r, c, false);
      if (c == 7 || place(q, c + 1))
        return true;
      set(q, r, c, true);
    }
  return false;
}

static bool benchmark(void) {
  bool result = true;
  for (int i = 0; i < 10; ++i) {
    Queens *q = malloc(sizeof(Queens));
    for (int k = 0; k < 8; ++k)
      q->free_rows[k] = true, q->queen_rows[k] = -1;
    for (int k = 0; k < 16; ++k)
      q->free_maxs[k] = q->free_mins[k] = true;
    result = result && place(q, 0);
    free(q);
  }
  return result;
}

int main(int argc, char **argv) {
  long iterations = argc > 1 ? atol(argv[1]) : 20000, found = 0;
  for (long i = 0; i < iterations; ++i)
    found += benchmark();
  printf("%ld\n", found);
  return 0;
}
