/* Sustainable memory bandwidth of this machine, STREAM-like (McCalpin 1995, IEEE TCCA Newsletter; copy a = b and
 * triad a = b + s*c), and the same 5-point flux-form stencil as DiffusionOperator.Apply / ../stencil/stencil.c on
 * 512 x 512, each at 1 thread and at every thread (OpenMP static schedule), compiled -O2 -fopenmp.
 * Arrays of 2^24 doubles (128 MB each, 384 MB for triad) are far beyond any cache, so every pass goes to DRAM.
 * Bytes counted as STREAM does (no write-allocate): copy 16 B/element, triad 24 B/element, stencil 32 B/cell
 * (read u, wx, wy, write out; the neighbour rows come from cache). Best and median of 20 passes.
 * Output CSV: kernel,threads,best GB/s,median GB/s[,median ms,bound ms,fraction]. */
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <time.h>
#define LEN (1L << 24)
#define N 512
#define PASSES 20

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

static int compare(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static void stencil(const double *restrict u, const double *restrict wx, const double *restrict wy, double *restrict out) {
#pragma omp parallel for schedule(static)
  for (int j = 0; j < N; j++)
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

int main(void) {
  double *a = malloc(sizeof(double) * LEN), *b = malloc(sizeof(double) * LEN), *c = malloc(sizeof(double) * LEN);
  double *u = malloc(sizeof(double) * N * N), *wx = malloc(sizeof(double) * N * N);
  double *wy = malloc(sizeof(double) * N * N), *out = malloc(sizeof(double) * N * N);
  if (!a || !b || !c || !u || !wx || !wy || !out) return 1;
  int all = omp_get_num_procs();
  double triad[2] = {0, 0}, times[PASSES], check = 0.0;
  printf("kernel,threads,best GB/s,median GB/s,median ms,bound ms,fraction of bound\n");
  for (int t = 0; t < 2; t++) {
    int threads = t == 0 ? 1 : all;
    omp_set_num_threads(threads);
#pragma omp parallel for schedule(static)
    for (long k = 0; k < LEN; k++) a[k] = 1.0, b[k] = 2.0, c[k] = 0.5; /* first touch by the threads that use them */
    for (int kernel = 0; kernel < 2; kernel++) {
      for (int r = 0; r < PASSES; r++) {
        double start = now();
        if (kernel == 0) {
#pragma omp parallel for schedule(static)
          for (long k = 0; k < LEN; k++) a[k] = b[k];
        } else {
#pragma omp parallel for schedule(static)
          for (long k = 0; k < LEN; k++) a[k] = b[k] + 3.0 * c[k];
        }
        times[r] = now() - start;
      }
      qsort(times, PASSES, sizeof times[0], compare);
      double bytes = (kernel == 0 ? 16.0 : 24.0) * LEN;
      printf("%s,%d,%.2f,%.2f\n", kernel == 0 ? "copy" : "triad", threads, bytes / times[0] / 1e9, bytes / times[PASSES / 2] / 1e9);
      if (kernel == 1) triad[t] = bytes / times[PASSES / 2] / 1e9; /* the bound uses the median, as the kernels do */
    }
    /* For context only: the same triad on 2 MB arrays (the 512 x 512 field size), which stay in this machine's L3. */
    for (int r = 0; r < PASSES; r++) {
      double start = now();
#pragma omp parallel for schedule(static)
      for (long k = 0; k < N * N; k++) a[k] = b[k] + 3.0 * c[k];
      times[r] = now() - start;
    }
    qsort(times, PASSES, sizeof times[0], compare);
    printf("triad-2MB-arrays,%d,%.2f,%.2f\n", threads, 24.0 * N * N / times[0] / 1e9, 24.0 * N * N / times[PASSES / 2] / 1e9);
    check += a[LEN / 2];
  }
  double h = 128.0 / N;
  for (int j = 0; j < N; j++)
    for (int i = 0; i < N; i++) {
      int k = j * N + i;
      u[k] = cos(2 * M_PI * (i + 0.5) / N) * cos(2 * M_PI * (j + 0.5) / N);
      wx[k] = i < N - 1 ? 1.0 / (h * h) : 0.0;
      wy[k] = j < N - 1 ? 1.0 / (h * h) : 0.0;
    }
  for (int t = 0; t < 2; t++) {
    int threads = t == 0 ? 1 : all;
    omp_set_num_threads(threads);
    for (int r = 0; r < 5; r++) stencil(u, wx, wy, out); /* warm-up */
    for (int r = 0; r < PASSES; r++) {
      double start = now();
      stencil(u, wx, wy, out);
      times[r] = now() - start;
    }
    qsort(times, PASSES, sizeof times[0], compare);
    double bytes = 32.0 * N * N, bound = bytes / (triad[t] * 1e9);
    printf("c-stencil,%d,%.2f,%.2f,%.3f,%.3f,%.2f\n", threads, bytes / times[0] / 1e9, bytes / times[PASSES / 2] / 1e9,
           times[PASSES / 2] * 1e3, bound * 1e3, bound / times[PASSES / 2]);
  }
  fprintf(stderr, "checksum %g %g\n", check, out[N * N / 2]);
  return 0;
}
