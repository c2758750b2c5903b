using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// The cell model of the manufactured reaction–diffusion solution (/work/shared/docs/benchmarks.md, "Generic code
/// verification"): v′ = −s, s′ = v, a rotation at 1 rad per ms. Reports no exact update so that the configured
/// Runge–Kutta method is the one verified.
/// </summary>
internal readonly struct ManufacturedReaction : IPointReaction
{
    public int Variables => 2;

    public void Evaluate(double t, ReadOnlySpan<double> state, Span<double> rate)
    {
        rate[0] = -state[1];
        rate[1] = state[0];
    }

    public bool TryAdvanceExactly(double t, double dt, Span<double> state) => false;
}
