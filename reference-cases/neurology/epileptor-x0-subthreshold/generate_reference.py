#!/usr/bin/env python3
"""Analytic reference of cases epileptor-x0-subthreshold and epileptor-x0-suprathreshold (Python standard library).

For x1 < 0 the Epileptor's first population (Jirsa et al. 2014, Brain 137:2210, doi:10.1093/brain/awu133; TVB
equations) has y1 on its equilibrium y1 = 1 - 5 x1^2, and then
    x1' = 1 - x1^3 - 2 x1^2 - z + Iext1          (the 2-D reduction of Proix et al. 2014, doi:10.1523/JNEUROSCI.1570-14.2014)
    z'  = r (4 (x1 - x0) - z)
The fast nullcline z = 1 - x1^3 - 2 x1^2 + Iext1 has its lower-branch fold where dz/dx1 = -3 x1^2 - 4 x1 = 0, x1 = -4/3.
The interictal equilibrium exists (and is stable) while the z-nullcline z = 4 (x1 - x0) meets the lower branch left
of the fold, so the threshold is the x0 at which the equilibrium sits on the fold:
    x0_c = -4/3 - (1 + 64/27 - 32/9 + Iext1) / 4
Below x0_c the state settles at the root x1* < -4/3 of x1^3 + 2 x1^2 + 4 x1 - 4 x0 - 1 - Iext1 = 0, z* = 4 (x1* - x0)
(the cubic is increasing, 3x^2 + 4x + 4 > 0, so the root is unique); above x0_c there is no interictal equilibrium and
the node seizes. Population 2 does not enter the x1 and z equations while x1 < 0, so the full 6-D model has the same
threshold and equilibrium.

Writes reference.csv (time [ms], x1 [1], z [1]) with the equilibrium at END (default 8000 ms) for X0 (default -2.12).
"""
import sys

IEXT1 = 3.1


def threshold(iext1=IEXT1):
    return -4.0 / 3.0 - (1.0 + 64.0 / 27.0 - 32.0 / 9.0 + iext1) / 4.0


def equilibrium(x0, iext1=IEXT1):
    f = lambda x: x ** 3 + 2 * x ** 2 + 4 * x - 4 * x0 - 1 - iext1
    lo, hi = -10.0, 0.0
    for _ in range(200):  # bisection to full double precision on a strictly increasing cubic
        mid = 0.5 * (lo + hi)
        if f(mid) > 0:
            hi = mid
        else:
            lo = mid
    x = 0.5 * (lo + hi)
    return x, 4 * (x - x0)


if __name__ == "__main__":
    x0 = float(sys.argv[1]) if len(sys.argv) > 1 else -2.12
    end = float(sys.argv[2]) if len(sys.argv) > 2 else 8000.0
    print("x0_c", repr(threshold()))
    x, z = equilibrium(x0)
    print("x0", x0, "x1*", repr(x), "z*", repr(z), "left of fold:", x < -4.0 / 3.0)
    with open("reference.csv", "w") as f:
        f.write("time [ms],x1 [1],z [1]\n")
        f.write(f"{end:g},{x!r},{z!r}\n")
