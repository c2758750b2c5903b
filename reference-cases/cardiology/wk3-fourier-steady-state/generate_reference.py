#!/usr/bin/env python3
"""Reference data of case wk3-fourier-steady-state: three-element Windkessel, periodic steady state, Fourier inflow.

Model (Westerhof, Lankhaar and Westerhof 2009, Med. Biol. Eng. Comput. 47:131-141, doi:10.1007/s11517-008-0359-2):
    C*dPc/dt = Q_in - Pc/R,   P = Pc + Zc*Q_in,
with Q_in(t) = Qm + sum_k A_k*sin(k*w*t + phi_k) (k = 1..4). The system is linear, so its periodic steady state is the
sum over harmonics of the closed-form responses with the transfer functions at k*w:
    Pc: H(w) = R/(1 + i*w*R*C);   P: Z(w) = Zc + R/(1 + i*w*R*C)   (input impedance)
and the mean parts Qm*R and Qm*(R + Zc). Starting from Pc(0) of this formula the whole trajectory is periodic.

Python 3 standard library only; writes reference.csv (every 5 ms over three periods), prints its sha256, Pc(0) and
the systolic/diastolic pressure of the continuous curve (found on a 1e-5 s grid).
"""
import cmath
import hashlib
import math
import os

ZC, R, C = 0.05, 1.0, 1.5                    # case.yaml parameters (mmHg*s/mL, mmHg*s/mL, mL/mmHg)
QM, F = 90.0, 1.25                           # mL/s mean, Hz fundamental (75 beats/min)
HARMONICS = [(110.0, 0.0), (60.0, -1.2), (25.0, -2.4), (10.0, 2.0)]   # (amplitude mL/s, phase rad), k = 1..4
T_END, ROWS = 2.4, 480
W = 2.0 * math.pi * F


def h(w):
    return R / (1.0 + 1j * w * R * C)


def z(w):
    return ZC + h(w)


def series(t, mean, transfer):
    return mean + sum(a * (transfer((k + 1) * W) * cmath.exp(1j * ((k + 1) * W * t + phi))).imag
                      for k, (a, phi) in enumerate(HARMONICS))


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.csv")
    lines = ["time [s],P [mmHg],P_c [mmHg]"]
    for i in range(ROWS + 1):
        t = i * T_END / ROWS
        lines.append(f"{t!r},{series(t, QM * (R + ZC), z)!r},{series(t, QM * R, h)!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())
    print(f"P_c(0) = {series(0.0, QM * R, h)!r} mmHg")
    fine = [series(i * 1e-5, QM * (R + ZC), z) for i in range(80001)]
    print(f"continuous max P = {max(fine)!r}, min P = {min(fine)!r} mmHg")


if __name__ == "__main__":
    main()
