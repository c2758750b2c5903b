using System.Collections.Immutable;

namespace TwinVal.Reports.Verification;

/// <summary>What the verifier found about one signature (numbered in signing order, from 1).</summary>
/// <param name="Index">1-based position in signing order (by the end of the signed byte range).</param>
/// <param name="FieldName">Fully qualified name of the signature field ("" when no field refers to it).</param>
/// <param name="Signer">Printed name: the signature's /Name, else the certificate's CN (21 CFR 11.50(a)(1)).</param>
/// <param name="SigningTime">The /M time the signer claims, with its zone (21 CFR 11.50(a)(2)); null when absent or unreadable.</param>
/// <param name="Meaning">The /Reason: the meaning of the signature (21 CFR 11.50(a)(3)).</param>
/// <param name="SubFilter">The /SubFilter: adbe.pkcs7.detached or ETSI.CAdES.detached.</param>
/// <param name="Revision">The revision the signature covers (1-based); 0 when its byte range ends at no revision.</param>
/// <param name="RevisionCount">Revisions in the file.</param>
/// <param name="CoversWholeDocument">True when the signed range reaches the last byte of the file.</param>
/// <param name="ByteRange">The /ByteRange: offset and length of the two signed ranges.</param>
/// <param name="CertificateSubject">The signer certificate's subject ("" when none was found).</param>
/// <param name="CertificateSha256">SHA-256 fingerprint of the signer certificate, lowercase hex.</param>
/// <param name="DevelopmentSigner">True when the certificate's O is "TwinVal development signer": not for submissions.</param>
/// <param name="TimestampTime">The RFC 3161 timestamp's genTime, when a token is present and readable.</param>
/// <param name="Checks">The checks, in order: byte range, digest, CMS signature, chain, key usage, validity at signing time, timestamp, modifications after signing.</param>
public sealed record SignatureReport(
    int Index,
    string FieldName,
    string Signer,
    DateTimeOffset? SigningTime,
    string Meaning,
    string SubFilter,
    int Revision,
    int RevisionCount,
    bool CoversWholeDocument,
    ImmutableArray<long> ByteRange,
    string CertificateSubject,
    string CertificateSha256,
    bool DevelopmentSigner,
    DateTimeOffset? TimestampTime,
    ImmutableArray<VerificationCheck> Checks)
{
    /// <summary>True when no check failed.</summary>
    public bool Valid => Checks.All(c => c.Status != VerificationStatus.Failed);

    /// <summary>The check named <paramref name="name"/>.</summary>
    public VerificationCheck Check(string name) => Checks.First(c => c.Name == name);

    /// <summary>"whole document" or "revision k of n".</summary>
    public string Coverage => CoversWholeDocument ? "whole document" : Revision == 0 ? "no revision" : $"revision {Revision} of {RevisionCount}";
}
