#!/usr/bin/python3
"""Reference data of case simeoni-tgi-iv: Simeoni tumour-growth inhibition under three 1-h IV infusions (q4d x 3).

Model (Simeoni et al. 2004, Cancer Res 64:1094-1101, doi:10.1158/0008-5472.CAN-03-2524, eqs. 1-5), in Simeoni's own
four-compartment form (the solver under test carries w instead of x4; this script does not):

    V dC/dt  = R(t) - CL*C                                   (one-compartment IV pharmacokinetics)
    dx1/dt   = lambda0*x1/(1 + (lambda0*w/lambda1)^psi)^(1/psi) - k2*C*x1
    dx2/dt   = k2*C*x1 - k1*x2
    dx3/dt   = k1*(x2 - x3)
    dx4/dt   = k1*(x3 - x4)
    w        = x1 + x2 + x3 + x4

No closed form exists. The reference is computed with SciPy's solve_ivp, Radau (implicit, order 5), rtol = 1e-12,
atol = 1e-14, integrating separately over each interval on which the infusion rate R is constant (so no step straddles
a jump), and checked against an independent DOP853 (explicit, order 8) run with the same tolerances: the script prints
the largest relative difference of w and C between the two, the achieved accuracy quoted in provenance.md.

Needs Debian's python3-scipy (apt-get install python3-scipy); run with /usr/bin/python3. Running it rewrites
reference.csv (byte-identically on the same SciPy/NumPy build) and prints its sha256.

Units: t in days, C in mg/L, R in mg/day, CL in L/day, V in L, x and w in mm^3, lambda0 and k1 in 1/day, lambda1 in
mm^3/day, k2 in L/(mg*day).
"""
import hashlib
import os

import numpy as np
from scipy.integrate import solve_ivp

LAMBDA0 = 0.25     # 1/day, case.yaml parameters.lambda0
LAMBDA1 = 100.0    # mm^3/day, case.yaml parameters.lambda1 (switch at w = lambda1/lambda0 = 400 mm^3)
K1 = 1.0           # 1/day, case.yaml parameters.k1
K2 = 0.5           # L/(mg*day), case.yaml parameters.k2
PSI = 20.0         # case.yaml parameters.psi
CL = 120.0         # L/day (5 L/h), case.yaml parameters.CL
V = 50.0           # L, case.yaml parameters.V
RATE = 250.0 * 24  # mg/day (250 mg/h), case.yaml protocol.inputs[0].amplitude
ONSETS = [5.0, 9.0, 13.0]   # days: pulse onset 5 day, period 4 day, count 3
DURATION = 1.0 / 24         # day (1 h)
W0 = 50.0          # mm^3, case.yaml initial-state x1 = w = 50
END = 40.0
STEP = 0.25
TIMES = [i * STEP for i in range(int(END / STEP) + 1)]


def rhs(rate):
    def f(t, y):
        c, x1, x2, x3, x4 = y
        w = x1 + x2 + x3 + x4
        growth = LAMBDA0 * x1 / (1.0 + (LAMBDA0 * w / LAMBDA1) ** PSI) ** (1.0 / PSI)
        damage = K2 * c * x1
        return [(rate - CL * c) / V, growth - damage, damage - K1 * x2, K1 * (x2 - x3), K1 * (x3 - x4)]
    return f


def segments():
    """(start, end, rate) over [0, END] with the infusion rate constant on each."""
    edges = sorted({0.0, END, *ONSETS, *(o + DURATION for o in ONSETS)})
    out = []
    for a, b in zip(edges, edges[1:]):
        on = any(o <= a < o + DURATION for o in ONSETS)
        out.append((a, b, RATE if on else 0.0))
    return out


def solve(method):
    y = np.array([0.0, W0, 0.0, 0.0, 0.0])
    rows = {}
    for a, b, rate in segments():
        inside = [t for t in TIMES if a <= t <= b]
        sol = solve_ivp(rhs(rate), (a, b), y, method=method, rtol=1e-12, atol=1e-14, t_eval=inside or None, dense_output=False)
        if not sol.success:
            raise RuntimeError(sol.message)
        for t, col in zip(sol.t if inside else [], sol.y.T if inside else []):
            rows[t] = col.copy()
        end = solve_ivp(rhs(rate), (a, b), y, method=method, rtol=1e-12, atol=1e-14)
        y = end.y[:, -1]
    return [rows[t] for t in TIMES]


def main():
    radau = solve("Radau")
    dop853 = solve("DOP853")
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [day],C [mg/L],w [mm^3]"]
    for t, y in zip(TIMES, radau):
        lines.append(f"{t!r},{float(y[0])!r},{float(sum(y[1:]))!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())
    w_r = np.array([sum(y[1:]) for y in radau])
    w_d = np.array([sum(y[1:]) for y in dop853])
    c_r = np.array([y[0] for y in radau])
    c_d = np.array([y[0] for y in dop853])
    print("max |w_Radau - w_DOP853|/w =", float(np.max(np.abs(w_r - w_d) / w_r)))
    print("max |C_Radau - C_DOP853| =", float(np.max(np.abs(c_r - c_d))), "mg/L; max C =", float(c_r.max()))
    i = int(np.argmin(w_r[20:])) + 20
    print("nadir after treatment: w =", float(w_r[i]), "mm^3 at", TIMES[i], "day; w(40) =", float(w_r[-1]))


if __name__ == "__main__":
    main()
