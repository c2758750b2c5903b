#!/usr/bin/env python3
"""Reference data of cases hh-step-threshold-above and hh-step-threshold-below: the smallest sustained current step
that makes the Hodgkin-Huxley membrane fire repetitively, and the responses 2 % above and 2 % below it.

Model: Hodgkin & Huxley 1952, J. Physiol. 117:500, doi:10.1113/jphysiol.1952.sp004764, modern -65 mV convention
(rates, parameters and the rest state as in ../hh-pulse-threshold-above/generate_reference.py, imported from there).

Threshold: from rest, a step of I is held for T_PROBE = 1000 ms; the response counts as repetitive firing when it still
crosses 0 mV (rising) in the last 50 ms. Bisection on [6, 7] uA/cm^2 to a bracket narrower than 1e-8 uA/cm^2.
Below the fold of periodic orbits the membrane passes the fold's 'ghost' a finite number of times and returns to rest
(the number of spikes grows as I nears the fold), so this threshold lies just below the fold; the script prints it for
T_PROBE = 500 ms too, to show how little it moves.

Responses: I_stim = 0 before T_ON = 10 ms and A = 1.02 or 0.98 times the threshold after it, V every 0.05 ms over
0..200 ms, SciPy (Debian python3-scipy 1.10) solve_ivp DOP853 at rtol = atol = 1e-10 restarted at the step;
cross-checked with Radau at 1e-10. Every integration in the bisection uses DOP853 at 1e-10 with an event function on
V = 0 mV (rising).

Usage: generate_reference.py above|below  (writes ../hh-step-threshold-<above|below>/reference.csv and prints the
threshold, the amplitude, the spike times, the Radau difference and the file's sha256; about a minute).
"""
import hashlib
import os
import sys

from scipy.integrate import solve_ivp
from scipy.optimize import brentq

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "hh-pulse-threshold-above"))
import generate_reference as hh  # noqa: E402  (the pulse pair's rates, currents and right-hand side)

T_ON, T_END = 10.0, 200.0    # ms
T_PROBE, LATE = 1000.0, 50.0  # ms: length of the bisection's step and the final window that must hold a spike
ROWS = 4000                   # samples every 0.05 ms
TOL = 1e-10
FACTORS = {"above": 1.02, "below": 0.98}


def upstroke(_t, y):
    return y[0]


upstroke.direction = 1


def rest():
    v = brentq(lambda x: hh.ionic(x, *hh.steady(x)), -70.0, -60.0, xtol=1e-15, rtol=8.9e-16)
    return [v, *hh.steady(v)]


def fires_late(y0, current, probe):
    sol = solve_ivp(hh.rhs(current), (0.0, probe), y0, method="DOP853", rtol=TOL, atol=TOL, events=upstroke)
    assert sol.success, sol.message
    spikes = sol.t_events[0]
    return len(spikes) > 0 and spikes[-1] > probe - LATE


def threshold(y0, probe):
    lo, hi = 6.0, 7.0
    assert not fires_late(y0, lo, probe) and fires_late(y0, hi, probe)
    while hi - lo > 1e-8:
        mid = 0.5 * (lo + hi)
        lo, hi = (lo, mid) if fires_late(y0, mid, probe) else (mid, hi)
    return 0.5 * (lo + hi)


def response(method, y0, amplitude, times):
    out, spikes, y = [], [], list(y0)
    for a, b, current in [(0.0, T_ON, 0.0), (T_ON, T_END, amplitude)]:
        inside = [t for t in times if a <= t < b] + ([b] if b == T_END else [])
        sol = solve_ivp(hh.rhs(current), (a, b), y, method=method, rtol=TOL, atol=TOL, dense_output=True,
                        events=upstroke)
        assert sol.success, sol.message
        out.extend(float(sol.sol(t)[0]) for t in inside)
        spikes.extend(float(t) for t in sol.t_events[0])
        y = list(sol.y[:, -1])
    return out, spikes


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else "above"
    y0 = rest()
    short, value = threshold(y0, T_PROBE / 2), threshold(y0, T_PROBE)
    amplitude = FACTORS[which] * value
    times = [i / 20 for i in range(ROWS + 1)]
    v, spikes = response("DOP853", y0, amplitude, times)
    check, _ = response("Radau", y0, amplitude, times)
    print(f"step threshold = {value!r} uA/cm^2 ({T_PROBE:g} ms probe; {short!r} with a {T_PROBE / 2:g} ms probe)")
    print(f"amplitude ({which}) = {amplitude!r} uA/cm^2; {len(spikes)} spikes at", ", ".join(f"{t:.6f}" for t in spikes))
    late = [x for t, x in zip(times, v) if t >= 100.0]
    print(f"sampled max V on [100, 200] ms = {max(late)!r} mV, V(200 ms) = {v[-1]!r} mV")
    print(f"max |DOP853 - Radau| on the grid = {max(abs(a - b) for a, b in zip(v, check)):.3e} mV")
    cases = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(cases, f"hh-step-threshold-{which}", "reference.csv")
    lines = ["time [ms],V [mV]"] + [f"{t!r},{x!r}" for t, x in zip(times, v)]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
