#!/usr/bin/env python3
"""Input table and reference data of case wk2-tabulated-aortic-flow (Python standard library only).

aortic-flow.csv: one beat (T = 1 s) of a synthetic aortic flow waveform, a half-sine ejection of stroke volume
SV = 70 mL over systole T_s = 0.3 s (peak pi*SV/(2*T_s) = 366.5 mL/s) and no flow in diastole, tabulated at
uneven times (every 25 ms in systole, three rows in diastole) and rounded to 6 significant digits. Those rounded rows
*are* the input: the case declares linear interpolation between them, periodic with T = 1 s.

reference.csv: the exact solution of the two-element Windkessel C*dP/dt = Q(t) - P/R (Westerhof et al. 2009,
doi:10.1007/s11517-008-0359-2) for that piecewise-linear Q, R = 1 mmHg*s/mL, C = 1.5 mL/mmHg, P(0) = 80 mmHg. On a
piece Q = a + b*s (s = t - t0) with tau = R*C the solution is P = R*(a + b*s) - R*b*tau + (P0 - R*a + R*b*tau)*e^(-s/tau),
a closed form evaluated piece by piece (class analytic; no time stepping). Samples every 10 ms to 6 s.
"""
import hashlib
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
R, C, P0, T, TS, SV = 1.0, 1.5, 80.0, 1.0, 0.3, 70.0
TAU = R * C


def table():
    peak = math.pi * SV / (2.0 * TS)
    systole = [i * 0.025 for i in range(13)]                  # 0 ... 0.3 s
    rows = [(t, float("%.6g" % (peak * math.sin(math.pi * t / TS)))) for t in systole]
    rows[-1] = (TS, 0.0)                                      # sin(pi) rounds to 1e-14, not 0
    rows[0] = (0.0, 0.0)
    rows += [(0.5, 0.0), (0.8, 0.0), (T, 0.0)]
    return rows


def flow_pieces(rows, end):
    """Linear pieces (t0, t1, a, b) of the periodic table up to time end."""
    pieces, k = [], 0
    while k * T < end:
        for (ta, qa), (tb, qb) in zip(rows, rows[1:]):
            t0, t1 = k * T + ta, k * T + tb
            if t0 >= end:
                break
            pieces.append((t0, t1, qa, (qb - qa) / (tb - ta)))
        k += 1
    return pieces


def pressure(pieces, times):
    out, p0, i = [], P0, 0
    for t in times:
        while pieces[i][1] < t:                               # advance P to the start of the piece holding t
            t0, t1, a, b = pieces[i]
            p0 = segment(p0, a, b, t1 - t0)
            i += 1
        t0, _, a, b = pieces[i]
        out.append(segment(p0, a, b, t - t0))
    return out


def segment(p0, a, b, s):
    return R * (a + b * s) - R * b * TAU + (p0 - R * a + R * b * TAU) * math.exp(-s / TAU)


def main():
    rows = table()
    flow = os.path.join(HERE, "aortic-flow.csv")
    with open(flow, "w", newline="\n") as fh:
        fh.write("time [s],Q_in [mL/s]\n")
        for t, q in rows:
            fh.write("%s,%s\n" % (repr(round(t, 10)), repr(q)))
    # Read back exactly what was written: the file is the input.
    with open(flow) as fh:
        rows = [tuple(float(x) for x in line.split(",")) for line in fh.read().splitlines()[1:]]
    times = [round(i * 0.01, 10) for i in range(601)]
    p = pressure(flow_pieces(rows, 6.0), times)
    out = os.path.join(HERE, "reference.csv")
    with open(out, "w", newline="\n") as fh:
        fh.write("time [s],P [mmHg]\n")
        for t, v in zip(times, p):
            fh.write("%s,%s\n" % (repr(t), repr(v)))
    stroke = sum((tb - ta) * (qa + qb) / 2 for (ta, qa), (tb, qb) in zip(rows, rows[1:]))
    print("stroke volume of the table %.6f mL" % stroke)
    print("P(6 s) %.9f, max %.9f, min %.9f" % (p[-1], max(p), min(p)))
    for path in (flow, out):
        print(os.path.basename(path), hashlib.sha256(open(path, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
