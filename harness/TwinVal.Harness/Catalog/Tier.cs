namespace TwinVal.Harness.Catalog;

/// <summary>
/// Cost tier of a case. Tiers nest: running a tier runs every cheaper tier too
/// (<c>--tier continuous</c> runs smoke and continuous cases).
/// </summary>
public enum Tier
{
    /// <summary>Seconds: every commit.</summary>
    Smoke,

    /// <summary>Minutes: the default CI run.</summary>
    Continuous,

    /// <summary>Long: nightly campaigns only.</summary>
    Nightly,
}
