#!/usr/bin/env python3
"""Reference data of case rt-bed-eqd2-worked-examples: cumulative BED and EQD2 of 65 Gy in 26 fractions of 2.5 Gy.

Reference class: analytic (closed forms evaluated with exact rational arithmetic, then rounded once to float).

After k fractions of d Gy (Fowler 1989, Br J Radiol 62:679, doi:10.1259/0007-1285-62-740-679):

    BED(k)  = k*d*(1 + d/(alpha/beta))          [Gy]
    EQD2(k) = BED(k) / (1 + 2/(alpha/beta))     [Gy]

for the tumour (alpha/beta = lq_alpha/lq_beta = 10 Gy) and a late-responding normal tissue (late_alpha_beta = 3 Gy).
k(t) counts the fractions given at or before t (right-continuous, as the solver's volume is). Fraction j (0-based) is
at FIRST + 7*(j // PER_WEEK) + INTERVAL*(j % PER_WEEK) days: Monday to Friday at 09:00 from day 0.375.

The doses are computed with fractions.Fraction (exact), a different route from the solver's floating-point formula,
so the only error in reference.csv is the final rounding to the nearest double.

Python 3 standard library only. Running it rewrites reference.csv byte-identically and prints its sha256.
"""
import hashlib
import os
from fractions import Fraction as F

D = F(5, 2)               # Gy, case.yaml parameters.fraction_dose
N = 26                    # case.yaml parameters.fraction_count
ALPHA = F(15, 100)        # 1/Gy, case.yaml parameters.lq_alpha
BETA = F(15, 1000)        # 1/Gy^2, case.yaml parameters.lq_beta
AB_TUMOUR = ALPHA / BETA  # 10 Gy
AB_LATE = F(3)            # Gy, case.yaml parameters.late_alpha_beta
FIRST = F(3, 8)           # day, case.yaml parameters.first_fraction (Monday 09:00)
INTERVAL = F(1)           # day, case.yaml parameters.fraction_interval
PER_WEEK = 5              # case.yaml parameters.fractions_per_week
END = 42                  # days, sampled daily (protocol end-time)

FRACTIONS = [FIRST + 7 * (j // PER_WEEK) + INTERVAL * (j % PER_WEEK) for j in range(N)]


def bed(k, alpha_beta):
    return k * D * (1 + D / alpha_beta)


def eqd2(k, alpha_beta):
    return bed(k, alpha_beta) / (1 + F(2) / alpha_beta)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [day],BED [Gy],EQD2 [Gy],BED_late [Gy],EQD2_late [Gy]"]
    for i in range(END + 1):
        k = sum(1 for f in FRACTIONS if f <= i)
        row = [bed(k, AB_TUMOUR), eqd2(k, AB_TUMOUR), bed(k, AB_LATE), eqd2(k, AB_LATE)]
        lines.append(",".join([repr(float(i))] + [repr(float(v)) for v in row]))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())
    print("last fraction at day", float(FRACTIONS[-1]), "; physical dose", float(N * D), "Gy")
    for name, ab in (("tumour", AB_TUMOUR), ("late", AB_LATE)):
        print(f"{name}: alpha/beta = {ab} Gy, BED = {bed(N, ab)} = {float(bed(N, ab))!r} Gy, EQD2 = {eqd2(N, ab)} = {float(eqd2(N, ab))!r} Gy")


if __name__ == "__main__":
    main()
