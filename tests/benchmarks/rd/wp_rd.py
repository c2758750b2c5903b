#!/usr/bin/env python3
"""2-D reaction-diffusion work-precision: SciPy side, reference and analysis (called by compare.sh, steps 8-9).

  wp_rd.py scipy REPEATS OUTDIR        -> CSV rows on stdout, end states in OUTDIR/states/*.bin
  wp_rd.py reference OUTDIR            -> OUTDIR/states/reference.bin (SciPy DOP853, rtol = atol = 1e-12)
  wp_rd.py analyse RAW.csv OUTDIR      -> OUTDIR/analysed.csv, OUTDIR/ratios.md, table on stdout

The problem (README.md in this folder, the same constants in RdProblem.cs and wp_rd_cvode.c; change all three together):
bistable Nagumo u_t = D lap(u) + u(1-u)(u-a) on [0, L]^2, 512 x 512 cells, no-flux faces, 5-point flux form.
CSV columns as in ../workprecision.py (tool,method,problem,rtol,atol,seconds,steps,rhs,state) except that `state` is the
path of a raw little-endian float64 file with the 262 144 end values (a CSV row of them would be 5 MB).
Error = max_c |u_c - ref_c| at t_end (absolute: u lies in [0, 1]), against the reference of the same semi-discrete system.
Equal accuracy: ../workprecision.py interpolates on each solver's Pareto front, which collapses to a single point when
every rtol costs the same time (explicit methods here are stability-limited: 151-155 steps at every rtol), so this
analysis uses a step function instead -- the time to reach error e is that of the cheapest point with error <= e --
applied to every solver alike.
"""
import os
import statistics
import sys
import time

import numpy as np
from scipy.integrate import solve_ivp


N = 512          # cells per side
L = 128.0        # domain side (dimensionless length)
DX = L / N       # 0.25
D = 1.0          # diffusion coefficient
A = 0.1          # Nagumo threshold a
R0, W = 20.0, 2.0  # initial disc radius and edge width
T_END = 4.0
NAME = "nagumo-2d-512"
RTOLS = [10.0 ** -e for e in range(3, 9)]
BUDGET_SECONDS = 30.0


def initial_state():
    x = (np.arange(N) + 0.5) * DX
    r = np.hypot(x[None, :] - L / 2, x[:, None] - L / 2)  # row-major: index c = j*N + i, x along i
    return (1.0 / (1.0 + np.exp((r - R0) / W))).ravel()


class Rhs:
    """Vectorised 5-point flux form with preallocated buffers (no temporaries of grid size per call beyond NumPy's)."""

    def __init__(self):
        self.w = D / (DX * DX)
        self.calls = 0

    def __call__(self, t, y):
        self.calls += 1
        u = y.reshape(N, N)
        out = np.empty_like(u)
        # reaction first, then the four face fluxes (each face weight w couples two cells with opposite signs).
        # An unstable trial stage of a loose-tolerance step can overflow the cubic: inf makes SciPy reject the step,
        # as in the other drivers, so the warning is silenced rather than raised.
        with np.errstate(over="ignore", invalid="ignore"):
            np.multiply(u * (1.0 - u), u - A, out=out)
        fx = self.w * (u[:, 1:] - u[:, :-1])
        out[:, :-1] += fx
        out[:, 1:] -= fx
        fy = self.w * (u[1:, :] - u[:-1, :])
        out[:-1, :] += fy
        out[1:, :] -= fy
        return out.ravel()


def solve(method, rtol, atol):
    rhs = Rhs()
    start = time.perf_counter()
    sol = solve_ivp(rhs, (0.0, T_END), initial_state(), method=method, rtol=rtol, atol=atol, t_eval=[T_END])
    seconds = time.perf_counter() - start
    if not sol.success:
        raise RuntimeError(f"{method} failed at rtol {rtol}: {sol.message}")
    return seconds, sol.y[:, -1], sol.nfev


