"""ten Tusscher-Panfilov 2006 epicardial myocyte, written for the reference scripts of TwinVal's cardiology cases.

Model: ten Tusscher & Panfilov 2006, Am J Physiol Heart Circ Physiol 291:H1088, doi:10.1152/ajpheart.00109.2006
(appendix; currents of ten Tusscher et al. 2004, doi:10.1152/ajpheart.00794.2003), epicardial I_to and I_Ks,
rapid-buffering form of the calcium equations as in the published CellML. Units mV, ms, mM, pA/pF.
Written independently of the C# solver: one function returning the full derivative, for floats (single cell)
or NumPy arrays (every node of a tissue at once).
"""
import numpy as np

RTF = 8314.472 * 310.0 / 96485.3415
FARADAY = 96485.3415
CAP, V_C, V_SR, V_SS = 0.185, 0.016404, 0.001094, 0.00005468
K_O, NA_O, CA_O = 5.4, 140.0, 2.0

# Initial state of the published CellML (epicardial), order used throughout the scripts.
NAMES = ["V", "K_i", "Na_i", "Ca_i", "Ca_ss", "Ca_sr", "R_bar", "m", "h", "j", "x_r1", "x_r2", "x_s", "r", "s",
         "d", "f", "f2", "f_Cass"]
Y0 = [-85.23, 136.89, 8.604, 0.000126, 0.00036, 3.64, 0.9073, 0.00172, 0.7444, 0.7045, 0.00621, 0.4712, 0.0095,
      2.42e-8, 0.999998, 3.373e-5, 0.7888, 0.9755, 0.9953]


def sig(z):
    return 1.0 / (1.0 + np.exp(z))


def rhs(y, stim):
    """dy/dt; stim is the depolarising stimulus (pA/pF), carried by K+."""
    V, Ki, Nai, Cai, Cass, Casr, Rb, m, h, j, xr1, xr2, xs, r, s, d, f, f2, fc = y
    EK = RTF * np.log(K_O / Ki)
    ENa = RTF * np.log(NA_O / Nai)
    EKs = RTF * np.log((K_O + 0.03 * NA_O) / (Ki + 0.03 * Nai))
    ECa = 0.5 * RTF * np.log(CA_O / Cai)
    INa = 14.838 * m ** 3 * h * j * (V - ENa)
    u = 2.0 * (V - 15.0) / RTF
    with np.errstate(divide="ignore", invalid="ignore"):
        ghk = np.where(u == 0.0, 1.0, u / np.expm1(u))
    ICaL = 3.98e-5 * d * f * f2 * fc * 2.0 * FARADAY * ghk * (0.25 * Cass * np.exp(u) - CA_O)
    Ito = 0.294 * r * s * (V - EK)
    IKr = 0.153 * np.sqrt(K_O / 5.4) * xr1 * xr2 * (V - EK)
    IKs = 0.392 * xs ** 2 * (V - EKs)
    a1 = 0.1 / (1.0 + np.exp(0.06 * (V - EK - 200.0)))
    b1 = (3.0 * np.exp(0.0002 * (V - EK + 100.0)) + np.exp(0.1 * (V - EK - 10.0))) / (1.0 + np.exp(-0.5 * (V - EK)))
    IK1 = 5.405 * np.sqrt(K_O / 5.4) * a1 / (a1 + b1) * (V - EK)
    INaCa = 1000.0 * (np.exp(0.35 * V / RTF) * Nai ** 3 * CA_O - np.exp(-0.65 * V / RTF) * NA_O ** 3 * Cai * 2.5) / (
        (87.5 ** 3 + NA_O ** 3) * (1.38 + CA_O) * (1.0 + 0.1 * np.exp(-0.65 * V / RTF)))
    INaK = 2.724 * K_O / (K_O + 1.0) * Nai / (Nai + 40.0) / (1.0 + 0.1245 * np.exp(-0.1 * V / RTF) + 0.0353 * np.exp(-V / RTF))
    IpCa = 0.1238 * Cai / (Cai + 0.0005)
    IpK = 0.0146 * (V - EK) / (1.0 + np.exp((25.0 - V) / 5.98))
    IbNa = 0.00029 * (V - ENa)
    IbCa = 0.000592 * (V - ECa)
    dV = -(INa + ICaL + Ito + IKr + IKs + IK1 + INaCa + INaK + IpCa + IpK + IbNa + IbCa) + stim
    dKi = -(IK1 + Ito + IKr + IKs + IpK - stim - 2.0 * INaK) * CAP / (V_C * FARADAY)
    dNai = -(INa + IbNa + 3.0 * INaK + 3.0 * INaCa) * CAP / (V_C * FARADAY)

    kcasr = 2.5 - 1.5 / (1.0 + (1.5 / Casr) ** 2)
    k1, k2 = 0.15 / kcasr, 0.045 * kcasr
    O = k1 * Cass ** 2 * Rb / (0.06 + k1 * Cass ** 2)
    dRb = -k2 * Cass * Rb + 0.005 * (1.0 - Rb)
    Irel = 0.102 * O * (Casr - Cass)
    Iup = 0.006375 / (1.0 + 0.00025 ** 2 / Cai ** 2)
    Ileak = 0.00036 * (Casr - Cai)
    Ixfer = 0.0038 * (Cass - Cai)
    dCai = (Ileak - Iup) * V_SR / V_C + Ixfer - (IbCa + IpCa - 2.0 * INaCa) * CAP / (2.0 * V_C * FARADAY)
    dCai /= 1.0 + 0.2 * 0.001 / (Cai + 0.001) ** 2
    dCasr = (Iup - Irel - Ileak) / (1.0 + 10.0 * 0.3 / (Casr + 0.3) ** 2)
    dCass = (-ICaL * CAP / (2.0 * V_SS * FARADAY) + Irel * V_SR / V_SS - Ixfer * V_C / V_SS)
    dCass /= 1.0 + 0.4 * 0.00025 / (Cass + 0.00025) ** 2

    gates = gate_kinetics(V, Cass)
    return [dV, dKi, dNai, dCai, dCass, dCasr, dRb] + [(inf - g) / tau for g, (inf, tau) in zip((m, h, j, xr1, xr2, xs, r, s, d, f, f2, fc), gates)]


