#!/usr/bin/env python3
"""TwinVal external-protocol example solver, Python standard library only.

Models (same equations as TwinVal's built-in solvers):
  windkessel2       C dP/dt = Q_in(t) - P/R
                    Westerhof, Lankhaar & Westerhof 2009, Med. Biol. Eng. Comput. 47:131-141,
                    doi:10.1007/s11517-008-0359-2, eq. 2.
  passive-membrane  C_m dV/dt = -(V - E_L)/R_m + I_stim(t)
                    Koch 1999, Biophysics of Computation, ch. 1, doi:10.1093/oso/9780195104912.001.0001.
  gompertz          dV/dt = beta V ln(K/V)
                    Benzekry et al. 2014, PLoS Comput. Biol. 10:e1003800, doi:10.1371/journal.pcbi.1003800, eq. 4.

Method: classical fourth-order Runge-Kutta (Kutta 1901) with fixed steps. Every sample interval is split into
equal substeps no longer than MAX_STEP_FRACTION of the model's time constant, and the integration restarts exactly
at every input discontinuity, so no step straddles a jump (a jump inside a step would cost RK4 its order).

Usage: solver.py INPUT_JSON OUTDIR     (writes OUTDIR/output.csv)
       solver.py --version
"""
import bisect
import json
import math
import os
import sys

VERSION = "1.0.0"

# RK4's local error scales as (h/tau)^5: h = tau/400 gives ~1e-13 relative error per step, far below the bundled
# cases' tolerances (rtol 1e-7), while keeping a run well under a second in CPython.
MAX_STEP_FRACTION = 1.0 / 400.0

# SI factor of each unit symbol the bundled cases use; a unit outside this table is refused, never guessed.
UNIT_TO_SI = {
    "s": 1.0, "ms": 1e-3, "min": 60.0, "h": 3600.0, "day": 86400.0,
    "mmHg": 133.322387415, "Pa": 1.0, "kPa": 1e3,
    "mL": 1e-6, "L": 1e-3, "mm^3": 1e-9, "cm^3": 1e-6,
    "mL/s": 1e-6, "L/min": 1e-3 / 60.0,
    "mmHg*s/mL": 133.322387415 / 1e-6, "mL/mmHg": 1e-6 / 133.322387415,
    "mV": 1e-3, "V": 1.0,
    "µF/cm^2": 1e-6 / 1e-4, "uF/cm^2": 1e-6 / 1e-4,
    "kΩ*cm^2": 1e3 * 1e-4, "kohm*cm^2": 1e3 * 1e-4,
    "µA/cm^2": 1e-6 / 1e-4, "uA/cm^2": 1e-6 / 1e-4,
    "1/day": 1.0 / 86400.0, "1/s": 1.0, "Hz": 1.0, "1": 1.0,
}


class ProtocolError(Exception):
    """An input this solver cannot honour; reported on stderr with exit code 2."""


def si(quantity):
    unit = quantity["unit"]
    if unit not in UNIT_TO_SI:
        raise ProtocolError(f"unit '{unit}' is not in this solver's unit table")
    return quantity["value"] * UNIT_TO_SI[unit]


def named(items, name, what):
    for item in items:
        if item["name"] == name:
            return si(item["quantity"])
    raise ProtocolError(f"missing {what} '{name}'")


def input_signal(request, name):
    """(value(t, mid), list of jump times) in SI for a protocol input; zero when absent.

    Piecewise-constant inputs (step, pulse) are evaluated at `mid`, the midpoint of the current integration segment,
    which never contains a jump: a stage evaluated exactly at a jump then takes the value of its own side."""
    for signal in request["protocol"]["inputs"]:
        if signal["name"] != name:
            continue
        factor = UNIT_TO_SI.get(signal["unit"])
        if factor is None:
            raise ProtocolError(f"unit '{signal['unit']}' of input '{name}' is not in this solver's unit table")
        kind = signal["kind"]
        if kind == "constant":
            return (lambda t, mid, v=signal["value"] * factor: v), []
        if kind == "step":
            onset = si(signal["onset"])
            before, after = signal["before"] * factor, signal["after"] * factor
            return (lambda t, mid: before if mid < onset else after), [onset]
        if kind == "pulse":
            onset, duration = si(signal["onset"]), si(signal["duration"])
            base, amp = signal["baseline"] * factor, signal["amplitude"] * factor
            period = si(signal["period"]) if signal.get("period") else None
            count = signal.get("count")

            def pulse(t, mid):
                t = mid
                if t < onset:
                    return base
                since = t - onset
                if period is not None:
                    index = math.floor(since / period)
                    if count is not None and index >= count:
                        return base
                    since -= index * period
                return base + amp if since < duration else base

            jumps = [onset, onset + duration]
            if period is not None:
                n = count if count is not None else 10000
                jumps = [onset + i * period + d for i in range(n) for d in (0.0, duration)]
            return pulse, jumps
        if kind == "sine":
            mean, amp = signal["mean"] * factor, signal["amplitude"] * factor
            freq, phase = si(signal["frequency"]), signal["phaseRadians"]
            return (lambda t, mid: mean + amp * math.sin(2 * math.pi * freq * t + phase)), []
        if kind == "fourier":
            mean, hz = signal["mean"] * factor, signal["fundamentalHertz"]
            terms = [(k + 1, h["amplitude"] * factor, h["phaseRadians"]) for k, h in enumerate(signal["harmonics"])]
            return (lambda t, mid: mean + sum(a * math.sin(2 * math.pi * k * hz * t + p) for k, a, p in terms)), []
        if kind == "tabulated":
            return tabulated(request, signal, factor)
        raise ProtocolError(f"input kind '{kind}' is not supported")
    return (lambda t, mid: 0.0), []


