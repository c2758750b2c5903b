using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Numerics.Tests.ReactionDiffusion.Systems;

/// <summary>u′ = 10³⁰⁰·u²: from u = 1 the first step overflows, a state that must be reported non-finite, not returned.</summary>
internal readonly struct BlowUpReaction : IPointReaction
{
    public int Variables => 1;

    public void Evaluate(double t, ReadOnlySpan<double> state, Span<double> rate) => rate[0] = state[0] * state[0] * 1e300;

    public bool TryAdvanceExactly(double t, double dt, Span<double> state) => false;
}
