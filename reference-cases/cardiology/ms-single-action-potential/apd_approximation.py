#!/usr/bin/env python3
"""Error of the Mitchell-Schaeffer APD approximation (class: analytic approximation, not golden data).

Model: Mitchell & Schaeffer 2003, Bull. Math. Biol. 65:767-793, doi:10.1016/S0092-8240(03)00041-7. While v is above
v_gate the gate closes, h(t) = exp(-(t - t_up)/tau_close). The excited state is a fixed point of the fast equation
h v (1 - v)/tau_in = 1/tau_out, which has a real root only while h >= h_min = 4 tau_in/tau_out; in the singular limit
tau_in, tau_out << tau_close the action potential ends when h reaches h_min, after APD_max = tau_close ln(tau_out/(4
tau_in)) (the paper's estimate). The real duration is longer: the slow passage past the fold and the fall of v from
the fold (v = 1/2) to v_gate add time that vanishes only relative to tau_close as tau_close/tau_out grows.

This script measures that error with an independent high-resolution solve (SciPy DOP853, rtol = atol = 1e-12,
restarted at the stimulus edges and at each v_gate crossing, located as events, as generate_reference.py does) for the
case's parameters and for tau_close, tau_open scaled by 10 and 100, to show that the relative error shrinks as the
time scales separate. Needs Debian's python3-scipy (/usr/bin/python3).
"""
import math

import numpy as np
from scipy.integrate import solve_ivp

TAU_IN, TAU_OUT, V_GATE = 0.3, 6.0, 0.13
ONSET, DURATION, AMPLITUDE = 10.0, 1.0, 0.3


def crossings(tau_open, tau_close):
    """Times v rises through v_gate and falls back through it, located as events."""
    y, opening, t0, found = np.array([0.0, 1.0]), True, 0.0, []
    pieces = [(0.0, ONSET, 0.0), (ONSET, ONSET + DURATION, AMPLITUDE), (ONSET + DURATION, 20 * tau_close, 0.0)]
    for start, end, stim in pieces:
        t0 = start
        while t0 < end and len(found) < 2:
            def rhs(t, s, opening=opening, stim=stim):
                v, h = s
                dh = (1 - h) / tau_open if opening else -h / tau_close
                return [h * v * v * (1 - v) / TAU_IN - v / TAU_OUT + stim, dh]

            def cross(t, s):
                return s[0] - V_GATE
            cross.terminal = True
            cross.direction = 1 if opening else -1
            sol = solve_ivp(rhs, (t0, end), y, method="DOP853", rtol=1e-12, atol=1e-12, events=cross)
            y, t0 = sol.y[:, -1].copy(), sol.t[-1]
            if sol.status == 1:
                found.append(t0)
                y[0] = V_GATE
                opening = not opening
    return found


if __name__ == "__main__":
    for k in (1, 10, 100):
        tau_open, tau_close = 120.0 * k, 150.0 * k
        t_up, t_down = crossings(tau_open, tau_close)
        approx = tau_close * math.log(TAU_OUT / (4 * TAU_IN))
        print(f"tau_close {tau_close:7.0f} ms: upstroke {t_up:.4f} ms, repolarisation {t_down:.4f} ms, "
              f"APD {t_down - t_up:.4f} ms, estimate {approx:.4f} ms, error {t_down - t_up - approx:.4f} ms "
              f"({(t_down - t_up - approx) / approx * 100:.2f} %), from onset {t_down - ONSET - approx:.4f} ms")
