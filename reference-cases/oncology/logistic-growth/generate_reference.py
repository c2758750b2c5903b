#!/usr/bin/env python3
"""Reference data of case logistic-growth: the closed form of logistic tumour growth.

dV/dt = a*V*(1 - V/K), V(0) = V0 has the solution V(t) = K*V0/(V0 + (K - V0)*exp(-a*t)): with w = 1/V,
dw/dt = -a*w + a/K, so w(t) = 1/K + (1/V0 - 1/K)*exp(-a*t). Logistic model of Benzekry et al. 2014,
PLoS Comput Biol 10:e1003800, doi:10.1371/journal.pcbi.1003800 (Verhulst 1838).

Units: t in days, V and K in mm^3, a in 1/day.

Python 3 standard library only. Running it rewrites reference.csv byte-identically and prints its sha256.
"""
import hashlib
import math
import os

A = 0.35     # 1/day, case.yaml parameters.a
K = 4000.0   # mm^3, case.yaml parameters.K
V0 = 5.0     # mm^3, case.yaml initial-state.V
ROWS = 80    # 0..40 days every 0.5 day


def volume(t):
    """V(t) in mm^3 for t in days."""
    return K * V0 / (V0 + (K - V0) * math.exp(-A * t))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [day],V [mm^3]"]
    for i in range(ROWS + 1):
        t = i / 2
        lines.append(f"{t!r},{volume(t)!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())
    # Closed-form QoIs quoted in provenance.md: V(20), time of half saturation ln((K - V0)/V0)/a, V(40).
    print("V(20) =", volume(20.0), "mm^3; t(V = K/2) =", math.log((K - V0) / V0) / A, "day; V(40) =", volume(40.0))


if __name__ == "__main__":
    main()
