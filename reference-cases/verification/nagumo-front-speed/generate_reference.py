#!/usr/bin/env python3
"""Reference data of case nagumo-front-speed: the exact travelling front of the bistable (Nagumo) cable.

u_t = D u_xx + u(1 - u)(u - a) has the travelling wave u = 1/(1 + exp((x - x0 - c t)/sqrt(2 D))) with
c = sqrt(D/2)(1 - 2a) (McKean 1970, Adv. Math. 4:209, doi:10.1016/0001-8708(70)90023-X). Evaluated here (Python
standard library) at the points A (x = 25 mm) and B (x = 45 mm) every 0.1 ms to 100 ms, for D = 1 mm^2/ms,
a = 0.25, x0 = 15 mm. On the finite cable [0, 60] mm with no-flux ends the exact wave differs from the bounded-domain
solution by terms of order exp(-15/sqrt 2) ~ 2.5e-5, far below the tolerances. Prints the exact arrival times
(u = 1/2) and the sha256 of reference.csv.
"""
import hashlib
import math
import os

D, A, X0 = 1.0, 0.25, 15.0
C = math.sqrt(D / 2.0) * (1.0 - 2.0 * A)
W = math.sqrt(2.0 * D)
POINTS = (("A", 25.0), ("B", 45.0))


def u(x, t):
    return 1.0 / (1.0 + math.exp((x - X0 - C * t) / W))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    with open(path, "w", newline="\n") as fh:
        fh.write("time [ms]," + ",".join("u_%s [1]" % n for n, _ in POINTS) + "\n")
        for i in range(1001):
            t = i / 10.0
            fh.write("%r,%s\n" % (t, ",".join(repr(u(x, t)) for _, x in POINTS)))
    print("c = %.12f mm/ms" % C)
    for n, x in POINTS:
        print("arrival at %s (x = %g mm): %.9f ms" % (n, x, (x - X0) / C))
    print("sha256", hashlib.sha256(open(path, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
