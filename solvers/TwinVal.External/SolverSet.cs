using System.Collections.Immutable;
using TwinVal.Harness;
using TwinVal.Harness.Execution;

namespace TwinVal.External;

/// <summary>
/// What <c>twinval run</c> and <c>twinval solvers list</c> run against: the built-in solvers plus every external solver
/// found in <c>--solver-dir</c> folders and the default folders, ids unique across both, each wrapped in a
/// <see cref="RepeatingSolver"/> when <c>--repeat N</c> asks for a determinism check.
/// </summary>
public static class SolverSet
{
    /// <summary>
    /// Composes the solvers. Manifest problems (and external ids that collide with a built-in id, which are skipped)
    /// are returned for the CLI to print; a run with error problems should exit 2 before starting.
    /// </summary>
    /// <param name="builtIn">The built-in solvers (<c>BuiltInSolvers.All(clock)</c>).</param>
    /// <param name="solverFolders">The <c>--solver-dir</c> values, searched before the default folders.</param>
    /// <param name="includeDefaultFolders">Also search <see cref="ExternalSolverDiscovery.DefaultFolders"/>.</param>
    /// <param name="repeat">The <c>--repeat</c> value: 1 runs each solve once; N ≥ 2 runs it N times and flags differences.</param>
    /// <param name="options">Working folders and limits of external runs; <see cref="ExternalSolverOptions.Default"/> when null.</param>
    public static (ImmutableArray<ISolver> Solvers, ImmutableArray<Problem> Problems) Compose(
        IEnumerable<ISolver> builtIn, IEnumerable<string> solverFolders, bool includeDefaultFolders, int repeat = 1, ExternalSolverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builtIn);
        ArgumentNullException.ThrowIfNull(solverFolders);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
        var folders = includeDefaultFolders ? solverFolders.Concat(ExternalSolverDiscovery.DefaultFolders()) : solverFolders;
        var discovery = ExternalSolverDiscovery.Load(folders, options);
        var problems = discovery.Problems.ToBuilder();
        var registry = new SolverRegistry();
        foreach (var solver in builtIn)
        {
            registry.Register(solver);
        }

        foreach (var solver in discovery.Solvers)
        {
            if (!registry.TryRegister(solver, solver.Manifest.Path, out var problem))
            {
                problems.Add(problem);
            }
        }

        var solvers = registry.Solvers;
        return (repeat == 1 ? solvers : [.. solvers.Select(s => (ISolver)new RepeatingSolver(s, repeat))], problems.ToImmutable());
    }
}
