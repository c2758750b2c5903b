using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>
/// Van der Pol oscillator with μ = 1000 in its unscaled form, y1′ = y2, y2′ = μ(1 − y1²)y2 − y1, y(0) = (2, 0),
/// t ∈ [0, 2000]: problem "vdpolm" of Mazzia &amp; Magherini's Test Set for IVP Solvers. (Their "vdpol" is the same
/// problem rescaled to ε = 1/μ² = 1e-6 on t ∈ [0, 2]; the two solutions agree with y2 scaled by μ.)
/// </summary>
internal readonly struct VanDerPolSystem(double mu) : IOdeJacobian
{
    public int Dimension => 2;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> f)
    {
        f[0] = y[1];
        f[1] = (mu * (1 - (y[0] * y[0])) * y[1]) - y[0];
    }

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> j, Span<double> dfdt)
    {
        dfdt.Clear();
        j[0] = 0;
        j[1] = 1;
        j[2] = (-2 * mu * y[0] * y[1]) - 1;
        j[3] = mu * (1 - (y[0] * y[0]));
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
