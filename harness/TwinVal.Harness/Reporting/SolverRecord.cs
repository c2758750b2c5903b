namespace TwinVal.Harness.Reporting;

/// <summary>A solver as recorded in run.json.</summary>
/// <param name="Id">Solver id.</param>
/// <param name="Version">Solver version.</param>
/// <param name="Kind">built-in or external.</param>
/// <param name="Models">Supported model ids.</param>
public sealed record SolverRecord(string Id, string Version, string Kind, IReadOnlyList<string> Models);
