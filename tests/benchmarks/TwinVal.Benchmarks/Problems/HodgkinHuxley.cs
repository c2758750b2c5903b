using TwinVal.Numerics;

namespace TwinVal.Benchmarks.Problems;

/// <summary>
/// Hodgkin–Huxley squid axon (Hodgkin &amp; Huxley 1952, J. Physiol. 117:500, doi:10.1113/jphysiol.1952.sp004764) in the
/// modern −65 mV convention (gNa 120, gK 36, gL 0.3 mS/cm²; ENa 50, EK −77, EL −54.387 mV; Cm 1 µF/cm²) with a constant
/// 10 µA/cm² stimulus, so it fires repetitively. State (V [mV], m, h, n), time in ms. The same equations are in
/// cvode/problems.h and workprecision.py; change all three together.
/// </summary>
public struct HodgkinHuxley : IOdeSystem
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
    public readonly void BeginSegment(double segmentStart, double segmentEnd)
    {
    }

    /// <summary>x / (1 − e^(−x/10)), continued by its limit 10 + x/2 where the quotient is 0/0 to round-off.</summary>
    private static double Trap(double x) => Math.Abs(x) < 1e-6 ? 10.0 + (0.5 * x) : x / (1.0 - Math.Exp(-x / 10.0));
}
