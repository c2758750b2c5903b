using System.Collections.Immutable;

namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>The factor list in V&amp;V 40 order and the activity of each factor.</summary>
public static class CredibilityFactors
{
    /// <summary>All thirteen factors in V&amp;V 40 order.</summary>
    public static ImmutableArray<CredibilityFactor> All { get; } = [.. Enum.GetValues<CredibilityFactor>()];

    /// <summary>The activity <paramref name="factor"/> belongs to.</summary>
    public static CredibilityActivity ActivityOf(CredibilityFactor factor) => factor switch
    {
        <= CredibilityFactor.UseError => CredibilityActivity.Verification,
        <= CredibilityFactor.OutputComparison => CredibilityActivity.Validation,
        _ => CredibilityActivity.Applicability,
    };
}
