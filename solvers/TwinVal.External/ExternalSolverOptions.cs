using TwinVal.External.Processes;

namespace TwinVal.External;

/// <summary>Where external runs work and how much they may consume.</summary>
/// <param name="TempRoot">Folder under which each run gets its own fresh working folder (removed after the run).</param>
/// <param name="Limits">Log capture, flooding and polling limits (the output cap comes from each manifest).</param>
public sealed record ExternalSolverOptions(string TempRoot, ProcessLimits Limits)
{
    /// <summary><c>$TMPDIR/twinval-external</c> with <see cref="ProcessLimits.Default"/>.</summary>
    public static ExternalSolverOptions Default { get; } = new(Path.Combine(Path.GetTempPath(), "twinval-external"), ProcessLimits.Default);
}
