#!/usr/bin/env python3
"""Reference data of case gompertz-growth: the closed form of Gompertz tumour growth.

dV/dt = beta*V*ln(K/V), V(0) = V0 has the solution V(t) = K*exp(ln(V0/K)*exp(-beta*t)): with u = ln(V/K),
du/dt = -beta*u, so u(t) = u(0)*exp(-beta*t). It is evaluated in the equivalent form
V(t) = V0*exp(ln(K/V0)*(1 - exp(-beta*t))), with 1 - exp(-x) = -expm1(-x) for accuracy, which gives V0 exactly at t = 0. This is eq. 4 of Benzekry et al. 2014, PLoS Comput Biol 10:e1003800,
doi:10.1371/journal.pcbi.1003800 (there V(t) = V0*exp(alpha/beta*(1 - exp(-beta*t))) with K = V0*exp(alpha/beta)).

Units: t in days, V and K in mm^3, beta in 1/day.

Python 3 standard library only. Running it rewrites reference.csv byte-identically and prints its sha256.
"""
import hashlib
import math
import os

BETA = 0.0792   # 1/day, case.yaml parameters.beta
K = 11850.0     # mm^3, case.yaml parameters.K
V0 = 1.0        # mm^3, case.yaml initial-state.V
ROWS = 120      # 0..60 days every 0.5 day


def volume(t):
    """V(t) in mm^3 for t in days."""
    return V0 * math.exp(math.log(K / V0) * -math.expm1(-BETA * t))


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


if __name__ == "__main__":
    main()
