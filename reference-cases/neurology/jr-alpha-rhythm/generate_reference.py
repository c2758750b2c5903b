#!/usr/bin/env python3
"""Reference data of cases jr-alpha-rhythm (p = 220 1/s, the default) and jr-frequency-p170/-p270/-p320: the Jansen-Rit
limit cycle and its frequency at constant input p across the paper's input range 120-320 1/s.

Usage: generate_reference.py [P [CASE_DIR [LEVEL]]]   (P in 1/s; CASE_DIR receives reference.csv, default this folder;
LEVEL in mV is the y0 level of the printed sampled-frequency diagnostic, default the mid-range of y0 rounded to 3
decimals; jr-alpha-rhythm's frequency QoI uses 0.11). The frequency cases are `generate_reference.py 170
../jr-frequency-p170`, `270 ../jr-frequency-p270` and `320 ../jr-frequency-p320`.

Model: Jansen & Rit 1995, Biol. Cybern. 73:357, doi:10.1007/BF00199471, eqs. 5-7, standard parameters of p. 360
(A 3.25 mV, B 22 mV, a 100 1/s, b 50 1/s, C 135, C1..C4 = C*(1, 0.8, 0.25, 0.25), e0 2.5 1/s, v0 6 mV,
r 0.56 1/mV) with a constant extrinsic input p (1/s, default 220, mid-band):
  y0'' = A a S(y1 - y2) - 2a y0' - a^2 y0
  y1'' = A a (p + C2 S(C1 y0)) - 2a y1' - a^2 y1
  y2'' = B b C4 S(C3 y0) - 2b y2' - b^2 y2,        S(v) = 2 e0 / (1 + exp(r (v0 - v))).
Units: t in s, y0..y2 in mV, y3..y5 = y0'..y2' in mV/s.

Independent high-accuracy computation with SciPy (Debian python3-scipy 1.10), solve_ivp DOP853 at
rtol = 1e-12, atol = 1e-9 (mV and mV/s; the rates reach 1e3 mV/s):
1. from the zero state, 20 s of transient, after which the orbit sits on the limit cycle; that state is the case's
   initial state (printed);
2. from it, 0..2 s on t = i/1000 s, i = 0..2000 (reference.csv: y0, y1, y2);
3. the exact period of the cycle from the rising crossings of y1 - y2 through its mean (event function, dense output),
   and the comparer's sampled-series frequency of y0 through the threshold used in case.yaml.
Radau at the same tolerances is the cross-check (max difference printed).

Running it rewrites reference.csv byte-identically and prints the diagnostics and the file's sha256.
"""
import hashlib
import math
import os
import sys

from scipy.integrate import solve_ivp

A, B = 3.25, 22.0            # mV
A_RATE, B_RATE = 100.0, 50.0  # 1/s
C = 135.0
C1, C2, C3, C4 = C, 0.8 * C, 0.25 * C, 0.25 * C
E0, V0, R = 2.5, 6.0, 0.56   # 1/s, mV, 1/mV
P = float(sys.argv[1]) if len(sys.argv) > 1 else 220.0   # 1/s
TRANSIENT, T_END, ROWS = 20.0, 2.0, 2000
RTOL, ATOL = 1e-12, 1e-9


def sigmoid(v):
    return 2.0 * E0 / (1.0 + math.exp(R * (V0 - v)))


def rhs(_t, y):
    y0, y1, y2, y3, y4, y5 = y
    return [y3, y4, y5,
            A * A_RATE * sigmoid(y1 - y2) - 2 * A_RATE * y3 - A_RATE ** 2 * y0,
            A * A_RATE * (P + C2 * sigmoid(C1 * y0)) - 2 * A_RATE * y4 - A_RATE ** 2 * y1,
            B * B_RATE * C4 * sigmoid(C3 * y0) - 2 * B_RATE * y5 - B_RATE ** 2 * y2]


def solve(method, y_start, t_end, **kw):
    sol = solve_ivp(rhs, (0.0, t_end), y_start, method=method, rtol=RTOL, atol=ATOL, **kw)
    assert sol.success, sol.message
    return sol


def main():
    start = list(solve("DOP853", [0.0] * 6, TRANSIENT).y[:, -1])
    print("initial state (y0..y5):", ", ".join(repr(float(x)) for x in start))
    times = [i / 1000 for i in range(ROWS + 1)]
    sol = solve("DOP853", start, T_END, t_eval=times, dense_output=True)
    check = solve("Radau", start, T_END, t_eval=times)
    print(f"max |DOP853 - Radau| on the grid (y0, y1, y2) = {abs(sol.y[:3] - check.y[:3]).max():.3e} mV")
    eeg = sol.y[1] - sol.y[2]
    level = float(eeg.mean())

    def rising(_t, y):
        return y[1] - y[2] - level
    rising.direction = 1
    exact = solve("DOP853", start, T_END, events=rising).t_events[0]
    period = (exact[-1] - exact[0]) / (len(exact) - 1)
    print(f"y1 - y2: range [{eeg.min():.4f}, {eeg.max():.4f}] mV, {len(exact)} rising crossings of its mean "
          f"{level:.4f} mV, period {period!r} s, frequency {1 / period!r} Hz; intervals spread "
          f"{max(exact[1:] - exact[:-1]) - min(exact[1:] - exact[:-1]):.2e} s")
    y0 = sol.y[0]
    print(f"y0: range [{y0.min():.5f}, {y0.max():.5f}] mV")
    # The y0 level of the case's frequency QoI: given, or the mid-range of y0 rounded to 3 decimals.
    crossing = float(sys.argv[3]) if len(sys.argv) > 3 else round(float(y0.min() + y0.max()) / 2, 3)
    cross = [times[i - 1] + (crossing - y0[i - 1]) * (times[i] - times[i - 1]) / (y0[i] - y0[i - 1])
             for i in range(1, len(y0)) if y0[i - 1] < crossing <= y0[i]]
    mean = (cross[-1] - cross[0]) / (len(cross) - 1)
    print(f"sampled y0 through {crossing} mV: {len(cross)} crossings, period {mean!r} s, frequency {1 / mean!r} Hz")
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(sys.argv[2] if len(sys.argv) > 2 else here, "reference.csv")
    lines = ["time [s],y0 [mV],y1 [mV],y2 [mV]"]
    lines += [f"{t!r},{float(a)!r},{float(b)!r},{float(c)!r}" for t, a, b, c in zip(times, sol.y[0], sol.y[1], sol.y[2])]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
