using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>
/// A two-species system whose second component lives near 10⁻¹²: y1′ = −y1 + 10¹²·y2², y2′ = 10⁻¹²·y1 − 10¹²·y2².
/// The quadratic term in the tiny component has the derivative 2·10¹²·y2 ≈ 2, and its forward difference errs by
/// 10¹²·σ for an increment σ, so only an increment scaled to |y2| gets ∂f/∂y2 right (a fixed 5·10⁻¹¹ errs by 50).
/// </summary>
internal readonly struct TinyComponentSystem : IOdeJacobian
{
    private const double Big = 1e12;

    public int Dimension => 2;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> f)
    {
        f[0] = -y[0] + (Big * y[1] * y[1]);
        f[1] = (y[0] / Big) - (Big * y[1] * y[1]);
    }

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> j, Span<double> dfdt)
    {
        dfdt.Clear();
        j[0] = -1;
        j[1] = 2 * Big * y[1];
        j[2] = 1 / Big;
        j[3] = -2 * Big * y[1];
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
