using TwinVal.Numerics;

namespace TwinVal.Benchmarks.Problems;

/// <summary>
/// Van der Pol's relaxation oscillator as a first-order system, y1′ = y2, y2′ = μ(1 − y1²)y2 − y1, with
/// μ = 1000, y(0) = (2, 0), t ∈ [0, 2000] (Hairer &amp; Wanner, Solving ODEs II, §IV.1, doi:10.1007/978-3-642-05221-7;
/// MATLAB's vdp1000): stiff on the slow branches, with fast jumps about every 1614 time units.
/// </summary>
public struct VanDerPol : IOdeJacobian
{
    /// <summary>Stiffness parameter μ.</summary>
    public const double Mu = 1000.0;

    /// <summary>Initial state.</summary>
    public static readonly double[] InitialState = [2.0, 0.0];

    /// <inheritdoc/>
    public readonly int Dimension => 2;

    /// <inheritdoc/>
    public readonly void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        dydt[0] = y[1];
        dydt[1] = (Mu * (1.0 - (y[0] * y[0])) * y[1]) - y[0];
    }

    /// <inheritdoc/>
    public readonly void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt)
    {
        dfdy[0] = 0.0;
        dfdy[1] = 1.0;
        dfdy[2] = (-2.0 * Mu * y[0] * y[1]) - 1.0;
        dfdy[3] = Mu * (1.0 - (y[0] * y[0]));
        dfdt.Clear();
    }

    /// <inheritdoc/>
    public readonly void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
