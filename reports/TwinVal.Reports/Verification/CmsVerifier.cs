using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Verification;

/// <summary>What the CMS of one signature holds and whether its digest and signature check out.</summary>
internal sealed record CmsResult(
    VerificationCheck Digest,
    VerificationCheck Signature,
    SignerInfo? Signer,
    X509Certificate2? Certificate,
    X509Certificate2Collection Certificates,
    DateTimeOffset? SigningTimeAttribute);

/// <summary>
/// Verifies the detached CMS SignedData of a PDF signature (ISO 32000-2 §12.8.3.3, RFC 5652; PAdES ETSI EN 319 142-1
/// §6.3 for ETSI.CAdES.detached): the message digest over the byte ranges, the signature over the signed attributes,
/// and, for PAdES, the signing-certificate-v2 binding (RFC 5035).
/// </summary>
internal static class CmsVerifier
{
    private const string MessageDigestOid = "1.2.840.113549.1.9.4";
    private const string SigningTimeOid = "1.2.840.113549.1.9.5";
    private const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";

    public static CmsResult Verify(ReadOnlySpan<byte> contents, byte[] signedBytes, string subFilter)
    {
        var empty = new X509Certificate2Collection();
        byte[] der;
        try
        {
            // /Contents is padded with zeros after the DER value; only the value itself is the CMS.
            AsnDecoder.ReadEncodedValue(contents, AsnEncodingRules.BER, out _, out _, out var consumed);
            der = contents[..consumed].ToArray();
        }
        catch (AsnContentException e)
        {
            var bad = VerificationCheck.Fail("CMS signature", $"/Contents that is not DER ({e.Message})", "a CMS SignedData structure", "without it nothing binds the signer to the document");
            return new CmsResult(NotChecked("digest"), bad, null, null, empty, null);
        }

        var cms = new SignedCms(new ContentInfo(signedBytes), detached: true);
        try
        {
            cms.Decode(der);
        }
        catch (CryptographicException e)
        {
            var bad = VerificationCheck.Fail("CMS signature", $"undecodable CMS ({e.Message})", "a CMS SignedData structure", "without it nothing binds the signer to the document");
            return new CmsResult(NotChecked("digest"), bad, null, null, empty, null);
        }

        if (cms.SignerInfos.Count != 1)
        {
            var bad = VerificationCheck.Fail("CMS signature", $"{cms.SignerInfos.Count} signer infos", "exactly one SignerInfo", "a PDF signature has one signer");
            return new CmsResult(NotChecked("digest"), bad, null, null, cms.Certificates, null);
        }

        var signer = cms.SignerInfos[0];
        var digest = CheckDigest(signer, signedBytes);
        var signature = CheckSignature(signer, digest, subFilter);
        return new CmsResult(digest, signature, signer, signer.Certificate, cms.Certificates, SigningTime(signer));
    }

    private static VerificationCheck CheckDigest(SignerInfo signer, byte[] signedBytes)
    {
        const string Name = "digest";
        const string Why = "a different digest means the signed bytes were changed after signing";
        var algorithm = signer.DigestAlgorithm.Value switch
        {
            "2.16.840.1.101.3.4.2.1" => HashAlgorithmName.SHA256,
            "2.16.840.1.101.3.4.2.2" => HashAlgorithmName.SHA384,
            "2.16.840.1.101.3.4.2.3" => HashAlgorithmName.SHA512,
            _ => default,
        };
        if (algorithm == default)
        {
            return VerificationCheck.Fail(Name, $"digest algorithm {signer.DigestAlgorithm.Value} ({signer.DigestAlgorithm.FriendlyName})", "SHA-256, SHA-384 or SHA-512", "weaker digests (SHA-1, MD5) do not protect against forged documents");
        }

        var actual = CryptographicOperations.HashData(algorithm, signedBytes);
        var attribute = signer.SignedAttributes.Cast<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == MessageDigestOid);
        if (attribute is null || attribute.Values.Count != 1)
        {
            return VerificationCheck.Fail(Name, "no messageDigest signed attribute", "one messageDigest attribute (RFC 5652 §11.2)", "the digest of the signed bytes must be signed");
        }

