using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>Non-autonomous scalar problem y′ = y·cos t, y(0) = 1, with exact solution y = exp(sin t).</summary>
internal struct ExpSinSystem : IOdeSystem
{
    public readonly int Dimension => 1;

    public static double Exact(double t) => Math.Exp(Math.Sin(t));

    public readonly void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = y[0] * Math.Cos(t);

    public readonly void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
