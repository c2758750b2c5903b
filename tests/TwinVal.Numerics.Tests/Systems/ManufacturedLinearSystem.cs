using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>
/// Linear non-autonomous system y′ = A(t)·y + g(t) with A(t) = [[−½, sin t], [−sin t, −½]] and g chosen so that the
/// exact solution is u(t) = (1 + sin t, e^{−t/2}·cos t) (method of manufactured solutions: g = u′ − A·u).
/// </summary>
internal struct ManufacturedLinearSystem : IOdeSystem
{
    public readonly int Dimension => 2;

    public static (double U0, double U1) Exact(double t) => (1 + Math.Sin(t), Math.Exp(-t / 2) * Math.Cos(t));

    public readonly void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var (u0, u1) = Exact(t);
        var du0 = Math.Cos(t);
        var du1 = Math.Exp(-t / 2) * ((-0.5 * Math.Cos(t)) - Math.Sin(t));
        var s = Math.Sin(t);
        var g0 = du0 - ((-0.5 * u0) + (s * u1));
        var g1 = du1 - ((-s * u0) - (0.5 * u1));
        dydt[0] = (-0.5 * y[0]) + (s * y[1]) + g0;
        dydt[1] = (-s * y[0]) - (0.5 * y[1]) + g1;
    }

    public readonly void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
