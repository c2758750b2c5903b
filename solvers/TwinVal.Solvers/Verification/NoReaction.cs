using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Solvers.Verification;

/// <summary>No kinetics: one diffusing variable whose exact local update is the identity, so a split step is pure diffusion.</summary>
internal readonly struct NoReaction : IPointReaction
{
    public int Variables => 1;

    public void Evaluate(double t, ReadOnlySpan<double> state, Span<double> rate) => rate[0] = 0;

    public bool TryAdvanceExactly(double t, double dt, Span<double> state) => true;
}
