namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>The V&amp;V 40 activity a credibility factor belongs to.</summary>
public enum CredibilityActivity
{
    /// <summary>Code and calculation verification.</summary>
    Verification,

    /// <summary>Validation: computational model, comparator, assessment.</summary>
    Validation,

    /// <summary>Applicability of the validation to the context of use.</summary>
    Applicability,
}
