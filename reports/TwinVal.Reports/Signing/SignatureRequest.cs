using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Signing;

/// <summary>One electronic signature to apply to a report.</summary>
/// <param name="PrintedName">The signer's printed name (21 CFR 11.50(a)(1)), as shown on the page.</param>
/// <param name="Meaning">What the signature means (21 CFR 11.50(a)(3)).</param>
/// <param name="Certificate">The signer's certificate, with its private key.</param>
public sealed record SignatureRequest(string PrintedName, SignatureMeaning Meaning, X509Certificate2 Certificate)
{
    /// <summary>Optional RFC 3161 time-stamp authority (PAdES B-T); null for B-B.</summary>
    public ITimestampAuthority? TimestampAuthority { get; init; }

    /// <summary>The meaning as written on the page and in <c>/Reason</c> (lower case, e.g. "approval").</summary>
    public string MeaningText => Meaning.ToString().ToLowerInvariant();
}
