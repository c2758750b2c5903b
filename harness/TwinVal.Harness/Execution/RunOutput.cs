using TwinVal.Harness.Planning;

namespace TwinVal.Harness.Execution;

/// <summary>The result of executing one planned run: output or failure, and how long it took.</summary>
/// <param name="Run">The planned run.</param>
/// <param name="Output">The solver's output; null when the run failed or was not executed.</param>
/// <param name="Failure">Why there is no usable output; null on success.</param>
/// <param name="WallTime">Wall time measured by the harness around the solve.</param>
public sealed record RunOutput(PlannedRun Run, SolverOutput? Output, RunFailure? Failure, TimeSpan WallTime);