        var declared = AsnDecoder.ReadOctetString(attribute.Values[0].RawData, AsnEncodingRules.DER, out _);
        return CryptographicOperations.FixedTimeEquals(declared, actual)
            ? VerificationCheck.Ok(Name, $"{algorithm.Name} over {signedBytes.Length} bytes matches")
            : VerificationCheck.Fail(Name, $"{algorithm.Name} {Convert.ToHexStringLower(actual)} of the signed ranges", $"{Convert.ToHexStringLower(declared)} (the signed messageDigest)", Why);
    }

    private static VerificationCheck CheckSignature(SignerInfo signer, VerificationCheck digest, string subFilter)
    {
        const string Name = "CMS signature";
        const string Expected = "a signature by the signer certificate's key over the signed attributes";
        if (signer.Certificate is null)
        {
            return VerificationCheck.Fail(Name, "no signer certificate in the CMS", "the signer certificate among the CMS certificates", "the signer cannot be identified or checked");
        }

        if (digest.Status == VerificationStatus.Failed)
        {
            return VerificationCheck.Fail(Name, "not verifiable: the content digest differs (see digest)", Expected, "the signature is over a digest the document no longer has");
        }

        try
        {
            signer.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException e)
        {
            return VerificationCheck.Fail(Name, $"a signature that does not verify ({e.Message})", Expected, "the signed attributes were altered or signed by another key");
        }

        if (subFilter == "ETSI.CAdES.detached")
        {
            var binding = CheckSigningCertificateV2(signer);
            if (binding is not null)
            {
                return VerificationCheck.Fail(Name, binding, "a signing-certificate-v2 attribute whose hash is the signer certificate's (ETSI EN 319 142-1 §5.2.2)", "PAdES binds the certificate to the signature so it cannot be substituted");
            }
        }

        return VerificationCheck.Ok(Name, $"{signer.Certificate.PublicKey.Oid.FriendlyName ?? signer.Certificate.PublicKey.Oid.Value} signature verifies");
    }

    // Null when the attribute binds the signer certificate, else what is wrong.
    private static string? CheckSigningCertificateV2(SignerInfo signer)
    {
        var attribute = signer.SignedAttributes.Cast<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == SigningCertificateV2Oid);
        if (attribute is null || attribute.Values.Count != 1)
        {
            return "no signing-certificate-v2 signed attribute";
        }

        try
        {
            var reader = new AsnReader(attribute.Values[0].RawData, AsnEncodingRules.DER);
            var certs = reader.ReadSequence().ReadSequence();
            var id = certs.ReadSequence();
            var algorithm = HashAlgorithmName.SHA256; // the DEFAULT of ESSCertIDv2 (RFC 5035 §4)
            if (id.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
            {
                var oid = id.ReadSequence().ReadObjectIdentifier();
                algorithm = oid switch
                {
                    "2.16.840.1.101.3.4.2.1" => HashAlgorithmName.SHA256,
                    "2.16.840.1.101.3.4.2.2" => HashAlgorithmName.SHA384,
                    "2.16.840.1.101.3.4.2.3" => HashAlgorithmName.SHA512,
                    _ => throw new AsnContentException($"hash algorithm {oid}"),
                };
            }

            var hash = id.ReadOctetString();
            var actual = CryptographicOperations.HashData(algorithm, signer.Certificate!.RawData);
            return actual.AsSpan().SequenceEqual(hash) ? null : $"certHash {Convert.ToHexStringLower(hash)} ≠ {algorithm.Name} of the signer certificate {Convert.ToHexStringLower(actual)}";
        }
        catch (AsnContentException e)
        {
            return $"an unreadable signing-certificate-v2 attribute ({e.Message})";
        }
    }

    private static DateTimeOffset? SigningTime(SignerInfo signer)
    {
        var attribute = signer.SignedAttributes.Cast<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == SigningTimeOid);
        if (attribute is null || attribute.Values.Count != 1)
        {
            return null;
        }

        try
        {
            return new Pkcs9SigningTime(attribute.Values[0].RawData).SigningTime;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static VerificationCheck NotChecked(string name) =>
        VerificationCheck.Fail(name, "not checked: the CMS is unreadable", "a CMS whose messageDigest can be compared", "nothing shows the document is unchanged");
}
