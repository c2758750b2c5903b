namespace TwinVal.Harness.Reporting;

/// <summary>Identity and circumstances of one harness run (the head of run.json).</summary>
/// <param name="RunId">Unique id, also the run record's folder name.</param>
/// <param name="HarnessVersion">TwinVal version.</param>
/// <param name="GitCommit">Commit TwinVal was built from, or <c>unknown</c>.</param>
/// <param name="Environment">Machine and runtime.</param>
/// <param name="Tier">Highest tier selected.</param>
/// <param name="Seed">Master seed; every random choice of the run derives from it.</param>
/// <param name="CommandLine">Arguments the run was started with.</param>
/// <param name="StartedUtc">Start time (from the injected clock).</param>
/// <param name="FinishedUtc">End time; null while running.</param>
/// <param name="Status">Running, completed or cancelled.</param>
public sealed record RunInfo(
    string RunId,
    string HarnessVersion,
    string GitCommit,
    EnvironmentInfo Environment,
    string Tier,
    long Seed,
    IReadOnlyList<string> CommandLine,
    DateTimeOffset StartedUtc,
    DateTimeOffset? FinishedUtc,
    RunStatus Status);
