#!/usr/bin/env python3
"""Work-precision comparison: SciPy side, references and analysis (called by compare.sh).

  workprecision.py scipy REPEATS            -> CSV rows tool,method,problem,rtol,atol,seconds,steps,rhs,state
  workprecision.py analyse RAW.csv OUTDIR   -> OUTDIR/analysed.csv, OUTDIR/ratios.md, table on stdout

The problems are the same equations as TwinVal.Benchmarks/Problems and cvode/problems.h; change all three together.
Error = max_i |y_i - ref_i| / |ref_i| at t_end (the Bari test set's measure; scd = -log10 of it).
References: ROBER, the test set's published end values (Mazzia & Magherini, Test Set for IVP Solvers, problem ROBER,
http://www.dm.uniba.it/~testset/problems/rober.php); Hodgkin-Huxley and VDPOL, SciPy Radau at rtol 1e-13 -- an
independent solver (Radau IIA, Hairer & Wanner) run far tighter than any point of the ladder.
"""
import math
import statistics
import sys
import time

import numpy as np
from scipy.integrate import solve_ivp

MU = 1000.0


def trap(x):
    return 10.0 + 0.5 * x if abs(x) < 1e-6 else x / (1.0 - math.exp(-x / 10.0))


def hh(t, y):
    v, m, h, n = y
    # Far-out trial stages may overflow exp; inf/nan makes the step fail its error test, as in the other drivers.
    with np.errstate(all="ignore"):
        try:
            am, bm = 0.1 * trap(v + 40.0), 4.0 * math.exp(-(v + 65.0) / 18.0)
            ah, bh = 0.07 * math.exp(-(v + 65.0) / 20.0), 1.0 / (1.0 + math.exp(-(v + 35.0) / 10.0))
            an, bn = 0.01 * trap(v + 55.0), 0.125 * math.exp(-(v + 65.0) / 80.0)
        except OverflowError:
            return np.full(4, np.inf)
        current = 120.0 * m ** 3 * h * (v - 50.0) + 36.0 * n ** 4 * (v + 77.0) + 0.3 * (v + 54.387)
        return np.array([10.0 - current, am * (1 - m) - bm * m, ah * (1 - h) - bh * h, an * (1 - n) - bn * n])


def trap_slope(x):
    """d/dx of trap, by hand: (1/D)(1 - z E/D), z = x/10, E = exp(-z), D = 1 - E; Bernoulli series near z = 0."""
    z = x / 10.0
    if abs(z) < 0.05:
        return 0.5 + z * (1.0 / 6.0 + z * z * (-1.0 / 180.0 + z * z / 5040.0))
    e = math.exp(-z)
    return (1.0 - z / (1.0 / e - 1.0)) / (1.0 - e)


def hh_jac(t, y):
    """Analytic Jacobian of hh; the same formulas as HodgkinHuxley.Jacobian (C#) and hh_jac (problems.h)."""
    v, m, h, n = y
    am, bm = 0.1 * trap(v + 40.0), 4.0 * math.exp(-(v + 65.0) / 18.0)
    ah, bh = 0.07 * math.exp(-(v + 65.0) / 20.0), 1.0 / (1.0 + math.exp(-(v + 35.0) / 10.0))
    an, bn = 0.01 * trap(v + 55.0), 0.125 * math.exp(-(v + 65.0) / 80.0)
    dam, dbm, dah, dbh = 0.1 * trap_slope(v + 40.0), -bm / 18.0, -ah / 20.0, bh * (1.0 - bh) / 10.0
    dan, dbn = 0.01 * trap_slope(v + 55.0), -bn / 80.0
    return np.array([
        [-(120.0 * m ** 3 * h + 36.0 * n ** 4 + 0.3), -360.0 * m * m * h * (v - 50.0), -120.0 * m ** 3 * (v - 50.0),
         -144.0 * n ** 3 * (v + 77.0)],
        [dam * (1 - m) - dbm * m, -(am + bm), 0.0, 0.0],
        [dah * (1 - h) - dbh * h, 0.0, -(ah + bh), 0.0],
        [dan * (1 - n) - dbn * n, 0.0, 0.0, -(an + bn)],
    ])


