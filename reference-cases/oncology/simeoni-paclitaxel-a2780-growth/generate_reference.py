#!/usr/bin/env python3
"""Reference data of case simeoni-paclitaxel-a2780-growth: untreated Simeoni growth with a published parameter set.

Without drug (C = 0) the Simeoni et al. 2004 model (Cancer Res. 64:1094, doi:10.1158/0008-5472.CAN-03-2524) reduces to
    dw/dt = lambda0 w / (1 + (lambda0 w / lambda1)^psi)^(1/psi),   w(0) = w0,
which separates: t(w) = integral from w0 to w of (1 + (lambda0 s / lambda1)^psi)^(1/psi) / (lambda0 s) ds.
With s = e^y the integrand is smooth; the integral is evaluated by composite Simpson on 8000 panels of y (error far
below 1e-12 relative), and w(t) at each sample time by Newton's method on t(w) = t (dt/dw is the integrand). This is
an exact integral representation evaluated by quadrature, independent of the ODE integrators under test.

The script also checks the two analytic limits the case judges: w(t) = w0 exp(lambda0 t) while lambda0 w / lambda1 is
small, and dw/dt = lambda1 when it is large.

Units: t in days, w in mm^3, lambda0 in 1/day, lambda1 in mm^3/day. Python 3 standard library only. Running it
rewrites reference.csv byte-identically and prints its sha256.
"""
import hashlib
import math
import os

LAMBDA0 = 0.273    # 1/day, Simeoni et al. 2004 table 2, paclitaxel experiment 1 (A2780)
LAMBDA1 = 814.0    # mm^3/day = 0.814 g/day at unit density, same table
PSI = 20.0         # fixed by Simeoni et al. 2004
W0 = 100.0         # mm^3, case.yaml initial-state.w
TIMES = [i / 2 for i in range(0, 41)]   # 0..20 days every 0.5 day
PANELS = 8000


def rate(w):
    return LAMBDA0 * w / (1 + (LAMBDA0 * w / LAMBDA1) ** PSI) ** (1 / PSI)


def time_to(w):
    """t(w) by composite Simpson in y = ln s."""
    a, b = math.log(W0), math.log(w)
    if b == a:
        return 0.0
    h = (b - a) / PANELS

    def g(y):
        s = math.exp(y)
        return s / rate(s)

    total = g(a) + g(b)
    for i in range(1, PANELS):
        total += (4 if i % 2 else 2) * g(a + i * h)
    return total * h / 3


def volume_at(t):
    if t == 0:
        return W0
    w = W0 * math.exp(LAMBDA0 * t) if t < 10 else LAMBDA1 / LAMBDA0 + LAMBDA1 * (t - 10)
    for _ in range(60):
        step = (time_to(w) - t) * rate(w)
        w -= step
        if abs(step) <= 1e-13 * w:
            break
    return w


def main():
    values = [volume_at(t) for t in TIMES]
    # The two limits: exponential to 1e-9 relative at day 5 (w ~ 390 mm^3, lambda0 w / lambda1 = 0.13), linear slope
    # lambda1 to 1e-6 relative between days 18 and 20 (lambda0 w / lambda1 > 3).
    assert abs(values[10] / (W0 * math.exp(LAMBDA0 * 5)) - 1) < 1e-9, values[10]
    slope = (values[40] - values[36]) / 2
    assert abs(slope / LAMBDA1 - 1) < 1e-6, slope
    print(f"w(5) = {values[10]!r} mm^3 (exponential limit {W0 * math.exp(LAMBDA0 * 5)!r})")
    print(f"slope days 18-20 = {slope!r} mm^3/day (lambda1 = {LAMBDA1})")
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [day],w [mm^3]"] + [f"{t!r},{w!r}" for t, w in zip(TIMES, values)]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
