#!/usr/bin/env python3
"""Reference data of case fisher-kpp-grey-white: a planar proliferation-invasion front crossing from grey into white
matter, by a high-resolution independent method.

    u_t = (D(x) u_x)_x + rho u (1 - u),  D = D_grey for x < x_w, D_white beyond,  u_x(0) = u_x(L) = 0,
    u(x, 0) = 1 for x < x0, 0 beyond.

Method (independent of the solver under test, which uses cell-centred finite volumes with harmonic face coefficients,
Strang splitting and explicit diffusion): vertex-centred conservative finite differences on x_j = j h with D evaluated
at the midpoints x_(j+1/2) (never on the interface, which is a node), mirror nodes at both ends, the seed-edge node at
1/2; method of lines integrated by SciPy's Radau (rtol 1e-10, atol 1e-12, banded Jacobian sparsity); fronts by cubic
interpolation through the four nodes around the crossing. Two grids (h = 0.025 and 0.0125 mm), Richardson-extrapolated;
the script prints the largest estimated error of the finer grid.

Units: x and fronts in mm, t in days. Needs numpy and scipy (Debian python3-numpy, python3-scipy; run with
/usr/bin/python3). Running it rewrites reference.csv and prints its sha256.
"""
import hashlib
import os

import numpy as np
from scipy.integrate import solve_ivp
from scipy.sparse import diags

D_GREY = 1.0     # mm^2/day, case.yaml parameters.D
D_WHITE = 5.0    # mm^2/day, case.yaml parameters.D_white
X_W = 20.0       # mm, case.yaml parameters.white_matter_from
RHO = 1.0        # 1/day, case.yaml parameters.rho
L = 150.0        # mm, case.yaml parameters.domain_length
X0 = 5.0         # mm, case.yaml parameters.seed_radius
T1, T2 = 0.8, 0.16
TIMES = [float(t) for t in range(1, 21)]


def solve(h):
    n = int(round(L / h))
    x = np.arange(n + 1) * h
    mid = (np.arange(n) + 0.5) * h
    dmid = np.where(mid > X_W, D_WHITE, D_GREY)
    u0 = np.where(x < X0, 1.0, 0.0)
    u0[np.isclose(x, X0)] = 0.5

    def rhs(_, u):
        flux = dmid * (u[1:] - u[:-1]) / h          # at midpoints
        div = np.empty_like(u)
        div[0] = 2.0 * flux[0] / h                    # mirror node: half control volume
        div[1:-1] = (flux[1:] - flux[:-1]) / h
        div[-1] = -2.0 * flux[-1] / h
        return div + RHO * u * (1 - u)

    sparsity = diags([1, 1, 1], [-1, 0, 1], shape=(n + 1, n + 1))
    sol = solve_ivp(rhs, (0.0, TIMES[-1]), u0, method="Radau", t_eval=TIMES, rtol=1e-10, atol=1e-12, jac_sparsity=sparsity)
    if not sol.success:
        raise RuntimeError(sol.message)
    return x, sol.y


def front(x, u, level):
    j = int(np.nonzero(u >= level)[0][-1])
    lo = max(0, min(j - 1, len(x) - 4))
    coeffs = np.polyfit(x[lo:lo + 4] - x[j], u[lo:lo + 4] - level, 3)
    a, b = 0.0, x[j + 1] - x[j]
    fa = np.polyval(coeffs, a)
    for _ in range(200):
        m = 0.5 * (a + b)
        fm = np.polyval(coeffs, m)
        if (fm > 0) == (fa > 0):
            a, fa = m, fm
        else:
            b = m
    return x[j] + 0.5 * (a + b)


def fronts(h):
    x, y = solve(h)
    return [(front(x, y[:, k], T1), front(x, y[:, k], T2)) for k in range(len(TIMES))]


def main():
    coarse, fine = fronts(0.025), fronts(0.0125)
    worst = 0.0
    lines = ["time [day],front_t1 [mm],front_t2 [mm]"]
    for t, (c1, c2), (f1, f2) in zip(TIMES, coarse, fine):
        worst = max(worst, abs(f1 - c1) / 3, abs(f2 - c2) / 3)
        lines.append(f"{t!r},{float((4 * f1 - c1) / 3)!r},{float((4 * f2 - c2) / 3)!r}")
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"largest estimated error of the h = 0.0125 mm fronts: {worst:.3e} mm")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
