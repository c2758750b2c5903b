#!/usr/bin/env python3
"""Reference data of case stiff-vdpol: the published end values of Van der Pol's problem VDPOLM (mu = 1000).

Class: published. The values are those of the Test Set for IVP Solvers (F. Mazzia, F. Iavernaro, C. Magherini,
Univ. Bari, release 2.4, https://archimede.uniba.it/~testset/, problem VDPOL in its unscaled form "vdpolm",
section II.1.3; subroutine solut of vdpolm.f), computed there with RADAU in extended precision (uround 1.01e-19,
rtol = atol = h0 = 1.1e-18), at t = 2000 for y(0) = (2, 0). This script only writes them into reference.csv (Python
standard library) and prints its sha256; it computes nothing, so the reference is independent of TwinVal's
integrators.
"""
import hashlib
import os

T_END = 2000.0
Y_END = (0.1706167732170469e1, -0.8928097010248125e-3)
UNITS = ("1", "1/s")


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.csv")
    with open(path, "w", newline="\n") as fh:
        fh.write("time [s]," + ",".join("y%d [%s]" % (i + 1, u) for i, u in enumerate(UNITS)) + "\n")
        fh.write("%r,%s\n" % (T_END, ",".join(repr(v) for v in Y_END)))
    print("sha256", hashlib.sha256(open(path, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
