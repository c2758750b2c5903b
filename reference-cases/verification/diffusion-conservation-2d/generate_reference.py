#!/usr/bin/env python3
"""Reference data of case diffusion-conservation-2d: the conserved integral of pure no-flux diffusion.

Class: analytic. u_t = D lap u on [0, L]^2 with no-flux faces conserves the integral of u (divergence theorem: its
rate of change is the boundary flux, zero). It therefore equals the integral of the initial field
u0 = 1 + x/L + cos(pi x/L) cos(pi y/L), which is L^2 (1 + 1/2 + 0) = 1.5 mm^2 for L = 1 mm: the cosine product
integrates to zero over [0, L]. The midpoint rule on cell centres gives exactly the same value (it integrates linear
functions exactly, and cos(pi x/L) is antisymmetric about L/2, as are the cell centres), so the discrete initial
integral equals 1.5 mm^2 up to round-off. Written every 0.01 ms to 0.1 ms (Python standard library); prints the
sha256 of reference.csv.
"""
import hashlib
import os

L = 1.0
INTEGRAL = 1.5 * L * L


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.csv")
    with open(path, "w", newline="\n") as fh:
        fh.write("time [ms],u_integral [mm^2]\n")
        for i in range(11):
            fh.write("%r,%r\n" % (i / 100.0, INTEGRAL))
    print("sha256", hashlib.sha256(open(path, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
