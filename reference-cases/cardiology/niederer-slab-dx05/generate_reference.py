#!/usr/bin/env python3
"""Reference data of case niederer-slab-dx05: the Niederer et al. 2011 slab (doi:10.1098/rsta.2011.0139) at
h = 0.5 mm, dt = 0.05 ms, computed by an independent second code (N-version), not by TwinVal.

Same discretisation as the case asks of solvers (node lattice 41 x 15 x 7 with mirror no-flux boundaries, explicit
diffusion, forward Euler for V and concentrations, Rush-Larsen for the gates and R_bar), written separately with
NumPy whole-array operations; the cell model is ../tp06-epi-single-ap/tp06.py (ten Tusscher & Panfilov 2006 epi,
doi:10.1152/ajpheart.00109.2006). Records V at P1..P9 every 0.05 ms to 100 ms, prints the 0 mV activation times and
the sha256 of reference.csv.

Usage: generate_reference.py [H DT DIR [T_END]] -- other resolutions (the nightly niederer-slab-dx02 case runs it
with 0.2 0.05 ../niederer-slab-dx02, niederer-slab-dx01 with 0.1 0.025 ../niederer-slab-dx01 70); P9 lies on a node
whenever H divides 0.5 mm.
"""
import hashlib
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tp06-epi-single-ap"))
import tp06  # noqa: E402

H, DT, T_END = 0.5, 0.05, 150.0                       # mm, ms, ms (defaults; see usage)
if len(sys.argv) in (4, 5):
    H, DT = float(sys.argv[1]), float(sys.argv[2])
    HERE = os.path.abspath(os.path.join(HERE, sys.argv[3]))
    if len(sys.argv) == 5:
        T_END = float(sys.argv[4])
LX, LY, LZ = 20.0, 7.0, 3.0                           # mm
CHI_CM = 140.0e3 * 0.01                               # chi 140 /mm = 1.4e5 /m times Cm 0.01 F/m^2 -> F/m^3
SIG_L = 0.17 * 0.62 / (0.17 + 0.62)                   # S/m, monodomain (series) conductivity along fibres
SIG_T = 0.019 * 0.24 / (0.019 + 0.24)                 # S/m, across
D_L, D_T = SIG_L / CHI_CM * 1e3, SIG_T / CHI_CM * 1e3  # m^2/s -> mm^2/ms
STIM = 5.0e4 / CHI_CM                                 # 50 000 uA/cm^3 = 5e4 A/m^3 -> mV/ms
POINTS = {"P1": (0, 0, 0), "P2": (0, 7, 0), "P3": (20, 0, 0), "P4": (20, 7, 0), "P5": (0, 0, 3), "P6": (0, 7, 3),
          "P7": (20, 0, 3), "P8": (20, 7, 3), "P9": (10, 3.5, 1.5)}


def laplacian(v):
    p = np.pad(v, 1, mode="reflect")                   # ghost = first interior node: zero normal derivative
    c = p[1:-1, 1:-1, 1:-1]
    return (D_L * (p[2:, 1:-1, 1:-1] + p[:-2, 1:-1, 1:-1] - 2 * c)
            + D_T * (p[1:-1, 2:, 1:-1] + p[1:-1, :-2, 1:-1] - 2 * c)
            + D_T * (p[1:-1, 1:-1, 2:] + p[1:-1, 1:-1, :-2] - 2 * c)) / H ** 2


def probe(p):
    """(node, weight) pairs of linear interpolation along each axis; a single node when the point is on one."""
    axes = []
    for c in p:
        s = c / H
        i = int(np.floor(s + 1e-9))
        f = s - i
        axes.append([(i, 1.0)] if abs(f) < 1e-9 else [(i, 1.0 - f), (i + 1, f)])
    return [((a, b, c), wa * wb * wc) for a, wa in axes[0] for b, wb in axes[1] for c, wc in axes[2]]


def sample(v, terms):
    return sum(w * v[i] for i, w in terms) if len(terms) > 1 else v[terms[0][0]]


def main():
    shape = (int(round(LX / H)) + 1, int(round(LY / H)) + 1, int(round(LZ / H)) + 1)   # index order x, y, z
    y = [np.full(shape, float(v)) for v in tp06.Y0]
    x, yy, z = np.meshgrid(*(np.arange(n) * H for n in shape), indexing="ij")
    region = (x <= 1.5 + 1e-9) & (yy <= 1.5 + 1e-9) & (z <= 1.5 + 1e-9)
    idx = {k: probe(p) for k, p in POINTS.items()}
    steps = int(round(T_END / DT))
    rows = [[0.0] + [sample(y[0], idx[k]) for k in POINTS]]
    for n in range(steps):
        t = n * DT
        stim = np.where(region, STIM, 0.0) if t < 2.0 - 1e-9 else np.zeros(shape)
        d = tp06.rhs(y, stim)
        gates = tp06.gate_kinetics(y[0], y[4])
        k2 = 0.045 * (2.5 - 1.5 / (1.0 + (1.5 / y[5]) ** 2))
        rate = k2 * y[4] + 0.005                        # dR/dt = 0.005 - rate * R
        lap = laplacian(y[0])
        new = [y[0] + DT * (d[0] + lap)] + [y[i] + DT * d[i] for i in range(1, 6)]
        new.append(0.005 / rate + (y[6] - 0.005 / rate) * np.exp(-DT * rate))
        new += [inf + (g - inf) * np.exp(-DT / tau) for g, (inf, tau) in zip(y[7:], gates)]
        y = new
        rows.append([(n + 1) * DT] + [sample(y[0], idx[k]) for k in POINTS])
    out = os.path.join(HERE, "reference.csv")
    with open(out, "w", newline="\n") as fh:
        fh.write("time [ms]," + ",".join("V_%s [mV]" % k for k in POINTS) + "\n")
        for r in rows:
            fh.write(",".join(repr(round(float(r[0]), 10)) if i == 0 else repr(float(v)) for i, v in enumerate(r)) + "\n")
    data = np.array(rows)
    for i, k in enumerate(POINTS, start=1):
        v = data[:, i]
        up = np.nonzero((v[:-1] < 0) & (v[1:] >= 0))[0]
        if len(up):
            j = up[0]
            print("%s activation %.4f ms" % (k, data[j, 0] + DT * (-v[j]) / (v[j + 1] - v[j])))
        else:
            print("%s not activated" % k)
    print("sha256", hashlib.sha256(open(out, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
