using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Numerics.Tests.ReactionDiffusion.Systems;

/// <summary>No reaction: pure diffusion of one variable.</summary>
internal readonly struct InertReaction : IPointReaction
{
    public int Variables => 1;

    public void Evaluate(double t, ReadOnlySpan<double> state, Span<double> rate) => rate[0] = 0;

    public bool TryAdvanceExactly(double t, double dt, Span<double> state) => true;
}
