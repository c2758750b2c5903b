using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Signing;

/// <summary>
/// The CMS SignedData of a PAdES baseline signature (ETSI EN 319 142-1 §5.1.1, SubFilter ETSI.CAdES.detached):
/// detached SHA-256 digest of the signed byte ranges; signed attributes content-type, message-digest and
/// signing-certificate-v2; no signing-time (PAdES puts the time in the signature dictionary's /M). With a time-stamp
/// authority the token over the signature value is added as the unsigned attribute signature-time-stamp (B-T).
/// </summary>
internal static class CadesSignature
{
    /// <summary>id-aa-signatureTimeStampToken (RFC 3161 appendix A).</summary>
    public const string TimestampTokenOid = "1.2.840.113549.1.9.16.2.14";

    /// <summary>Signs <paramref name="signedBytes"/> and returns the DER-encoded CMS.</summary>
    public static async Task<byte[]> CreateAsync(
        byte[] signedBytes, X509Certificate2 certificate, ITimestampAuthority? timestampAuthority, CancellationToken cancellationToken)
    {
        var cms = new SignedCms(new ContentInfo(signedBytes), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1", "sha256"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new AsnEncodedData(new Oid(SigningCertificateV2.Oid), SigningCertificateV2.Encode(certificate)));
        // A non-empty signed attribute set makes SignedCms add content-type and message-digest itself.
        cms.ComputeSignature(signer, silent: true);
        if (timestampAuthority is not null)
        {
            var signerInfo = cms.SignerInfos[0];
            var token = await timestampAuthority.TimestampAsync(signerInfo.GetSignature(), cancellationToken);
            signerInfo.AddUnsignedAttribute(new AsnEncodedData(new Oid(TimestampTokenOid), token));
        }

        return cms.Encode();
    }
}
