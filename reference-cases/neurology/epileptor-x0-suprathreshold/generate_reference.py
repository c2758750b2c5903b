#!/usr/bin/env python3
"""Reference trajectory of case epileptor-x0-suprathreshold: one Epileptor node at x0 = -2.0, just above the analytic
threshold x0_c = -2.0620 (see ../epileptor-x0-subthreshold/generate_reference.py for the derivation).

Model: Jirsa et al. 2014, Brain 137:2210, doi:10.1093/brain/awu133, TVB equations (as in
../epileptor-seizure-cycle/generate_reference.py), Iext1 = 3.1, Iext2 = 0.45, r = 0.00035, slope = 0, tau2 = 10;
start (x1, y1, z, x2, y2, g) = (-1.8, -15.2, 3.6, -0.9, 0, -0.18).
Independent high-accuracy computation: SciPy 1.10 (Debian python3-scipy) solve_ivp DOP853 at rtol = atol = 1e-11;
x1 on t = 0, 1, ..., 3000 ms written to reference.csv; prints the first rising crossing of x1 = 0 and the largest x1.
Run with /usr/bin/python3.
"""
import numpy as np
from scipy.integrate import solve_ivp

X0, IEXT1, IEXT2, R, SLOPE, TAU2 = -2.0, 3.1, 0.45, 0.00035, 0.0, 10.0


def rhs(t, s):
    x1, y1, z, x2, y2, g = s
    coef = (-(x1 * x1) + 3 * x1) if x1 < 0 else (SLOPE - x2 + 0.6 * (z - 4) ** 2)
    sat = -0.1 * z ** 7 if z < 0 else 0.0
    return [y1 - z + IEXT1 + coef * x1, 1 - 5 * x1 * x1 - y1, R * (4 * (x1 - X0) - z + sat),
            -y2 + x2 - x2 ** 3 + IEXT2 + 2 * g - 0.3 * (z - 3.5),
            (-y2 + (0.0 if x2 < -0.25 else 6 * (x2 + 0.25))) / TAU2, -0.01 * (g - 0.1 * x1)]


t = np.arange(0, 3001, 1.0)
sol = solve_ivp(rhs, (0, 3000), [-1.8, -15.2, 3.6, -0.9, 0.0, -0.18], method="DOP853", rtol=1e-11, atol=1e-11, t_eval=t)
assert sol.status == 0, sol.message
x1 = sol.y[0]
k = np.nonzero((x1[:-1] < 0) & (x1[1:] >= 0))[0][0]
print("onset_ms", t[k] + (0 - x1[k]) / (x1[k + 1] - x1[k]), "max_x1", x1.max())
with open("reference.csv", "w") as f:
    f.write("time [ms],x1 [1]\n")
    for ti, xi in zip(t, x1):
        f.write(f"{ti:g},{float(xi)!r}\n")
