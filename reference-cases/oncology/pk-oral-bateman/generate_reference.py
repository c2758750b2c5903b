#!/usr/bin/env python3
"""Reference data of case pk-oral-bateman: one oral dose, first-order absorption, one-compartment disposition.

dA/dt = -ka*A, V*dC/dt = F*ka*A - CL*C with A(0) = D, C(0) = 0 has the solution A(t) = D*exp(-ka*t) and the Bateman
function C(t) = F*D*ka/(V*(ka - k))*(exp(-k*t) - exp(-ka*t)), k = CL/V (Bateman 1910; Rowland & Tozer, Clinical
Pharmacokinetics and Pharmacodynamics, 4th ed. 2011, ch. 7). dC/dt = 0 where ka*exp(-ka*t) = k*exp(-k*t), i.e. at
tmax = ln(ka/k)/(ka - k), and there Cmax = F*D/V*exp(-k*tmax). AUC(0, inf) = F*D/CL.

The time grid is 0.25 h except 0.01 h from 1.5 h to 3 h, around tmax, so that time-of-max read from samples is
within 0.005 h of the closed form.

Units: t in h, A in mg, C in mg/L, ka in 1/h, CL in L/h, V in L, F dimensionless.

Python 3 standard library only. Running it rewrites reference.csv byte-identically and prints its sha256.
"""
import hashlib
import math
import os

DOSE = 400.0   # mg, case.yaml initial-state.A_depot
F = 0.8        # case.yaml parameters.F
KA = 1.2       # 1/h, case.yaml parameters.ka
CL = 5.0       # L/h, case.yaml parameters.CL
V = 50.0       # L, case.yaml parameters.V
K = CL / V     # 1/h


def grid():
    """Sample times in h: 0.25-h steps, 0.01-h steps on [1.5, 3], up to 24 h; integer arithmetic keeps them exact decimals."""
    hundredths = list(range(0, 150, 25)) + list(range(150, 300)) + list(range(300, 2401, 25))
    return [h / 100 for h in hundredths]


def depot(t):
    """A_depot(t) in mg."""
    return DOSE * math.exp(-KA * t)


def concentration(t):
    """C(t) in mg/L."""
    return F * DOSE * KA / (V * (KA - K)) * (math.exp(-K * t) - math.exp(-KA * t))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [h],A_depot [mg],C [mg/L]"]
    times = grid()
    for t in times:
        lines.append(f"{t!r},{depot(t)!r},{concentration(t)!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())
    # Closed-form QoIs quoted in case.yaml and provenance.md, and what the sampled grid reads for them.
    tmax = math.log(KA / K) / (KA - K)
    cmax = F * DOSE / V * math.exp(-K * tmax)
    sampled = max(times, key=concentration)
    print("tmax =", tmax, "h; Cmax =", cmax, "mg/L (Bateman at tmax:", concentration(tmax), ")")
    print("grid time-of-max =", sampled, "h; grid max =", concentration(sampled), "mg/L; Cmax - grid max =", cmax - concentration(sampled))
    print("C(12 h) =", concentration(12.0), "mg/L; C(24 h) =", concentration(24.0), "mg/L; AUC(0,inf) =", F * DOSE / CL, "mg*h/L")
    print(len(times), "rows")


if __name__ == "__main__":
    main()
