/* The comparison problems for CVODE: the same equations as TwinVal.Benchmarks/Problems/ (C#) and workprecision.py.
 * Hodgkin & Huxley 1952 (doi:10.1113/jphysiol.1952.sp004764), -65 mV convention, 10 uA/cm^2 stimulus, t_end 100 ms;
 * ROBER (Bari IVP test set), t_end 1e11; van der Pol mu = 1000 (Hairer & Wanner II, sec. IV.1), t_end 2000. */
#ifndef TWINVAL_PROBLEMS_H
#define TWINVAL_PROBLEMS_H
#include <math.h>
#include <string.h>
#include <sundials/sundials_types.h>

typedef struct {
  const char *name;
  int n;
  double y0[4];
  double t_end;
  void (*rhs)(double t, const double *y, double *dy);
  void (*jac)(double t, const double *y, double *J); /* row-major, NULL when none */
} problem_t;

/* x / (1 - exp(-x/10)), continued by its limit where the quotient is 0/0 to round-off. */
static double hh_trap(double x) { return fabs(x) < 1e-6 ? 10.0 + 0.5 * x : x / (1.0 - exp(-x / 10.0)); }

static void hh_rhs(double t, const double *y, double *dy) {
  (void)t;
  double v = y[0], m = y[1], h = y[2], n = y[3];
  double am = 0.1 * hh_trap(v + 40.0), bm = 4.0 * exp(-(v + 65.0) / 18.0);
  double ah = 0.07 * exp(-(v + 65.0) / 20.0), bh = 1.0 / (1.0 + exp(-(v + 35.0) / 10.0));
  double an = 0.01 * hh_trap(v + 55.0), bn = 0.125 * exp(-(v + 65.0) / 80.0);
  double current = 120.0 * m * m * m * h * (v - 50.0) + 36.0 * n * n * n * n * (v + 77.0) + 0.3 * (v + 54.387);
  dy[0] = 10.0 - current;
  dy[1] = am * (1.0 - m) - bm * m;
  dy[2] = ah * (1.0 - h) - bh * h;
  dy[3] = an * (1.0 - n) - bn * n;
}

/* d/dx of hh_trap, by hand: (1/D)(1 - z E/D), z = x/10, E = exp(-z), D = 1 - E; near z = 0 the two terms cancel, so
 * the Bernoulli series 1/2 + z/6 - z^3/180 + z^5/5040 is used for |z| < 0.05 (first omitted term z^7/151200 < 1e-14). */
static double hh_trap_slope(double x) {
  double z = x / 10.0;
  if (fabs(z) < 0.05) return 0.5 + z * (1.0 / 6.0 + z * z * (-1.0 / 180.0 + z * z / 5040.0));
  double e = exp(-z), ratio = 1.0 / (1.0 / e - 1.0);
  return (1.0 - z * ratio) / (1.0 - e);
}

/* Analytic Jacobian of hh_rhs, row-major; the same formulas as HodgkinHuxley.Jacobian (C#) and hh_jac (Python). */
static void hh_jac(double t, const double *y, double *J) {
  (void)t;
  double v = y[0], m = y[1], h = y[2], n = y[3];
  double am = 0.1 * hh_trap(v + 40.0), bm = 4.0 * exp(-(v + 65.0) / 18.0);
  double ah = 0.07 * exp(-(v + 65.0) / 20.0), bh = 1.0 / (1.0 + exp(-(v + 35.0) / 10.0));
  double an = 0.01 * hh_trap(v + 55.0), bn = 0.125 * exp(-(v + 65.0) / 80.0);
  double dam = 0.1 * hh_trap_slope(v + 40.0), dbm = -bm / 18.0, dah = -ah / 20.0, dbh = bh * (1.0 - bh) / 10.0;
  double dan = 0.01 * hh_trap_slope(v + 55.0), dbn = -bn / 80.0;
  memset(J, 0, 16 * sizeof(double));
  J[0] = -(120.0 * m * m * m * h + 36.0 * n * n * n * n + 0.3);
  J[1] = -360.0 * m * m * h * (v - 50.0);
  J[2] = -120.0 * m * m * m * (v - 50.0);
  J[3] = -144.0 * n * n * n * (v + 77.0);
  J[4] = dam * (1.0 - m) - dbm * m; J[5] = -(am + bm);
  J[8] = dah * (1.0 - h) - dbh * h; J[10] = -(ah + bh);
  J[12] = dan * (1.0 - n) - dbn * n; J[15] = -(an + bn);
}

static void rober_rhs(double t, const double *y, double *dy) {
  (void)t;
  dy[0] = -0.04 * y[0] + 1e4 * y[1] * y[2];
  dy[1] = 0.04 * y[0] - 3e7 * y[1] * y[1] - 1e4 * y[1] * y[2];
  dy[2] = 3e7 * y[1] * y[1];
}

static void rober_jac(double t, const double *y, double *J) {
  (void)t;
  J[0] = -0.04; J[1] = 1e4 * y[2]; J[2] = 1e4 * y[1];
  J[3] = 0.04; J[4] = -6e7 * y[1] - 1e4 * y[2]; J[5] = -1e4 * y[1];
  J[6] = 0.0; J[7] = 6e7 * y[1]; J[8] = 0.0;
}

static void vdpol_rhs(double t, const double *y, double *dy) {
  (void)t;
  dy[0] = y[1];
  dy[1] = 1000.0 * (1.0 - y[0] * y[0]) * y[1] - y[0];
}

static void vdpol_jac(double t, const double *y, double *J) {
  (void)t;
  J[0] = 0.0; J[1] = 1.0;
  J[2] = -2000.0 * y[0] * y[1] - 1.0; J[3] = 1000.0 * (1.0 - y[0] * y[0]);
}

static const problem_t problems[] = {
  {"hodgkin-huxley", 4, {-65.0, 0.05293248525724958, 0.5961207535084603, 0.3176769140606974}, 100.0, hh_rhs, hh_jac},
  {"rober", 3, {1.0, 0.0, 0.0, 0.0}, 1e11, rober_rhs, rober_jac},
  {"vdpol", 2, {2.0, 0.0, 0.0, 0.0}, 2000.0, vdpol_rhs, vdpol_jac},
};

static const problem_t *find_problem(const char *name) {
  for (size_t i = 0; i < sizeof problems / sizeof problems[0]; i++)
    if (strcmp(problems[i].name, name) == 0) return &problems[i];
  return NULL;
}
#endif
