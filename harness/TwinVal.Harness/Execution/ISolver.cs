using System.Collections.Immutable;

namespace TwinVal.Harness.Execution;

/// <summary>
/// A solver TwinVal can drive. Built-in solvers implement it in process; external solvers implement the same
/// contract through <c>input.json</c> (a serialised <see cref="SolveRequest"/>) and <c>output.csv</c>.
/// </summary>
public interface ISolver
{
    /// <summary>Stable identifier, used on the command line and in every record.</summary>
    string Id { get; }

    /// <summary>Version of the solver's code, recorded with every result.</summary>
    string Version { get; }

    /// <summary>Built-in or external.</summary>
    SolverKind Kind { get; }

    /// <summary>Model ids this solver implements; cases of other models are planned as Unsupported.</summary>
    ImmutableArray<string> SupportedModels { get; }

    /// <summary>
    /// Solves one request. Implementations check <paramref name="cancellationToken"/> between steps, throw
    /// <see cref="SolverException"/> for failures they can explain, and never return partially filled output.
    /// </summary>
    Task<SolverOutput> SolveAsync(SolveRequest request, CancellationToken cancellationToken);
}
