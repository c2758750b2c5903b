using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>
/// y′ = −y + u(t) with u = 0 before <c>onset</c> and 1 from it on, y(0) = 1. Exact: y = e^{−t} before the onset and
/// y = 1 + (e^{−onset} − 1)·e^{−(t − onset)} after. Inside a segment that ends at the onset, u takes its left limit.
/// </summary>
internal struct StepInputSystem(double onset) : IOdeSystem
{
    private double segmentEnd = double.PositiveInfinity;

    public readonly int Dimension => 1;

    public int Evaluations { get; private set; }

    public readonly double Exact(double t) => t <= onset ? Math.Exp(-t) : 1 + ((Math.Exp(-onset) - 1) * Math.Exp(-(t - onset)));

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        Evaluations++;
        var u = t > onset || (t == onset && segmentEnd > onset) ? 1.0 : 0.0;
        dydt[0] = -y[0] + u;
    }

    public void BeginSegment(double segmentStart, double segmentEnd) => this.segmentEnd = segmentEnd;
}
