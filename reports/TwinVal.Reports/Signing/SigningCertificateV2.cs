using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Signing;

/// <summary>
/// The ESS signing-certificate-v2 attribute (RFC 5035 §3; required by PAdES baseline B-B, ETSI EN 319 142-1 §6.3 and
/// ETSI EN 319 122-1 §5.2.2): binds the signer's certificate to the signature by its SHA-256 hash and issuer/serial.
/// </summary>
internal static class SigningCertificateV2
{
    /// <summary>id-aa-signingCertificateV2.</summary>
    public const string Oid = "1.2.840.113549.1.9.16.2.47";

    /// <summary>The DER-encoded attribute value for <paramref name="certificate"/>.</summary>
    public static byte[] Encode(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                // ESSCertIDv2: hashAlgorithm omitted because SHA-256 is its DEFAULT (DER omits defaults).
                using (writer.PushSequence())
                {
                    writer.WriteOctetString(SHA256.HashData(certificate.RawData));
                    using (writer.PushSequence())
                    {
                        using (writer.PushSequence())
                        {
                            // GeneralName directoryName [4] EXPLICIT Name.
                            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true)))
                            {
                                writer.WriteEncodedValue(certificate.IssuerName.RawData);
                            }
                        }

                        writer.WriteInteger(certificate.SerialNumberBytes.Span);
                    }
                }
            }
        }

        return writer.Encode();
    }
}
