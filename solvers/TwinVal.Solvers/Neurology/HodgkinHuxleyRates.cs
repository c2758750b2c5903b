namespace TwinVal.Solvers.Neurology;

/// <summary>
/// Opening (α) and closing (β) rates of the Hodgkin–Huxley gates in 1/ms, V in mV, in the modern convention with the
/// resting potential at −65 mV (Hodgkin &amp; Huxley 1952, J. Physiol. 117:500, doi:10.1113/jphysiol.1952.sp004764,
/// eqs. 12, 13, 20, 21, 23, 24, with their depolarisation v = −(V + 65); as in Gerstner et al. 2014, Neuronal Dynamics,
/// Table 2.1 and Dayan &amp; Abbott 2001, Theoretical Neuroscience, §5.5).
/// </summary>
/// <remarks>
/// Nothing here throws: at an absurd trial potential (|V| of thousands of mV, which an adaptive integrator can try
/// before it rejects the step) the exponentials overflow to ∞ and the rates become ∞ or NaN, which the integrator's
/// error test rejects.
/// </remarks>
internal static class HodgkinHuxleyRates
{
    /// <summary>α_m = 0.1·(V + 40)/(1 − exp(−(V + 40)/10)); removable singularity at V = −40 mV, where α_m = 1.</summary>
    public static double AlphaM(double v) => RelativeRate((v + 40.0) / 10.0);

    /// <summary>β_m = 4·exp(−(V + 65)/18).</summary>
    public static double BetaM(double v) => 4.0 * Math.Exp(-(v + 65.0) / 18.0);

    /// <summary>α_h = 0.07·exp(−(V + 65)/20).</summary>
    public static double AlphaH(double v) => 0.07 * Math.Exp(-(v + 65.0) / 20.0);

    /// <summary>β_h = 1/(1 + exp(−(V + 35)/10)).</summary>
    public static double BetaH(double v) => 1.0 / (1.0 + Math.Exp(-(v + 35.0) / 10.0));

    /// <summary>α_n = 0.01·(V + 55)/(1 − exp(−(V + 55)/10)); removable singularity at V = −55 mV, where α_n = 0.1.</summary>
    public static double AlphaN(double v) => 0.1 * RelativeRate((v + 55.0) / 10.0);

    /// <summary>β_n = 0.125·exp(−(V + 65)/80).</summary>
    public static double BetaN(double v) => 0.125 * Math.Exp(-(v + 65.0) / 80.0);

    /// <summary>
    /// x/(1 − e^(−x)), continuous through its removable singularity at x = 0 (value 1) and accurate to a few ulps for
    /// every x. Written directly, 1 − e^(−x) cancels catastrophically near 0 (relative error ≈ ε/|x|) and is 0/0 at 0;
    /// .NET's double.ExpM1 is computed as Exp(x) − 1 and cancels the same way, so it does not help. For |x| &lt; 1 the
    /// ratio is evaluated by Kahan's expm1 identity: with u = e^(−x) rounded, x/(1 − e^(−x)) = ln u/(u − 1), whose
    /// numerator and denominator are evaluated at the same rounded u, so u's rounding error cancels (the counterpart of
    /// the log1p identity of Goldberg 1991, ACM Comput. Surv. 23:5, doi:10.1145/103162.103163, Theorem 4); u = 1 only
    /// for |x| below ε/2, where the value is 1 to the last bit.
    /// For |x| ≥ 1 nothing cancels and the direct form is used; it overflows to x/−∞ = 0, the true limit, for x ≪ 0.
    /// </summary>
    public static double RelativeRate(double x)
    {
        if (!(Math.Abs(x) < 1.0))
        {
            return x / (1.0 - Math.Exp(-x));
        }

        var u = Math.Exp(-x);
        return u == 1.0 ? 1.0 : Math.Log(u) / (u - 1.0);
    }
}
