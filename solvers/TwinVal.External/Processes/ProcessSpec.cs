using System.Collections.Immutable;

namespace TwinVal.External.Processes;

/// <summary>Everything needed to start one solver process.</summary>
/// <param name="Program">Resolved path (or bare name on PATH) of the program.</param>
/// <param name="Arguments">Arguments, passed as an argument vector (never parsed by a shell).</param>
/// <param name="WorkingFolder">Current directory of the process.</param>
/// <param name="Environment">The complete environment of the process (nothing else is inherited).</param>
/// <param name="Timeout">Time limit; past it the whole process tree is killed.</param>
/// <param name="Limits">Capture, flood and output-size limits.</param>
/// <param name="WatchedFolder">Folder whose total size is capped by <see cref="ProcessLimits.MaxOutputBytes"/> while the process runs; null for none.</param>
public sealed record ProcessSpec(
    string Program,
    ImmutableArray<string> Arguments,
    string WorkingFolder,
    ImmutableDictionary<string, string> Environment,
    TimeSpan Timeout,
    ProcessLimits Limits,
    string? WatchedFolder);
