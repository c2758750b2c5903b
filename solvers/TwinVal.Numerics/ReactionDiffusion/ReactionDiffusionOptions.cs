namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>Time stepping of a <see cref="ReactionDiffusionSolver{TReaction, TSource}"/>.</summary>
public sealed record ReactionDiffusionOptions
{
    /// <summary>Largest split step; each advance uses the fewest equal steps no longer than this. Required, positive.</summary>
    public required double TimeStep { get; init; }

    /// <summary>Splitting scheme; Strang by default.</summary>
    public SplittingScheme Splitting { get; init; } = SplittingScheme.Strang;

    /// <summary>Diffusion integrator; explicit by default.</summary>
    public DiffusionScheme Diffusion { get; init; } = DiffusionScheme.Explicit;

    /// <summary>
    /// The Runge–Kutta method of the reaction sub-step (one step per sub-step, per point): <see cref="ButcherTableau.ExplicitEuler"/>,
    /// <see cref="ButcherTableau.Heun"/> or <see cref="ButcherTableau.ClassicRk4"/> (default). Ignored when <see cref="ExactReaction"/> is set.
    /// </summary>
    public ButcherTableau ReactionTableau { get; init; } = ButcherTableau.ClassicRk4;

    /// <summary>Use the reaction's exact update (<see cref="IPointReaction.TryAdvanceExactly"/>); only without a source.</summary>
    public bool ExactReaction { get; init; }

    /// <summary>Relative residual tolerance of the Crank–Nicolson PCG solve; 1e-10 by default, far below discretisation error.</summary>
    public double PcgTolerance { get; init; } = 1e-10;

    /// <summary>PCG iteration budget per solve.</summary>
    public int PcgMaxIterations { get; init; } = 1000;

    /// <summary>Threads at most; −1 (default) for all processors. Results are bit-identical for any value.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
