/* Bounce (Are We Fast Yet): the C peer of bounce.py. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  long x, y, x_vel, y_vel;
} Ball;

static long seed;
static long next(void) {
  seed = ((seed * 1309) + 13849) & 65535;
  return seed;
}

static bool bounce(Ball *b) {
  long limit = 500;
  bool bounced = false;
  b->x += b->x_vel;
  b->y += b->y_vel;
  if (b->x > limit)
    b->x = limit, b->x_vel = -labs(b->x_vel), bounced = true;
  if (b->x < 0)
    b->x = 0, b->x_vel = labs(b->x_vel), bounced = true;
  if (b->y > limit)
    b->y = limit, b->y_vel = -labs(b->y_vel), bounced = true;
  if (b->y < 0)
    b->y = 0, b->y_vel = labs(b->y_vel), bounced = true;
  return bounced;
}

static long benchmark(void) {
  seed = 74755;
  Ball *balls[100];
  for (int i = 0; i < 100; ++i) {
    Ball *b = malloc(sizeof(Ball));
    b->x = next() % 500;
    b->y = next() % 500;
    b->x_vel = (next() % 300) - 150;
    b->y_vel = (next() % 300) - 150;
    balls[i] = b;
  }
  long bounces = 0;
  for (int step = 0; step < 50; ++step)
    for (int i = 0; i < 100; ++i)
      bounces += bounce(balls[i]);
  for (int i = 0; i < 100; ++i)
    free(balls[i]);
  return bounces;
}

int main(int argc, char **argv) {
  long iterations = argc > 1 ? atol(argv[1]) : 20000, bounces = 0;
  for (long i = 0; i < iterations; ++i)
    bounces = benchmark();
  printf("%ld\n", bounces);
  return 0;
}
