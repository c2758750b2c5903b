#!/usr/bin/env python3
"""Reference data of case wk4-periodic-steady-state: the four-element Windkessel in its periodic steady state.

Model (Stergiopulos, Westerhof and Westerhof 1999, Am. J. Physiol. 276:H81-H88, doi:10.1152/ajpheart.1999.276.1.H81):
the total arterial inertance L in parallel with the characteristic impedance Zc, in series with R parallel to C.
With Q_L the flow through L:
    L*dQ_L/dt = Zc*(Q_in - Q_L),   C*dPc/dt = Q_in - Pc/R,   P = Pc + Zc*(Q_in - Q_L),
and Q_in(t) = Qm + A*sin(w*t + phi). Transfer functions (phasors, i*w for d/dt):
    Q_L/Q_in = Zc/(Zc + i*w*L),   Pc/Q_in = R/(1 + i*w*R*C),
    Z(w) = P/Q_in = i*w*L*Zc/(Zc + i*w*L) + R/(1 + i*w*R*C)   (at w = 0: Z = R, L short-circuits Zc).
In the periodic steady state every variable is X(t) = X(0 Hz)*Qm + A*Im(G(w)*exp(i*(w*t + phi))) with its transfer
function G. The case starts from Pc(0) and Q_L(0) of these formulas, so the whole trajectory is periodic.

Python 3 standard library only. Running it rewrites reference.csv byte-identically, prints its sha256 (declared in
case.yaml under reference.files), the initial state, and the closed-form systolic/diastolic pressures.
"""
import cmath
import hashlib
import math
import os

ZC = 0.05     # mmHg*s/mL, case.yaml parameters.Zc
L = 0.005     # mmHg*s^2/mL, case.yaml parameters.L
R = 1.0       # mmHg*s/mL, case.yaml parameters.R
C = 1.5       # mL/mmHg, case.yaml parameters.C
QM = 90.0     # mL/s, case.yaml protocol.inputs Q_in mean
A = 90.0      # mL/s, case.yaml protocol.inputs Q_in amplitude
F = 1.25      # Hz, case.yaml protocol.inputs Q_in frequency (75 beats/min)
PHI = 0.5     # rad, case.yaml protocol.inputs Q_in phase
T_END = 2.4   # s, case.yaml protocol.end-time (three periods)
ROWS = 480    # samples every 0.005 s
W = 2.0 * math.pi * F


def periodic(dc_gain, gain, t):
    """dc_gain*Qm + A*Im(gain*exp(i*(w*t + phi)))."""
    return dc_gain * QM + A * (gain * cmath.exp(1j * (W * t + PHI))).imag


G_L = ZC / (ZC + 1j * W * L)                       # Q_L/Q_in, dimensionless; 1 at w = 0
G_C = R / (1.0 + 1j * W * R * C)                   # Pc/Q_in, mmHg*s/mL; R at w = 0
Z = 1j * W * L * ZC / (ZC + 1j * W * L) + G_C      # P/Q_in, mmHg*s/mL; R at w = 0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [s],P [mmHg],P_c [mmHg],Q_L [mL/s]"]
    for i in range(ROWS + 1):
        t = i * T_END / ROWS
        lines.append(f"{t!r},{periodic(R, Z, t)!r},{periodic(R, G_C, t)!r},{periodic(1.0, G_L, t)!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())
    dt = T_END / ROWS
    print(f"Pc(0) = {periodic(R, G_C, 0.0)!r} mmHg, Q_L(0) = {periodic(1.0, G_L, 0.0)!r} mL/s")
    print(f"|Z| = {abs(Z)!r} mmHg*s/mL, arg Z = {cmath.phase(Z)!r} rad")
    print(f"systolic  max P = {QM * R + A * abs(Z)!r} mmHg")
    print(f"diastolic min P = {QM * R - A * abs(Z)!r} mmHg")
    # A sample is at most dt/2 from an extremum of A|Z|sin(.), so it misses it by at most A|Z|(1 - cos(w*dt/2)).
    print(f"sampling bound = {A * abs(Z) * (1.0 - math.cos(W * dt / 2.0))!r} mmHg")


if __name__ == "__main__":
    main()
