/* CVODE side of the 2-D reaction-diffusion work-precision comparison (compare.sh step 8).
 * Problem (README.md here; same constants as wp_rd.py and RdProblem.cs): Nagumo u_t = D lap(u) + u(1-u)(u-a) on a
 * 512 x 512 cell-centred grid, no-flux faces, 5-point flux form -- 262 144 unknowns.
 * Methods: adams  = CV_ADAMS with the fixed-point nonlinear solver (no Jacobian, no linear solves);
 *          bdf-gmres = CV_BDF with Newton and matrix-free SPGMR, no preconditioner (CVODE's difference-quotient J*v).
 * Prints one CSV row tool,method,problem,rtol,atol,seconds,steps,rhs,state with the median wall time of REPEATS runs
 * after a warm-up; `state` is the path of the raw little-endian float64 end state written to STATEDIR.
 * Usage: wp_rd_cvode adams|bdf-gmres RTOL ATOL REPEATS STATEDIR */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cvode/cvode.h>
#include <nvector/nvector_serial.h>
#include <sunlinsol/sunlinsol_spgmr.h>
#include <sunnonlinsol/sunnonlinsol_fixedpoint.h>

/* Appended to the method name in the CSV row and state file (e.g. -DWP_BUILD_SUFFIX='"@O2"' for an optimised SUNDIALS
 * build), so rows of two SUNDIALS builds can share one raw.csv. */
#ifndef WP_BUILD_SUFFIX
#define WP_BUILD_SUFFIX ""
#endif

#define N 512
#define L 128.0
#define DX (L / N)
#define D 1.0
#define A 0.1
#define R0 20.0
#define W 2.0
#define T_END 4.0

/* Reaction, then each face flux once with opposite signs on its two cells (the same order of operations as wp_rd.py). */
static int f(sunrealtype t, N_Vector yv, N_Vector dyv, void *data) {
  (void)t; (void)data;
  const double *restrict u = N_VGetArrayPointer(yv);
  double *restrict out = N_VGetArrayPointer(dyv);
  const double w = D / (DX * DX);
  for (int c = 0; c < N * N; c++) out[c] = u[c] * (1.0 - u[c]) * (u[c] - A);
  for (int j = 0; j < N; j++) {
    const double *row = u + j * N;
    double *o = out + j * N;
    for (int i = 0; i < N - 1; i++) {
      double flux = w * (row[i + 1] - row[i]);
      o[i] += flux;
      o[i + 1] -= flux;
    }
  }
  for (int j = 0; j < N - 1; j++) {
    const double *row = u + j * N, *next = row + N;
    double *o = out + j * N, *onext = o + N;
    for (int i = 0; i < N; i++) {
      double flux = w * (next[i] - row[i]);
      o[i] += flux;
      onext[i] -= flux;
    }
  }
  return 0;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

static int compare(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static int run(int bdf, double rtol, double atol, double *state, long *steps, long *rhs) {
  SUNContext ctx;
  if (SUNContext_Create(NULL, &ctx)) return -1;
  N_Vector y = N_VNew_Serial(N * N, ctx);
  double *y0 = N_VGetArrayPointer(y);
  for (int j = 0; j < N; j++)
    for (int i = 0; i < N; i++) {
      double r = hypot((i + 0.5) * DX - L / 2, (j + 0.5) * DX - L / 2);
      y0[j * N + i] = 1.0 / (1.0 + exp((r - R0) / W));
    }
  void *mem = CVodeCreate(bdf ? CV_BDF : CV_ADAMS, ctx);
  SUNLinearSolver LS = NULL;
  SUNNonlinearSolver NLS = NULL;
  int flag = CVodeInit(mem, f, 0.0, y);
  flag |= CVodeSStolerances(mem, rtol, atol);
  if (bdf) {
    LS = SUNLinSol_SPGMR(y, SUN_PREC_NONE, 0, ctx); /* 0: default Krylov dimension (5) */
    flag |= CVodeSetLinearSolver(mem, LS, NULL);
  } else {
    NLS = SUNNonlinSol_FixedPoint(y, 0, ctx); /* no Anderson acceleration */
    flag |= CVodeSetNonlinearSolver(mem, NLS);
  }
  flag |= CVodeSetMaxNumSteps(mem, 50000000);
  flag |= CVodeSetStopTime(mem, T_END);
  double t = 0.0;
  if (flag == 0) flag = CVode(mem, T_END, y, &t, CV_NORMAL) < 0 ? -1 : 0;
  long nst = 0, nfe = 0, nfeLS = 0;
  CVodeGetNumSteps(mem, &nst);
  CVodeGetNumRhsEvals(mem, &nfe);
  if (bdf) CVodeGetNumLinRhsEvals(mem, &nfeLS); /* matrix-free J*v products are RHS calls too */
  *steps = nst;
  *rhs = nfe + nfeLS;
  memcpy(state, y0, sizeof(double) * N * N);
  CVodeFree(&mem);
  if (LS) SUNLinSolFree(LS);
  if (NLS) SUNNonlinSolFree(NLS);
  N_VDestroy(y);
  SUNContext_Free(&ctx);
  return flag;
}

int main(int argc, char **argv) {
  if (argc != 6 || (strcmp(argv[1], "adams") && strcmp(argv[1], "bdf-gmres"))) {
    fprintf(stderr, "usage: %s adams|bdf-gmres RTOL ATOL REPEATS STATEDIR\n", argv[0]);
    return 2;
  }
  int bdf = strcmp(argv[1], "bdf-gmres") == 0;
  double rtol = atof(argv[2]), atol = atof(argv[3]);
  int repeats = atoi(argv[4]);
  if (repeats < 1 || repeats > 101) repeats = 3;
  double *state = malloc(sizeof(double) * N * N), times[101];
  long steps = 0, rhs = 0;
  if (!state || run(bdf, rtol, atol, state, &steps, &rhs)) {
    fprintf(stderr, "cvode %s failed at rtol %g\n", argv[1], rtol);
    return 1;
  }
  int done = 0;
  double total = 0.0;
  /* repeats, but at most ~30 s of them (the median of what was run) */
  for (; done < repeats && total < 30.0; done++) {
    double start = now();
    run(bdf, rtol, atol, state, &steps, &rhs);
    times[done] = now() - start;
    total += times[done];
  }
  qsort(times, done, sizeof times[0], compare);
  char path[4096];
  snprintf(path, sizeof path, "%s/cvode-%s%s-%.0e.bin", argv[5], argv[1], WP_BUILD_SUFFIX, rtol);
  FILE *out = fopen(path, "wb");
  if (!out || fwrite(state, sizeof(double), N * N, out) != N * N) {
    fprintf(stderr, "cannot write %s\n", path);
    return 1;
  }
  fclose(out);
  printf("cvode,%s%s,nagumo-2d-512,%.17g,%.17g,%.9g,%ld,%ld,%s\n", argv[1], WP_BUILD_SUFFIX, rtol, atol, times[done / 2], steps, rhs,
         path);
  free(state);
  return 0;
}
