#!/usr/bin/env python3
"""Reference data of cases forced-linear-euler, -heun and -rk4 (one closed form; the cases differ only in the method
under test): the closed-form solution of the forced linear test equation.

Class: analytic. y' = lambda y + sin(omega t), y(0) = y0 has the exact solution
y = C exp(lambda t) + a sin(omega t) + b cos(omega t), a = -lambda/(lambda^2 + omega^2), b = -omega/(lambda^2 + omega^2),
C = y0 - b (substitute and match the sine and cosine terms; Hairer, Norsett & Wanner, Solving ODEs I, 2nd ed., sec. I.3,
doi:10.1007/978-3-540-78862-1). Evaluated here (Python standard library) every 0.5 s to 4 s for lambda = -0.5 1/s,
omega = 2 1/s, y0 = 1, into reference.csv of each case folder given (default: the three sibling folders). Prints
the sha256 of each file.
"""
import hashlib
import math
import os
import sys

LAMBDA, OMEGA, Y0 = -0.5, 2.0, 1.0


def exact(t):
    d = LAMBDA * LAMBDA + OMEGA * OMEGA
    a, b = -LAMBDA / d, -OMEGA / d
    return (Y0 - b) * math.exp(LAMBDA * t) + a * math.sin(OMEGA * t) + b * math.cos(OMEGA * t)


def main(folders):
    for folder in folders:
        path = os.path.join(folder, "reference.csv")
        with open(path, "w", newline="\n") as fh:
            fh.write("time [s],y [1]\n")
            for i in range(9):
                t = i / 2.0
                fh.write("%r,%r\n" % (t, exact(t)))
        print(path, "sha256", hashlib.sha256(open(path, "rb").read()).hexdigest())


if __name__ == "__main__":
    HERE = os.path.dirname(os.path.abspath(__file__))
    SIBLINGS = [os.path.join(HERE, "..", name) for name in ("forced-linear-euler", "forced-linear-heun", "forced-linear-rk4")]
    main(sys.argv[1:] or SIBLINGS)
