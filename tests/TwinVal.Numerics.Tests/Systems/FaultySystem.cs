using TwinVal.Numerics;

namespace TwinVal.Numerics.Tests.Systems;

/// <summary>
/// Two components: y0′ = −y0 always; y1′ = −y1 until <c>breakTime</c>, NaN from then on (a model that breaks down).
/// Cancels <c>source</c> after <c>cancelAfter</c> evaluations when given, to test cancellation between steps.
/// </summary>
internal struct FaultySystem(double breakTime, CancellationTokenSource? source = null, int cancelAfter = int.MaxValue) : IOdeSystem
{
    private int evaluations;

    public readonly int Dimension => 2;

    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        if (++evaluations == cancelAfter)
        {
            source?.Cancel();
        }

        dydt[0] = -y[0];
        dydt[1] = t >= breakTime ? double.NaN : -y[1];
    }

    public readonly void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
