#!/usr/bin/env python3
"""Reference data of case hh-resting-state: the resting state of the Hodgkin-Huxley membrane as a root.

At rest every gate sits at its steady state x_inf(V) = alpha_x(V)/(alpha_x(V) + beta_x(V)) and the ionic current
vanishes:
  F(V) = g_Na*m_inf^3*h_inf*(V - E_Na) + g_K*n_inf^4*(V - E_K) + g_L*(V - E_L) = 0.
Rates in the modern -65 mV convention (Hodgkin & Huxley 1952, J. Physiol. 117:500, doi:10.1113/jphysiol.1952.sp004764,
eqs. 12, 13, 20, 21, 23, 24 with v = -(V + 65); Gerstner et al. 2014, Neuronal Dynamics, Table 2.1). Units: V in mV,
rates in 1/ms, conductances in mS/cm^2.

F is bracketed on [-70, -60] mV (F(-70) < 0 < F(-60)) and bisected until the bracket holds two adjacent doubles;
the endpoint with the smaller |F| is V_rest. Bisection needs no derivative and cannot diverge; the script also scans
[-100, 50] mV on a 0.01 mV grid and asserts that F changes sign exactly once, so the root is the only rest state.
No time integration is involved: the reference trajectory is the constant state itself.

Python 3 standard library only. Running it rewrites reference.csv byte-identically, prints the resting state
(for case.yaml initial-state) and the file's sha256.
"""
import hashlib
import math
import os

G_NA, G_K, G_L = 120.0, 36.0, 0.3            # mS/cm^2, case.yaml parameters
E_NA, E_K, E_L = 50.0, -77.0, -54.387        # mV
ROWS = 100                                   # 0..100 ms every 1 ms


def exprel(x):
    """x/(1 - exp(-x)) with its removable singularity at 0 (value 1): series near 0, direct form elsewhere."""
    if abs(x) < 1e-6:
        return 1.0 + x / 2.0 + x * x / 12.0
    return x / -math.expm1(-x)


def rates(v):
    """(alpha, beta) pairs of the m, h and n gates at V = v mV, in 1/ms."""
    am = exprel((v + 40.0) / 10.0)                  # 0.1*(V+40)/(1-exp(-(V+40)/10))
    bm = 4.0 * math.exp(-(v + 65.0) / 18.0)
    ah = 0.07 * math.exp(-(v + 65.0) / 20.0)
    bh = 1.0 / (1.0 + math.exp(-(v + 35.0) / 10.0))
    an = 0.1 * exprel((v + 55.0) / 10.0)            # 0.01*(V+55)/(1-exp(-(V+55)/10))
    bn = 0.125 * math.exp(-(v + 65.0) / 80.0)
    return (am, bm), (ah, bh), (an, bn)


def gates(v):
    return tuple(a / (a + b) for a, b in rates(v))


def ionic_current(v):
    m, h, n = gates(v)
    return G_NA * m ** 3 * h * (v - E_NA) + G_K * n ** 4 * (v - E_K) + G_L * (v - E_L)


def resting_potential():
    signs = [ionic_current(-100.0 + i / 100.0) > 0 for i in range(15001)]
    changes = sum(1 for a, b in zip(signs, signs[1:]) if a != b)
    assert changes == 1, f"expected one sign change of F on [-100, 50] mV, found {changes}"
    lo, hi = -70.0, -60.0
    assert ionic_current(lo) < 0 < ionic_current(hi)
    while True:
        mid = 0.5 * (lo + hi)
        if mid <= lo or mid >= hi:
            break
        if ionic_current(mid) < 0:
            lo = mid
        else:
            hi = mid
    return lo if abs(ionic_current(lo)) <= abs(ionic_current(hi)) else hi


def main():
    v = resting_potential()
    m, h, n = gates(v)
    print(f"V_rest = {v!r} mV, m = {m!r}, h = {h!r}, n = {n!r}, F(V_rest) = {ionic_current(v)!r} uA/cm^2")
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [ms],V [mV],m [1],h [1],n [1]"]
    for i in range(ROWS + 1):
        lines.append(f"{float(i)!r},{v!r},{m!r},{h!r},{n!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
