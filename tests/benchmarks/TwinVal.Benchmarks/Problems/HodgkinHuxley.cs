using TwinVal.Numerics;

namespace TwinVal.Benchmarks.Problems;

/// <summary>
/// Hodgkin–Huxley squid axon (Hodgkin &amp; Huxley 1952, J. Physiol. 117:500, doi:10.1113/jphysiol.1952.sp004764) in the
/// modern −65 mV convention (gNa 120, gK 36, gL 0.3 mS/cm²; ENa 50, EK −77, EL −54.387 mV; Cm 1 µF/cm²) with a constant
/// 10 µA/cm² stimulus, so it fires repetitively. State (V [mV], m, h, n), time in ms. The same equations are in
/// cvode/problems.h and workprecision.py; change all three together.
/// </summary>
/// <remarks>
/// The analytic Jacobian (derived by hand; the same formulas are in cvode/problems.h and workprecision.py) gives every
/// implicit method the exact ∂f/∂y, as on ROBER and VDPOL. The rates α_m and α_n have removable singularities at
/// V = −40 and −55 mV (x/(1 − e^(−x/10)) at x = 0); their derivatives use the Bernoulli series there.
/// </remarks>
public struct HodgkinHuxley : IOdeJacobian
{
    /// <summary>Stimulus current density [µA/cm²]: above the ≈ 6.3 µA/cm² onset of repetitive firing.</summary>
    public const double Stimulus = 10.0;

    /// <summary>Resting-state initial values (V, m, h, n) of the −65 mV convention.</summary>
    public static readonly double[] InitialState = [-65.0, 0.05293248525724958, 0.5961207535084603, 0.3176769140606974];

    /// <inheritdoc/>
    public readonly int Dimension => 4;

    /// <inheritdoc/>
    public readonly void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var v = y[0];
        var m = y[1];
        var h = y[2];
        var n = y[3];

        // No guards on exp: far-out trial stages give ∞/NaN, which the integrators reject (benchmarks.md pitfall).
        var am = 0.1 * Trap(v + 40.0);
        var bm = 4.0 * Math.Exp(-(v + 65.0) / 18.0);
        var ah = 0.07 * Math.Exp(-(v + 65.0) / 20.0);
        var bh = 1.0 / (1.0 + Math.Exp(-(v + 35.0) / 10.0));
        var an = 0.01 * Trap(v + 55.0);
        var bn = 0.125 * Math.Exp(-(v + 65.0) / 80.0);
        var m3h = m * m * m * h;
        var n4 = n * n * n * n;
        var current = (120.0 * m3h * (v - 50.0)) + (36.0 * n4 * (v + 77.0)) + (0.3 * (v + 54.387));
        dydt[0] = Stimulus - current;
        dydt[1] = (am * (1.0 - m)) - (bm * m);
        dydt[2] = (ah * (1.0 - h)) - (bh * h);
        dydt[3] = (an * (1.0 - n)) - (bn * n);
    }

    /// <inheritdoc/>
    public readonly void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt)
    {
        var v = y[0];
        var m = y[1];
        var h = y[2];
        var n = y[3];
        var am = 0.1 * Trap(v + 40.0);
        var bm = 4.0 * Math.Exp(-(v + 65.0) / 18.0);
        var ah = 0.07 * Math.Exp(-(v + 65.0) / 20.0);
        var bh = 1.0 / (1.0 + Math.Exp(-(v + 35.0) / 10.0));
        var an = 0.01 * Trap(v + 55.0);
        var bn = 0.125 * Math.Exp(-(v + 65.0) / 80.0);

        // d/dV of each rate: the exponentials differentiate to themselves over their scale, the logistic β_h to
        // β_h(1 − β_h)/10, the two traps by TrapSlope.
        var dam = 0.1 * TrapSlope(v + 40.0);
        var dbm = -bm / 18.0;
        var dah = -ah / 20.0;
        var dbh = bh * (1.0 - bh) / 10.0;
        var dan = 0.01 * TrapSlope(v + 55.0);
        var dbn = -bn / 80.0;
        var m2 = m * m;
        var n3 = n * n * n;
        dfdy[0] = -((120.0 * m2 * m * h) + (36.0 * n3 * n) + 0.3);
        dfdy[1] = -360.0 * m2 * h * (v - 50.0);
        dfdy[2] = -120.0 * m2 * m * (v - 50.0);
        dfdy[3] = -144.0 * n3 * (v + 77.0);
        dfdy[4] = (dam * (1.0 - m)) - (dbm * m);
        dfdy[5] = -(am + bm);
        dfdy[6] = 0.0;
        dfdy[7] = 0.0;
        dfdy[8] = (dah * (1.0 - h)) - (dbh * h);
        dfdy[9] = 0.0;
        dfdy[10] = -(ah + bh);
        dfdy[11] = 0.0;
        dfdy[12] = (dan * (1.0 - n)) - (dbn * n);
        dfdy[13] = 0.0;
        dfdy[14] = 0.0;
        dfdy[15] = -(an + bn);
        dfdt.Clear();
    }

    /// <inheritdoc/>
    public readonly void BeginSegment(double segmentStart, double segmentEnd)
    {
    }

    /// <summary>x / (1 − e^(−x/10)), continued by its limit 10 + x/2 where the quotient is 0/0 to round-off.</summary>
    private static double Trap(double x) => Math.Abs(x) < 1e-6 ? 10.0 + (0.5 * x) : x / (1.0 - Math.Exp(-x / 10.0));

    /// <summary>
    /// d/dx [x / (1 − e^(−z))], z = x/10: (1/D)(1 − z·E/D) with E = e^(−z), D = 1 − E. Near z = 0 both terms cancel
    /// (relative error ≈ 4u/z², from the rounding of D), so for |z| &lt; 0.05 the Bernoulli series
    /// 1/2 + z/6 − z³/180 + z⁵/5040 is used instead (z/(1 − e^(−z)) = 1 + z/2 + z²/12 − z⁴/720 + z⁶/30240 − …; the first
    /// omitted term z⁷/151200 &lt; 10⁻¹⁴ there, and the closed form errs by ≈ 4·10⁻¹³ at the switch). E/D is written
    /// 1/(1/E − 1) so that it stays finite (−1 or 0) when E overflows or underflows far from the physiological range.
    /// </summary>
    internal static double TrapSlope(double x)
    {
        var z = x / 10.0;
        if (Math.Abs(z) < 0.05)
        {
            var z2 = z * z;
            return 0.5 + (z * ((1.0 / 6.0) + (z2 * ((-1.0 / 180.0) + (z2 / 5040.0)))));
        }

        var e = Math.Exp(-z);
        var ratio = 1.0 / ((1.0 / e) - 1.0);
        return (1.0 - (z * ratio)) / (1.0 - e);
    }
}
