#!/usr/bin/env python3
"""Reference data of case stiff-hires: the published end values of the HIRES problem.

Class: published. The values are those of the Test Set for IVP Solvers (F. Mazzia, F. Iavernaro, C. Magherini,
Univ. Bari, release 2.4, https://archimede.uniba.it/~testset/, problem HIRES, section II.1.7; subroutine hiressol of
hires.f), computed there with RADAU5 in extended precision (uround 1.01e-19, rtol = atol = h0 = 1.1e-18). This script
only writes them, with the end time, into reference.csv (Python standard library) and prints its sha256; it computes
nothing, so the reference is independent of TwinVal's integrators.
"""
import hashlib
import os

T_END = 321.8122
Y_END = (
    0.7371312573325668e-3, 0.1442485726316185e-3, 0.5888729740967575e-4, 0.1175651343283149e-2,
    0.2386356198831331e-2, 0.6238968252742796e-2, 0.2849998395185769e-2, 0.2850001604814231e-2,
)


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.csv")
    with open(path, "w", newline="\n") as fh:
        fh.write("time [s]," + ",".join("y%d [1]" % (i + 1) for i in range(len(Y_END))) + "\n")
        fh.write("%r,%s\n" % (T_END, ",".join(repr(v) for v in Y_END)))
    print("sha256", hashlib.sha256(open(path, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
