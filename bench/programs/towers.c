/* Towers (Are We Fast Yet): the C peer of towers.py. */
#include <stdio.h>
#include <stdlib.h>

typedef struct Disk {
  int size;
  struct Disk *next;
} Disk;

static Disk *piles[3];
static long moves;

static void push(Disk *disk, int pile) {
  Disk *top = piles[pile];
  if (top && disk->size >= top->size) {
    fprintf(stderr, "cannot put a big disk on a smaller one\n");
    exit(1);
  }
  disk->next = top;
  piles[pile] = disk;
}

static Disk *pop(int pile) {
  Disk *top = piles[pile];
  piles[pile] = top->next;
  top->next = NULL;
  return top;
}

static void move_disks(int disks, int source, int destination) {
  if (disks == 1) {
    push(pop(source), destination);
    ++moves;
    return;
  }
  int other = 3 - source - destination;
  move_disks(disks - 1, source, other);
  push(pop(source), destination);
  ++moves;
  move_disks(disks - 1, other, destination);
}

static long benchmark(void) {
  piles[0] = piles[1] = piles[2] = NULL;
  moves = 0;
  for (int size = 12; size >= 0; --size) {
    Disk *disk = malloc(sizeof(Disk));
    disk->size = size;
    push(disk, 0);
  }
  move_disks(13, 0, 1);
  for (Disk *d = piles[1], *next; d; d = next) {
    next = d->next;
    free(d);
  }
  return moves;
}

int main(int argc, char **argv) {
  long iterations = argc > 1 ? atol(argv[1]) : 2000, result = 0;
  for (long i = 0; i < iterations; ++i)
    result = benchmark();
  printf("%ld\n", result);
  return 0;
}
