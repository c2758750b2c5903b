#!/usr/bin/env python3
"""Reference data of case monodomain-cable-conduction: conduction delays A->B (5 -> 10 mm) and B->C (10 -> 15 mm) in
a 20 mm monodomain cable along the fibres with the Niederer et al. 2011 tissue constants (doi:10.1098/rsta.2011.0139)
and ten Tusscher-Panfilov 2006 epicardial cells (../tp06-epi-single-ap/tp06.py; doi:10.1152/ajpheart.00109.2006),
h = 0.05 mm (401 nodes), dt = 0.005 ms, computed by an independent second code (N-version, NumPy whole-array
operations), not by TwinVal.

Same discretisation as the case asks of solvers at its finest level: mirror no-flux ends, explicit diffusion, forward
Euler for V and concentrations, Rush-Larsen for the gates and R_bar; stimulus 50 000 uA/cm^3 for 2 ms on x <= 1.5 mm.
Activation = first rising 0 mV crossing, located by linear interpolation between consecutive steps. Writes the delays
every 1 ms to 30 ms (0 until both points have activated); prints activation times and the sha256.
"""
import hashlib
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tp06-epi-single-ap"))
import tp06  # noqa: E402

H, DT, T_END, EVERY = 0.05, 0.005, 30.0, 200          # mm, ms, ms, steps per sample (1 ms)
N = 401
CHI_CM = 140.0e3 * 0.01                               # F/m^3
D_L = 0.17 * 0.62 / (0.17 + 0.62) / CHI_CM * 1e3      # mm^2/ms
STIM = 5.0e4 / CHI_CM                                 # mV/ms
POINTS = {"A": 100, "B": 200, "C": 300}               # node indices of x = 5, 10 and 15 mm
DELAYS = [("A", "B"), ("B", "C")]


def delays(act):
    return [act[b] - act[a] if act[a] is not None and act[b] is not None else 0.0 for a, b in DELAYS]


def main():
    y = [np.full(N, float(v)) for v in tp06.Y0]
    region = np.arange(N) * H <= 1.5 + 1e-9
    act = {k: None for k in POINTS}
    rows = [[0.0] + delays(act)]
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
        for k, i in POINTS.items():
            before, after = y[0][i], new[0][i]
            if act[k] is None and before < 0.0 <= after:
                act[k] = t + DT * (0.0 - before) / (after - before)
        y = new
        if (n + 1) % EVERY == 0:
            rows.append([round((n + 1) * DT, 10)] + delays(act))
    out = os.path.join(HERE, "reference.csv")
    with open(out, "w", newline="\n") as fh:
        fh.write("time [ms]," + ",".join("delay_%s_%s [ms]" % d for d in DELAYS) + "\n")
        for r in rows:
            fh.write(",".join(repr(float(v)) for v in r) + "\n")
    for k in POINTS:
        print("%s activation %.9f ms" % (k, act[k]))
    print("delays", rows[-1][1:])
    print("sha256", hashlib.sha256(open(out, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
