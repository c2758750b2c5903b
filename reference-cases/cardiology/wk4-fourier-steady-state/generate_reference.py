#!/usr/bin/env python3
"""Reference data of case wk4-fourier-steady-state: four-element Windkessel, periodic steady state, Fourier inflow.

Model (Stergiopulos, Westerhof and Westerhof 1999, Am. J. Physiol. 276:H81-H88, doi:10.1152/ajpheart.1999.276.1.H81):
inertance L parallel to the characteristic impedance Zc, in series with R parallel to C:
    C*dPc/dt = Q_in - Pc/R,   L*dQ_L/dt = Zc*(Q_in - Q_L),   P = Pc + Zc*(Q_in - Q_L).
Inflow Q_in(t) = Qm + sum_k A_k*sin(k*w*t + phi_k) (a Fourier series, k = 1..4). The system is linear, so its periodic
steady state is the sum over harmonics of the closed-form responses, with the transfer functions at k*w:
    Pc: H(w) = R/(1 + i*w*R*C);  Q_L: G(w) = Zc/(Zc + i*w*L);
    P:  Z(w) = Zc*i*w*L/(Zc + i*w*L) + R/(1 + i*w*R*C)   (input impedance of the four-element model)
and the mean parts Qm*R, Qm, Qm*R. Starting from Pc(0), Q_L(0) of this formula the whole trajectory is periodic.

Python 3 standard library only; writes reference.csv (every 5 ms over three periods) and prints its sha256 and the
initial state.
"""
import cmath
import hashlib
import math
import os

ZC, L, R, C = 0.05, 0.005, 1.0, 1.5          # case.yaml parameters (mmHg*s/mL, mmHg*s^2/mL, mmHg*s/mL, mL/mmHg)
QM, F = 90.0, 1.25                           # mL/s mean, Hz fundamental (75 beats/min)
HARMONICS = [(110.0, 0.0), (60.0, -1.2), (25.0, -2.4), (10.0, 2.0)]   # (amplitude mL/s, phase rad), k = 1..4
T_END, ROWS = 2.4, 480
W = 2.0 * math.pi * F


def h(w):
    return R / (1.0 + 1j * w * R * C)


def g(w):
    return ZC / (ZC + 1j * w * L)


def z(w):
    return ZC * 1j * w * L / (ZC + 1j * w * L) + h(w)


def series(t, mean, transfer):
    return mean + sum(a * (transfer((k + 1) * W) * cmath.exp(1j * ((k + 1) * W * t + phi))).imag
                      for k, (a, phi) in enumerate(HARMONICS))


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.csv")
    lines = ["time [s],P [mmHg],P_c [mmHg],Q_L [mL/s]"]
    for i in range(ROWS + 1):
        t = i * T_END / ROWS
        lines.append(f"{t!r},{series(t, QM * R, z)!r},{series(t, QM * R, h)!r},{series(t, QM, g)!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())
    print(f"P_c(0) = {series(0.0, QM * R, h)!r} mmHg")
    print(f"Q_L(0) = {series(0.0, QM, g)!r} mL/s")


if __name__ == "__main__":
    main()
