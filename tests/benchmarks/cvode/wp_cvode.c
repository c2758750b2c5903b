/* CVODE side of compare.sh: integrates one problem at one tolerance `repeats` times and prints one CSV row
 * tool,method,problem,rtol,atol,seconds,steps,rhs,state with the median wall time (clock_gettime, monotonic).
 * Methods: bdf (dense direct solver, CVODE's own difference-quotient Jacobian) and bdf-jac (analytic Jacobian).
 * Usage: wp_cvode METHOD PROBLEM RTOL ATOL REPEATS
 * WP_BUILD_SUFFIX (compile-time, e.g. -DWP_BUILD_SUFFIX='"@O2"') is appended to the method in the CSV row, so rows
 * from differently built libraries stay apart in the analysis. With WP_COUNTS=1 in the environment every counter
 * CVODE keeps for the run is written to stderr (one line), to check that two builds take the same steps. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <cvode/cvode.h>
#include <nvector/nvector_serial.h>
#include <sunmatrix/sunmatrix_dense.h>
#include <sunlinsol/sunlinsol_dense.h>
#include "problems.h"

#ifndef WP_BUILD_SUFFIX
#define WP_BUILD_SUFFIX ""
#endif

static int f(sunrealtype t, N_Vector y, N_Vector dy, void *data) {
  const problem_t *p = data;
  p->rhs(t, N_VGetArrayPointer(y), N_VGetArrayPointer(dy));
  return 0;
}

static int jac(sunrealtype t, N_Vector y, N_Vector fy, SUNMatrix J, void *data, N_Vector t1, N_Vector t2, N_Vector t3) {
  (void)fy; (void)t1; (void)t2; (void)t3;
  const problem_t *p = data;
  double buffer[16];
  p->jac(t, N_VGetArrayPointer(y), buffer);
  for (int i = 0; i < p->n; i++)
    for (int j = 0; j < p->n; j++) SM_ELEMENT_D(J, i, j) = buffer[i * p->n + j];
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

/* Every solver counter of one run: equal counters mean two builds took the same path through the integration. */
static void print_counts(void *mem, const problem_t *p, const char *method, double rtol) {
  long nst = 0, nfe = 0, nfeLS = 0, nje = 0, nsetups = 0, nni = 0, ncfn = 0, netf = 0;
  CVodeGetNumSteps(mem, &nst);
  CVodeGetNumRhsEvals(mem, &nfe);
  CVodeGetNumLinRhsEvals(mem, &nfeLS);
  CVodeGetNumJacEvals(mem, &nje);
  CVodeGetNumLinSolvSetups(mem, &nsetups);
  CVodeGetNumNonlinSolvIters(mem, &nni);
  CVodeGetNumNonlinSolvConvFails(mem, &ncfn);
  CVodeGetNumErrTestFails(mem, &netf);
  fprintf(stderr, "counts,%s%s,%s,%.17g,steps=%ld,rhs=%ld,rhsLS=%ld,jac=%ld,setups=%ld,newton=%ld,convfails=%ld,"
          "errfails=%ld\n", method, WP_BUILD_SUFFIX, p->name, rtol, nst, nfe, nfeLS, nje, nsetups, nni, ncfn, netf);
}

/* One integration from t = 0 to t_end; returns 0 on success and fills the end state and counters. */
static int run(const problem_t *p, int analytic, double rtol, double atol, double *state, long *steps, long *rhs,
               int counts) {
  SUNContext ctx;
  if (SUNContext_Create(NULL, &ctx)) return -1;
  N_Vector y = N_VNew_Serial(p->n, ctx);
  for (int i = 0; i < p->n; i++) NV_Ith_S(y, i) = p->y0[i];
  void *mem = CVodeCreate(CV_BDF, ctx);
  SUNMatrix A = SUNDenseMatrix(p->n, p->n, ctx);
  SUNLinearSolver LS = SUNLinSol_Dense(y, A, ctx);
  int flag = CVodeInit(mem, f, 0.0, y);
  flag |= CVodeSStolerances(mem, rtol, atol);
  flag |= CVodeSetUserData(mem, (void *)p);
  flag |= CVodeSetLinearSolver(mem, LS, A);
  if (analytic) flag |= CVodeSetJacFn(mem, jac);
  flag |= CVodeSetMaxNumSteps(mem, 50000000);
  flag |= CVodeSetStopTime(mem, p->t_end); /* land on t_end like the other drivers, no extrapolation past it */
  double t = 0.0;
  if (flag == 0) flag = CVode(mem, p->t_end, y, &t, CV_NORMAL) < 0 ? -1 : 0;
  long nst = 0, nfe = 0, nfeLS = 0;
  CVodeGetNumSteps(mem, &nst);
  CVodeGetNumRhsEvals(mem, &nfe);
  CVodeGetNumLinRhsEvals(mem, &nfeLS); /* difference-quotient Jacobian columns count as work too */
  *steps = nst;
  *rhs = nfe + nfeLS;
  for (int i = 0; i < p->n; i++) state[i] = NV_Ith_S(y, i);
  if (counts) print_counts(mem, p, analytic ? "bdf-jac" : "bdf", rtol);
  CVodeFree(&mem);
  SUNLinSolFree(LS);
  SUNMatDestroy(A);
  N_VDestroy(y);
  SUNContext_Free(&ctx);
  return flag;
}

int main(int argc, char **argv) {
  if (argc != 6) {
    fprintf(stderr, "usage: %s bdf|bdf-jac PROBLEM RTOL ATOL REPEATS\n", argv[0]);
    return 2;
  }
  const problem_t *p = find_problem(argv[2]);
  int analytic = strcmp(argv[1], "bdf-jac") == 0;
  if (!p || (!analytic && strcmp(argv[1], "bdf") != 0) || (analytic && !p->jac)) {
    fprintf(stderr, "unknown method/problem %s/%s\n", argv[1], argv[2]);
    return 2;
  }
  double rtol = atof(argv[3]), atol = atof(argv[4]);
  int repeats = atoi(argv[5]);
  if (repeats < 1 || repeats > 101) repeats = 5;
  double state[4], times[101];
  long steps = 0, rhs = 0;
  const char *counts_env = getenv("WP_COUNTS");
  int counts = counts_env && strcmp(counts_env, "1") == 0; /* printed by the warm-up run, never by a timed one */
  if (run(p, analytic, rtol, atol, state, &steps, &rhs, counts)) { /* warm-up (page faults, lazy binding) */
    fprintf(stderr, "cvode failed on %s at rtol %g\n", p->name, rtol);
    return 1;
  }
  for (int r = 0; r < repeats; r++) {
    double start = now();
    run(p, analytic, rtol, atol, state, &steps, &rhs, 0);
    times[r] = now() - start;
  }
  qsort(times, repeats, sizeof times[0], compare);
  printf("cvode,%s%s,%s,%.17g,%.17g,%.9g,%ld,%ld,", argv[1], WP_BUILD_SUFFIX, p->name, rtol, atol, times[repeats / 2],
         steps, rhs);
  for (int i = 0; i < p->n; i++) printf(i ? " %.17g" : "%.17g", state[i]);
  printf("\n");
  return 0;
}
