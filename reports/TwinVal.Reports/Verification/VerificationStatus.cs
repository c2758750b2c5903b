namespace TwinVal.Reports.Verification;

/// <summary>Outcome of one verification check.</summary>
public enum VerificationStatus
{
    /// <summary>The check passed.</summary>
    Ok,

    /// <summary>The check failed; the signature or document is not valid evidence.</summary>
    Failed,

    /// <summary>The check does not apply (for example no timestamp is present).</summary>
    NotApplicable,
}
