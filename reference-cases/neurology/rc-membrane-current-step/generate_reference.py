#!/usr/bin/env python3
"""Reference data of case rc-membrane-current-step: the closed form of a passive RC membrane under a current pulse.

C_m*dV/dt = -(V - E_L)/R_m + I_stim(t), V(0) = E_L, I_stim = I for onset <= t < onset + duration and 0 otherwise.
With tau = R_m*C_m and the steady-state shift dV = I*R_m the solution is piecewise (Koch 1999, Biophysics of
Computation, ch. 1, doi:10.1093/oso/9780195104912.001.0001; derivation in provenance.md):
  t <= t_on:          V = E_L
  t_on <= t <= t_off: V = E_L + dV*(1 - exp(-(t - t_on)/tau))
  t >= t_off:         V = E_L + dV*(1 - exp(-(t_off - t_on)/tau))*exp(-(t - t_off)/tau)

Units: t in ms, V in mV, C_m in uF/cm^2, R_m in kOhm*cm^2 (so tau = R_m*C_m is in ms), I in uA/cm^2 (I*R_m in mV).
The grid t = i/10 ms contains both switch times (10 ms and 60 ms) exactly as rows.

Python 3 standard library only. Running it rewrites reference.csv byte-identically and prints its sha256.
"""
import hashlib
import math
import os

E_L = -65.0       # mV, case.yaml parameters.E_L and initial-state.V
C_M = 1.0         # uF/cm^2, case.yaml parameters.C_m
R_M = 10.0        # kOhm*cm^2, case.yaml parameters.R_m
I_AMP = 1.0       # uA/cm^2, case.yaml protocol.inputs I_stim amplitude
T_ON = 10.0       # ms, pulse onset
T_OFF = 60.0      # ms, onset + duration (50 ms)
ROWS = 1000       # 0..100 ms every 0.1 ms


def potential(t):
    """V(t) in mV for t in ms."""
    tau = R_M * C_M
    shift = I_AMP * R_M
    if t <= T_ON:
        return E_L
    if t <= T_OFF:
        return E_L + shift * (1.0 - math.exp(-(t - T_ON) / tau))
    return E_L + shift * (1.0 - math.exp(-(T_OFF - T_ON) / tau)) * math.exp(-(t - T_OFF) / tau)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [ms],V [mV]"]
    for i in range(ROWS + 1):
        t = i / 10
        lines.append(f"{t!r},{potential(t)!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
