#!/usr/bin/env python3
"""Reference data of case gompertz-virtual-cohort: a virtual cohort of Gompertz tumours.

Model (Benzekry et al. 2014, PLoS Comput Biol 10:e1003800, doi:10.1371/journal.pcbi.1003800, eq. 4, autonomous form):
dV/dt = beta*V*ln(K/V), V(0) = V0, with the closed form V(t) = V0*exp(ln(K/V0)*g(t)), g(t) = 1 - exp(-beta*t).

Cohort: beta ~ lognormal(median BETA_MED, sigma-log S_BETA) and K ~ lognormal(median K_MED, sigma-log S_K), independent.
With V0 = 1 mm^3, ln V(t) = g(t)*ln K. Given beta, ln K is normal, so ln V(t) is normal with mean g*m_K and sd g*s_K and
    E[V^k | beta] = exp(k*g*m_K + k^2*g^2*s_K^2/2)       (log-normal moments, exact)
    P(V(t) >= c | beta) = 1 - Phi((ln c / g - m_K) / s_K)  (exact)
The remaining one-dimensional expectation over beta = BETA_MED*exp(S_BETA*z), z ~ N(0, 1), is a Gaussian integral of a
smooth function, done by the trapezoidal rule on z in [-12, 12] with 24001 nodes (spectrally accurate for such
integrands; the truncated tails weigh < 1e-32). The script also reports a plain Monte Carlo estimate with 400 000
draws (Python's Mersenne Twister, seed 20261125) as an independent cross-check of the quadrature.

It writes reference.csv: the closed-form trajectory of the master run (beta and K at their medians, as declared in
case.yaml) on t = i/2 days, and prints its sha256 and the ensemble expectations that case.yaml declares.

Units: t in days, V and K in mm^3, beta in 1/day. Python 3 standard library only.
"""
import hashlib
import math
import os
import random

BETA_MED = 0.0792   # 1/day, case.yaml parameters.beta and ensemble.sample.beta.median
S_BETA = 0.15       # sigma-log of beta, ensemble.sample.beta.sigma-log
K_MED = 11850.0     # mm^3, case.yaml parameters.K and ensemble.sample.K.median
S_K = 0.3           # sigma-log of K, ensemble.sample.K.sigma-log
V0 = 1.0            # mm^3, case.yaml initial-state.V
END = 30.0          # day, protocol end time
THRESHOLD = 5000.0  # mm^3, fraction check threshold
MOMENT_TIMES = (15.0, 30.0)
NODES = 24001
Z_MAX = 12.0


def volume(t, beta, k):
    """V(t) in mm^3 for t in days."""
    return V0 * math.exp(math.log(k / V0) * -math.expm1(-beta * t))


def phi(z):
    return math.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)


def upper_tail(z):
    return 0.5 * math.erfc(z / math.sqrt(2.0))


def expect(f):
    """E[f(beta)] for beta = BETA_MED*exp(S_BETA*z), z standard normal (trapezoidal rule)."""
    h = 2.0 * Z_MAX / (NODES - 1)
    total = 0.0
    for i in range(NODES):
        z = -Z_MAX + i * h
        w = 0.5 if i in (0, NODES - 1) else 1.0
        total += w * phi(z) * f(BETA_MED * math.exp(S_BETA * z))
    return total * h


def moments(t):
    """Mean, sd and excess kurtosis of V(t) over the cohort (V0 = 1 mm^3, so ln V = g*ln K)."""
    m_k = math.log(K_MED)
    raw = [expect(lambda b, k=k: math.exp(k * (-math.expm1(-b * t)) * m_k + 0.5 * (k * (-math.expm1(-b * t)) * S_K) ** 2)) for k in range(1, 5)]
    mean = raw[0]
    var = raw[1] - mean ** 2
    m4 = raw[3] - 4 * mean * raw[2] + 6 * mean ** 2 * raw[1] - 3 * mean ** 4
    return mean, math.sqrt(var), m4 / var ** 2 - 3.0


def fraction(t, c):
    """P(V(t) >= c) over the cohort; V increases in time while V < K, so this is P(first crossing of c by t)."""
    m_k = math.log(K_MED)
    return expect(lambda b: upper_tail((math.log(c / V0) / -math.expm1(-b * t) - m_k) / S_K))


def monte_carlo(draws=400_000, seed=20261125):
    rng = random.Random(seed)
    v15, v30, hits = [], [], 0
    for _ in range(draws):
        b = BETA_MED * math.exp(S_BETA * rng.gauss(0.0, 1.0))
        k = K_MED * math.exp(S_K * rng.gauss(0.0, 1.0))
        v15.append(volume(15.0, b, k))
        v30.append(volume(30.0, b, k))
        hits += volume(END, b, k) >= THRESHOLD
    def ms(xs):
        m = sum(xs) / len(xs)
        return m, math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))
    return ms(v15), ms(v30), hits / draws


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "reference.csv")
    lines = ["time [day],V [mm^3]"]
    for i in range(int(2 * END) + 1):
        t = i / 2
        lines.append(f"{t!r},{volume(t, BETA_MED, K_MED)!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(path, "rb") as f:
        print("reference.csv sha256", hashlib.sha256(f.read()).hexdigest())
    for t in MOMENT_TIMES:
        mean, sd, kurt = moments(t)
        print(f"V({t:g} day): mean {mean:.6g} mm^3, sd {sd:.6g} mm^3, excess kurtosis {kurt:.4g}, "
              f"Y sd ~ sqrt(1 + kurt/2) = {math.sqrt(1 + kurt / 2):.3g}")
    print(f"P(V({END:g} day) >= {THRESHOLD:g} mm^3) = {fraction(END, THRESHOLD):.6f}")
    (m15, s15), (m30, s30), p = monte_carlo()
    print(f"Monte Carlo 400000: V(15) {m15:.6g} +- {s15:.6g}; V(30) {m30:.6g} +- {s30:.6g}; fraction {p:.6f}")


if __name__ == "__main__":
    main()
