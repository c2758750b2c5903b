#!/usr/bin/env python3
"""Reference action potential of the Aliev-Panfilov cell (class high-resolution).

Model: Aliev & Panfilov 1996, Chaos Solitons Fractals 7:293-301, doi:10.1016/0960-0779(95)00089-5, eqs. 1-2 without
diffusion: t_s du/dt = -k u (u - a)(u - 1) - u v + I(t), t_s dv/dt = eps(u, v) (-v - k u (u - a - 1)),
eps = eps0 + mu1 v/(u + mu2), with the paper's k = 8, a = 0.15, eps0 = 0.002, mu1 = 0.2, mu2 = 0.3 and t_s = 12.9 ms.
Rest u = v = 0. Stimulus I = 3.0 for 1 ms from t = 10 ms. Method: SciPy solve_ivp DOP853 at rtol = atol = 1e-12,
restarted at both stimulus edges; cross-checked with Radau at the same tolerance. Writes reference.csv (every 1 ms to
600 ms) and prints the cross-check difference. Needs Debian's python3-scipy (/usr/bin/python3).
"""
import numpy as np
from scipy.integrate import solve_ivp

K, A, EPS0, MU1, MU2, TS = 8.0, 0.15, 0.002, 0.2, 0.3, 12.9
ONSET, DURATION, AMPLITUDE, END = 10.0, 1.0, 3.0, 600.0
TIMES = np.linspace(0.0, END, 601)


def rhs(stim):
    def f(t, s):
        u, v = s
        eps = EPS0 + MU1 * v / (u + MU2)
        return [(-K * u * (u - A) * (u - 1) - u * v + stim) / TS, eps * (-v - K * u * (u - A - 1)) / TS]
    return f


def solve(method):
    edges = [0.0, ONSET, ONSET + DURATION, END]
    out = np.zeros((len(TIMES), 2))
    y = np.zeros(2)
    for k in range(3):
        t0, t1 = edges[k], edges[k + 1]
        sol = solve_ivp(rhs(AMPLITUDE if k == 1 else 0.0), (t0, t1), y, method=method, rtol=1e-12, atol=1e-12,
                        dense_output=True)
        for i, t in enumerate(TIMES):
            if t0 < t <= t1:
                out[i] = sol.sol(t)
        y = sol.y[:, -1]
    return out


if __name__ == "__main__":
    ref = solve("DOP853")
    print("max |DOP853 - Radau|: u %.3e, v %.3e" % tuple(np.max(np.abs(ref - solve("Radau")), axis=0)))
    print("max u = %.6f at %.1f ms" % (ref[:, 0].max(), TIMES[ref[:, 0].argmax()]))
    with open("reference.csv", "w") as f:
        f.write("time [ms],u [1],v [1]\n")
        for t, (u, v) in zip(TIMES, ref):
            f.write("%r,%r,%r\n" % (float(t), float(u), float(v)))
