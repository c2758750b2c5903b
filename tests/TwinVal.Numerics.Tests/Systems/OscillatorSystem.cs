using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>y′ = v, v′ = −y with y(0) = 0, v(0) = 1: y = sin t, v = cos t (closed-form crossing times).</summary>
internal readonly struct OscillatorSystem : IOdeJacobian
{
    public int Dimension => 2;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> f)
    {
        f[0] = y[1];
        f[1] = -y[0];
    }

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> j, Span<double> dfdt)
    {
        dfdt.Clear();
        j[0] = 0;
        j[1] = 1;
        j[2] = -1;
        j[3] = 0;
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