def tabulated(request, signal, factor):
    """Linear interpolation of the table (repeated with period t_last - t_first when periodic). Every row time is a
    segment boundary, so RK4 never steps across a kink; `mid` picks the row interval, `t` the point on its line."""
    times, values = signal["timesSeconds"], [v * factor for v in signal["values"]]
    first, period = times[0], times[-1] - times[0]
    end = si(request["protocol"]["endTime"])

    def value(t, mid):
        shift = math.floor((mid - first) / period) * period if signal.get("periodic") else 0.0
        tau = t - shift
        k = max(0, min(len(times) - 2, bisect.bisect_right(times, mid - shift) - 1))
        w = (tau - times[k]) / (times[k + 1] - times[k])
        return values[k] + w * (values[k + 1] - values[k])

    repeats = math.ceil((end - first) / period) + 1 if signal.get("periodic") else 1
    return value, [first + r * period + x - first for r in range(repeats) for x in times]


def model(request):
    """(state name, rhs(t, mid, y) in SI, y0 in SI, time constant in s, jump times in s)."""
    model_id = request["model"]["id"]
    params, initial = request["parameters"], request["initialState"]
    if model_id == "windkessel2":
        r, c = named(params, "R", "parameter"), named(params, "C", "parameter")
        q, jumps = input_signal(request, "Q_in")
        return "P", (lambda t, mid, p: (q(t, mid) - p / r) / c), named(initial, "P", "initial value"), r * c, jumps
    if model_id == "passive-membrane":
        cm, rm, el = (named(params, n, "parameter") for n in ("C_m", "R_m", "E_L"))
        i, jumps = input_signal(request, "I_stim")
        return "V", (lambda t, mid, v: (-(v - el) / rm + i(t, mid)) / cm), named(initial, "V", "initial value"), rm * cm, jumps
    if model_id == "gompertz":
        beta, k = named(params, "beta", "parameter"), named(params, "K", "parameter")
        v0 = named(initial, "V", "initial value")
        # The fastest rate is at the smallest volume: beta·ln(K/V0) per unit time.
        rate = beta * max(1.0, math.log(k / v0))
        return "V", (lambda t, mid, v: beta * v * math.log(k / v)), v0, 1.0 / rate, []
    raise ProtocolError(f"model '{model_id}' is not implemented")


def step_limit(numerics, tau):
    # A case may prescribe the method and step (solution-verification ladders); honour them or refuse, never ignore.
    method = numerics.get("method")
    if method not in (None, "rk4"):
        raise ProtocolError(f"numerics.method '{method}' is not implemented; this solver implements 'rk4'")
    fixed = numerics.get("fixedStep")
    if method == "rk4" and fixed is None:
        raise ProtocolError("numerics.method 'rk4' needs numerics.fixedStep")
    return si(fixed) if fixed is not None else tau * MAX_STEP_FRACTION


def rk4(f, t0, t1, y, h_max):
    n = max(1, math.ceil((t1 - t0) / h_max))
    h = (t1 - t0) / n
    mid = 0.5 * (t0 + t1)
    for i in range(n):
        t = t0 + i * h
        k1 = f(t, mid, y)
        k2 = f(t + h / 2, mid, y + h / 2 * k1)
        k3 = f(t + h / 2, mid, y + h / 2 * k2)
        k4 = f(t + h, mid, y + h * k3)
        y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
    return y


def solve(request):
    name, f, y, tau, jumps = model(request)
    outputs = request["outputs"]
    time_factor = UNIT_TO_SI.get(outputs["timeUnit"])
    if time_factor is None:
        raise ProtocolError(f"time unit '{outputs['timeUnit']}' is not in this solver's unit table")
    variable = next((v for v in outputs["variables"] if v["name"] == name), None)
    if variable is None or len(outputs["variables"]) != 1:
        raise ProtocolError(f"this solver reports exactly the state '{name}'")
    out_factor = UNIT_TO_SI.get(variable["unit"])
    if out_factor is None:
        raise ProtocolError(f"output unit '{variable['unit']}' is not in this solver's unit table")
    times = [t * time_factor for t in outputs["sampleTimes"]]
    start = si(request["protocol"]["startTime"])
    h_max = step_limit(request.get("numerics") or {}, tau)
    rows, t = [], start
    for sample in times:
        # Restart exactly at each jump between the current time and the next sample.
        for jump in sorted(j for j in jumps if t < j < sample):
            y = rk4(f, t, jump, y, h_max)
            t = jump
        if sample > t:
            y = rk4(f, t, sample, y, h_max)
            t = sample
        rows.append((sample / time_factor, y / out_factor))
    return f"time [{outputs['timeUnit']}]", f"{name} [{variable['unit']}]", rows


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
        time_header, value_header, rows = solve(request)
    except ProtocolError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    with open(os.path.join(argv[2], "output.csv"), "w", encoding="utf-8", newline="\n") as out:
        out.write(f"{time_header},{value_header}\n")
        for t, v in rows:
            out.write(f"{t!r},{v!r}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
