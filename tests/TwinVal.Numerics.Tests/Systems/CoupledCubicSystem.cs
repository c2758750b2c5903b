using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>y′ᵢ = −yᵢ³ + sin(t + yᵢ₊₁) (cyclic), any dimension: nonlinear and coupled, so every stage value depends on every rounding.</summary>
internal readonly struct CoupledCubicSystem(int dimension) : IOdeSystem
{
    public int Dimension => dimension;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        for (var i = 0; i < y.Length; i++)
        {
            dydt[i] = -(y[i] * y[i] * y[i]) + Math.Sin(t + y[(i + 1) % y.Length]);
        }
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
