#!/usr/bin/env python3
"""Reference data of case glioma-lgg-velocity: the clinical range of the radial expansion velocity of untreated
WHO grade II gliomas.

Mandonnet et al. 2003, Ann. Neurol. 53:524-528, doi:10.1002/ana.10528 (abstract): the mean tumour diameter of 27
untreated grade II oligodendrogliomas and mixed gliomas grew linearly at 4.1 mm/year on average (95% confidence interval
3.8-4.4 mm/year). A radius grows at half the diametric rate: 2.05 mm/year, range 1.9-2.2 mm/year. The table carries
the centre of that range at the judged times; the acceptance tolerance (0.15 mm/year) carries its half-width.

Python 3 standard library only. Running it rewrites reference.csv byte-identically and prints its sha256.
"""
import hashlib
import os

DIAMETRIC_MEAN = 4.1               # mm/year, Mandonnet et al. 2003, abstract
RADIAL = DIAMETRIC_MEAN / 2        # mm/year
YEARS = [24.0, 26.0, 28.0, 30.0]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [year],speed_t2 [mm/year]"] + [f"{t!r},{RADIAL!r}" for t in YEARS]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
