using TwinVal.Numerics;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// The non-autonomous scalar test equation y′ = λ·y + sin(ω·t) (units: t in s, λ and ω in 1/s, y dimensionless, the
/// forcing amplitude 1/s). Exact solution y = C·e^{λt} + a·sin ωt + b·cos ωt with a = −λ/(λ² + ω²),
/// b = −ω/(λ² + ω²), C = y(0) − b (Hairer, Nørsett &amp; Wanner, Solving ODEs I, 2nd ed., §I.3 on linear equations,
/// doi:10.1007/978-3-540-78862-1). Explicit time dependence exercises the stage times c_i of a Runge–Kutta tableau,
/// which an autonomous problem never tests.
/// </summary>
internal readonly struct ForcedLinearSystem(double lambda, double omega) : IOdeSystem
{
    public int Dimension => 1;

    /// <summary>The closed form above from y(0) = <paramref name="y0"/> (dimensionless) at time <paramref name="t"/> (s).</summary>
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
