namespace TwinVal.Harness.Execution;

/// <summary>How the executor runs a plan.</summary>
/// <param name="MaxParallelism">Most solves in progress at once (<c>--parallel</c>); at least 1.</param>
/// <param name="Timeout">Time limit of each solve (<c>--timeout</c>); <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.</param>
/// <param name="Seed">Master seed passed to every request (<c>--seed</c>).</param>
public sealed record ExecutorOptions(int MaxParallelism, TimeSpan Timeout, long Seed)
{
    /// <summary>One solve per logical processor, ten minutes per solve, seed 0.</summary>
    public static ExecutorOptions Default { get; } = new(Environment.ProcessorCount, TimeSpan.FromMinutes(10), 0);
}
