#!/usr/bin/env python3
"""Reference action potential of the FitzHugh-Nagumo cell (class high-resolution).

Model: FitzHugh 1961, Biophys. J. 1:445-466, doi:10.1016/S0006-3495(61)86902-6, in the common form
t_s dv/dt = v - v^3/3 - w + I(t), t_s dw/dt = eps (v + a - b w), with a = 0.7, b = 0.8, eps = 0.08 (FitzHugh's values)
and t_s = 1 ms. Rest: the root of v - v^3/3 - (v + a)/b = 0, found by Newton's method to machine precision. Stimulus
I = 1.0 for 1 ms from t = 10 ms. Method: SciPy solve_ivp DOP853 at rtol = atol = 1e-12, restarted at both stimulus
edges; cross-checked with Radau at the same tolerance. Writes reference.csv (every 0.5 ms to 200 ms) and prints the
rest state and the cross-check difference. Needs Debian's python3-scipy (/usr/bin/python3).
"""
import numpy as np
from scipy.integrate import solve_ivp

A, B, EPS, TS = 0.7, 0.8, 0.08, 1.0
ONSET, DURATION, AMPLITUDE, END = 10.0, 1.0, 1.0, 200.0
TIMES = np.linspace(0.0, END, 401)


def rest():
    v = -1.2
    for _ in range(50):
        f = v - v ** 3 / 3 - (v + A) / B
        v -= f / (1 - v * v - 1 / B)
    return v, (v + A) / B


def solve(method, y0):
    edges = [0.0, ONSET, ONSET + DURATION, END]
    out = np.empty((len(TIMES), 2))
    out[0] = y0
    y = np.array(y0)
    for k in range(3):
        stim = AMPLITUDE if k == 1 else 0.0
        t0, t1 = edges[k], edges[k + 1]
        sol = solve_ivp(lambda t, s: [(s[0] - s[0] ** 3 / 3 - s[1] + stim) / TS, EPS * (s[0] + A - B * s[1]) / TS],
                        (t0, t1), y, method=method, rtol=1e-12, atol=1e-12, dense_output=True)
        for i, t in enumerate(TIMES):
            if t0 < t <= t1:
                out[i] = sol.sol(t)
        y = sol.y[:, -1]
    return out


if __name__ == "__main__":
    y0 = rest()
    print("rest v = %r, w = %r" % y0)
    ref = solve("DOP853", y0)
    print("max |DOP853 - Radau|: v %.3e, w %.3e" % tuple(np.max(np.abs(ref - solve("Radau", y0)), axis=0)))
    with open("reference.csv", "w") as f:
        f.write("time [ms],v [1],w [1]\n")
        for t, (v, w) in zip(TIMES, ref):
            f.write("%r,%r,%r\n" % (float(t), float(v), float(w)))
