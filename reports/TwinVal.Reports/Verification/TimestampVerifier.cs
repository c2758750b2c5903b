using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Verification;

/// <summary>
/// Verifies an RFC 3161 signature timestamp carried as the unsigned attribute id-aa-timeStampToken
/// (1.2.840.113549.1.9.16.2.14, RFC 3161 Appendix A): the token's own CMS signature, its message imprint over the
/// signature value, and its TSA certificate's chain to the trust anchors at genTime.
/// </summary>
internal static class TimestampVerifier
{
    private const string TimestampTokenOid = "1.2.840.113549.1.9.16.2.14";
    private const string Name = "timestamp";

    public static (VerificationCheck Check, DateTimeOffset? Time) Verify(SignerInfo? signer, X509Certificate2Collection anchors)
    {
        var attribute = signer?.UnsignedAttributes.Cast<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == TimestampTokenOid);
        if (signer is null || attribute is null)
        {
            return (VerificationCheck.NotApplicable(Name, "no timestamp token"), null);
        }

        if (attribute.Values.Count != 1 || !Rfc3161TimestampToken.TryDecode(attribute.Values[0].RawData, out var token, out _))
        {
            return (VerificationCheck.Fail(Name, "a token that does not decode as RFC 3161, names no TSA certificate, or whose TSA certificate was not valid at genTime", "one RFC 3161 TimeStampToken from a TSA valid at its genTime", "a timestamp that cannot be read proves no time"), null);
        }

        var time = token.TokenInfo.Timestamp;
        if (!token.VerifySignatureForSignerInfo(signer, out var tsa))
        {
            return (VerificationCheck.Fail(Name, $"a token (genTime {time:u}) whose imprint or signature does not verify", "a TSA signature over a TSTInfo whose messageImprint is the hash of this signature value", "the time is not bound to this signature"), null);
        }

        var chain = CertificateChecks.Chain(tsa, token.AsSignedCms().Certificates, anchors, time, Name);
        if (chain.Status == VerificationStatus.Failed)
        {
            return (chain with { Found = $"TSA {tsa?.Subject}: {chain.Found}" }, null);
        }

        return (VerificationCheck.Ok(Name, $"{time:u} by {tsa?.GetNameInfo(X509NameType.SimpleName, false)}"), time);
    }
}
