namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>
/// Gradation of a credibility factor. V&amp;V 40 gives each factor its own ordered gradations (a, b, c, …) of increasing
/// rigor; TwinVal maps them onto one ordinal scale so targets and achievements compare across factors.
/// </summary>
public enum Rigor
{
    /// <summary>No activity (or no passing evidence).</summary>
    None,

    /// <summary>The lowest gradation.</summary>
    Low,

    /// <summary>An intermediate gradation.</summary>
    Medium,

    /// <summary>The highest gradation.</summary>
    High,
}