def scipy_rows(repeats, out_dir):
    os.makedirs(f"{out_dir}/states", exist_ok=True)
    for method in ("RK45", "DOP853"):
        for rtol in RTOLS:
            seconds, state, nfev = solve(method, rtol, rtol)
            times = [seconds]
            while len(times) < repeats and sum(times) < BUDGET_SECONDS:
                seconds, state, nfev = solve(method, rtol, rtol)
                times.append(seconds)
            path = f"{out_dir}/states/scipy-{method.lower()}-{rtol:.0e}.bin"
            state.astype("<f8").tofile(path)
            print(f"scipy,{method.lower()},{NAME},{rtol!r},{rtol!r},{statistics.median(times)!r},-1,{nfev},{path}", flush=True)


def reference(out_dir):
    os.makedirs(f"{out_dir}/states", exist_ok=True)
    _, state, nfev = solve("DOP853", 1e-12, 1e-12)
    state.astype("<f8").tofile(f"{out_dir}/states/reference.bin")
    _, looser, _ = solve("DOP853", 1e-11, 1e-11)
    print(f"reference: SciPy DOP853 rtol=atol=1e-12 ({nfev} RHS); rtol 1e-11 differs from it by "
          f"{np.max(np.abs(looser - state)):.1e} (error floor); u in [{state.min():.3f}, {state.max():.3f}]")


def analyse(raw_path, out_dir):
    ref = np.fromfile(f"{out_dir}/states/reference.bin", dtype="<f8")
    with open(raw_path, encoding="utf-8") as f, open(f"{out_dir}/analysed.csv", "w", encoding="utf-8") as out:
        out.write("problem,solver,error,seconds,rtol,rhs\n")
        for line in f:
            if line.startswith("tool,") or not line.strip():
                continue
            tool, method, problem, rtol, _, seconds, _, rhs, path = line.strip().split(",")
            error = float(np.max(np.abs(np.fromfile(path, dtype="<f8") - ref)))
            out.write(f"{problem},{tool}-{method},{error!r},{seconds},{rtol},{rhs}\n")
    table = ratio_table(f"{out_dir}/analysed.csv")
    with open(f"{out_dir}/ratios.md", "w", encoding="utf-8") as f:
        f.write(table)
    print(table)


def time_to_reach(points, error):
    """Wall time of the cheapest run whose error is at most `error`; None when no run got there."""
    return min((t for e, t in points if e <= error), default=None)


def ratio_table(analysed_path):
    solvers = {}
    with open(analysed_path, encoding="utf-8") as f:
        next(f)
        for line in f:
            _, solver, error, seconds, _, _ = line.strip().split(",")
            solvers.setdefault(solver, []).append((float(error), float(seconds)))
    twinval = {s: p for s, p in solvers.items() if s.startswith("twinval-")}
    others = {s: p for s, p in solvers.items() if not s.startswith("twinval-")}
    lines = ["| error <= | TwinVal best (method, s) | comparator | time (s) | ratio |", "|---|---|---|---|---|"]
    for error in (1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7):
        reached = [(time_to_reach(p, error), s) for s, p in twinval.items() if time_to_reach(p, error) is not None]
        if not reached:
            continue
        best = min(reached)
        for solver, points in sorted(others.items()):
            t = time_to_reach(points, error)
            ratio = f"{t / best[0]:.2f}x" if t else "n/a (not reached)"
            lines.append(f"| {error:.0e} | {best[1][8:]}, {best[0]:.2f} | {solver} | {f'{t:.2f}' if t else '-'} | {ratio} |")
    return "\n".join(lines) + ("\n\nratio = comparator time / TwinVal time to reach the error (cheapest run at least that "
                               "accurate; > 1: TwinVal faster).\n")


if __name__ == "__main__":
    if sys.argv[1:2] == ["scipy"]:
        scipy_rows(int(sys.argv[2]), sys.argv[3])
    elif sys.argv[1:2] == ["reference"]:
        reference(sys.argv[2])
    elif sys.argv[1:2] == ["analyse"]:
        analyse(sys.argv[2], sys.argv[3])
    else:
        sys.exit("usage: wp_rd.py scipy REPEATS OUTDIR | reference OUTDIR | analyse RAW.csv OUTDIR")
