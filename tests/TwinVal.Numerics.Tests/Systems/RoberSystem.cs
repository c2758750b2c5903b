using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>
/// ROBER (Robertson 1966; Mazzia &amp; Magherini, Test Set for IVP Solvers, problem "rober"): autocatalytic reaction
/// kinetics with rate constants 0.04, 1e4 and 3e7, y(0) = (1, 0, 0), t ∈ [0, 1e11].
/// </summary>
internal readonly struct RoberSystem : IOdeJacobian
{
    public int Dimension => 3;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> f)
    {
        f[0] = (-0.04 * y[0]) + (1e4 * y[1] * y[2]);
        f[2] = 3e7 * y[1] * y[1];
        f[1] = -f[0] - f[2];
    }

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> j, Span<double> dfdt)
    {
        dfdt.Clear();
        j[0] = -0.04; j[1] = 1e4 * y[2]; j[2] = 1e4 * y[1];
        j[6] = 0; j[7] = 6e7 * y[1]; j[8] = 0;
        j[3] = 0.04; j[4] = (-1e4 * y[2]) - (6e7 * y[1]); j[5] = -1e4 * y[1];
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
