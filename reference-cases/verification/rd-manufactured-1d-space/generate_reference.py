#!/usr/bin/env python3
"""Reference data of case rd-manufactured-1d-space: the exact manufactured solution of the reaction-diffusion problem.

Class: analytic. v_t = D lap v - s + I, s_t = v on [0, L]^d with no-flux faces and I = (4 pi^2 d D / L^2) Phi sin t has
the exact solution v = Phi sin t, s = -Phi cos t, Phi = prod cos(2 pi x_i / L) (derivation in provenance.md). Evaluated
here (Python standard library) at the probe P = (0.125,) mm (a cell face at every level) for d = 1, L = 1 mm, D = 1 mm^2/ms, every 0.1 ms to
0.5 ms. Prints the sha256 of reference.csv.
"""
import hashlib
import math
import os

D_AXES = 1
L = 1.0
PROBE = (0.125,)


def phi(point):
    value = 1.0
    for x in point[:D_AXES]:
        value *= math.cos(2.0 * math.pi * x / L)
    return value


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.csv")
    p = phi(PROBE)
    with open(path, "w", newline="\n") as fh:
        fh.write("time [ms],v_P [1],s_P [1]\n")
        for i in range(6):
            t = i / 10.0
            fh.write("%r,%r,%r\n" % (t, p * math.sin(t), -p * math.cos(t)))
    print("Phi(P) = %r" % p)
    print("sha256", hashlib.sha256(open(path, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
