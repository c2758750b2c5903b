using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Tests.Verification;

/// <summary>
/// A minimal in-test TSA: an RFC 3161 TimeStampToken (RFC 3161 §2.4.2) — a SignedCms with eContentType id-ct-TSTInfo
/// over a TSTInfo built with System.Formats.Asn1, signed by a certificate with the critical timeStamping EKU.
/// </summary>
internal sealed class TestTimestampAuthority(X509Certificate2 tsa)
{
    /// <summary>A token whose message imprint is the SHA-256 of <paramref name="imprinted"/> (normally the signature value).</summary>
    public byte[] Token(ReadOnlySpan<byte> imprinted, DateTimeOffset genTime)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(1);
            writer.WriteObjectIdentifier("1.3.6.1.4.1.99999.1"); // a test policy OID
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier("2.16.840.1.101.3.4.2.1");
                }

                writer.WriteOctetString(SHA256.HashData(imprinted));
            }

            writer.WriteInteger(new BigInteger(RandomNumberGenerator.GetBytes(8), isUnsigned: true));
            writer.WriteGeneralizedTime(genTime, omitFractionalSeconds: true);
        }

        var cms = new SignedCms(new ContentInfo(new Oid("1.2.840.113549.1.9.16.1.4"), writer.Encode()), detached: false);
        var signer = new CmsSigner(tsa) { DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"), IncludeOption = X509IncludeOption.EndCertOnly };
        signer.SignedAttributes.Add(TestSigner.SigningCertificateV2(tsa));
        cms.ComputeSignature(signer);
        return cms.Encode();
    }

    /// <summary>The timestamp callback for <see cref="TestSigner.Sign"/>: a token over the signature value.</summary>
    public Func<SignerInfo, byte[]> Over(DateTimeOffset genTime) => info => Token(info.GetSignature(), genTime);
}
