#!/usr/bin/env python3
"""Reference data of case wk2-diastolic-decay: the closed form of the two-element Windkessel with zero inflow.

C*dP/dt = Q_in - P/R with Q_in = 0 and P(0) = P0 has the solution P(t) = P0*exp(-t/(R*C))
(Westerhof, Lankhaar and Westerhof 2009, Med. Biol. Eng. Comput. 47:131-141, doi:10.1007/s11517-008-0359-2).

Python 3 standard library only. Running it rewrites reference.csv byte-identically and prints its sha256,
which case.yaml declares under reference.files.
"""
import hashlib
import math
import os

R = 1.0      # mmHg*s/mL, case.yaml parameters.R
C = 1.5      # mL/mmHg, case.yaml parameters.C
P0 = 100.0   # mmHg, case.yaml initial-state.P
T_END = 2.0  # s, case.yaml protocol.end-time
ROWS = 200   # samples every 0.01 s; t = i/100 is the double nearest to each grid time


def pressure(t):
    """P(t) = P0*exp(-t/(R*C)) in mmHg, t in s."""
    return P0 * math.exp(-t / (R * C))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [s],P [mmHg]"]
    for i in range(ROWS + 1):
        t = i * T_END / ROWS
        lines.append(f"{t!r},{pressure(t)!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
