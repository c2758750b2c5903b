using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Numerics.Tests.ReactionDiffusion.Systems;

/// <summary>The manufactured cell model of benchmarks.md: v′ = −s, s′ = v (a rotation, so its exact update is known).</summary>
internal readonly struct MmsReaction : IPointReaction
{
    public int Variables => 2;

    public void Evaluate(double t, ReadOnlySpan<double> state, Span<double> rate)
    {
        rate[0] = -state[1];
        rate[1] = state[0];
    }

    public bool TryAdvanceExactly(double t, double dt, Span<double> state)
    {
        var (v, s) = (state[0], state[1]);
        var (sin, cos) = Math.SinCos(dt);
        state[0] = (v * cos) - (s * sin);
        state[1] = (v * sin) + (s * cos);
        return true;
    }
}
