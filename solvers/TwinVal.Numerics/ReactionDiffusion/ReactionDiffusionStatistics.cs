namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>What an advance did.</summary>
/// <param name="Steps">Split steps taken.</param>
/// <param name="TimeStep">The equal step used (≤ <see cref="ReactionDiffusionOptions.TimeStep"/>).</param>
/// <param name="ReactionSubsteps">Reaction sub-steps (one per point each): one per Godunov step, two per Strang step.</param>
/// <param name="DiffusionSolves">Crank–Nicolson solves (0 for explicit diffusion).</param>
/// <param name="PcgIterations">PCG iterations over all solves.</param>
/// <param name="MaxPcgIterations">Most PCG iterations in one solve.</param>
/// <param name="MaxRelativeResidual">Largest final relative residual of any solve (0 when none).</param>
public sealed record ReactionDiffusionStatistics(
    long Steps, double TimeStep, long ReactionSubsteps, long DiffusionSolves, long PcgIterations, int MaxPcgIterations, double MaxRelativeResidual);
