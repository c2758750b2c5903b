#!/usr/bin/env python3
"""Reference data of case stiff-rober: the published end values of Robertson's problem ROBER.

Class: published. The values are those of the Test Set for IVP Solvers (F. Mazzia, F. Iavernaro, C. Magherini,
Univ. Bari, release 2.4, https://archimede.uniba.it/~testset/, problem ROBER, section II.1.2; subroutine solut of
rober.f), computed there with RADAU5 in extended precision, at t = 1e11 for k1 = 0.04, k2 = 3e7, k3 = 1e4 and
y(0) = (1, 0, 0). This script only writes them into reference.csv (Python standard library) and prints its sha256; it
computes nothing, so the reference is independent of TwinVal's integrators.
"""
import hashlib
import os

T_END = 1.0e11
Y_END = (0.2083340149701255e-7, 0.8333360770334713e-13, 0.9999999791665050)


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.csv")
    with open(path, "w", newline="\n") as fh:
        fh.write("time [s]," + ",".join("y%d [1]" % (i + 1) for i in range(len(Y_END))) + "\n")
        fh.write("%r,%s\n" % (T_END, ",".join(repr(v) for v in Y_END)))
    print("sha256", hashlib.sha256(open(path, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
