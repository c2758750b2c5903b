#!/usr/bin/env python3
"""Reference data of case monodomain-cable-dt-convergence: a 20 mm monodomain cable along the fibres with the
Niederer et al. 2011 tissue constants (doi:10.1098/rsta.2011.0139) and ten Tusscher-Panfilov 2006 epicardial cells
(../tp06-epi-single-ap/tp06.py; doi:10.1152/ajpheart.00109.2006), h = 0.1 mm (201 nodes), dt = 0.005 ms, computed by
an independent second code (N-version, NumPy whole-array operations), not by TwinVal.

Same discretisation as the case asks of solvers at its finest step: mirror no-flux ends, explicit diffusion, forward
Euler for V and concentrations, Rush-Larsen for the gates and R_bar; stimulus 50 000 uA/cm^3 for 2 ms on x <= 1.5 mm.
Records V at A (5 mm) and B (15 mm) every 0.02 ms to 40 ms; prints activation times and the sha256.
"""
import hashlib
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tp06-epi-single-ap"))
import tp06  # noqa: E402

H, DT, T_END, EVERY = 0.1, 0.005, 40.0, 4             # mm, ms, ms, steps per sample (0.02 ms)
N = 201
CHI_CM = 140.0e3 * 0.01                               # F/m^3
D_L = 0.17 * 0.62 / (0.17 + 0.62) / CHI_CM * 1e3      # mm^2/ms
STIM = 5.0e4 / CHI_CM                                 # mV/ms
POINTS = {"A": 50, "B": 150}                          # node indices of x = 5 and 15 mm


def main():
    y = [np.full(N, float(v)) for v in tp06.Y0]
    region = np.arange(N) * H <= 1.5 + 1e-9
    rows = [[0.0] + [y[0][i] for i in POINTS.values()]]
    steps = int(round(T_END / DT))
    for n in range(steps):
        t = n * DT
        stim = np.where(region, STIM, 0.0) if t < 2.0 - 1e-9 else np.zeros(N)
        d = tp06.rhs(y, stim)
        gates = tp06.gate_kinetics(y[0], y[4])
        k2 = 0.045 * (2.5 - 1.5 / (1.0 + (1.5 / y[5]) ** 2))
        rate = k2 * y[4] + 0.005
        p = np.concatenate(([y[0][1]], y[0], [y[0][-2]]))   # mirror ghosts
        lap = D_L * (p[2:] + p[:-2] - 2 * y[0]) / H ** 2
        new = [y[0] + DT * (d[0] + lap)] + [y[i] + DT * d[i] for i in range(1, 6)]
        new.append(0.005 / rate + (y[6] - 0.005 / rate) * np.exp(-DT * rate))
        new += [inf + (g - inf) * np.exp(-DT / tau) for g, (inf, tau) in zip(y[7:], gates)]
        y = new
        if (n + 1) % EVERY == 0:
            rows.append([round((n + 1) * DT, 10)] + [y[0][i] for i in POINTS.values()])
    out = os.path.join(HERE, "reference.csv")
    with open(out, "w", newline="\n") as fh:
        fh.write("time [ms]," + ",".join("V_%s [mV]" % k for k in POINTS) + "\n")
        for r in rows:
            fh.write(",".join(repr(float(v)) for v in r) + "\n")
    data = np.array(rows)
    for i, k in enumerate(POINTS, start=1):
        v = data[:, i]
        j = np.nonzero((v[:-1] < 0) & (v[1:] >= 0))[0][0]
        print("%s activation %.6f ms" % (k, data[j, 0] + (data[j + 1, 0] - data[j, 0]) * (-v[j]) / (v[j + 1] - v[j])))
    print("sha256", hashlib.sha256(open(out, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
