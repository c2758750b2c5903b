#!/usr/bin/env python3
"""Reference data of case epileptor-seizure-cycle: the seizure cycle of one Epileptor node at default parameters.

Model: Jirsa et al. 2014, Brain 137:2210, doi:10.1093/brain/awu133, eqs. 1 and Table 1, as The Virtual Brain
evaluates it (tvb-root, tvb_library/tvb/simulator/models/epileptor.py, class Epileptor: tt = 1, Kvf = Kf = Ks = 0,
modification = False). Defaults x0 = -1.6, Iext1 = 3.1, Iext2 = 0.45, r = 0.00035, slope = 0, tau2 = 10; fixed
coefficients a = 1, b = 3, c = 1, d = 5, s = 4, aa = 6, bb = 2, gamma = 0.01. All variables dimensionless; time in
TVB's unit (ms).
  x1' = y1 - f1 - z + Iext1,  f1 = x1^3 - 3 x1^2 (x1 < 0),  f1 = -(slope - x2 + 0.6 (z - 4)^2) x1 (x1 >= 0)
  y1' = 1 - 5 x1^2 - y1
  z'  = r (4 (x1 - x0) - z - [0.1 z^7 if z < 0])
  x2' = -y2 + x2 - x2^3 + Iext2 + 2 g - 0.3 (z - 3.5)
  y2' = (-y2 + f2) / tau2,    f2 = 0 (x2 < -0.25), 6 (x2 + 0.25) otherwise
  g'  = -0.01 (g - 0.1 x1)

Independent high-accuracy computation with SciPy (Debian python3-scipy 1.10):
1. transient: from (x1, y1, z, x2, y2, g) = (-1.6, -10, 3, -1, 0, 0) for 7450 ms with DOP853 at rtol = atol = 1e-12;
   the final state lies on the seizure cycle, in the interictal phase halfway between seizures, and is the case's
   initial state (printed), so every extremum of z in the window is an interior one;
2. from it, 0..6000 ms (about three seizure cycles) with DOP853 at rtol = atol = 1e-12; z on t = 0, 1, ..., 6000 ms
   -> reference.csv; exact z extrema and rising crossings of z = 3.5 from the dense output / an event function;
3. cross-check: Radau at rtol = atol = 1e-11 on the same window (max difference printed).
Running it rewrites reference.csv byte-identically and prints the diagnostics and the file's sha256 (a few minutes).
"""
import hashlib
import os

import numpy as np
from scipy.integrate import solve_ivp
from scipy.optimize import minimize_scalar

X0, IEXT1, IEXT2, R, SLOPE, TAU2 = -1.6, 3.1, 0.45, 0.00035, 0.0, 10.0
START = [-1.6, -10.0, 3.0, -1.0, 0.0, 0.0]
T_TRANSIENT, T_END = 7450.0, 6000.0
LEVEL = 3.5                   # z level of the period QoI in case.yaml (mid-range of z)
TOL = 1e-12


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


def z_rising(_t, y):
    return y[2] - LEVEL


z_rising.direction = 1


def main():
    transient = solve_ivp(rhs, (0.0, T_TRANSIENT), START, method="DOP853", rtol=TOL, atol=TOL)
    assert transient.success, transient.message
    y0 = [float(v) for v in transient.y[:, -1]]
    print("initial state (x1, y1, z, x2, y2, g):", ", ".join(repr(v) for v in y0))
    times = np.arange(0.0, T_END + 0.5, 1.0)
    sol = solve_ivp(rhs, (0.0, T_END), y0, method="DOP853", rtol=TOL, atol=TOL, dense_output=True, events=z_rising)
    assert sol.success, sol.message
    z = sol.sol(times)[2]
    check = solve_ivp(rhs, (0.0, T_END), y0, method="Radau", rtol=1e-11, atol=1e-11, t_eval=times)
    assert check.success, check.message
    print(f"max |z(DOP853) - z(Radau)| on the grid = {abs(check.y[2] - z).max():.3e}")

    def exact_extreme(sign):
        i = int(np.argmax(sign * z))
        lo, hi = times[max(i - 1, 0)], times[min(i + 1, len(times) - 1)]
        res = minimize_scalar(lambda t: -sign * sol.sol(t)[2], bounds=(lo, hi), method="bounded", options={"xatol": 1e-10})
        return res.x, float(sol.sol(res.x)[2])

    crossings = sol.t_events[0]
    print(f"exact: z max {exact_extreme(+1)}, z min {exact_extreme(-1)} (time, value)")
    print("exact rising crossings of z = 3.5:", ", ".join(f"{t:.6f}" for t in crossings),
          "intervals", ", ".join(f"{b - a:.6f}" for a, b in zip(crossings, crossings[1:])))
    sampled = [times[i - 1] + (LEVEL - z[i - 1]) / (z[i] - z[i - 1]) for i in range(1, len(z)) if z[i - 1] < LEVEL <= z[i]]
    print(f"sampled: z max {z.max()!r}, z min {z.min()!r}, {len(sampled)} rising crossings, period "
          f"{(sampled[-1] - sampled[0]) / (len(sampled) - 1)!r} ms")
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [ms],z [1]"] + [f"{float(t)!r},{float(v)!r}" for t, v in zip(times, z)]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
