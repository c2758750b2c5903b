#!/usr/bin/env python3
"""Independent check for case glioma-hgg-velocity (not reference data: the reference is the published range in
reference.csv): the realised radial velocities of the T1-Gd (u = 0.8) and T2 (u = 0.16) edges on the judged days,
computed by a method that shares nothing with the built-in solver.

The method is the one of ../fisher-kpp-radial-convergence/generate_reference.py, reused (imported, with this case's
parameters set on it): vertex-centred second-order finite differences in r, method of lines by scipy's Radau
(rtol 1e-10, atol 1e-12), fronts by cubic interpolation. The built-in solver uses cell-centred finite volumes,
Strang splitting with the exact logistic flow, explicit diffusion and linear front interpolation. Speed on day t =
(front(t + 30) - front(t - 30)) / 60 days, as in case.yaml, in mm/year (Julian year). Two grids (h = 0.25 and
0.125 mm) show the grid effect. Needs numpy and scipy (Debian python3-numpy, python3-scipy; run with
/usr/bin/python3). Prints a table.
"""
import importlib.util
import os

LEVELS = {"t1": 0.8, "t2": 0.16}               # case.yaml threshold_t1, threshold_t2
DAYS = [990.0, 1050.0, 1110.0]                 # judged days
HALF_WINDOW = 30.0                             # days, half of speed_window
DAYS_PER_YEAR = 365.25


def radial_method():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "fisher-kpp-radial-convergence", "generate_reference.py")
    spec = importlib.util.spec_from_file_location("radial_reference", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # case.yaml parameters: mm^2/day, 1/day, mm, mm
    module.D, module.RHO, module.L, module.R0 = 0.13, 0.012, 150.0, 1.0
    module.TIMES = sorted({t + s for t in DAYS for s in (-HALF_WINDOW, HALF_WINDOW)} | set(DAYS))
    return module


def main():
    method = radial_method()
    for h in (0.25, 0.125):
        r, y = method.solve(h)
        at = {t: y[:, k] for k, t in enumerate(method.TIMES)}
        for t in DAYS:
            cells = []
            for name, level in LEVELS.items():
                ahead = method.front(r, at[t + HALF_WINDOW], level)
                behind = method.front(r, at[t - HALF_WINDOW], level)
                speed = (ahead - behind) / (2 * HALF_WINDOW) * DAYS_PER_YEAR
                cells.append(f"speed_{name} {speed:8.3f} mm/year, front_{name} {method.front(r, at[t], level):7.3f} mm")
            print(f"h = {h} mm, day {t:6.0f}: " + "; ".join(cells))


if __name__ == "__main__":
    main()
