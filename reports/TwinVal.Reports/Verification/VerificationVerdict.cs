namespace TwinVal.Reports.Verification;

/// <summary>The overall outcome of verifying a signed report.</summary>
public enum VerificationVerdict
{
    /// <summary>Every signature, its chain to the trust anchors, the revisions after it and every attachment check out.</summary>
    Valid,

    /// <summary>The file was read, but at least one check failed.</summary>
    Invalid,

    /// <summary>The file could not be read as a PDF (missing, not a PDF, truncated, structurally broken).</summary>
    Unreadable,
}
