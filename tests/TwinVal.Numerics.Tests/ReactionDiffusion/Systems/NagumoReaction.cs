using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Numerics.Tests.ReactionDiffusion.Systems;

/// <summary>The bistable (Nagumo) reaction u′ = u(1 − u)(u − a); no closed-form point update.</summary>
internal readonly struct NagumoReaction(double a) : IPointReaction
{
    public int Variables => 1;

    public void Evaluate(double t, ReadOnlySpan<double> state, Span<double> rate)
    {
        var u = state[0];
        rate[0] = u * (1 - u) * (u - a);
    }

    public bool TryAdvanceExactly(double t, double dt, Span<double> state) => false;
}
