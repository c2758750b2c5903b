using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>y′ = λ·y with analytic Jacobian λ, or NaN when <c>brokenJacobian</c> (a model whose derivative code is broken).</summary>
internal readonly struct GrowthSystem(double lambda, bool brokenJacobian = false) : IOdeJacobian
{
    public int Dimension => 1;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> f) => f[0] = lambda * y[0];

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> j, Span<double> dfdt)
    {
        j[0] = brokenJacobian ? double.NaN : lambda;
        dfdt[0] = 0;
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
