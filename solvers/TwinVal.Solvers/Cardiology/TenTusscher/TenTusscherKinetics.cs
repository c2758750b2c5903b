using static TwinVal.Solvers.Cardiology.TenTusscher.TenTusscherConstants;
using S = TwinVal.Solvers.Cardiology.TenTusscher.TenTusscherState;

namespace TwinVal.Solvers.Cardiology.TenTusscher;

/// <summary>
/// The right-hand side of the ten Tusscher–Panfilov 2006 epicardial myocyte (ten Tusscher &amp; Panfilov 2006,
/// Am. J. Physiol. Heart Circ. Physiol. 291:H1088, doi:10.1152/ajpheart.00109.2006, appendix; currents and gates as in
/// ten Tusscher et al. 2004, doi:10.1152/ajpheart.00794.2003, with the 2006 changes: subspace calcium, the four-state
/// RyR reduced to R̄, f2 and fCass gates of I_CaL). One code path serves the single cell and every tissue node: it
/// writes the derivative of the six non-gate components and y∞, τ of the thirteen gated ones (R̄ included: its
/// equation is linear in R̄ with coefficients set by the other components).
/// </summary>
/// <remarks>
/// Calcium buffering uses the rapid-equilibrium factors of the published CellML (free concentration as the state), and
/// the L-type current's Goldman–Hodgkin–Katz factor is written with x/expm1(x), which is exact through its removable
/// singularity at V = 15 mV.
/// </remarks>
internal static class TenTusscherKinetics
{
    /// <summary>
    /// Writes the time derivative of V, Kᵢ, Naᵢ, Caᵢ, Ca_ss, Ca_sr into <paramref name="rate"/> and y∞, τ (ms) of the
    /// gated components into <paramref name="steady"/> and <paramref name="tau"/>; other entries are left as they were.
    /// </summary>
    /// <param name="y">State (19 components, see <see cref="TenTusscherState"/>).</param>
    /// <param name="bath">Extracellular concentrations.</param>
    /// <param name="stimulus">Depolarising stimulus current density, pA/pF (carried by K⁺, as in the published CellML).</param>
    /// <param name="rate">Derivatives of the non-gate components.</param>
    /// <param name="steady">Steady states of the gated components.</param>
    /// <param name="tau">Time constants of the gated components, ms.</param>
    public static void Evaluate(
        ReadOnlySpan<double> y, in TenTusscherExtracellular bath, double stimulus, Span<double> rate, Span<double> steady, Span<double> tau)
    {
        var v = y[S.V];
        var (ki, nai, cai, cass, casr) = (y[S.Ki], y[S.Nai], y[S.Cai], y[S.CaSs], y[S.CaSr]);
        var ek = RtOverF * Math.Log(bath.Ko / ki);
        var ena = RtOverF * Math.Log(bath.Nao / nai);
        var eks = RtOverF * Math.Log((bath.Ko + (PKNa * bath.Nao)) / (ki + (PKNa * nai)));
        var eca = 0.5 * RtOverF * Math.Log(bath.Cao / cai);
        var sqrtKo = Math.Sqrt(bath.Ko / 5.4);

        var iNa = GNa * y[S.M] * y[S.M] * y[S.M] * y[S.H] * y[S.J] * (v - ena);
        var x = 2 * (v - 15) / RtOverF;
        var ghk = Math.Abs(x) < 1e-9 ? 1.0 - (0.5 * x) : x / double.ExpM1(x);
        var iCaL = GCaL * y[S.D] * y[S.F] * y[S.F2] * y[S.FCass] * 2 * Faraday * ghk * ((0.25 * cass * Math.Exp(x)) - bath.Cao);
        var iTo = Gto * y[S.R] * y[S.S] * (v - ek);
        var iKr = GKr * sqrtKo * y[S.Xr1] * y[S.Xr2] * (v - ek);
        var iKs = GKs * y[S.Xs] * y[S.Xs] * (v - eks);
        var aK1 = 0.1 / (1 + Math.Exp(0.06 * (v - ek - 200)));
        var bK1 = ((3 * Math.Exp(0.0002 * (v - ek + 100))) + Math.Exp(0.1 * (v - ek - 10))) / (1 + Math.Exp(-0.5 * (v - ek)));
        var iK1 = GK1 * sqrtKo * (aK1 / (aK1 + bK1)) * (v - ek);
        var eForward = Math.Exp(Gamma * v / RtOverF);
        var eBackward = Math.Exp((Gamma - 1) * v / RtOverF);
        var iNaCa = KNaCa * ((eForward * nai * nai * nai * bath.Cao) - (eBackward * bath.Nao * bath.Nao * bath.Nao * cai * Alpha))
            / (((KmNai * KmNai * KmNai) + (bath.Nao * bath.Nao * bath.Nao)) * (KmCa + bath.Cao) * (1 + (KSat * eBackward)));
        var iNaK = PNaK * bath.Ko * nai
            / ((bath.Ko + KmK) * (nai + KmNa) * (1 + (0.1245 * Math.Exp(-0.1 * v / RtOverF)) + (0.0353 * Math.Exp(-v / RtOverF))));
        var iPCa = GpCa * cai / (KpCa + cai);
        var iPK = GpK * (v - ek) / (1 + Math.Exp((25 - v) / 5.98));
        var iBNa = GbNa * (v - ena);
        var iBCa = GbCa * (v - eca);

        rate[S.V] = stimulus - (iNa + iCaL + iTo + iKr + iKs + iK1 + iNaCa + iNaK + iPCa + iPK + iBNa + iBCa);
        rate[S.Ki] = -(iK1 + iTo + iKr + iKs + iPK - stimulus - (2 * iNaK)) * Capacitance / (Vc * Faraday);
        rate[S.Nai] = -(iNa + iBNa + (3 * iNaK) + (3 * iNaCa)) * Capacitance / (Vc * Faraday);
        Calcium(y, iCaL, iBCa + iPCa - (2 * iNaCa), rate, steady, tau);
        Gates(v, cass, steady, tau);
    }

