#!/usr/bin/env python3
"""Reference data of case fisher-kpp-front-speed: the Bramson-corrected speed of a Fisher-KPP front.

For u_t = D u_xx + rho u (1 - u) with compactly supported initial data, any level set of u moves as
    X(t) = 2 sqrt(D rho) t - (3/2) sqrt(D/rho) ln(rho t) + const + O(t^-1/2)
(Bramson 1983, Mem. Amer. Math. Soc. 44(285), doi:10.1090/memo/0285; the universal expansion of the velocity,
v(t) = 2 sqrt(D rho) [1 - 3/(4 rho t) + (3/4) sqrt(pi) (rho t)^-3/2 + O((rho t)^-2)], is the central result (abstract, section 1) of Ebert & van Saarloos
2000, Physica D 146:1, doi:10.1016/S0167-2789(00)00068-3, in units D = rho = 1).
The solver reports the centred difference quotient (X(t + w/2) - X(t - w/2)) / w; the reference is the same quotient of
the asymptote without its t^-1/2 and higher terms, in which the unknown constant cancels. The omitted terms set the
tolerance (see provenance.md and the second column printed by this script).

Units: t in days, X in mm, speeds in mm/day. Python 3 standard library only. Running it rewrites reference.csv
byte-identically and prints its sha256.
"""
import hashlib
import math
import os

D = 1.0        # mm^2/day, case.yaml parameters.D
RHO = 1.0      # 1/day, case.yaml parameters.rho
W = 2.0        # day, case.yaml parameters.speed_window
TIMES = [20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0]


def position(t):
    """Bramson asymptote without its constant, mm."""
    return 2.0 * math.sqrt(D * RHO) * t - 1.5 * math.sqrt(D / RHO) * math.log(RHO * t)


def speed(t):
    """Centred difference quotient of the asymptote over the window, mm/day."""
    return (position(t + W / 2) - position(t - W / 2)) / W


def next_term(t):
    """Size of the first omitted universal term of the velocity, (3/2) sqrt(pi) sqrt(D rho) (rho t)^-3/2, mm/day."""
    return 1.5 * math.sqrt(math.pi) * math.sqrt(D * RHO) * (RHO * t) ** -1.5


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [day],speed_t1 [mm/day],speed_t2 [mm/day]"]
    for t in TIMES:
        v = speed(t)
        lines.append(f"{t!r},{v!r},{v!r}")
        print(f"t={t:6.1f}  v_ref={v:.6f}  omitted t^-3/2 term={next_term(t):.6f}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
