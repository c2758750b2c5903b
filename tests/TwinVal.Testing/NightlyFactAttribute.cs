using System.Runtime.CompilerServices;
using Xunit;

namespace TwinVal.Testing;

/// <summary>
/// A test of the nightly cost tier: skipped (and reported as skipped) unless <c>TWINVAL_TIER=nightly</c>, so the
/// default <c>dotnet test</c> stays within CI's budget while the slow tier remains one variable away. Mark such tests
/// with <c>[Trait("Tier", "nightly")]</c> as well, so they can be filtered by trait.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class NightlyFactAttribute : FactAttribute
{
    /// <summary>The environment variable that selects the tier.</summary>
    public const string EnvironmentVariable = "TWINVAL_TIER";

    /// <summary>Creates the attribute; the test is skipped unless the nightly tier is selected.</summary>
    public NightlyFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (!IsNightly)
        {
            Skip = $"nightly tier: set {EnvironmentVariable}=nightly to run";
        }
    }

    /// <summary>True when <c>TWINVAL_TIER=nightly</c>.</summary>
    public static bool IsNightly =>
        string.Equals(Environment.GetEnvironmentVariable(EnvironmentVariable), "nightly", StringComparison.OrdinalIgnoreCase);
}
