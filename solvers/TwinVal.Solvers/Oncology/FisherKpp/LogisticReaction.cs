using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Solvers.Oncology.FisherKpp;

/// <summary>
/// Logistic proliferation u′ = ρ·u·(1 − u) of the proliferation–invasion model, u the cell density as a fraction of the
/// carrying capacity (Swanson et al. 2000, Cell Prolif. 33:317, doi:10.1046/j.1365-2184.2000.00177.x).
/// </summary>
/// <param name="Rho">Net proliferation rate ρ, per day.</param>
internal readonly record struct LogisticReaction(double Rho) : IPointReaction
{
    /// <inheritdoc/>
    public int Variables => 1;

    /// <inheritdoc/>
    public void Evaluate(double t, ReadOnlySpan<double> state, Span<double> rate) => rate[0] = Rho * state[0] * (1 - state[0]);

    /// <inheritdoc/>
    public bool TryAdvanceExactly(double t, double dt, Span<double> state)
    {
        state[0] = Advance(state[0], Rho * dt);
        return true;
    }

    /// <summary>The exact logistic flow u ↦ u·e^(ρh) / (1 − u + u·e^(ρh)) over a step with ρh = <paramref name="rhoH"/>.</summary>
    public static double Advance(double u, double rhoH) => AdvanceByGrowth(u, Math.Exp(rhoH));

    /// <summary>The exact logistic flow with the growth factor e^(ρh) computed once per step by the caller.</summary>
    public static double AdvanceByGrowth(double u, double growth) =>
        // The exact flow leaves the splitting error as the only time error of the reaction (no Runge–Kutta error on top).
        u * growth / (1 - u + (u * growth));
}
