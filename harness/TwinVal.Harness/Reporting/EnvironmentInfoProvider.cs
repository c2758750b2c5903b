using System.Runtime.InteropServices;

namespace TwinVal.Harness.Reporting;

/// <summary>Describes the machine the harness runs on, for run.json.</summary>
public static class EnvironmentInfoProvider
{
    /// <summary>The current OS, runtime, architecture, processor count and host name.</summary>
    public static EnvironmentInfo Current() => new(
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(),
        Environment.ProcessorCount,
        Environment.MachineName);
}
