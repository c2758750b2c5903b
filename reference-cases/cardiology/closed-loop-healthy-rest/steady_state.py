#!/usr/bin/env python3
"""Initial state near the periodic steady state of the closed-loop circulation (not golden data).

Model and parameters: Regazzoni et al. 2022, J. Comput. Phys. 457:111083, doi:10.1016/j.jcp.2022.111083 (0-D
circulation: time-varying elastance chambers, non-ideal diode valves, systemic and pulmonary R-C-L compartments), the
parameter set listed in case.yaml. Starting from the companion initial state (V_LA 65, V_LV 120, V_RA 65, V_RV 145 mL;
p_AR_SYS 80, p_VEN_SYS 30, p_AR_PUL 35, p_VEN_PUL 24 mmHg; flows 0), the script integrates BEATS heartbeats with the
classical fixed-step Runge-Kutta method (dt = 1e-4 s; a different integrator from the harness's adaptive
Dormand-Prince) and prints the final state, which case.yaml uses as its initial state, and per-beat indices of the last
beats so that the approach to the periodic state can be seen. The slowest mode is the systemic venous pool,
R_VEN_SYS*C_VEN_SYS = 15.6 s; 200 beats of 1 s are about 13 of its time constants.

Usage: python3 steady_state.py E_A_LV [BEATS]   (2.75 for the healthy case, 0.6 for the HFrEF case). Standard library only.
"""
import math
import sys

P = dict(
    EA_LA=0.07, EB_LA=0.09, TC_LA=0.17, TR_LA=0.17, tC_LA=0.8, V0_LA=4.0,
    EA_LV=2.75, EB_LV=0.08, TC_LV=0.34, TR_LV=0.17, tC_LV=0.0, V0_LV=5.0,
    EA_RA=0.06, EB_RA=0.07, TC_RA=0.17, TR_RA=0.17, tC_RA=0.8, V0_RA=4.0,
    EA_RV=0.55, EB_RV=0.05, TC_RV=0.34, TR_RV=0.17, tC_RV=0.0, V0_RV=10.0,
    Rmin=0.0075, Rmax=75006.2,
    RARS=0.8, CARS=1.2, LARS=5e-3, RVS=0.26, CVS=60.0, LVS=5e-4,
    RARP=0.1625, CARP=10.0, LARP=5e-4, RVP=0.1625, CVP=16.0, LVP=5e-4,
    T=1.0)


def activation(t, c):
    x = (t - P['tC_' + c]) % P['T']
    if x < P['TC_' + c]:
        return 0.5 * (1 - math.cos(math.pi * x / P['TC_' + c]))
    x = (t - P['tC_' + c] - P['TC_' + c]) % P['T']
    if x < P['TR_' + c]:
        return 0.5 * (1 + math.cos(math.pi * x / P['TR_' + c]))
    return 0.0


def pressure(t, c, v):
    return (P['EB_' + c] + P['EA_' + c] * activation(t, c)) * (v - P['V0_' + c])


def valve(p1, p2):
    return (p1 - p2) / (P['Rmin'] if p1 > p2 else P['Rmax'])


def rhs(t, y):
    vla, vlv, vra, vrv, pas, pvs, pap, pvp, qas, qvs, qap, qvp = y
    pla, plv = pressure(t, 'LA', vla), pressure(t, 'LV', vlv)
    pra, prv = pressure(t, 'RA', vra), pressure(t, 'RV', vrv)
    qmv, qav, qtv, qpv = valve(pla, plv), valve(plv, pas), valve(pra, prv), valve(prv, pap)
    return [qvp - qmv, qmv - qav, qvs - qtv, qtv - qpv,
            (qav - qas) / P['CARS'], (qas - qvs) / P['CVS'], (qpv - qap) / P['CARP'], (qap - qvp) / P['CVP'],
            (pas - pvs - P['RARS'] * qas) / P['LARS'], (pvs - pra - P['RVS'] * qvs) / P['LVS'],
            (pap - pvp - P['RARP'] * qap) / P['LARP'], (pvp - pla - P['RVP'] * qvp) / P['LVP']]


def main():
    P['EA_LV'] = float(sys.argv[1])
    beats = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    y = [65.0, 120.0, 65.0, 145.0, 80.0, 30.0, 35.0, 24.0, 0.0, 0.0, 0.0, 0.0]
    dt, steps = 1e-4, 10000
    for beat in range(beats):
        vlv, pas = [], []
        for k in range(steps):
            t = beat * P['T'] + k * dt
            k1 = rhs(t, y)
            k2 = rhs(t + dt / 2, [a + dt / 2 * b for a, b in zip(y, k1)])
            k3 = rhs(t + dt / 2, [a + dt / 2 * b for a, b in zip(y, k2)])
            k4 = rhs(t + dt, [a + dt * b for a, b in zip(y, k3)])
            y = [a + dt / 6 * (p + 2 * q + 2 * r + s) for a, p, q, r, s in zip(y, k1, k2, k3, k4)]
            vlv.append(y[1])
            pas.append(y[4])
        if beat >= beats - 3:
            edv, esv = max(vlv), min(vlv)
            print(f"beat {beat}: EDV {edv:.3f} mL, ESV {esv:.3f} mL, EF {(edv - esv) / edv:.4f}, "
                  f"SBP {max(pas):.3f} mmHg, DBP {min(pas):.3f} mmHg")
    names = ["V_LA", "V_LV", "V_RA", "V_RV", "p_AR_SYS", "p_VEN_SYS", "p_AR_PUL", "p_VEN_PUL",
             "Q_AR_SYS", "Q_VEN_SYS", "Q_AR_PUL", "Q_VEN_PUL"]
    for name, value in zip(names, y):
        print(f"{name} = {value!r}")


if __name__ == "__main__":
    main()
