using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>
/// y′ = λ·y + sin(ω·t), y(0) = y0. Exact solution y = C·e^{λt} + a·sin ωt + b·cos ωt with a = −λ/(λ² + ω²),
/// b = −ω/(λ² + ω²) (substitute and match the sin and cos terms) and C = y0 − b.
/// </summary>
internal readonly struct ForcedLinearSystem(double lambda, double omega) : IOdeSystem
{
    public int Dimension => 1;

    public double Exact(double t, double y0)
    {
        var d = (lambda * lambda) + (omega * omega);
        var a = -lambda / d;
        var b = -omega / d;
        return ((y0 - b) * Math.Exp(lambda * t)) + (a * Math.Sin(omega * t)) + (b * Math.Cos(omega * t));
    }

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = (lambda * y[0]) + Math.Sin(omega * t);

    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
