#!/usr/bin/env python3
"""Reference data of cases rd-manufactured-1d-space, -2d-strang and -3d-godunov: the exact manufactured solution of the
reaction-diffusion problem.

Class: analytic. v_t = D lap v - s + I, s_t = v on [0, L]^d with no-flux faces and I = (4 pi^2 d D / L^2) Phi sin t has
the exact solution v = Phi sin t, s = -Phi cos t, Phi = prod cos(2 pi x_i / L) (derivation in provenance.md). Evaluated
here (Python standard library) for L = 1 mm, D = 1 mm^2/ms, every 0.1 ms to 0.5 ms, at each case's probe: d = 1,
P = (0.125,) mm (a cell face at every level of the dx ladder); d = 2, P = (0.09375, 0.03125) mm; d = 3,
P = (0.0625, 0.0625, 0.0625) mm. Writes reference.csv into each case folder and prints its sha256.
"""
import hashlib
import math
import os

L = 1.0

# Case folder name: (dimension d, probe point in mm).
CASES = {
    "rd-manufactured-1d-space": (1, (0.125,)),
    "rd-manufactured-2d-strang": (2, (0.09375, 0.03125)),
    "rd-manufactured-3d-godunov": (3, (0.0625, 0.0625, 0.0625)),
}


def phi(point):
    value = 1.0
    for x in point:
        value *= math.cos(2.0 * math.pi * x / L)
    return value


def write(folder, probe):
    path = os.path.join(folder, "reference.csv")
    p = phi(probe)
    with open(path, "w", newline="\n") as fh:
        fh.write("time [ms],v_P [1],s_P [1]\n")
        for i in range(6):
            t = i / 10.0
            fh.write("%r,%r,%r\n" % (t, p * math.sin(t), -p * math.cos(t)))
    print(path, "Phi(P) = %r" % p, "sha256", hashlib.sha256(open(path, "rb").read()).hexdigest())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for name, (_, probe) in CASES.items():
        write(os.path.join(here, "..", name), probe)


if __name__ == "__main__":
    main()
