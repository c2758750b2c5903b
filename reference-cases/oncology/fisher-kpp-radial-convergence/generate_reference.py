#!/usr/bin/env python3
"""Reference data of case fisher-kpp-radial-convergence: a high-resolution solution of the spherically symmetric
proliferation-invasion model by an independent method.

    u_t = D (u_rr + (2/r) u_r) + rho u (1 - u),  u_r(0) = 0,  u_r(L) = 0,  u(r, 0) = 1 for r < r0, 0 beyond.

Method (deliberately different from the solver under test, which uses cell-centred finite volumes with Strang
splitting and explicit diffusion): vertex-centred second-order finite differences on r_j = j h, j = 0..N, with the
limit u_rr + (2/r) u_r -> 3 u_rr at r = 0 and a mirror node at r = L; the seed's edge node takes 1/2; method of lines
integrated by scipy's Radau (order 5, rtol 1e-10, atol 1e-12, banded Jacobian sparsity). The visible front is the
outermost r where u crosses the threshold, located by cubic interpolation through the four nodes around the crossing.
Two grids (h = 0.0125 and 0.00625 mm) are computed; the table holds the Richardson extrapolation
(4 f_fine - f_coarse)/3 of the front positions, and the script prints the largest |f_fine - f_coarse|/3, the estimated
error of the finer grid (the reference's own error is well below it).

Units: r and fronts in mm, t in days, volumes in mm^3. Needs numpy and scipy (Debian python3-numpy, python3-scipy).
Running it rewrites reference.csv byte-identically (up to the platform's libm) and prints its sha256.
"""
import hashlib
import math
import os

import numpy as np
from scipy.integrate import solve_ivp
from scipy.sparse import diags

D = 1.0          # mm^2/day, case.yaml parameters.D
RHO = 1.0        # 1/day, case.yaml parameters.rho
L = 40.0         # mm, case.yaml parameters.domain_length
R0 = 5.0         # mm, case.yaml parameters.seed_radius
T1 = 0.8         # case.yaml parameters.threshold_t1
T2 = 0.16        # case.yaml parameters.threshold_t2
TIMES = [float(t) for t in range(2, 11)]   # days


def solve(h):
    n = int(round(L / h))
    r = np.arange(n + 1) * h
    u0 = np.where(r < R0, 1.0, 0.0)
    u0[np.isclose(r, R0)] = 0.5

    def rhs(_, u):
        lap = np.empty_like(u)
        lap[0] = 3.0 * 2.0 * (u[1] - u[0]) / h**2
        lap[1:-1] = (u[2:] - 2 * u[1:-1] + u[:-2]) / h**2 + (u[2:] - u[:-2]) / (r[1:-1] * h)
        lap[-1] = 2.0 * (u[-2] - u[-1]) / h**2
        return D * lap + RHO * u * (1 - u)

    sparsity = diags([1, 1, 1], [-1, 0, 1], shape=(n + 1, n + 1))
    sol = solve_ivp(rhs, (0.0, TIMES[-1]), u0, method="Radau", t_eval=TIMES, rtol=1e-10, atol=1e-12,
                    jac_sparsity=sparsity)
    if not sol.success:
        raise RuntimeError(sol.message)
    return r, sol.y


def front(r, u, level):
    """Outermost crossing of level, by cubic interpolation through the 4 nodes around it (bisection on the cubic)."""
    j = int(np.nonzero(u >= level)[0][-1])
    lo = max(0, min(j - 1, len(r) - 4))
    xs, ys = r[lo:lo + 4], u[lo:lo + 4]
    coeffs = np.polyfit(xs - r[j], ys - level, 3)
    a, b = 0.0, r[j + 1] - r[j]
    fa = np.polyval(coeffs, a)
    for _ in range(200):
        m = 0.5 * (a + b)
        fm = np.polyval(coeffs, m)
        if (fm > 0) == (fa > 0):
            a, fa = m, fm
        else:
            b = m
    return r[j] + 0.5 * (a + b)


def fronts(h):
    r, y = solve(h)
    return [(front(r, y[:, k], T1), front(r, y[:, k], T2)) for k in range(len(TIMES))]


def main():
    coarse = fronts(0.0125)
    fine = fronts(0.00625)
    worst = 0.0
    lines = ["time [day],front_t1 [mm],front_t2 [mm],volume_t1 [mm^3]"]
    for t, (c1, c2), (f1, f2) in zip(TIMES, coarse, fine):
        e1, e2 = (4 * f1 - c1) / 3, (4 * f2 - c2) / 3
        worst = max(worst, abs(f1 - c1) / 3, abs(f2 - c2) / 3)
        vol = 4.0 / 3.0 * math.pi * e1**3
        lines.append(f"{t!r},{float(e1)!r},{float(e2)!r},{float(vol)!r}")
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"largest estimated error of the h = 0.00625 mm fronts: {worst:.3e} mm")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
