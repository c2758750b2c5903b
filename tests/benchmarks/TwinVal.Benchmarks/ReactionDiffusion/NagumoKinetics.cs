using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Benchmarks.ReactionDiffusion;

/// <summary><see cref="NagumoPlane"/>'s kinetics as a point reaction for TwinVal's operator-splitting solver.</summary>
internal readonly struct NagumoKinetics : IPointReaction
{
    /// <inheritdoc/>
    public int Variables => 1;

    /// <inheritdoc/>
    public void Evaluate(double t, ReadOnlySpan<double> state, Span<double> rate) => rate[0] = NagumoPlane.Reaction(state[0]);

    /// <inheritdoc/>
    public bool TryAdvanceExactly(double t, double dt, Span<double> state) => false; // the cubic's exact flow is implicit in u
}
