#!/usr/bin/env python3
"""Reference data of case rt-30x2gy-exponential: exponential tumour growth under 30 x 2 Gy on weekdays.

Between fractions dV/dt = a*V; at each fraction time t_k the volume is multiplied by the linear-quadratic surviving
fraction S = exp(-(alpha*d + beta*d^2)) (Fowler 1989, Br J Radiol 62:679, doi:10.1259/0007-1285-62-740-679). The state
is right-continuous (a sample at t_k shows the volume after the fraction). Hence

    V(t) = V0 * exp(a*t) * S^k(t),   k(t) = number of fractions with t_k <= t.

The cumulative derived doses after k(t) fractions (same right-continuous count; alpha/beta = ALPHA/BETA = 10 Gy):
BED(t) = k*d*(1 + d/(alpha/beta)) and EQD2(t) = BED/(1 + 2/(alpha/beta)), in Gy, evaluated exactly with
fractions.Fraction (30 x 2 Gy: BED = 72 Gy, EQD2 = 60 Gy).

Fraction k (0-based) is at FIRST + 7*(k // PER_WEEK) + INTERVAL*(k % PER_WEEK) days: Monday to Friday at 09:00 from the
second week on. After the course, V(t) = V0*exp(a*t)*S^n, so the treated tumour reaches any volume V_x later than the
untreated one by the growth delay GD = n*(alpha*d + beta*d^2)/a, independent of V_x and of the fraction times; with
V_x = V0 (reached by the untreated tumour at t = 0) GD is the day the treated tumour regrows to its initial volume.

Units: t in days, V in mm^3, a in 1/day, alpha in 1/Gy, beta in 1/Gy^2, d in Gy.

Python 3 standard library only. Running it rewrites reference.csv byte-identically and prints its sha256.
"""
import hashlib
import math
import os
from fractions import Fraction

A = 0.02          # 1/day, case.yaml parameters.a (volume doubling time ln 2/a = 34.7 days)
ALPHA = 0.15      # 1/Gy, case.yaml parameters.lq_alpha
BETA = 0.015      # 1/Gy^2, case.yaml parameters.lq_beta (alpha/beta = 10 Gy)
D = 2.0           # Gy, case.yaml parameters.fraction_dose
N = 30            # case.yaml parameters.fraction_count
FIRST = 7.375     # day, case.yaml parameters.first_fraction
INTERVAL = 1.0    # day, case.yaml parameters.fraction_interval
PER_WEEK = 5      # case.yaml parameters.fractions_per_week
V0 = 30000.0      # mm^3, case.yaml initial-state.V
END = 600         # days, sampled daily

LOG_S = -(ALPHA * D + BETA * D * D)   # ln S of one fraction
FRACTIONS = [FIRST + 7 * (k // PER_WEEK) + INTERVAL * (k % PER_WEEK) for k in range(N)]


def volume(t):
    """V(t) in mm^3 for t in days; the exponent is summed before exp for accuracy."""
    k = sum(1 for f in FRACTIONS if f <= t)
    return V0 * math.exp(A * t + k * LOG_S)


def doses(t):
    """(BED, EQD2) in Gy after the fractions at or before t, exact, rounded once to float."""
    k = sum(1 for f in FRACTIONS if f <= t)
    d = Fraction(2)                                     # Gy, D as an exact number
    alpha_beta = Fraction(15, 100) / Fraction(15, 1000)  # ALPHA/BETA exactly (10 Gy)
    bed = k * d * (1 + d / alpha_beta)
    return float(bed), float(bed / (1 + 2 / alpha_beta))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [day],V [mm^3],BED [Gy],EQD2 [Gy]"]
    for i in range(END + 1):
        t = float(i)
        bed, eqd2 = doses(t)
        lines.append(f"{t!r},{volume(t)!r},{bed!r},{eqd2!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())
    # Closed-form QoIs quoted in case.yaml and provenance.md.
    alpha_beta = ALPHA / BETA
    bed = N * D * (1 + D / alpha_beta)
    print("fractions from", FRACTIONS[0], "to", FRACTIONS[-1], "day; S per fraction =", math.exp(LOG_S), "; S total =", math.exp(N * LOG_S))
    print("growth delay GD =", -N * LOG_S / A, "day; V(47) =", volume(47.0), "mm^3; V(600) =", volume(600.0), "mm^3")
    print("nadir (just after the last fraction) =", V0 * math.exp(A * FRACTIONS[-1] + N * LOG_S), "mm^3")
    print("BED =", bed, "Gy; EQD2 =", bed / (1 + 2 / alpha_beta), "Gy (alpha/beta =", alpha_beta, "Gy)")


if __name__ == "__main__":
    main()
