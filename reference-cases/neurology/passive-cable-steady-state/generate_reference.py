#!/usr/bin/env python3
"""Reference data of case passive-cable-steady-state: the closed-form steady state of a finite passive cable.

tau*dV/dt = lambda^2*d2V/dx2 - V on 0 <= x <= L, current I injected at x = 0 (dV/dx(0) = -r_a*I), sealed end at
x = L (dV/dx(L) = 0). The steady state (Rall 1969, doi:10.1016/S0006-3495(69)86467-2; Koch 1999, Biophysics of
Computation, ch. 2, the sealed-end finite cable) is
  V(x) = V0*cosh((L - x)/lambda)/cosh(L/lambda),  V0 = r_a*lambda*I*coth(L/lambda)  (input resistance times I).
The transient V - V_ss solves the cable with zero-gradient ends; its modes cos(n*pi*x/L) decay at rates
(1 + (n*pi*lambda/L)^2)/tau, the slowest (n = 0, uniform) at 1/tau. Its amplitude is the mean of V_ss (< 5 mV),
so from t = 200 ms on it is below 5*exp(-20) = 1e-8 mV and the rows at 200, 210, 220 ms are the steady state.

Units: x, L, lambda in mm; r_a in MOhm/mm; I in nA (MOhm*nA = mV); V in mV (deviation from rest); t in ms.
Python 3 standard library only. Running it rewrites reference.csv byte-identically and prints its sha256.
"""
import hashlib
import math
import os

LAMBDA = 1.0      # mm, case.yaml parameters.lambda
LENGTH = 2.0      # mm, case.yaml parameters.L
R_A = 10.0        # MOhm/mm, case.yaml parameters.r_a
I_INJ = 1.0       # nA, case.yaml protocol.inputs I_inj
TIMES = [200.0, 210.0, 220.0]           # ms
POSITIONS = [("V_0", 0.0), ("V_50", 0.5), ("V_100", 1.0)]  # output name, fraction of L


def steady(x):
    """V(x) in mV for x in mm."""
    v0 = R_A * LAMBDA * I_INJ / math.tanh(LENGTH / LAMBDA)
    return v0 * math.cosh((LENGTH - x) / LAMBDA) / math.cosh(LENGTH / LAMBDA)


def main():
    lines = ["time [ms]," + ",".join(f"{name} [mV]" for name, _ in POSITIONS)]
    for t in TIMES:
        lines.append(repr(t) + "," + ",".join(repr(steady(f * LENGTH)) for _, f in POSITIONS))
    text = "\n".join(lines) + "\n"
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.csv")
    with open(path, "w", newline="\n") as f:
        f.write(text)
    print(hashlib.sha256(text.encode()).hexdigest())


if __name__ == "__main__":
    main()
