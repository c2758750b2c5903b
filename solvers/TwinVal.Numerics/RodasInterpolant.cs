namespace TwinVal.Numerics;

/// <summary>
/// RODAS's third-order continuous extension of an accepted step (Hairer &amp; Wanner, Solving ODEs II, §IV.7, dense
/// output of RODAS): y(t + θh) = (1 − θ)·y0 + θ·(y1 + (1 − θ)·(q1 + θ·q2)).
/// </summary>
internal readonly struct RodasInterpolant(RodasWorkspace work) : IDenseInterpolant
{
    public double Component(double theta, int component)
    {
        var store = work.Store;
        var n = work.N;
        var y0 = store[component];
        var y1 = store[n + component];
        var q1 = store[(12 * n) + component];
        var q2 = store[(13 * n) + component];
        return ((1 - theta) * y0) + (theta * (y1 + ((1 - theta) * (q1 + (theta * q2)))));
    }

    public void State(double theta, Span<double> destination)
    {
        for (var i = 0; i < work.N; i++)
        {
            destination[i] = Component(theta, i);
        }
    }
}
