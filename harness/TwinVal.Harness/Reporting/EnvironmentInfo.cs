namespace TwinVal.Harness.Reporting;

/// <summary>The machine a run executed on, recorded for reproducibility.</summary>
/// <param name="OperatingSystem">OS description.</param>
/// <param name="Runtime">.NET runtime description.</param>
/// <param name="Architecture">Process architecture.</param>
/// <param name="ProcessorCount">Logical processors available.</param>
/// <param name="MachineName">Host name.</param>
public sealed record EnvironmentInfo(string OperatingSystem, string Runtime, string Architecture, int ProcessorCount, string MachineName);
