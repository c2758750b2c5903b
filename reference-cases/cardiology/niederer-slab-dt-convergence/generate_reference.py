#!/usr/bin/env python3
"""Reference data of case niederer-slab-dt-convergence: the Niederer et al. 2011 slab (doi:10.1098/rsta.2011.0139)
at h = 0.5 mm and the finest step of the case's ladder, dt = 0.005 ms, computed by an independent second code
(N-version), not by TwinVal.

Runs the NumPy slab code ../niederer-slab-dx05/generate_reference.py (same discretisation as the case asks of solvers;
cell model ../tp06-epi-single-ap/tp06.py, ten Tusscher & Panfilov 2006, doi:10.1152/ajpheart.00109.2006) with
H = 0.5 mm, DT = 0.005 ms, T_END = 150 ms into a temporary folder, then keeps every tenth row (t a multiple of
0.05 ms) -- exact sub-sampling, no interpolation -- so that every step of the case's ladder (0.05, 0.01, 0.005 ms)
divides the reference spacing and the file stays small. Prints the 0 mV activation times from the kept rows (linear
interpolation between 0.05 ms samples, as the harness does) and the sha256 of reference.csv.

Usage: /usr/bin/python3 generate_reference.py
"""
import csv
import hashlib
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SLAB = os.path.join(HERE, "..", "niederer-slab-dx05", "generate_reference.py")
KEEP = 10                                             # 0.05 ms / 0.005 ms: rows kept are the 0.05 ms grid


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, SLAB, "0.5", "0.005", tmp, "150"], check=True)
        with open(os.path.join(tmp, "reference.csv"), newline="") as fh:
            lines = fh.read().split("\n")
    header, rows = lines[0], [r for r in lines[1:] if r]
    kept = rows[::KEEP]
    out = os.path.join(HERE, "reference.csv")
    with open(out, "w", newline="\n") as fh:
        fh.write(header + "\n")
        for r in kept:
            fh.write(r + "\n")
    data = [[float(v) for v in r] for r in csv.reader(kept)]
    names = header.split(",")[1:]
    for k, name in enumerate(names, start=1):
        hit = next((j for j in range(len(data) - 1) if data[j][k] < 0 <= data[j + 1][k]), None)
        if hit is None:
            print("%s not activated" % name)
            continue
        t0, v0, t1, v1 = data[hit][0], data[hit][k], data[hit + 1][0], data[hit + 1][k]
        print("%s activation %.4f ms" % (name, t0 + (t1 - t0) * (-v0) / (v1 - v0)))
    print("sha256", hashlib.sha256(open(out, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
