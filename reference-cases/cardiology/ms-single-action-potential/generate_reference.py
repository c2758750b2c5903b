#!/usr/bin/env python3
"""Reference action potential of the Mitchell-Schaeffer cell (class high-resolution).

Model: Mitchell & Schaeffer 2003, Bull. Math. Biol. 65:767-793, doi:10.1016/S0092-8240(03)00041-7, eqs. 2-4:
dv/dt = h v^2 (1 - v)/tau_in - v/tau_out + J_stim(t); dh/dt = (1 - h)/tau_open if v < v_gate else -h/tau_close.
Parameters of the paper's section 2 (tau_in 0.3, tau_out 6, tau_open 120, tau_close 150 ms, v_gate 0.13). Stimulus
J_stim = 0.3/ms for 1 ms from t = 10 ms. Method: SciPy solve_ivp DOP853 at rtol = atol = 1e-12, restarted at both
stimulus edges and at every crossing of v_gate (located as an event), so each piece has a smooth right-hand side;
cross-checked with Radau at the same tolerance on the same pieces. Writes reference.csv (t every 0.5 ms to 500 ms) and
prints the cross-check difference and the APD estimate. Needs Debian's python3-scipy (/usr/bin/python3).
"""
import numpy as np
from scipy.integrate import solve_ivp

TAU_IN, TAU_OUT, TAU_OPEN, TAU_CLOSE, V_GATE = 0.3, 6.0, 120.0, 150.0, 0.13
ONSET, DURATION, AMPLITUDE, END = 10.0, 1.0, 0.3, 500.0
TIMES = np.linspace(0.0, END, 1001)


def solve(method):
    edges = [0.0, ONSET, ONSET + DURATION, END]
    y = np.array([0.0, 1.0])
    out = np.empty((len(TIMES), 2))
    out[0] = y
    opening = True  # the gate's branch: v < v_gate; flipped at every located crossing
    for k in range(3):
        t0, t1 = edges[k], edges[k + 1]
        stim = AMPLITUDE if k == 1 else 0.0
        while t0 < t1:
            def rhs(t, s, opening=opening):
                v, h = s
                dh = (1 - h) / TAU_OPEN if opening else -h / TAU_CLOSE
                return [h * v * v * (1 - v) / TAU_IN - v / TAU_OUT + stim, dh]

            def cross(t, s):
                return s[0] - V_GATE
            cross.terminal = True
            cross.direction = 1 if opening else -1
            inside = TIMES[(TIMES > t0) & (TIMES <= t1)]
            sol = solve_ivp(rhs, (t0, t1), y, method=method, rtol=1e-12, atol=1e-12, events=cross,
                            dense_output=True)
            t_stop = sol.t[-1]
            for t in inside[inside <= t_stop]:
                out[np.searchsorted(TIMES, t)] = sol.sol(t)
            y = sol.y[:, -1].copy()
            if sol.status == 1:
                y[0] = V_GATE  # exactly on the switch; the other branch starts here
                opening = not opening
            t0 = t_stop
    return out


if __name__ == "__main__":
    ref = solve("DOP853")
    check = solve("Radau")
    print("max |DOP853 - Radau|: v %.3e, h %.3e" % tuple(np.max(np.abs(ref - check), axis=0)))
    above = TIMES[ref[:, 0] >= V_GATE]
    print("v above v_gate from %.2f to %.2f ms (%.2f ms); tau_close*ln(tau_out/(4 tau_in)) = %.2f ms"
          % (above[0], above[-1], above[-1] - above[0], TAU_CLOSE * np.log(TAU_OUT / (4 * TAU_IN))))
    with open("reference.csv", "w") as f:
        f.write("time [ms],v [1],h [1]\n")
        for t, (v, h) in zip(TIMES, ref):
            f.write("%r,%r,%r\n" % (float(t), float(v), float(h)))
