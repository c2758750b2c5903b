using TwinVal.Numerics;

namespace TwinVal.Benchmarks.Problems;

/// <summary>
/// Robertson's chemical kinetics (Robertson 1966; ROBER of the Bari test set for IVP solvers, Mazzia &amp; Magherini):
/// y1′ = −k1 y1 + k3 y2 y3, y2′ = k1 y1 − k2 y2² − k3 y2 y3, y3′ = k2 y2², k = (0.04, 3·10⁷, 10⁴), y(0) = (1, 0, 0),
/// integrated to t = 10¹¹. Rate constants spanning 10⁹ make it the classic stiff benchmark.
/// </summary>
public struct Rober : IOdeJacobian
{
    /// <summary>Initial state.</summary>
    public static readonly double[] InitialState = [1.0, 0.0, 0.0];

    private const double K1 = 0.04;
    private const double K2 = 3e7;
    private const double K3 = 1e4;

    /// <inheritdoc/>
    public readonly int Dimension => 3;

    /// <inheritdoc/>
    public readonly void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var (y1, y2, y3) = (y[0], y[1], y[2]);
        dydt[0] = (-K1 * y1) + (K3 * y2 * y3);
        dydt[1] = (K1 * y1) - (K2 * y2 * y2) - (K3 * y2 * y3);
        dydt[2] = K2 * y2 * y2;
    }

    /// <inheritdoc/>
    public readonly void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt)
    {
        var (y2, y3) = (y[1], y[2]);
        dfdy[0] = -K1;
        dfdy[1] = K3 * y3;
        dfdy[2] = K3 * y2;
        dfdy[3] = K1;
        dfdy[4] = (-2.0 * K2 * y2) - (K3 * y3);
        dfdy[5] = -K3 * y2;
        dfdy[6] = 0.0;
        dfdy[7] = 2.0 * K2 * y2;
        dfdy[8] = 0.0;
        dfdt.Clear();
    }

    /// <inheritdoc/>
    public readonly void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
