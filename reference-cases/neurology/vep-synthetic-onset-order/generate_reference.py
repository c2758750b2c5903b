#!/usr/bin/env python3
"""Reference data of the synthetic virtual epileptic patient cases (vep-synthetic-onset-order and
vep-synthetic-stochastic-onset).

Model: 10 Epileptor nodes (Jirsa et al. 2014, Brain 137:2210, doi:10.1093/brain/awu133, eqs. 1 and Table 1, as The
Virtual Brain evaluates them: tvb_library/tvb/simulator/models/epileptor.py, tt = 1, Kvf = Kf = 0, modification off)
coupled through the slow variable (Proix et al. 2014, J. Neurosci. 34:15009, doi:10.1523/JNEUROSCI.1570-14.2014, eq. 2):
  z_i' = r (4 (x1_i - x0_i) - z_i - [0.1 z_i^7 if z_i < 0] - K sum_j w_ij (x1_j - x1_i))
Connectome and x0 per region: connectivity.csv (synthetic, see provenance.md). Iext1 = 3.1, Iext2 = 0.45,
r = 0.00035, slope = 0, tau2 = 10, K = 1; every region starts at (x1, y1, z, x2, y2, g) = (-1.8, -15, 3.6, -0.9, 0, -0.18).

Usage (Debian python3-numpy 1.24 / python3-scipy 1.10, run with /usr/bin/python3):
  generate_reference.py deterministic OUT.csv END_MS   SciPy solve_ivp DOP853 (8th order) at rtol = atol = 1e-10,
      x1 of every region on t = 0, 1, ..., END ms, and the first rising crossing of x1 = 0 per region (printed).
  generate_reference.py stochastic RUNS DT_MS END_MS SEED   Euler-Maruyama with additive noise sigma_z = 0.001 per
      sqrt(ms) on z only, vectorised over RUNS independent runs (numpy PCG64 generator, SEED), step DT_MS;
      prints mean and standard deviation of the onset time (first rising crossing of x1 = 0 on the 1 ms output grid,
      linear interpolation, as the harness extracts it) per region, the fraction of runs with an onset, and the standard error of each mean.
The solver under test uses Dormand-Prince 5(4) (deterministic) or Euler-Maruyama with h = 0.05 ms and xoshiro256**
normals (stochastic); the references use a different method (DOP853) or a step half as large (0.025 ms), another generator and 10x
more runs.
"""
import csv
import sys

import numpy as np
from scipy.integrate import solve_ivp

PARAMS = dict(Iext1=3.1, Iext2=0.45, r=0.00035, slope=0.0, tau2=10.0, K=1.0)
INITIAL = (-1.8, -15.0, 3.6, -0.9, 0.0, -0.18)
SIGMA_Z = 0.001


def read_connectome(path="connectivity.csv"):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    header = [h.split(" [")[0] for h in rows[0]]
    names = [r[0] for r in rows[1:]]
    x0 = np.array([float(r[header.index("x0")]) for r in rows[1:]])
    w = np.array([[float(r[header.index("w_" + src)]) for src in names] for r in rows[1:]])
    return names, x0, w


def drift(s, x0, w, p):
    """Right-hand side for states of shape (6, ..., n): one Epileptor per region, z-coupled by difference coupling."""
    x1, y1, z, x2, y2, g = s
    coef = np.where(x1 < 0, -(x1 * x1) + 3 * x1, p["slope"] - x2 + 0.6 * (z - 4) ** 2)
    coupling = x1 @ w.T - x1 * w.sum(axis=1)
    sat = np.where(z < 0, -0.1 * z ** 7, 0.0)
    return np.stack([
        y1 - z + p["Iext1"] + coef * x1,
        1 - 5 * x1 * x1 - y1,
        p["r"] * (4 * (x1 - x0) - z + sat - p["K"] * coupling),
        -y2 + x2 - x2 ** 3 + p["Iext2"] + 2 * g - 0.3 * (z - 3.5),
        (-y2 + np.where(x2 < -0.25, 0.0, 6 * (x2 + 0.25))) / p["tau2"],
        -0.01 * (g - 0.1 * x1),
    ])


def onset(t, x):
    idx = np.nonzero((x[:-1] < 0) & (x[1:] >= 0))[0]
    if len(idx) == 0:
        return None
    k = idx[0]
    return t[k] + (t[k + 1] - t[k]) * (0 - x[k]) / (x[k + 1] - x[k])


def deterministic(out, end):
    names, x0, w = read_connectome()
    n = len(names)
    s0 = np.concatenate([np.full(n, v) for v in INITIAL])
    sol = solve_ivp(lambda t, s: drift(s.reshape(6, n), x0, w, PARAMS).ravel(), (0, end), s0,
                    method="DOP853", rtol=1e-10, atol=1e-10, dense_output=True)
    assert sol.status == 0, sol.message
    t = np.arange(0, end + 0.5, 1.0)
    x1 = sol.sol(t)[:n]
    with open(out, "w", newline="") as f:
        f.write(",".join(["time [ms]"] + [f"x1_{r} [1]" for r in names]) + "\n")
        for k in range(len(t)):
            f.write(",".join([f"{t[k]:g}"] + [repr(float(v)) for v in x1[:, k]]) + "\n")
    for i, r in enumerate(names):
        print(r, "x0", x0[i], "onset_ms", onset(t, x1[i]), "max_x1", x1[i].max())


def stochastic(runs, dt, end, seed, sample=1.0):
    names, x0, w = read_connectome()
    n = len(names)
    rng = np.random.default_rng(seed)
    s = np.array([np.full((runs, n), v) for v in INITIAL])
    onsets = np.full((runs, n), np.nan)
    per_sample = int(round(sample / dt))
    prev = s[0].copy()
    for k in range(int(round(end / sample))):
        for _ in range(per_sample):
            s = s + dt * drift(s, x0, w, PARAMS)
            s[2] += SIGMA_Z * np.sqrt(dt) * rng.standard_normal((runs, n))
        # The onset is read from x1 on the case's output grid (every `sample` ms, linear interpolation), exactly as
        # the harness extracts the first-crossing QoI from a solver's output.
        hit = (prev < 0) & (s[0] >= 0) & np.isnan(onsets)
        if hit.any():
            onsets[hit] = k * sample + sample * (0 - prev[hit]) / (s[0][hit] - prev[hit])
        prev = s[0].copy()
    for i, r in enumerate(names):
        o = onsets[:, i]
        o = o[~np.isnan(o)]
        mean = o.mean() if len(o) else float("nan")
        sd = o.std(ddof=1) if len(o) > 1 else float("nan")
        se = sd / np.sqrt(len(o)) if len(o) > 1 else float("nan")
        print(f"{r} fraction {len(o) / runs:.4f} mean_ms {mean:.4f} sd_ms {sd:.4f} se_mean_ms {se:.4f}")


if __name__ == "__main__":
    if sys.argv[1] == "deterministic":
        deterministic(sys.argv[2], float(sys.argv[3]))
    else:
        stochastic(int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]))
