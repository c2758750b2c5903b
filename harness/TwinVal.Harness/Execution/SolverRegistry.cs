using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace TwinVal.Harness.Execution;

/// <summary>The solvers a run can use, by id. Ids are unique: a second solver with a taken id is refused.</summary>
public sealed class SolverRegistry
{
    private readonly SortedDictionary<string, ISolver> solvers = new(StringComparer.Ordinal);

    /// <summary>Every registered solver, ordered by id.</summary>
    public ImmutableArray<ISolver> Solvers => [.. solvers.Values];

    /// <summary>Every registered id, ordered.</summary>
    public ImmutableArray<string> Ids => [.. solvers.Keys];

    /// <summary>
    /// Registers <paramref name="solver"/>; when its id is blank or taken, returns false and a problem filed under
    /// <paramref name="source"/> (the manifest or assembly it came from).
    /// </summary>
    public bool TryRegister(ISolver solver, string source, [NotNullWhen(false)] out Problem? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(solver.Id))
        {
            problem = new Problem(source, null, null, "id", "solver id is empty; expected a short identifier such as 'wk-rk45'");
            return false;
        }

        if (solvers.TryGetValue(solver.Id, out var existing))
        {
            problem = new Problem(source, null, null, "id",
                $"solver id '{solver.Id}' is already taken by a {existing.Kind} solver (version {existing.Version}); ids must be unique");
            return false;
        }

        solvers.Add(solver.Id, solver);
        return true;
    }

    /// <summary>Registers <paramref name="solver"/>.</summary>
    /// <exception cref="ArgumentException">The id is blank or already taken.</exception>
    public SolverRegistry Register(ISolver solver)
    {
        if (!TryRegister(solver, "<solver registry>", out var problem))
        {
            throw new ArgumentException(problem.Message, nameof(solver));
        }

        return this;
    }

    /// <summary>The solver called <paramref name="id"/>, when registered.</summary>
    public bool TryGet(string id, [NotNullWhen(true)] out ISolver? solver) => solvers.TryGetValue(id, out solver);
}