def rober(t, y):
    y1, y2, y3 = y
    return np.array([-0.04 * y1 + 1e4 * y2 * y3, 0.04 * y1 - 3e7 * y2 * y2 - 1e4 * y2 * y3, 3e7 * y2 * y2])


def rober_jac(t, y):
    _, y2, y3 = y
    return np.array([[-0.04, 1e4 * y3, 1e4 * y2], [0.04, -6e7 * y2 - 1e4 * y3, -1e4 * y2], [0.0, 6e7 * y2, 0.0]])


def vdpol(t, y):
    return np.array([y[1], MU * (1 - y[0] ** 2) * y[1] - y[0]])


def vdpol_jac(t, y):
    return np.array([[0.0, 1.0], [-2 * MU * y[0] * y[1] - 1.0, MU * (1 - y[0] ** 2)]])


HH0 = [-65.0, 0.05293248525724958, 0.5961207535084603, 0.3176769140606974]
# name: (rhs, jacobian, y0, t_end, atol factor, rtol exponents, SciPy methods). Same ladders as Problem.cs.
PROBLEMS = {
    "hodgkin-huxley": (hh, hh_jac, HH0, 100.0, 1e-3, range(3, 11), ["DOP853", "Radau", "LSODA"]),
    "rober": (rober, rober_jac, [1.0, 0.0, 0.0], 1e11, 1e-10, range(2, 11), ["Radau", "LSODA"]),
    "vdpol": (vdpol, vdpol_jac, [2.0, 0.0], 2000.0, 1.0, range(3, 11), ["Radau", "LSODA"]),
}
ROBER_REFERENCE = [0.2083340149701255e-07, 0.8333360770334713e-13, 0.9999999791665050]
# Each SciPy point gets at most this much wall time in repeats (median of up to REPEATS runs).
BUDGET_SECONDS = 6.0


def solve(name, method, rtol, atol):
    rhs, jac, y0, t_end, _, _, _ = PROBLEMS[name]
    # Jacobians are passed to the implicit methods that take one, as TwinVal's rodas4 and CVODE's bdf-jac get them.
    kwargs = {"jac": jac} if jac is not None and method in ("Radau", "LSODA") else {}
    start = time.perf_counter()
    sol = solve_ivp(rhs, (0.0, t_end), y0, method=method, rtol=rtol, atol=atol, t_eval=[t_end], **kwargs)
    seconds = time.perf_counter() - start
    if not sol.success:
        raise RuntimeError(f"{method} failed on {name} at rtol {rtol}: {sol.message}")
    # nfev as SciPy reports it (informative only; the comparison is on wall time).
    return seconds, sol.y[:, -1], sol.nfev


def scipy_rows(repeats):
    print("tool,method,problem,rtol,atol,seconds,steps,rhs,state", flush=True)
    for name, (_, _, _, _, factor, exponents, methods) in PROBLEMS.items():
        for method in methods:
            # LSODA is cheap but less accurate per rtol: two more decades let it reach the errors the others reach.
            for e in (range(exponents.start, exponents.stop + 2) if method == "LSODA" else exponents):
                rtol = 10.0 ** -e
                atol = rtol * factor
                seconds, state, nfev = solve(name, method, rtol, atol)  # warm-up, also sizes the repeats
                times = [seconds]
                while len(times) < repeats and sum(times) < BUDGET_SECONDS:
                    seconds, state, nfev = solve(name, method, rtol, atol)
                    times.append(seconds)
                values = " ".join(repr(float(v)) for v in state)
                # steps are not reported by solve_ivp; -1 marks them unknown.
                print(f"scipy,{method.lower()},{name},{rtol!r},{atol!r},{statistics.median(times)!r},-1,{nfev},{values}",
                      flush=True)


def reference(name):
    if name == "rober":
        return np.array(ROBER_REFERENCE)
    _, _, _, _, factor, _, _ = PROBLEMS[name]
    _, state, _ = solve(name, "Radau", 1e-13, 1e-13 * factor)
    return state


