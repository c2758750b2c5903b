#!/usr/bin/env python3
"""Reference data of case epileptor-onset-step-convergence: seizure onset of one Epileptor node from the interictal branch.

Model: Jirsa et al. 2014, Brain 137:2210, doi:10.1093/brain/awu133, eqs. 1 and Table 1, as The Virtual Brain
evaluates it (tvb-root, tvb_library/tvb/simulator/models/epileptor.py, class Epileptor: tt = 1, Kvf = Kf = Ks = 0,
modification = False); equations written out in ../epileptor-seizure-cycle/generate_reference.py. Parameters are TVB's
defaults (x0 = -1.6, Iext1 = 3.1, Iext2 = 0.45, r = 0.00035, slope = 0, tau2 = 10); the node starts on the interictal
branch at (x1, y1, z, x2, y2, g) = (-1.8, -15.2, 3.6, -0.9, 0, -0.18) as in epileptor-x0-suprathreshold. Time in ms.

Independent high-accuracy computation with SciPy (Debian python3-scipy 1.10), a different method and a far tighter
tolerance than the solver under test (explicit Euler at fixed steps):
1. DOP853 at rtol = atol = 1e-12 with an event function on x1 = 0 (rising): the exact seizure onset, located by
   SciPy's root finder on the dense output (no output-grid interpolation) -> printed, used as `expected` in case.yaml;
2. the same onset by Radau at rtol = atol = 1e-11 (printed difference);
3. x1 every 0.02 ms (the case's output interval) from 660 to 670 ms, around the onset -> reference.csv; the harness
   extracts a QoI on the reference's grid, so this grid keeps the crossing's interpolation error at 9.5e-5 ms.
Running it rewrites reference.csv byte-identically and prints the onsets and the file's sha256 (seconds).
"""
import hashlib
import os

import numpy as np
from scipy.integrate import solve_ivp

X0, IEXT1, IEXT2, R, SLOPE, TAU2 = -1.6, 3.1, 0.45, 0.00035, 0.0, 10.0
Y0 = [-1.8, -15.2, 3.6, -0.9, 0.0, -0.18]
T_END = 700.0


def rhs(_t, y):
    x1, y1, z, x2, y2, g = y
    coefficient = -x1 * x1 + 3.0 * x1 if x1 < 0.0 else SLOPE - x2 + 0.6 * (z - 4.0) ** 2
    saturation = -0.1 * z ** 7 if z < 0.0 else 0.0
    f2 = 0.0 if x2 < -0.25 else 6.0 * (x2 + 0.25)
    return [y1 - z + IEXT1 + coefficient * x1,
            1.0 - 5.0 * x1 * x1 - y1,
            R * (4.0 * (x1 - X0) - z + saturation),
            -y2 + x2 - x2 ** 3 + IEXT2 + 2.0 * g - 0.3 * (z - 3.5),
            (-y2 + f2) / TAU2,
            -0.01 * (g - 0.1 * x1)]


def onset(_t, y):
    return y[0]


onset.direction = 1


def main():
    times = np.array([660.0 + k / 50.0 for k in range(501)])
    sol = solve_ivp(rhs, (0.0, T_END), Y0, method="DOP853", rtol=1e-12, atol=1e-12, dense_output=True, events=onset)
    assert sol.success, sol.message
    check = solve_ivp(rhs, (0.0, T_END), Y0, method="Radau", rtol=1e-11, atol=1e-11, events=onset)
    assert check.success, check.message
    exact, radau = sol.t_events[0][0], check.t_events[0][0]
    print(f"onset (first rising crossing of x1 = 0): DOP853 {exact!r} ms, Radau {radau!r} ms, "
          f"difference {abs(exact - radau):.2e} ms")
    before = sol.sol(np.linspace(0.0, exact, 20001))
    print(f"before the onset: max x2 = {before[3].max():.4f} (< -0.25: f2 stays 0), max x1 = {before[0].max():.3e}")
    x1 = sol.sol(times)[0]
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [ms],x1 [1]"] + [f"{float(t)!r},{float(v)!r}" for t, v in zip(times, x1)]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
