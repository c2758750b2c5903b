#!/usr/bin/env python3
"""Reference data of case glioma-hgg-velocity: the published range of the radial expansion velocity of untreated
glioblastomas (high-grade gliomas) in the proliferation-invasion literature.

Cancers 2017, 9(5):51, doi:10.3390/cancers9050051, abstract ("A Feasibility Study of Personalized Prescription Schemes
for Glioblastoma Patients Using a Proliferation and Invasion Glioma Model"): virtual glioblastomas moving at 0.029
(slow), 0.079 (average) and 0.13 (fast) mm/day. Converted with the Julian year (365.25 days, the harness's `year`):
10.59, 28.85 and 47.48 mm/year. The table carries the centre of the slow-fast range at the judged times; the acceptance
tolerance carries its half-width (main() prints both).

Corroboration, not used in the numbers: Swanson, Bridge, Murray & Alvord 2003, J. Neurol. Sci. 216:1-10 (abstract):
expansion velocity "about 3 mm/month" for high-grade gliomas, i.e. about 36.5 mm/year, inside the range.

Python 3 standard library only. Running it rewrites reference.csv byte-identically and prints its sha256.
"""
import hashlib
import os

DAYS_PER_YEAR = 365.25              # Julian year, the harness's unit `year`
SLOW = 0.029 * DAYS_PER_YEAR        # mm/year, Cancers 2017 9:51, abstract ("slow-move")
FAST = 0.13 * DAYS_PER_YEAR         # mm/year, same ("fast-move")
CENTRE = round((SLOW + FAST) / 2, 4)
HALF_WIDTH = round((FAST - SLOW) / 2, 4)
DAYS = [990.0, 1050.0, 1110.0]      # judged window: T1-Gd radius 17-30 mm (see provenance.md)


def main():
    rows = ["time [day],speed_t1 [mm/year],speed_t2 [mm/year]"] + [f"{t!r},{CENTRE!r},{CENTRE!r}" for t in DAYS]
    data = ("\n".join(rows) + "\n").encode("utf-8")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.csv"), "wb") as f:
        f.write(data)
    print(f"range {SLOW:.4f}-{FAST:.4f} mm/year, centre {CENTRE} mm/year, half-width {HALF_WIDTH} mm/year")
    print(hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
