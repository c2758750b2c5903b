#!/usr/bin/env python3
"""Reference data of case von-bertalanffy-growth: the closed form of von Bertalanffy tumour growth.

dV/dt = a*V^(2/3) - b*V, V(0) = V0. With u = V^(1/3), du/dt = (1/3)*V^(-2/3)*dV/dt = a/3 - (b/3)*u, so
u(t) = a/b + (V0^(1/3) - a/b)*exp(-b*t/3) and V(t) = u(t)^3 (von Bertalanffy 1957, Q Rev Biol 32:217,
doi:10.1086/401873; Bertalanffy model of Benzekry et al. 2014, PLoS Comput Biol 10:e1003800,
doi:10.1371/journal.pcbi.1003800). The volume tends to (a/b)^3.

Units: t in days, V in mm^3, a in mm/day, b in 1/day.

Python 3 standard library only. Running it rewrites reference.csv byte-identically and prints its sha256.
"""
import hashlib
import math
import os

A = 2.0      # mm/day, case.yaml parameters.a
B = 0.1      # 1/day, case.yaml parameters.b
V0 = 1.0     # mm^3, case.yaml initial-state.V
ROWS = 200   # 0..100 days every 0.5 day


def volume(t):
    """V(t) in mm^3 for t in days."""
    u = A / B + (V0 ** (1.0 / 3.0) - A / B) * math.exp(-B * t / 3.0)
    return u ** 3


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
    # Closed-form QoIs quoted in provenance.md: V(30), time to half the limit volume (a/b)^3/2, V(100).
    half = (A / B) ** 3 / 2
    t_half = -3.0 / B * math.log((half ** (1.0 / 3.0) - A / B) / (V0 ** (1.0 / 3.0) - A / B))
    print("V(30) =", volume(30.0), "mm^3; t(V = (a/b)^3/2) =", t_half, "day; V(100) =", volume(100.0))


if __name__ == "__main__":
    main()
