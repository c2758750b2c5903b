using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace TwinVal.Reports.Tests.Verification;

/// <summary>
/// An independent PAdES signer for tests: appends an incremental update with a signature field and a signature
/// dictionary whose /ByteRange placeholder is filled after layout, then a detached SHA-256 SignedCms with a
/// signing-certificate-v2 attribute (ETSI EN 319 142-1 §5.2.2). Reads the base file with regular expressions, not with
/// the verifier's reader.
/// </summary>
internal static partial class TestSigner
{
    private const int ContentsBytes = 16384;

    public static byte[] Sign(byte[] pdf, X509Certificate2 signer, X509Certificate2Collection chain, DateTimeOffset signingTime,
        string subFilter = "ETSI.CAdES.detached", string field = "Approval", string reason = "Approved: results reviewed",
        Func<SignerInfo, byte[]>? timestamp = null)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var prev = long.Parse(StartXref().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var size = int.Parse(Size().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var root = Root().Matches(text)[^1].Groups[1].Value;
        var (sig, widget) = (size, size + 1);
        var when = signingTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + (signingTime.Offset < TimeSpan.Zero ? "-" : "+") + signingTime.Offset.ToString("hh\\'mm\\'", CultureInfo.InvariantCulture);
        var update = new StringBuilder(text);
        if (!text.EndsWith('\n'))
        {
            update.Append('\n');
        }

        // The catalog again, with an /AcroForm listing the new field: readers such as pdfsig find signatures there.
        var rootNumber = int.Parse(root.Split(' ')[0], CultureInfo.InvariantCulture);
        var header = $"{rootNumber} 0 obj";
        var bodyStart = text.LastIndexOf(header, StringComparison.Ordinal) + header.Length;
        var body = text[bodyStart..text.IndexOf("endobj", bodyStart, StringComparison.Ordinal)].Trim();
        var catalogOffset = Encoding.Latin1.GetByteCount(update.ToString());
        update.Append(CultureInfo.InvariantCulture, $"{header}\n<< /AcroForm << /Fields [{widget} 0 R] /SigFlags 3 >> {body[2..]}\nendobj\n");
        var sigOffset = Encoding.Latin1.GetByteCount(update.ToString());
        update.Append(CultureInfo.InvariantCulture, $"{sig} 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /{subFilter} /Name (Jane Doe) /M (D:{when}) /Reason ({reason}) /ByteRange [0 0000000000 0000000000 0000000000] /Contents <{new string('0', ContentsBytes * 2)}> >>\nendobj\n");
        var widgetOffset = Encoding.Latin1.GetByteCount(update.ToString());
        update.Append(CultureInfo.InvariantCulture, $"{widget} 0 obj\n<< /Type /Annot /Subtype /Widget /FT /Sig /T ({field}) /V {sig} 0 R /Rect [0 0 0 0] /F 132 >>\nendobj\n");
        var xref = Encoding.Latin1.GetByteCount(update.ToString());
        update.Append(CultureInfo.InvariantCulture, $"xref\n0 1\n0000000000 65535 f \n{rootNumber} 1\n{catalogOffset:D10} 00000 n \n{sig} 2\n{sigOffset:D10} 00000 n \n{widgetOffset:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size + 2} /Root {root} /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n");
        var bytes = Encoding.Latin1.GetBytes(update.ToString());

        var contentsStart = Encoding.Latin1.GetString(bytes).IndexOf("/Contents <", sigOffset, StringComparison.Ordinal) + "/Contents ".Length;
        var contentsEnd = contentsStart + (ContentsBytes * 2) + 2;
        var range = $"[0 {contentsStart:D10} {contentsEnd:D10} {bytes.Length - contentsEnd:D10}]";
        var rangeAt = Encoding.Latin1.GetString(bytes).IndexOf("[0 0000000000", sigOffset, StringComparison.Ordinal);
        Encoding.Latin1.GetBytes(range).CopyTo(bytes, rangeAt);

        var signed = bytes[..contentsStart].Concat(bytes[contentsEnd..]).ToArray();
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        var cmsSigner = new CmsSigner(signer) { DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"), IncludeOption = X509IncludeOption.EndCertOnly };
        cmsSigner.Certificates.AddRange(chain);
        cmsSigner.SignedAttributes.Add(SigningCertificateV2(signer));
        cms.ComputeSignature(cmsSigner);
        if (timestamp is not null)
        {
            cms.SignerInfos[0].AddUnsignedAttribute(new AsnEncodedData("1.2.840.113549.1.9.16.2.14", timestamp(cms.SignerInfos[0])));
        }

        var hex = Convert.ToHexString(cms.Encode());
        Encoding.Latin1.GetBytes(hex).CopyTo(bytes, contentsStart + 1);
        return bytes;
    }

    /// <summary>signing-certificate-v2 (RFC 5035): SEQUENCE { SEQUENCE OF ESSCertIDv2 { certHash } }, SHA-256 by default.</summary>
    public static AsnEncodedData SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
        }

        return new AsnEncodedData("1.2.840.113549.1.9.16.2.47", writer.Encode());
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex Size();

    [GeneratedRegex(@"/Root\s+(\d+\s+\d+\s+R)")]
    private static partial Regex Root();
}