def gate_kinetics(V, Cass):
    """(steady state, time constant in ms) of the twelve gates m, h, j, xr1, xr2, xs, r, s, d, f, f2, fCass."""
    minf = sig((-56.86 - V) / 9.03) ** 2
    tm = sig((-60.0 - V) / 5.0) * (0.1 * sig((V + 35.0) / 5.0) + 0.1 * sig((V - 50.0) / 200.0))
    hinf = sig((V + 71.55) / 7.43) ** 2
    hi = V >= -40.0
    ah = np.where(hi, 0.0, 0.057 * np.exp(-(80.0 + V) / 6.8))
    bh = np.where(hi, 0.77 / (0.13 * (1.0 + np.exp(-(V + 10.66) / 11.1))), 2.7 * np.exp(0.079 * V) + 3.1e5 * np.exp(0.3485 * V))
    aj = np.where(hi, 0.0, (-2.5428e4 * np.exp(0.2444 * V) - 6.948e-6 * np.exp(-0.04391 * V)) * (V + 37.78)
                  / (1.0 + np.exp(0.311 * (V + 79.23))))
    bj = np.where(hi, 0.6 * np.exp(0.057 * V) / (1.0 + np.exp(-0.1 * (V + 32.0))),
                  0.02424 * np.exp(-0.01052 * V) / (1.0 + np.exp(-0.1378 * (V + 40.14))))
    return [
        (minf, tm),
        (hinf, 1.0 / (ah + bh)),
        (hinf, 1.0 / (aj + bj)),
        (sig((-26.0 - V) / 7.0), 450.0 * sig((-45.0 - V) / 10.0) * 6.0 * sig((V + 30.0) / 11.5)),
        (sig((V + 88.0) / 24.0), 3.0 * sig((-60.0 - V) / 20.0) * 1.12 * sig((V - 60.0) / 20.0)),
        (sig((-5.0 - V) / 14.0), 1400.0 / np.sqrt(1.0 + np.exp((5.0 - V) / 6.0)) * sig((V - 35.0) / 15.0) + 80.0),
        (sig((20.0 - V) / 6.0), 9.5 * np.exp(-(V + 40.0) ** 2 / 1800.0) + 0.8),
        (sig((V + 20.0) / 5.0), 85.0 * np.exp(-(V + 45.0) ** 2 / 320.0) + 5.0 * sig((V - 20.0) / 5.0) + 3.0),
        (sig((-8.0 - V) / 7.5),
         (1.4 * sig((-35.0 - V) / 13.0) + 0.25) * 1.4 * sig((V + 5.0) / 5.0) + sig((50.0 - V) / 20.0)),
        (sig((V + 20.0) / 7.0), 1102.5 * np.exp(-(V + 27.0) ** 2 / 225.0) + 200.0 * sig((13.0 - V) / 10.0)
         + 180.0 * sig((V + 30.0) / 10.0) + 20.0),
        (0.67 * sig((V + 35.0) / 7.0) + 0.33, 562.0 * np.exp(-(V + 27.0) ** 2 / 240.0) + 31.0 * sig((25.0 - V) / 10.0)
         + 80.0 * sig((V + 30.0) / 10.0)),
        (0.6 / (1.0 + (Cass / 0.05) ** 2) + 0.4, 80.0 / (1.0 + (Cass / 0.05) ** 2) + 2.0),
    ]
