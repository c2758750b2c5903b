using TwinVal.Numerics;
using TwinVal.Solvers.Verification;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>
/// ROBER exactly as the Test Set for IVP Solvers writes it (rober.f, subroutine feval): each derivative evaluated
/// from its own terms, y2′ = k1·y1 − k2·y2² − k3·y2·y3, so round-off does not cancel between rows the way it does in
/// <see cref="RoberSystem"/>'s conserving form (y2′ = −y1′ − y3′). The benchmark drivers use this form.
/// </summary>
internal readonly struct RoberTestSetSystem : IOdeJacobian
{
    public int Dimension => 3;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> f)
    {
        f[0] = (-0.04 * y[0]) + (1e4 * y[1] * y[2]);
        f[1] = (0.04 * y[0]) - (3e7 * y[1] * y[1]) - (1e4 * y[1] * y[2]);
        f[2] = 3e7 * y[1] * y[1];
    }

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> j, Span<double> dfdt) =>
        StiffTestSet.Rober.Jacobian(t, y, j, dfdt);

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
