#!/usr/bin/env python3
"""Reference data of case exponential-growth: the closed form of exponential tumour growth.

dV/dt = a*V, V(0) = V0 has the solution V(t) = V0*exp(a*t) (exponential model of Benzekry et al. 2014,
PLoS Comput Biol 10:e1003800, doi:10.1371/journal.pcbi.1003800).

Units: t in days, V in mm^3, a in 1/day.

Python 3 standard library only. Running it rewrites reference.csv byte-identically and prints its sha256.
"""
import hashlib
import math
import os

A = 0.3      # 1/day, case.yaml parameters.a
V0 = 1.0     # mm^3, case.yaml initial-state.V
ROWS = 60    # 0..30 days every 0.5 day


def volume(t):
    """V(t) in mm^3 for t in days."""
    return V0 * math.exp(A * t)


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
    # Closed-form QoIs quoted in provenance.md.
    print("V(20) =", volume(20.0), "mm^3; t(V = 1000 mm^3) =", math.log(1000.0 / V0) / A, "day")


if __name__ == "__main__":
    main()
