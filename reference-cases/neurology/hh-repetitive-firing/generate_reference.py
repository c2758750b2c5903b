#!/usr/bin/env python3
"""Reference data of case hh-repetitive-firing and of the f-I curve cases hh-fi-curve-i07/-i20/-i50: periodic firing
of the Hodgkin-Huxley membrane under a current step.

Usage: python3 generate_reference.py [STEP [CASE_DIR]]   (STEP in uA/cm^2, default 10; CASE_DIR, default this folder,
receives reference.csv). The f-I cases are `generate_reference.py 7 ../hh-fi-curve-i07`, `20 ../hh-fi-curve-i20`,
`50 ../hh-fi-curve-i50`.
       python3 generate_reference.py ramp TOP CASE_DIR   (case hh-ramp-current: `ramp 20 ../hh-ramp-current`). I_stim is
0 until 10 ms, then rises linearly to TOP uA/cm^2 at 210 ms; CASE_DIR also receives the input table ramp-current.csv
(rows at 0, 10 and 210 ms, which the harness interpolates linearly, so the table is exactly this ramp).

Model: Hodgkin & Huxley 1952, J. Physiol. 117:500, doi:10.1113/jphysiol.1952.sp004764, modern -65 mV convention
(rates and parameters in ../hh-resting-state/provenance.md). Protocol: start at the resting state, I_stim steps from
0 to STEP uA/cm^2 at 10 ms and stays on; record V on t = i/20 ms, i = 0..4200 (0..210 ms).

Independent high-accuracy computation with SciPy (Debian python3-scipy 1.10): resting state by brentq; trajectory by
solve_ivp DOP853 at rtol = atol = 1e-12, restarted at the step; Radau at the same tolerances as a cross-check. The
script also prints the exact rising 0 mV crossing times from the dense output, the interspike intervals, and the
mean period the comparer's rule gives on the sampled series ((t_last - t_first)/(k - 1) over the linearly
interpolated crossings).

Running it rewrites reference.csv byte-identically and prints the diagnostics and the file's sha256.
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
RAMP = len(sys.argv) > 1 and sys.argv[1] == "ramp"           # ramp mode: argv = ramp TOP CASE_DIR
ARGS = sys.argv[2:] if RAMP else sys.argv[1:]
STEP = float(ARGS[0]) if ARGS else 10.0      # uA/cm^2: the step from T_ON on, or the ramp's value at T_END
T_ON, T_END = 10.0, 210.0                    # ms
ROWS = 4200                                  # samples every 0.05 ms
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


def stimulus(t, level):
    """I_stim at t (ms) inside a segment whose input level is `level`: the ramp in ramp mode, else the constant."""
    return level * (t - T_ON) / (T_END - T_ON) if RAMP and level else level


def rhs(current):
    def f(t, y):
        v, m, h, n = y
        am, bm, ah, bh, an, bn = rates(v)
        return [(stimulus(t, current) - ionic(v, m, h, n)) / C_M,
                am * (1 - m) - bm * m, ah * (1 - h) - bh * h, an * (1 - n) - bn * n]
    return f


def upcross(_t, y):
    return y[0]


upcross.direction = 1


def integrate(method, y0, times):
    """V on `times` and the exact rising 0 mV crossings, integrating piecewise around the step (or the ramp's kink)."""
    out, crossings, y = [], [], list(y0)
    for a, b, current in [(0.0, T_ON, 0.0), (T_ON, T_END, STEP)]:
        inside = [t for t in times if a <= t < b] + ([b] if b == T_END else [])
        sol = solve_ivp(rhs(current), (a, b), y, method=method, rtol=TOL, atol=TOL, dense_output=True, events=upcross)
        assert sol.success, sol.message
        out.extend(float(sol.sol(t)[0]) for t in inside)
        crossings.extend(float(t) for t in sol.t_events[0])
        y = list(sol.y[:, -1])
    return out, crossings


def sampled_crossings(times, v):
    return [times[i - 1] + (0.0 - v[i - 1]) * (times[i] - times[i - 1]) / (v[i] - v[i - 1])
            for i in range(1, len(v)) if v[i - 1] < 0.0 <= v[i]]


def main():
    v_rest = brentq(lambda v: ionic(v, *steady(v)), -70.0, -60.0, xtol=1e-15, rtol=8.9e-16)
    y0 = [v_rest, *steady(v_rest)]
    print("initial state (V, m, h, n):", ", ".join(repr(float(x)) for x in y0))
    times = [i / 20 for i in range(ROWS + 1)]
    v, exact = integrate("DOP853", y0, times)
    check, _ = integrate("Radau", y0, times)
    print(f"max |DOP853 - Radau| on the grid = {max(abs(a - b) for a, b in zip(v, check)):.3e} mV")
    print("exact crossings (ms):", ", ".join(f"{t:.10f}" for t in exact))
    print("exact intervals (ms):", ", ".join(f"{b - a:.10f}" for a, b in zip(exact, exact[1:])))
    print(f"exact mean period (first to last) = {(exact[-1] - exact[0]) / (len(exact) - 1)!r} ms")
    sampled = sampled_crossings(times, v)
    mean = (sampled[-1] - sampled[0]) / (len(sampled) - 1)
    print(f"sampled: {len(sampled)} crossings, first {sampled[0]!r} ms, mean period {mean!r} ms, frequency {1000 / mean!r} Hz")
    here = os.path.dirname(os.path.abspath(__file__))
    folder = ARGS[1] if len(ARGS) > 1 else here
    if RAMP:
        print("input current at the exact crossings (uA/cm^2):", ", ".join(f"{stimulus(t, STEP):.10f}" for t in exact))
        table = os.path.join(folder, "ramp-current.csv")
        rows = ["time [ms],I_stim [uA/cm^2]", "0.0,0.0", f"{T_ON!r},0.0", f"{T_END!r},{STEP!r}"]
        with open(table, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(rows) + "\n")
        with open(table, "rb") as f:
            print("ramp-current.csv", hashlib.sha256(f.read()).hexdigest())
    path = os.path.join(folder, "reference.csv")
    lines = ["time [ms],V [mV]"] + [f"{t!r},{x!r}" for t, x in zip(times, v)]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