    private static void Calcium(ReadOnlySpan<double> y, double iCaL, double iCaMembrane, Span<double> rate, Span<double> steady, Span<double> tau)
    {
        var (cai, cass, casr, rbar) = (y[S.Cai], y[S.CaSs], y[S.CaSr], y[S.RBar]);
        var kCaSr = MaxSr - ((MaxSr - MinSr) / (1 + ((Ec / casr) * (Ec / casr))));
        var k1 = K1Prime / kCaSr;
        var k2 = K2Prime * kCaSr;
        var open = k1 * cass * cass * rbar / (K3 + (k1 * cass * cass));
        var iRel = VRel * open * (casr - cass);
        var iUp = VmaxUp / (1 + (KUp * KUp / (cai * cai)));
        var iLeak = VLeak * (casr - cai);
        var iXfer = VXfer * (cass - cai);
        var bufC = 1 / (1 + (BufC * KBufC / ((cai + KBufC) * (cai + KBufC))));
        var bufSr = 1 / (1 + (BufSr * KBufSr / ((casr + KBufSr) * (casr + KBufSr))));
        var bufSs = 1 / (1 + (BufSs * KBufSs / ((cass + KBufSs) * (cass + KBufSs))));
        rate[S.Cai] = bufC * ((((iLeak - iUp) * Vsr) / Vc) + iXfer - (iCaMembrane * Capacitance / (2 * Vc * Faraday)));
        rate[S.CaSr] = bufSr * (iUp - iRel - iLeak);
        rate[S.CaSs] = bufSs * ((-iCaL * Capacitance / (2 * Vss * Faraday)) + (iRel * Vsr / Vss) - (iXfer * Vc / Vss));

        // dR̄/dt = k4·(1 − R̄) − k2·Ca_ss·R̄ = (R̄∞ − R̄)/τ with τ = 1/(k2·Ca_ss + k4), R̄∞ = k4·τ.
        var r = 1 / ((k2 * cass) + K4);
        tau[S.RBar] = r;
        steady[S.RBar] = K4 * r;
    }

