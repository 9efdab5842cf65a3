/* spectral-norm: the C peer of spectral_norm.py. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double eval_a(long i, long j) {
  return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

static void times_u(const double *u, double *out, long n) {
  for (long i = 0; i < n; ++i) {
    double s = 0;
    for (long j = 0; j < n; ++j)
      s += eval_a(i, j) * u[j];
    out[i] = s;
  }
}

static void times_transposed(const double *u, double *out, long n) {
  for (long i = 0; i < n; ++i) {
    double s = 0;
    for (long j = 0; j < n; ++j)
      s += eval_a(j, i) * u[j];
    out[i] = s;
  }
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 1000;
  double *u = malloc(n * sizeof(double)), *v = malloc(n * sizeof(double)),
         *tmp = malloc(n * sizeof(double));
  for (long i = 0; i < n; ++i)
    u[i] = 1, v[i] = 0;
  for (int k = 0; k < 10; ++k) {
    times_u(u, tmp, n);
    times_transposed(tmp, v, n);
    times_u(v, tmp, n);
    times_transposed(tmp, u, n);
  }
  double vbv = 0, vv = 0;
  for (long i = 0; i < n; ++i)
    vbv += u[i] * v[i], vv += v[i] * v[i];
  printf("%.9f\n", sqrt(vbv / vv));
  return 0;
}
