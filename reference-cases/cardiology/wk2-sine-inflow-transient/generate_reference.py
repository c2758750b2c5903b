#!/usr/bin/env python3
"""Reference data of case wk2-sine-inflow-transient: the two-element Windkessel driven by sinusoidal inflow from rest.

Model (Westerhof, Lankhaar and Westerhof 2009, Med. Biol. Eng. Comput. 47:131-141, doi:10.1007/s11517-008-0359-2):
    C*dP/dt = Q_in - P/R,   P(0) = P0,   Q_in(t) = Qm + A*sin(w*t + phi).
The ODE is linear, so P = particular + homogeneous solution:
    P(t) = Pp(t) + (P0 - Pp(0))*exp(-t/(R*C)),   Pp(t) = Qm*R + A*Im(H(w)*exp(i*(w*t + phi))),
with H(w) = R/(1 + i*w*R*C) the two-element input impedance. Check: C*Pp' + Pp/R = Qm + A*Im(exp(.)*H*(i*w*C + 1/R))
= Qm + A*sin(w*t + phi), and C*(d/dt)exp(-t/(RC)) + exp(-t/(RC))/R = 0.

The systolic (max) and diastolic (min) pressures of the continuous curve are located by bisection on the sign of
dP/dt, which is also closed form, between the points of a grid 100 times finer than the output grid (and the end
points are candidates too).

Python 3 standard library only. Running it rewrites reference.csv byte-identically, prints its sha256 (declared in
case.yaml under reference.files), the extrema and the bound on how far the output grid can miss them.
"""
import cmath
import hashlib
import math
import os

R = 1.0       # mmHg*s/mL, case.yaml parameters.R
C = 1.5       # mL/mmHg, case.yaml parameters.C
P0 = 50.0     # mmHg, case.yaml initial-state.P
QM = 80.0     # mL/s, case.yaml protocol.inputs Q_in mean
A = 80.0      # mL/s, case.yaml protocol.inputs Q_in amplitude
F = 1.0       # Hz, case.yaml protocol.inputs Q_in frequency (60 beats/min)
PHI = 0.0     # rad, case.yaml protocol.inputs Q_in phase
T_END = 6.0   # s, case.yaml protocol.end-time (four time constants)
ROWS = 600    # samples every 0.01 s
W = 2.0 * math.pi * F
TAU = R * C
H = R / (1.0 + 1j * W * R * C)


def particular(t):
    """Pp(t) in mmHg."""
    return QM * R + A * (H * cmath.exp(1j * (W * t + PHI))).imag


HOMOGENEOUS = P0 - particular(0.0)  # mmHg, amplitude of exp(-t/tau)


def pressure(t):
    """P(t) in mmHg."""
    return particular(t) + HOMOGENEOUS * math.exp(-t / TAU)


def slope(t):
    """dP/dt in mmHg/s."""
    return A * (1j * W * H * cmath.exp(1j * (W * t + PHI))).imag - HOMOGENEOUS / TAU * math.exp(-t / TAU)


def extrema():
    """(max, min) of P on [0, T_END]: end points and every zero of dP/dt, refined by bisection to rounding."""
    candidates = [0.0, T_END]
    fine = 100 * ROWS
    for k in range(fine):
        a, b = k * T_END / fine, (k + 1) * T_END / fine
        if slope(a) * slope(b) < 0.0:
            for _ in range(200):
                m = 0.5 * (a + b)
                if m in (a, b):
                    break
                if slope(a) * slope(m) <= 0.0:
                    b = m
                else:
                    a = m
            candidates.append(0.5 * (a + b))
    values = [pressure(t) for t in candidates]
    return max(values), min(values)


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
    high, low = extrema()
    dt = T_END / ROWS
    # Near an interior extremum P is within (1/2)*max|P''|*(dt/2)^2 of its peak at the nearest sample;
    # |P''| <= A*|H|*w^2 + |P0 - Pp(0)|/tau^2.
    bound = 0.5 * (A * abs(H) * W * W + abs(HOMOGENEOUS) / TAU**2) * (dt / 2.0) ** 2
    print(f"Pp(0) = {particular(0.0)!r} mmHg, homogeneous amplitude = {HOMOGENEOUS!r} mmHg")
    print(f"systolic  max P = {high!r} mmHg")
    print(f"diastolic min P = {low!r} mmHg")
    print(f"sampling bound = {bound!r} mmHg")
    print(f"P(3 s) = {pressure(3.0)!r} mmHg, final P = {pressure(T_END)!r} mmHg")


if __name__ == "__main__":
    main()
