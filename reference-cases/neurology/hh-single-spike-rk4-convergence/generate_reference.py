#!/usr/bin/env python3
"""Reference data of cases hh-single-spike and hh-single-spike-rk4-convergence (same file): one action potential of
the Hodgkin-Huxley membrane.

Model: Hodgkin & Huxley 1952, J. Physiol. 117:500, doi:10.1113/jphysiol.1952.sp004764, modern -65 mV convention
(rates and parameters in provenance.md). Protocol: start at the resting state, a 10 uA/cm^2 current pulse from 5 ms
to 6 ms, record V on t = i/100 ms, i = 0..2500.

Independent high-accuracy computation with SciPy (Debian python3-scipy 1.10): the resting state is the root of the
steady-state current equation by brentq (xtol 1e-15); the trajectory is integrated by solve_ivp DOP853 (explicit
Runge-Kutta of order 8) at rtol = atol = 1e-12, restarted at both pulse edges so no step straddles a jump. The same
run with Radau (implicit Runge-Kutta of order 5, Jacobian by finite differences) at rtol = atol = 1e-12 is the
cross-check: the script prints the largest difference of the two on the grid, and the exact event
times (0 mV crossing, peak) from DOP853's dense output.

Running it rewrites reference.csv byte-identically and prints the diagnostics and the file's sha256.
"""
import hashlib
import math
import os

import numpy as np
from scipy.integrate import solve_ivp
from scipy.optimize import brentq

C_M = 1.0                                    # uF/cm^2
G_NA, G_K, G_L = 120.0, 36.0, 0.3            # mS/cm^2
E_NA, E_K, E_L = 50.0, -77.0, -54.387        # mV
PULSE = 10.0                                 # uA/cm^2
T_ON, T_OFF, T_END = 5.0, 6.0, 25.0          # ms
ROWS = 2500                                  # samples every 0.01 ms
TOL = 1e-12


def exprel(x):
    """x/(1 - exp(-x)), with the removable singularity at x = 0 (value 1) taken by its series."""
    if abs(x) < 1e-6:
        return 1.0 + x / 2.0 + x * x / 12.0
    return x / -math.expm1(-x)


def rates(v):
    am = exprel((v + 40.0) / 10.0)
    bm = 4.0 * math.exp(-(v + 65.0) / 18.0)
    ah = 0.07 * math.exp(-(v + 65.0) / 20.0)
    bh = 1.0 / (1.0 + math.exp(-(v + 35.0) / 10.0))
    an = 0.1 * exprel((v + 55.0) / 10.0)
    bn = 0.125 * math.exp(-(v + 65.0) / 80.0)
    return am, bm, ah, bh, an, bn


def steady(v):
    am, bm, ah, bh, an, bn = rates(v)
    return am / (am + bm), ah / (ah + bh), an / (an + bn)


def ionic(v, m, h, n):
    return G_NA * m ** 3 * h * (v - E_NA) + G_K * n ** 4 * (v - E_K) + G_L * (v - E_L)


def rhs(current):
    def f(_t, y):
        v, m, h, n = y
        am, bm, ah, bh, an, bn = rates(v)
        return [(current - ionic(v, m, h, n)) / C_M,
                am * (1 - m) - bm * m, ah * (1 - h) - bh * h, an * (1 - n) - bn * n]
    return f


def integrate(method, y0, times):
    """V on `times`, integrating piecewise between the pulse edges; also returns the dense solutions."""
    pieces = [(0.0, T_ON, 0.0), (T_ON, T_OFF, PULSE), (T_OFF, T_END, 0.0)]
    out, dense, y = [], [], list(y0)
    for a, b, current in pieces:
        inside = [t for t in times if a <= t < b] + ([b] if b == T_END else [])
        sol = solve_ivp(rhs(current), (a, b), y, method=method, rtol=TOL, atol=TOL, dense_output=True)
        assert sol.success, sol.message
        out.extend(float(sol.sol(t)[0]) for t in inside)
        dense.append((a, b, sol.sol))
        y = list(sol.y[:, -1])
    return out, dense


def events(dense):
    """Exact first rising 0 mV crossing and peak (time, value) from the dense output of the post-pulse piece."""
    fine = [(t, float(s(t)[0])) for a, b, s in dense for t in np.linspace(a, b, 20001)]
    i = next(k for k in range(1, len(fine)) if fine[k - 1][1] < 0 <= fine[k][1])
    sol = next(s for a, b, s in dense if a <= fine[i][0] <= b)
    crossing = brentq(lambda t: float(sol(t)[0]), fine[i - 1][0], fine[i][0], xtol=1e-14)
    j = max(range(len(fine)), key=lambda k: fine[k][1])
    sol = next(s for a, b, s in dense if a <= fine[j][0] <= b)
    dv = lambda t: float((sol(t + 1e-7)[0] - sol(t - 1e-7)[0]) / 2e-7)
    peak_t = brentq(dv, fine[j - 1][0], fine[j + 1][0], xtol=1e-12)
    return crossing, peak_t, float(sol(peak_t)[0])


def main():
    v_rest = brentq(lambda v: ionic(v, *steady(v)), -70.0, -60.0, xtol=1e-15, rtol=4 * np.finfo(float).eps)
    y0 = [v_rest, *steady(v_rest)]
    print("initial state (V, m, h, n):", ", ".join(repr(float(x)) for x in y0))
    times = [i / 100 for i in range(ROWS + 1)]
    v, dense = integrate("DOP853", y0, times)
    check, _ = integrate("Radau", y0, times)
    print(f"max |DOP853 - Radau| on the grid = {max(abs(a - b) for a, b in zip(v, check)):.3e} mV")
    crossing, peak_t, peak_v = events(dense)
    k = max(range(len(v)), key=lambda i: v[i])
    print(f"exact: 0 mV crossing {crossing!r} ms, peak {peak_v!r} mV at {peak_t!r} ms")
    print(f"sampled: peak {v[k]!r} mV at {times[k]!r} ms")
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [ms],V [mV]"] + [f"{t!r},{x!r}" for t, x in zip(times, v)]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
