#!/usr/bin/env python3
"""Reference data of case wk3-periodic-steady-state: the three-element Windkessel in its periodic steady state.

Model (Westerhof, Lankhaar and Westerhof 2009, Med. Biol. Eng. Comput. 47:131-141, doi:10.1007/s11517-008-0359-2):
    C*dPc/dt = Q_in - Pc/R,   P = Pc + Zc*Q_in,
with Q_in(t) = Qm + A*sin(w*t + phi). Input impedance Z(w) = Zc + R/(1 + i*w*R*C); the compartment alone has
H(w) = R/(1 + i*w*R*C). In the periodic steady state (the particular solution of the linear ODE)
    Pc(t) = Qm*R + A*Im(H(w)*exp(i*(w*t + phi))),   P(t) = Qm*(R + Zc) + A*Im(Z(w)*exp(i*(w*t + phi))).
The case starts from Pc(0) of this formula, so the homogeneous part is zero and the whole trajectory is periodic.

Python 3 standard library only. Running it rewrites reference.csv byte-identically, prints its sha256 (declared in
case.yaml under reference.files) and the closed-form systolic/diastolic pressures and their sampling bound.
"""
import cmath
import hashlib
import math
import os

ZC = 0.05     # mmHg*s/mL, case.yaml parameters.Zc
R = 1.0       # mmHg*s/mL, case.yaml parameters.R
C = 1.5       # mL/mmHg, case.yaml parameters.C
QM = 90.0     # mL/s, case.yaml protocol.inputs Q_in mean
A = 90.0      # mL/s, case.yaml protocol.inputs Q_in amplitude
F = 1.25      # Hz, case.yaml protocol.inputs Q_in frequency (75 beats/min)
PHI = 0.0     # rad, case.yaml protocol.inputs Q_in phase
T_END = 2.4   # s, case.yaml protocol.end-time (three periods)
ROWS = 480    # samples every 0.005 s
W = 2.0 * math.pi * F


def compartment_transfer():
    """H(w) = R/(1 + i*w*R*C) in mmHg*s/mL."""
    return R / (1.0 + 1j * W * R * C)


def impedance():
    """Z(w) = Zc + R/(1 + i*w*R*C) in mmHg*s/mL."""
    return ZC + compartment_transfer()


def compartment(t):
    """Pc(t) in mmHg."""
    return QM * R + A * (compartment_transfer() * cmath.exp(1j * (W * t + PHI))).imag


def pressure(t):
    """P(t) in mmHg."""
    return QM * (R + ZC) + A * (impedance() * cmath.exp(1j * (W * t + PHI))).imag


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [s],P [mmHg],P_c [mmHg]"]
    for i in range(ROWS + 1):
        t = i * T_END / ROWS
        lines.append(f"{t!r},{pressure(t)!r},{compartment(t)!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())
    z = impedance()
    dt = T_END / ROWS
    print(f"Pc(0) = {compartment(0.0)!r} mmHg")
    print(f"|Z| = {abs(z)!r} mmHg*s/mL, arg Z = {cmath.phase(z)!r} rad")
    print(f"systolic  max P = {QM * (R + ZC) + A * abs(z)!r} mmHg")
    print(f"diastolic min P = {QM * (R + ZC) - A * abs(z)!r} mmHg")
    # A sample is at most dt/2 from an extremum of A|Z|sin(.), so it misses it by at most A|Z|(1 - cos(w*dt/2)).
    print(f"sampling bound = {A * abs(z) * (1.0 - math.cos(W * dt / 2.0))!r} mmHg")
    print(f"final P = {pressure(T_END)!r} mmHg")


if __name__ == "__main__":
    main()
