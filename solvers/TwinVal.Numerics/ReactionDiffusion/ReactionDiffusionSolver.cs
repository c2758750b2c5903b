namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>Creates <see cref="ReactionDiffusionSolver{TReaction, TSource}"/> instances without naming the type arguments.</summary>
public static class ReactionDiffusionSolver
{
    /// <summary>A solver with no source term.</summary>
    /// <typeparam name="TReaction">The point reaction.</typeparam>
    /// <param name="coefficients">Diffusion coefficients (and through them the grid).</param>
    /// <param name="boundaries">Face conditions.</param>
    /// <param name="reaction">The point reaction.</param>
    /// <param name="options">Time stepping.</param>
    /// <returns>The solver.</returns>
    public static ReactionDiffusionSolver<TReaction, NoSource> Create<TReaction>(
        DiffusionCoefficients coefficients, GridBoundaries boundaries, TReaction reaction, ReactionDiffusionOptions options)
        where TReaction : struct, IPointReaction =>
        new(coefficients, boundaries, reaction, default, options);

    /// <summary>A solver with a source term on variable 0.</summary>
    /// <typeparam name="TReaction">The point reaction.</typeparam>
    /// <typeparam name="TSource">The source.</typeparam>
    /// <param name="coefficients">Diffusion coefficients (and through them the grid).</param>
    /// <param name="boundaries">Face conditions.</param>
    /// <param name="reaction">The point reaction.</param>
    /// <param name="source">The source.</param>
    /// <param name="options">Time stepping.</param>
    /// <returns>The solver.</returns>
    public static ReactionDiffusionSolver<TReaction, TSource> Create<TReaction, TSource>(
        DiffusionCoefficients coefficients, GridBoundaries boundaries, TReaction reaction, TSource source, ReactionDiffusionOptions options)
        where TReaction : struct, IPointReaction
        where TSource : struct, IPointSource =>
        new(coefficients, boundaries, reaction, source, options);
}