def analyse(raw_path, out_dir):
    rows = []
    with open(raw_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("tool,") or not line.strip():
                continue
            tool, method, problem, rtol, atol, seconds, steps, rhs, state = line.strip().split(",")
            rows.append((f"{tool}-{method}", problem, float(rtol), float(seconds), int(rhs),
                         np.array([float(v) for v in state.split()])))
    references = {p: reference(p) for p in sorted({r[1] for r in rows})}
    for problem in references:
        if problem != "rober":
            # How far the reference itself can be trusted: Radau at rtol 1e-12 against it. Errors near this floor are noise.
            factor = PROBLEMS[problem][4]
            _, looser, _ = solve(problem, "Radau", 1e-12, 1e-12 * factor)
            floor = float(np.max(np.abs(looser - references[problem]) / np.abs(references[problem])))
            print(f"reference {problem}: Radau rtol 1e-12 differs from rtol 1e-13 by {floor:.1e} (error floor)")
    with open(f"{out_dir}/analysed.csv", "w", encoding="utf-8") as f:
        f.write("problem,solver,error,seconds,rtol,rhs\n")
        for solver, problem, rtol, seconds, rhs, state in rows:
            ref = references[problem]
            error = float(np.max(np.abs(state - ref) / np.abs(ref)))
            f.write(f"{problem},{solver},{error!r},{seconds!r},{rtol!r},{rhs}\n")
    table = ratio_table(f"{out_dir}/analysed.csv")
    with open(f"{out_dir}/ratios.md", "w", encoding="utf-8") as f:
        f.write(table)
    print(table)


def curve(points):
    """(log10 error, log10 time) of the Pareto front sorted by error: a point is dropped when another point of the same
    solver is both more accurate and faster (at loose tolerances error is not always monotone in rtol). Applied to
    every solver alike, so each is credited with its best achievable time at a given accuracy."""
    points = sorted(p for p in points if not any(q[0] <= p[0] and q[1] < p[1] for q in points))
    return np.array([math.log10(e) for e, _ in points]), np.array([math.log10(t) for _, t in points])


def time_at(points, error):
    """Interpolated time at `error` on the log-log work-precision line; None outside the measured range."""
    le, lt = curve(points)
    x = math.log10(error)
    if len(le) < 2 or x < le[0] or x > le[-1]:
        return None
    return 10 ** float(np.interp(x, le, lt))


def ratio_table(analysed_path):
    data = {}
    with open(analysed_path, encoding="utf-8") as f:
        next(f)
        for line in f:
            problem, solver, error, seconds, _, _ = line.strip().split(",")
            if float(error) > 0:
                data.setdefault(problem, {}).setdefault(solver, []).append((float(error), float(seconds)))
    lines = ["| problem | error | TwinVal best (method, ms) | " + " | ".join(["comparator", "time (ms)", "ratio"]) + " |",
             "|---|---|---|---|---|---|"]
    for problem, solvers in sorted(data.items()):
        twinval = {s: p for s, p in solvers.items() if s.startswith("twinval-")}
        others = {s: p for s, p in solvers.items() if not s.startswith("twinval-")}
        for error in (1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9):
            best = min(((time_at(p, error), s) for s, p in twinval.items() if time_at(p, error)), default=None)
            if best is None:
                continue
            for solver, points in sorted(others.items()):
                t = time_at(points, error)
                ratio = f"{t / best[0]:.1f}x" if t else "n/a (not reached)"
                t_text = f"{t * 1e3:.3g}" if t else "-"
                lines.append(f"| {problem} | {error:.0e} | {best[1][8:]}, {best[0] * 1e3:.3g} | {solver} | {t_text} | {ratio} |")
    return "\n".join(lines) + "\n\nratio = comparator time / TwinVal time at equal achieved error (> 1: TwinVal faster).\n"


if __name__ == "__main__":
    if sys.argv[1] == "scipy":
        scipy_rows(int(sys.argv[2]))
    elif sys.argv[1] == "analyse":
        analyse(sys.argv[2], sys.argv[3])
    else:
        sys.exit("usage: workprecision.py scipy REPEATS | analyse RAW.csv OUTDIR")
