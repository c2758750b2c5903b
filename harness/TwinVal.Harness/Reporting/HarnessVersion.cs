using System.Reflection;

namespace TwinVal.Harness.Reporting;

/// <summary>
/// The harness's version and the git commit it was built from. The .NET SDK appends <c>+&lt;commit&gt;</c> to
/// AssemblyInformationalVersion when it builds inside a git repository (SourceRevisionId from Source Link), so both
/// come from one attribute; outside a repository the commit is <c>unknown</c>.
/// </summary>
/// <param name="Version">Semantic version, for example <c>0.1.0</c>.</param>
/// <param name="Commit">Full commit hash, or <c>unknown</c>.</param>
public sealed record HarnessVersion(string Version, string Commit)
{
    /// <summary>The version of the TwinVal.Harness assembly.</summary>
    public static HarnessVersion Current { get; } = Parse(
        typeof(HarnessVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    /// <summary>Splits an informational version <c>0.1.0+abc123</c> into version and commit.</summary>
    public static HarnessVersion Parse(string? informationalVersion)
    {
        if (string.IsNullOrWhiteSpace(informationalVersion))
        {
            return new HarnessVersion("unknown", "unknown");
        }

        var plus = informationalVersion.IndexOf('+', StringComparison.Ordinal);
        if (plus < 0)
        {
            return new HarnessVersion(informationalVersion.Trim(), "unknown");
        }

        var commit = informationalVersion[(plus + 1)..].Trim();
        return new HarnessVersion(informationalVersion[..plus].Trim(), commit.Length == 0 ? "unknown" : commit);
    }
}
