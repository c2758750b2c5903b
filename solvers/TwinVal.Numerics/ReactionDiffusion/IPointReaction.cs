namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// The local kinetics at one grid point: a small ODE system y′ = f(t, y) over the point's variables (for example the
/// membrane potential and a recovery variable). Variable 0 is the one that diffuses; the others are local.
/// </summary>
/// <remarks>
/// Solvers take the reaction as a struct type parameter (<c>where TReaction : struct, IPointReaction</c>), so
/// <see cref="Evaluate"/> is a direct, inlinable call per point. Implementations must be pure and thread-safe: the same
/// instance is evaluated concurrently at different points.
/// </remarks>
public interface IPointReaction
{
    /// <summary>Number of variables per point (at least 1).</summary>
    int Variables { get; }

    /// <summary>Writes f(t, y) into <paramref name="rate"/>; must not allocate or keep the spans.</summary>
    /// <param name="t">Time.</param>
    /// <param name="state">The point's variables.</param>
    /// <param name="rate">Destination for their rates of change.</param>
    void Evaluate(double t, ReadOnlySpan<double> state, Span<double> rate);

    /// <summary>
    /// Advances <paramref name="state"/> from <paramref name="t"/> by <paramref name="dt"/> with the exact solution of the
    /// local ODE, when the reaction has one; returns false (leaving the state untouched) when it has none.
    /// </summary>
    /// <param name="t">Start time.</param>
    /// <param name="dt">Step.</param>
    /// <param name="state">The point's variables, updated in place.</param>
    /// <returns>True when the exact update was applied.</returns>
    bool TryAdvanceExactly(double t, double dt, Span<double> state);
}
