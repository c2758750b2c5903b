#!/usr/bin/env python3
"""TwinVal external-protocol example wrapping SciPy, the numerical stack many partners really use.

Models and units are those of the standard-library example (../python/solver.py, imported from there so both examples
read input.json identically); the integration is SciPy's solve_ivp with DOP853, the 8th-order Dormand-Prince method
(Hairer, Nørsett & Wanner 1993, Solving Ordinary Differential Equations I, 2nd ed., Springer,
doi:10.1007/978-3-540-78862-1, section II.10). Each jump-free segment is integrated separately, so no step straddles
an input discontinuity, with rtol 1e-12 and an absolute tolerance 1e-12 of the state's initial scale: six orders of
magnitude below the bundled cases' tolerances.

Requires the Debian package python3-scipy (run with /usr/bin/python3).
Usage: solver.py INPUT_JSON OUTDIR | --version
"""
import json
import os
import sys

# Importing the sibling example must not leave a __pycache__ in the repository (or in any solver folder).
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))
from solver import ProtocolError, UNIT_TO_SI, model, si  # noqa: E402  (the stdlib example's reader)

VERSION = "1.0.0"
RTOL = 1e-12


def solve(request):
    from scipy.integrate import solve_ivp

    name, f, y, _tau, jumps = model(request)
    outputs = request["outputs"]
    time_factor = UNIT_TO_SI[outputs["timeUnit"]]
    variable = outputs["variables"][0]
    if variable["name"] != name or len(outputs["variables"]) != 1:
        raise ProtocolError(f"this solver reports exactly the state '{name}'")
    out_factor = UNIT_TO_SI[variable["unit"]]
    times = [t * time_factor for t in outputs["sampleTimes"]]
    t = si(request["protocol"]["startTime"])
    atol = RTOL * max(abs(y), 1e-300)
    breaks = sorted({j for j in jumps if t < j < times[-1]} | set(times))
    values = {}
    for end in breaks:
        if end > t:
            mid = 0.5 * (t + end)
            result = solve_ivp(lambda s, v, m=mid: [f(s, m, v[0])], (t, end), [y], method="DOP853", rtol=RTOL, atol=atol)
            if not result.success:
                raise ProtocolError(f"solve_ivp failed between {t} and {end} s: {result.message}")
            y, t = result.y[0][-1], end
        values[end] = y
    return outputs["timeUnit"], name, variable["unit"], [(s / time_factor, values[s] / out_factor) for s in times]


def main(argv):
    if len(argv) == 2 and argv[1] == "--version":
        print(VERSION)
        return 0
    if len(argv) != 3:
        print("usage: solver.py INPUT_JSON OUTDIR | --version", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        request = json.load(handle)
    try:
        time_unit, name, unit, rows = solve(request)
    except (ProtocolError, KeyError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    with open(os.path.join(argv[2], "output.csv"), "w", encoding="utf-8", newline="\n") as out:
        out.write(f"time [{time_unit}],{name} [{unit}]\n")
        for t, v in rows:
            out.write(f"{t!r},{float(v)!r}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
