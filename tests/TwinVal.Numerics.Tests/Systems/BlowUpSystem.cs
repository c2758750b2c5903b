using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>y′ = y², y(0) = 1: the solution 1/(1 − t) blows up at t = 1.</summary>
internal struct BlowUpSystem : IOdeSystem
{
    public readonly int Dimension => 1;

    public readonly void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = y[0] * y[0];

    public readonly void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
