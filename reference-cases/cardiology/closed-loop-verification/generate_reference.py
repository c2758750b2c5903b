#!/usr/bin/env python3
"""High-resolution reference of case closed-loop-verification (class high-resolution).

Model: the 0-D closed-loop circulation of Regazzoni et al. 2022, J. Comput. Phys. 457:111083,
doi:10.1016/j.jcp.2022.111083 (four time-varying-elastance chambers, non-ideal diode valves, systemic and pulmonary
R-C-L compartments), parameters and initial state as in case.yaml (the healthy patient's periodic state).

Method (different from the solver under test, which takes adaptive Dormand-Prince 5(4) steps straight through every
kink): SciPy solve_ivp DOP853 at rtol = atol = 1e-12, restarted at every point where the right-hand side loses
smoothness, so that each piece is smooth: the phase boundaries of every chamber's activation (t_C, t_C + T_C,
t_C + T_C + T_R modulo the period: the activation's second derivative jumps there), and every change of sign of a
valve's pressure difference (located as a terminal event; the valve law switches resistance there). Cross-checked
against Radau at rtol = atol = 1e-10 without restarts; the script prints the largest difference.

Writes reference.csv: the second beat (1 s to 2 s) every 2 ms, columns p_LV, p_AR_SYS [mmHg] and V_LV [mL].
Needs Debian's python3-scipy (/usr/bin/python3).
"""
import math
import numpy as np
from scipy.integrate import solve_ivp

CH = {  # E_A, E_B, V0, t_C, T_C, T_R
    "LA": (0.07, 0.09, 4.0, 0.8, 0.17, 0.17), "LV": (2.75, 0.08, 5.0, 0.0, 0.34, 0.17),
    "RA": (0.06, 0.07, 4.0, 0.8, 0.17, 0.17), "RV": (0.55, 0.05, 10.0, 0.0, 0.34, 0.17)}
RMIN, RMAX, T = 0.0075, 75006.2, 1.0
SYS = (0.8, 1.2, 5e-3, 0.26, 60.0, 5e-4)       # R_AR, C_AR, L_AR, R_VEN, C_VEN, L_VEN
PUL = (0.1625, 10.0, 5e-4, 0.1625, 16.0, 5e-4)
Y0 = [74.13336190059121, 136.0542816820631, 70.8117676460121, 164.63274944730261, 76.84788871672309,
      29.513859992520512, 34.727017547020516, 23.06553736518815, 59.5551115376073, 81.11878383376771,
      71.89649266814793, 74.78891419446461]
END = 2.0
TIMES = np.round(np.linspace(1.0, END, 501), 12)


def activation(t, c):
    _, _, _, tc, TC, TR = CH[c]
    x = (t - tc) % T
    if x < TC:
        return 0.5 * (1 - math.cos(math.pi * x / TC))
    x = (t - tc - TC) % T
    return 0.5 * (1 + math.cos(math.pi * x / TR)) if x < TR else 0.0


def pressure(t, c, v):
    ea, eb, v0 = CH[c][:3]
    return (eb + ea * activation(t, c)) * (v - v0)


def drops(t, y):
    pla, plv, pra, prv = (pressure(t, c, y[i]) for i, c in enumerate(["LA", "LV", "RA", "RV"]))
    return [pla - plv, plv - y[4], pra - prv, prv - y[6]], (pla, plv, pra, prv)


def rhs_with(open_valves):
    def rhs(t, y):
        (d_mv, d_av, d_tv, d_pv), (pla, _, pra, _) = drops(t, y)
        q = [d / (RMIN if o else RMAX) for d, o in zip((d_mv, d_av, d_tv, d_pv), open_valves)]
        return valve_rhs(y, q, pla, pra)
    return rhs


def rhs_plain(t, y):
    d, (pla, _, pra, _) = drops(t, y)
    return valve_rhs(y, [x / (RMIN if x > 0 else RMAX) for x in d], pla, pra)


def valve_rhs(y, q, pla, pra):
    qmv, qav, qtv, qpv = q
    ras, cas, las, rvs, cvs, lvs = SYS
    rap, cap, lap, rvp, cvp, lvp = PUL
    return [y[11] - qmv, qmv - qav, y[9] - qtv, qtv - qpv,
            (qav - y[8]) / cas, (y[8] - y[9]) / cvs, (qpv - y[10]) / cap, (y[10] - y[11]) / cvp,
            (y[4] - y[5] - ras * y[8]) / las, (y[5] - pra - rvs * y[9]) / lvs,
            (y[6] - y[7] - rap * y[10]) / lap, (y[7] - pla - rvp * y[11]) / lvp]


def breakpoints():
    points = set()
    for beat in range(int(END / T) + 1):
        for _, _, _, tc, TC, TR in CH.values():
            for s in (tc, tc + TC, tc + TC + TR):
                t = beat * T + (s % T)
                if 0 < t < END:
                    points.add(round(t, 12))
    return sorted(points) + [END]


def solve_restarted():
    y, t0 = np.array(Y0), 0.0
    pieces = []
    for t1 in breakpoints():
        while t0 < t1:
            open_valves = [d > 0 for d in drops(t0, y)[0]]

            def make(i):
                f = lambda t, s: drops(t, s)[0][i]
                f.terminal, f.direction = True, (-1 if open_valves[i] else 1)
                return f
            sol = solve_ivp(rhs_with(open_valves), (t0, t1), y, method="DOP853", rtol=1e-12, atol=1e-12,
                            events=[make(i) for i in range(4)], dense_output=True)
            pieces.append((t0, sol.t[-1], sol.sol))
            y, t0 = sol.y[:, -1], sol.t[-1]
            if sol.status == 1 and t0 < t1:
                # Step just past the switch so the next piece starts on the new side of the kink.
                t_next = min(t1, t0 + 1e-12)
                y = y + (t_next - t0) * np.array(rhs_plain(t0, y))
                t0 = t_next
    return pieces


def sample(pieces):
    out = np.empty((len(TIMES), 12))
    for i, t in enumerate(TIMES):
        for a, b, f in pieces:
            if a <= t <= b:
                out[i] = f(t)
                break
    return out


def columns(states):
    p_lv = [pressure(t, "LV", s[1]) for t, s in zip(TIMES, states)]
    return np.column_stack([p_lv, states[:, 4], states[:, 1]])


if __name__ == "__main__":
    ref = columns(sample(solve_restarted()))
    radau = solve_ivp(rhs_plain, (0.0, END), Y0, method="Radau", rtol=1e-10, atol=1e-10, t_eval=TIMES)
    check = columns(radau.y.T)
    print("max |restarted DOP853 - Radau|: p_LV %.3e, p_AR_SYS %.3e mmHg, V_LV %.3e mL"
          % tuple(np.max(np.abs(ref - check), axis=0)))
    with open("reference.csv", "w") as f:
        f.write("time [s],p_LV [mmHg],p_AR_SYS [mmHg],V_LV [mL]\n")
        for t, row in zip(TIMES, ref):
            f.write("%r,%r,%r,%r\n" % (float(t), *map(float, row)))
