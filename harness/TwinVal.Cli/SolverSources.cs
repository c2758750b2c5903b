using System.Collections.Immutable;
using System.CommandLine;
using TwinVal.External;
using TwinVal.Harness;
using TwinVal.Harness.Execution;
using TwinVal.Solvers;

namespace TwinVal.Cli;

/// <summary>The solvers a command works with: every built-in solver plus external ones found in manifest folders.</summary>
internal sealed class SolverSources : IDisposable
{
    private SolverSources(ImmutableArray<ISolver> solvers, ImmutableArray<Problem> problems)
    {
        Solvers = solvers;
        Problems = problems;
    }

    /// <summary>Built-in and external solvers, ordered by id.</summary>
    public ImmutableArray<ISolver> Solvers { get; }

    /// <summary>Problems with manifests (bad fields, missing programs, duplicate ids).</summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary>The <c>--solver-dir</c> option shared by the commands that run or list solvers.</summary>
    public static Option<string[]> FolderOption() => new("--solver-dir")
    {
        Description = "Load external solver manifests (solver.yaml) from this folder; repeatable. " +
                      "$TWINVAL_SOLVER_PATH and ~/.config/twinval/solvers are searched too.",
    };

    /// <summary>Composes the solver set; <paramref name="repeat"/> &gt; 1 runs every external solve that often and flags differences.</summary>
    public static SolverSources Load(CliContext context, IEnumerable<string> folders, int repeat = 1)
    {
        var (solvers, problems) = SolverSet.Compose(
            BuiltInSolvers.All(context.Clock), folders.Select(context.Resolve), includeDefaultFolders: true, repeat: repeat);
        return new SolverSources([.. solvers.OrderBy(s => s.Id, StringComparer.Ordinal)], problems);
    }

    /// <summary>External solvers own temporary folders; releasing them here keeps every command leak-free.</summary>
    public void Dispose()
    {
        foreach (var solver in Solvers.OfType<IDisposable>())
        {
            solver.Dispose();
        }
    }
}
