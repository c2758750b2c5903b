#!/usr/bin/env python3
"""Reference data of case pk-iv-bolus: one-compartment pharmacokinetics after an intravenous bolus.

V*dC/dt = -CL*C, C(0) = D/V has the solution C(t) = (D/V)*exp(-k*t), k = CL/V (Rowland & Tozer, Clinical
Pharmacokinetics and Pharmacodynamics, 4th ed. 2011, ch. 3). Half-life t1/2 = ln 2/k; AUC(0, inf) = D/CL.

Units: t in h, C in mg/L, D in mg, CL in L/h, V in L.

Python 3 standard library only. Running it rewrites reference.csv byte-identically and prints its sha256.
"""
import hashlib
import math
import os

DOSE = 500.0   # mg; case.yaml initial-state.C = DOSE/V
CL = 5.0       # L/h, case.yaml parameters.CL
V = 50.0       # L, case.yaml parameters.V
K = CL / V     # 1/h
ROWS = 192     # 0..48 h every 0.25 h


def concentration(t):
    """C(t) in mg/L for t in h."""
    return DOSE / V * math.exp(-K * t)


def chord_crossing(level, step):
    """First falling crossing of level by linear interpolation on the grid, as the harness reads it."""
    for i in range(1, ROWS + 1):
        a, b = concentration((i - 1) * step), concentration(i * step)
        if a > level >= b:
            return (i - 1) * step + (level - a) / (b - a) * step
    return None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [h],C [mg/L]"]
    for i in range(ROWS + 1):
        t = i / 4
        lines.append(f"{t!r},{concentration(t)!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())
    # Closed-form QoIs quoted in case.yaml and provenance.md.
    half_life = math.log(2.0) / K
    print("C0 =", concentration(0.0), "mg/L; C(24 h) =", concentration(24.0), "mg/L; C(48 h) =", concentration(48.0))
    print("t1/2 =", half_life, "h; grid (chord) reading =", chord_crossing(DOSE / V / 2, 0.25), "h; AUC(0,inf) =", DOSE / CL, "mg*h/L")


if __name__ == "__main__":
    main()
