/* The same operator as stencil.py and TwinVal's DiffusionOperator.Apply (5-point flux form, per-face weights, no-flux
 * faces) on 512 x 512, plain C compiled -O2, single thread. Median of 50 applications after a warm-up. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#define N 512

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

static int compare(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* wx[c] couples c and c+1 (0 on the last column), wy[c] couples c and c+N (0 on the last row). */
static void apply(const double *restrict u, const double *restrict wx, const double *restrict wy, double *restrict out) {
  for (int j = 0; j < N; j++) {
    for (int i = 0; i < N; i++) {
      int c = j * N + i;
      double acc = 0.0;
      if (i > 0) acc += wx[c - 1] * (u[c - 1] - u[c]);
      if (i < N - 1) acc += wx[c] * (u[c + 1] - u[c]);
      if (j > 0) acc += wy[c - N] * (u[c - N] - u[c]);
      if (j < N - 1) acc += wy[c] * (u[c + N] - u[c]);
      out[c] = acc;
    }
  }
}

int main(void) {
  double *u = malloc(sizeof(double) * N * N), *wx = malloc(sizeof(double) * N * N);
  double *wy = malloc(sizeof(double) * N * N), *out = malloc(sizeof(double) * N * N);
  double h = 1.0 / N, times[50], sum = 0.0;
  for (int j = 0; j < N; j++)
    for (int i = 0; i < N; i++) {
      int c = j * N + i;
      u[c] = cos(2 * M_PI * (i + 0.5) * h) * cos(2 * M_PI * (j + 0.5) * h);
      wx[c] = i < N - 1 ? 1e-3 / (h * h) : 0.0;
      wy[c] = j < N - 1 ? 1e-3 / (h * h) : 0.0;
    }
  apply(u, wx, wy, out);
  for (int r = 0; r < 50; r++) {
    double start = now();
    apply(u, wx, wy, out);
    times[r] = now() - start;
  }
  qsort(times, 50, sizeof times[0], compare);
  for (int c = 0; c < N * N; c++) sum += fabs(out[c]);
  printf("c-O2,512x512,%.3f ms,checksum %.6e\n", times[25] * 1e3, sum);
  return 0;
}