    private static void Gates(double v, double cass, Span<double> steady, Span<double> tau)
    {
        var mInf = 1 / (1 + Math.Exp((-56.86 - v) / 9.03));
        steady[S.M] = mInf * mInf;
        tau[S.M] = (1 / (1 + Math.Exp((-60 - v) / 5))) * ((0.1 / (1 + Math.Exp((v + 35) / 5))) + (0.1 / (1 + Math.Exp((v - 50) / 200))));

        var hInf = 1 / (1 + Math.Exp((v + 71.55) / 7.43));
        steady[S.H] = hInf * hInf;
        steady[S.J] = hInf * hInf;
        double aH, bH, aJ, bJ;
        if (v >= -40)
        {
            (aH, bH) = (0.0, 0.77 / (0.13 * (1 + Math.Exp(-(v + 10.66) / 11.1))));
            (aJ, bJ) = (0.0, 0.6 * Math.Exp(0.057 * v) / (1 + Math.Exp(-0.1 * (v + 32))));
        }
        else
        {
            (aH, bH) = (0.057 * Math.Exp(-(v + 80) / 6.8), (2.7 * Math.Exp(0.079 * v)) + (3.1e5 * Math.Exp(0.3485 * v)));
            aJ = ((-2.5428e4 * Math.Exp(0.2444 * v)) - (6.948e-6 * Math.Exp(-0.04391 * v))) * (v + 37.78) / (1 + Math.Exp(0.311 * (v + 79.23)));
            bJ = 0.02424 * Math.Exp(-0.01052 * v) / (1 + Math.Exp(-0.1378 * (v + 40.14)));
        }

        tau[S.H] = 1 / (aH + bH);
        tau[S.J] = 1 / (aJ + bJ);

        steady[S.Xr1] = 1 / (1 + Math.Exp((-26 - v) / 7));
        tau[S.Xr1] = 450 / (1 + Math.Exp((-45 - v) / 10)) * (6 / (1 + Math.Exp((v + 30) / 11.5)));
        steady[S.Xr2] = 1 / (1 + Math.Exp((v + 88) / 24));
        tau[S.Xr2] = 3 / (1 + Math.Exp((-60 - v) / 20)) * (1.12 / (1 + Math.Exp((v - 60) / 20)));
        steady[S.Xs] = 1 / (1 + Math.Exp((-5 - v) / 14));
        tau[S.Xs] = (1400 / Math.Sqrt(1 + Math.Exp((5 - v) / 6)) * (1 / (1 + Math.Exp((v - 35) / 15)))) + 80;

        // Epicardial I_to gates.
        steady[S.R] = 1 / (1 + Math.Exp((20 - v) / 6));
        tau[S.R] = (9.5 * Math.Exp(-(v + 40) * (v + 40) / 1800)) + 0.8;
        steady[S.S] = 1 / (1 + Math.Exp((v + 20) / 5));
        tau[S.S] = (85 * Math.Exp(-(v + 45) * (v + 45) / 320)) + (5 / (1 + Math.Exp((v - 20) / 5))) + 3;

        steady[S.D] = 1 / (1 + Math.Exp((-8 - v) / 7.5));
        tau[S.D] = ((1.4 / (1 + Math.Exp((-35 - v) / 13))) + 0.25) * (1.4 / (1 + Math.Exp((v + 5) / 5))) + (1 / (1 + Math.Exp((50 - v) / 20)));
        steady[S.F] = 1 / (1 + Math.Exp((v + 20) / 7));
        tau[S.F] = (1102.5 * Math.Exp(-(v + 27) * (v + 27) / 225)) + (200 / (1 + Math.Exp((13 - v) / 10))) + (180 / (1 + Math.Exp((v + 30) / 10))) + 20;
        steady[S.F2] = (0.67 / (1 + Math.Exp((v + 35) / 7))) + 0.33;
        tau[S.F2] = (562 * Math.Exp(-(v + 27) * (v + 27) / 240)) + (31 / (1 + Math.Exp((25 - v) / 10))) + (80 / (1 + Math.Exp((v + 30) / 10)));
        var c = (cass / 0.05) * (cass / 0.05);
        steady[S.FCass] = (0.6 / (1 + c)) + 0.4;
        tau[S.FCass] = (80 / (1 + c)) + 2;
    }
}
