using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>
/// A "voltage" V′ = cos t (V(0) = 0, so V = sin t) driving a gate m′ = (m∞(V) − m)/τ with m∞ = V and constant τ.
/// Exact, for m(0) = 0: m = (sin t − τ cos t + τ e^{−t/τ})/(1 + τ²) (substitute: the sin and cos terms and the
/// homogeneous e^{−t/τ} term each balance).
/// </summary>
internal readonly struct GatedSineSystem(double tau) : IGatedSystem
{
    public int Dimension => 2;

    public double ExactGate(double t) => (Math.Sin(t) - (tau * Math.Cos(t)) + (tau * Math.Exp(-t / tau))) / (1 + (tau * tau));

    public bool IsGate(int component) => component == 1;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> f)
    {
        f[0] = Math.Cos(t);
        f[1] = (y[0] - y[1]) / tau;
    }

    public void GateKinetics(double t, ReadOnlySpan<double> y, Span<double> steadyState, Span<double> timeConstant)
    {
        steadyState[1] = y[0];
        timeConstant[1] = tau;
    }

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
