namespace TwinVal.Reports.Signing;

/// <summary>The meaning of an electronic signature (21 CFR 11.50(a)(3)), shown on the page and written as <c>/Reason</c>.</summary>
public enum SignatureMeaning
{
    /// <summary>The signer wrote the report (the signature applied when the run generates it).</summary>
    Authorship,

    /// <summary>The signer reviewed the report.</summary>
    Review,

    /// <summary>The signer approved the report.</summary>
    Approval,

    /// <summary>The signer takes responsibility for the report.</summary>
    Responsibility,
}
