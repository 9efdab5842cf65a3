/* mandelbrot: the C peer of mandelbrot.py. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 1000, inside = 0;
  for (long y = 0; y < n; ++y) {
    double ci = 2.0 * y / n - 1.0;
    for (long x = 0; x < n; ++x) {
      double cr = 2.0 * x / n - 1.5, zr = 0, zi = 0;
      int i = 0;
      while (i < 50 && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        ++i;
      }
      inside += i == 50;
    }
  }
  printf("%ld\n", inside);
  return 0;
}
