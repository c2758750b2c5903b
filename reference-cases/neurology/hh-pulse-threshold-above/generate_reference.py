#!/usr/bin/env python3
"""Reference data of cases hh-pulse-threshold-above and hh-pulse-threshold-below: the current threshold of the
Hodgkin-Huxley membrane for a 1 ms pulse, and the responses 2 % above and 2 % below it.

Model: Hodgkin & Huxley 1952, J. Physiol. 117:500, doi:10.1113/jphysiol.1952.sp004764, modern -65 mV convention
(rates and parameters in ../hh-resting-state/provenance.md). Protocol: start at rest, I_stim = A for 5 <= t < 6 ms
(1 ms pulse), 0 otherwise; record V on t = i/20 ms, i = 0..600 (0..30 ms).

Threshold: the smallest A whose response crosses 0 mV within 30 ms, by bisection on [1, 20] uA/cm^2 to a bracket
narrower than 1e-9 uA/cm^2. Every response is integrated with SciPy (Debian python3-scipy 1.10) solve_ivp DOP853
at rtol = atol = 1e-10, restarted at both pulse edges; the written trace is cross-checked with Radau at 1e-10.

Usage: generate_reference.py above|below  (writes ../hh-pulse-threshold-<above|below>/reference.csv for A = 1.02 or
0.98 times the threshold — one script serves both cases — and prints the threshold, the amplitude, max V, the Radau
difference and the file's sha256).
"""
import hashlib
import math
import os
import sys

from scipy.integrate import solve_ivp
from scipy.optimize import brentq

C_M = 1.0                                    # uF/cm^2
G_NA, G_K, G_L = 120.0, 36.0, 0.3            # mS/cm^2
E_NA, E_K, E_L = 50.0, -77.0, -54.387        # mV
T_ON, T_OFF, T_END = 5.0, 6.0, 30.0          # ms
ROWS = 600                                   # samples every 0.05 ms
TOL = 1e-10
FACTORS = {"above": 1.02, "below": 0.98}


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


def integrate(method, y0, amplitude, times):
    """V on `times` (may be empty) and the largest V of the dense solution, piecewise around the pulse."""
    out, peak, y = [], -math.inf, list(y0)
    for a, b, current in [(0.0, T_ON, 0.0), (T_ON, T_OFF, amplitude), (T_OFF, T_END, 0.0)]:
        inside = [t for t in times if a <= t < b] + ([b] if b == T_END and times else [])
        sol = solve_ivp(rhs(current), (a, b), y, method=method, rtol=TOL, atol=TOL, dense_output=True)
        assert sol.success, sol.message
        out.extend(float(sol.sol(t)[0]) for t in inside)
        peak = max(peak, float(max(sol.y[0])))
        y = list(sol.y[:, -1])
    return out, peak


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else "above"
    v_rest = brentq(lambda v: ionic(v, *steady(v)), -70.0, -60.0, xtol=1e-15, rtol=8.9e-16)
    y0 = [v_rest, *steady(v_rest)]
    lo, hi = 1.0, 20.0
    assert integrate("DOP853", y0, lo, [])[1] < 0.0 < integrate("DOP853", y0, hi, [])[1]
    while hi - lo > 1e-9:
        mid = 0.5 * (lo + hi)
        lo, hi = (lo, mid) if integrate("DOP853", y0, mid, [])[1] > 0.0 else (mid, hi)
    threshold = 0.5 * (lo + hi)
    amplitude = FACTORS[which] * threshold
    times = [i / 20 for i in range(ROWS + 1)]
    v, _ = integrate("DOP853", y0, amplitude, times)
    check, _ = integrate("Radau", y0, amplitude, times)
    print(f"threshold = {threshold!r} uA/cm^2 (bracket {lo!r} .. {hi!r})")
    print(f"amplitude ({which}) = {amplitude!r} uA/cm^2, sampled max V = {max(v)!r} mV")
    print(f"max |DOP853 - Radau| on the grid = {max(abs(a - b) for a, b in zip(v, check)):.3e} mV")
    cases = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(cases, f"hh-pulse-threshold-{which}", "reference.csv")
    lines = ["time [ms],V [mV]"] + [f"{t!r},{x!r}" for t, x in zip(times, v)]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
