#!/usr/bin/env python3
"""Independent check for case glioma-hgg-velocity (not reference data: the reference is the published range in
reference.csv): the realised radial velocities of the T1-Gd (u = 0.8) and T2 (u = 0.16) edges on the judged days,
computed by a method that shares nothing with the built-in solver.

    u_t = D (u_rr + (2/r) u_r) + rho u (1 - u),  u_r(0) = u_r(L) = 0,  u(r, 0) = 1 for r < 1 mm, 0 beyond.

Method: vertex-centred second-order finite differences on r_j = j h (limit 3 u_rr at r = 0, mirror node at r = L,
the seed's edge node 1/2), method of lines by scipy's Radau (rtol 1e-8, atol 1e-10); fronts by linear interpolation
between the two nodes around the outermost crossing. The built-in solver uses cell-centred finite volumes, Strang
splitting with the exact logistic flow and explicit diffusion. Speed on day t = (front(t + 30) - front(t - 30)) / 60
days, as in case.yaml, converted to mm/year with the Julian year. Two grids (h = 0.25 and 0.125 mm) show the grid
effect. Needs numpy and scipy (Debian python3-numpy, python3-scipy; run with /usr/bin/python3). Prints a table.
"""
import numpy as np
from scipy.integrate import solve_ivp
from scipy.sparse import diags

D, RHO, L, R0 = 0.13, 0.012, 150.0, 1.0        # mm^2/day, 1/day, mm, mm (case.yaml parameters)
LEVELS = {"t1": 0.8, "t2": 0.16}               # case.yaml threshold_t1, threshold_t2
DAYS = [990.0, 1050.0, 1110.0]                 # judged days
HALF_WINDOW = 30.0                             # days, half of speed_window
DAYS_PER_YEAR = 365.25


def profiles(h, times):
    n = int(round(L / h))
    r = np.arange(n + 1) * h
    u0 = np.where(r < R0, 1.0, 0.0)
    u0[np.isclose(r, R0)] = 0.5

    def rhs(_, u):
        lap = np.empty_like(u)
        lap[0] = 6.0 * (u[1] - u[0]) / h**2
        lap[1:-1] = (u[2:] - 2 * u[1:-1] + u[:-2]) / h**2 + (u[2:] - u[:-2]) / (r[1:-1] * h)
        lap[-1] = 2.0 * (u[-2] - u[-1]) / h**2
        return D * lap + RHO * u * (1 - u)

    sol = solve_ivp(rhs, (0.0, times[-1]), u0, method="Radau", t_eval=times, rtol=1e-8, atol=1e-10,
                    jac_sparsity=diags([1, 1, 1], [-1, 0, 1], shape=(n + 1, n + 1)))
    if not sol.success:
        raise RuntimeError(sol.message)
    return r, sol.y


def edge(r, u, level):
    j = int(np.nonzero(u >= level)[0][-1])
    return r[j] + (u[j] - level) / (u[j] - u[j + 1]) * (r[j + 1] - r[j])


def main():
    times = sorted({t + s for t in DAYS for s in (-HALF_WINDOW, HALF_WINDOW)} | set(DAYS))
    for h in (0.25, 0.125):
        r, y = profiles(h, times)
        at = {t: y[:, k] for k, t in enumerate(times)}
        for t in DAYS:
            cells = []
            for name, level in LEVELS.items():
                v = (edge(r, at[t + HALF_WINDOW], level) - edge(r, at[t - HALF_WINDOW], level)) / (2 * HALF_WINDOW)
                cells.append(f"speed_{name} {v * DAYS_PER_YEAR:8.3f} mm/year, front_{name} {edge(r, at[t], level):7.3f} mm")
            print(f"h = {h} mm, day {t:6.0f}: " + "; ".join(cells))


if __name__ == "__main__":
    main()
