using TwinVal.Numerics;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// Van der Pol's oscillator in its plain (unscaled) form y1′ = y2, y2′ = μ(1 − y1²)·y2 − y1: problem "vdpolm" of the
/// Test Set for IVP Solvers (Mazzia &amp; Magherini, Univ. Bari, release 2.4, section II.1.3; their "vdpol" is the same
/// problem rescaled to ε = 1/μ² on t ∈ [0, 2], with y2 scaled by μ). Stiff for large μ (1000 in the test set).
/// </summary>
internal readonly struct VanDerPolSystem(double mu) : IOdeJacobian
{
    public int Dimension => 2;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> f)
    {
        f[0] = y[1];
        f[1] = (mu * (1 - (y[0] * y[0])) * y[1]) - y[0];
    }

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt)
    {
        dfdt.Clear();
        dfdy[0] = 0;
        dfdy[1] = 1;
        dfdy[2] = (-2 * mu * y[0] * y[1]) - 1;
        dfdy[3] = mu * (1 - (y[0] * y[0]));
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
