namespace TwinVal.Harness.Execution;

/// <summary>A run's failure, with a message precise enough to act on.</summary>
/// <param name="Kind">Category.</param>
/// <param name="Message">What went wrong, naming the solver, case and cause.</param>
public sealed record RunFailure(RunFailureKind Kind, string Message);
