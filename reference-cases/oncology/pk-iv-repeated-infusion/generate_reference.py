#!/usr/bin/env python3
"""Reference data of case pk-iv-repeated-infusion: six 1-h infusions every 12 h, one-compartment pharmacokinetics.

V*dC/dt = R(t) - CL*C, C(0) = 0, with R(t) = R0 during [j*TAU, j*TAU + TINF), j = 0..N-1, and 0 otherwise. One infusion
starting at 0 gives c(s) = R0/CL*(1 - exp(-k*s)) for 0 <= s <= TINF and c(TINF)*exp(-k*(s - TINF)) for s > TINF
(k = CL/V; Rowland & Tozer, Clinical Pharmacokinetics and Pharmacodynamics, 4th ed. 2011, ch. 10 and 11). The system is
linear and time-invariant, so the protocol's response is the superposition C(t) = sum_j c(t - j*TAU) over the doses
already started. The peak after dose n (at n*TAU - TAU + TINF) is c(TINF)*(1 - exp(-n*k*TAU))/(1 - exp(-k*TAU)):
the accumulation factor of n doses (1/(1 - exp(-k*TAU)) as n grows).

Units: t in h, C in mg/L, R0 in mg/h, CL in L/h, V in L.

Python 3 standard library only. Running it rewrites reference.csv byte-identically and prints its sha256.
"""
import hashlib
import math
import os

R0 = 250.0     # mg/h, case.yaml protocol.inputs[0].amplitude
TINF = 1.0     # h, duration of each infusion
TAU = 12.0     # h, dosing interval (pulse period)
N = 6          # doses (pulse count)
CL = 5.0       # L/h, case.yaml parameters.CL
V = 50.0       # L, case.yaml parameters.V
K = CL / V     # 1/h
ROWS = 336     # 0..84 h every 0.25 h


def single(s):
    """Concentration s hours after the start of one infusion, mg/L."""
    if s <= 0.0:
        return 0.0
    if s <= TINF:
        return R0 / CL * -math.expm1(-K * s)
    return R0 / CL * -math.expm1(-K * TINF) * math.exp(-K * (s - TINF))


def concentration(t):
    """C(t) in mg/L for t in h: superposition of the doses started by t."""
    return sum(single(t - j * TAU) for j in range(N))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [h],C [mg/L]"]
    for i in range(ROWS + 1):
        t = i / 4
        lines.append(f"{t!r},{concentration(t)!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())
    # Closed-form QoIs quoted in case.yaml and provenance.md.
    first_peak = single(TINF)
    accumulation = -math.expm1(-N * K * TAU) / -math.expm1(-K * TAU)
    t_peak = (N - 1) * TAU + TINF
    print("first peak =", first_peak, "mg/L; accumulation factor of", N, "doses =", accumulation)
    print("peak after last dose =", first_peak * accumulation, "mg/L at", t_peak, "h; superposition there =", concentration(t_peak))
    print("trough before last dose C(60 h) =", concentration((N - 1) * TAU), "mg/L; C(84 h) =", concentration(84.0))
    print("steady-state accumulation 1/(1 - exp(-k*tau)) =", 1 / -math.expm1(-K * TAU))


if __name__ == "__main__":
    main()
