#!/usr/bin/env python3
"""Reference data of case tp06-epi-single-ap: one paced action potential of the ten Tusscher-Panfilov 2006
epicardial myocyte (doi:10.1152/ajpheart.00109.2006).

Protocol: from the published CellML initial state, a depolarising 52 pA/pF stimulus for 10 <= t < 11 ms (the
paper's -52 pA/pF, 1 ms pulse, written with the inward sign convention), V recorded on t = i/10 ms, i = 0..5000.

Independent high-resolution computation: the model written separately in tp06.py (plain Python floats), integrated
by SciPy solve_ivp LSODA (BDF/Adams switching) at rtol = 1e-10, atol = 1e-12, restarted at both pulse edges; Radau
(implicit Runge-Kutta, order 5) at rtol = 1e-9 as the cross-check. Prints the largest difference, exact event times
from dense output, and the sha256 of reference.csv.
"""
import hashlib
import os
import sys

import numpy as np
from scipy.integrate import solve_ivp

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tp06  # noqa: E402

T_ON, T_OFF, T_END, AMP = 10.0, 11.0, 500.0, 52.0
TIMES = np.arange(5001) / 10.0


def run(method, rtol, atol):
    y = list(tp06.Y0)
    pieces = []
    for a, b, stim in ((0.0, T_ON, 0.0), (T_ON, T_OFF, AMP), (T_OFF, T_END, 0.0)):
        sol = solve_ivp(lambda t, u: tp06.rhs(u, stim), (a, b), y, method=method, rtol=rtol, atol=atol,
                        dense_output=True)
        assert sol.success, sol.message
        pieces.append((a, b, sol.sol))
        y = sol.y[:, -1]
    out = np.empty(len(TIMES))
    for i, t in enumerate(TIMES):
        for a, b, f in pieces:
            if t <= b:
                out[i] = f(t)[0]
                break
    return out, pieces


def main():
    v, pieces = run("LSODA", 1e-10, 1e-12)
    check, _ = run("Radau", 1e-9, 1e-11)
    print("max |LSODA - Radau| on the grid = %.3e mV" % np.max(np.abs(v - check)))
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    with open(path, "w", newline="\n") as fh:
        fh.write("time [ms],V [mV]\n")
        for t, x in zip(TIMES, v):
            fh.write("%r,%r\n" % (float(t), float(x)))
    fine = np.linspace(T_OFF, T_END, 489001)
    vf = pieces[2][2](fine)[0]
    peak = np.argmax(vf)
    print("peak %.6f mV at %.4f ms; V(500) = %.6f mV" % (vf[peak], fine[peak], v[-1]))
    rest, top = v[0], vf[peak]
    v90 = top - 0.9 * (top - rest)
    down = np.nonzero((vf[peak:-1] >= v90) & (vf[peak + 1:] < v90))[0][0] + peak
    print("V90 level %.4f mV, crossed falling at %.4f ms" % (v90, fine[down]))
    print("sha256", hashlib.sha256(open(path, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
