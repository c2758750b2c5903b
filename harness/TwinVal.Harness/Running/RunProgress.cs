using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Running;

/// <summary>Progress of a validation run, reported after each finished run.</summary>
/// <param name="Latest">The run that just finished.</param>
/// <param name="Completed">Runs finished so far (including unsupported ones).</param>
/// <param name="Total">Runs planned.</param>
public sealed record RunProgress(JudgedRun Latest, int Completed, int Total);
