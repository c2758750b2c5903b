using System.Collections.Immutable;
using TwinVal.Harness.Execution;

namespace TwinVal.Solvers.Ode;

/// <summary>
/// What every built-in solver shares: identity, version, kind, the one model it implements, and running the solve on
/// the thread pool so a long integration never blocks the harness's caller. Subclasses only turn a request into output.
/// </summary>
public abstract class BuiltInSolver : ISolver
{
    /// <summary>Creates a solver of <paramref name="modelId"/> (its id too) reading wall time from <paramref name="clock"/>.</summary>
    protected BuiltInSolver(string modelId, TimeProvider? clock)
    {
        Id = modelId;
        SupportedModels = [modelId];
        Clock = clock ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <inheritdoc/>
    public string Version => "0.1.0";

    /// <inheritdoc/>
    public SolverKind Kind => SolverKind.BuiltIn;

    /// <inheritdoc/>
    public ImmutableArray<string> SupportedModels { get; }

    /// <summary>Clock for the wall time reported in diagnostics.</summary>
    protected TimeProvider Clock { get; }

    /// <inheritdoc/>
    public Task<SolverOutput> SolveAsync(SolveRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.Run(() => Solve(request, cancellationToken), cancellationToken);
    }

    /// <summary>Solves <paramref name="request"/> synchronously; throws <see cref="SolverException"/> for bad input.</summary>
    protected abstract SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken);
}
