using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text;
using TwinVal.Reports.Signing;
using TwinVal.Reports.Tests.Pdf;
using TwinVal.Testing;
using Xunit;

namespace TwinVal.Reports.Tests.Signing;

public class TimestampTests
{
    /// <summary>The CMS of the last signature in <paramref name="pdf"/>, read from between its byte ranges.</summary>
    private static SignedCms LastSignature(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("/ByteRange [", StringComparison.Ordinal) + "/ByteRange [".Length;
        var numbers = text[at..text.IndexOf(']', at)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var hex = Convert.FromHexString(text[(numbers[1] + 1)..(numbers[2] - 1)]);
        // The reserved space is zero-padded after the DER value; decode exactly one value.
        AsnDecoder.ReadEncodedValue(hex, AsnEncodingRules.BER, out _, out _, out var consumed);
        var cms = new SignedCms();
        cms.Decode(hex.AsSpan(0, consumed));
        return cms;
    }

    [Fact]
    public async Task SignAsync_WithLocalTsa_AddsVerifiableSignatureTimestampAndStaysValid()
    {
        var clock = TestSigners.Clock();
        using var tsa = new LocalTimestampAuthority(clock);
        using var http = new HttpClient();
        var request = new SignatureRequest("Ada Reviewer", SignatureMeaning.Review, TestSigners.Ecdsa) { TimestampAuthority = new HttpTimestampAuthority(tsa.Url, http) };

        var signed = await PdfSigner.SignAsync(SampleReport.Pdf, request, clock, TestContext.Current.CancellationToken);

        Assert.Equal(1, PdfSig.ValidCount(PdfSig.Report(signed)));
        var signerInfo = LastSignature(signed).SignerInfos[0];
        var attribute = Assert.Single(signerInfo.UnsignedAttributes.Cast<CryptographicAttributeObject>(), a => a.Oid.Value == CadesSignature.TimestampTokenOid);
        Assert.True(Rfc3161TimestampToken.TryDecode(attribute.Values[0].RawData, out var token, out _));
        Assert.True(token!.VerifySignatureForSignerInfo(signerInfo, out var tsaCertificate));
        Assert.Equal(tsa.Certificate.Thumbprint, tsaCertificate!.Thumbprint);
        Assert.Equal(clock.GetUtcNow(), token.TokenInfo.Timestamp);
        Assert.Equal(1, tsa.Requests);
    }

    [Fact]
    public async Task SignAsync_Always_SignedAttributesHaveSigningCertificateV2AndNoSigningTime()
    {
        var signed = await PdfSigner.SignAsync(SampleReport.Pdf, new SignatureRequest("Ada", SignatureMeaning.Review, TestSigners.Rsa), TestSigners.Clock(), TestContext.Current.CancellationToken);

        var oids = LastSignature(signed).SignerInfos[0].SignedAttributes.Cast<CryptographicAttributeObject>().Select(a => a.Oid.Value).ToList();

        Assert.Contains(SigningCertificateV2.Oid, oids);
        Assert.Contains("1.2.840.113549.1.9.3", oids); // content-type
        Assert.Contains("1.2.840.113549.1.9.4", oids); // message-digest
        Assert.DoesNotContain("1.2.840.113549.1.9.5", oids); // signing-time (PAdES puts the time in /M)
    }

    [Fact]
    public async Task SignAsync_TsaUnreachable_ThrowsSigningExceptionNamingUrl()
    {
        using var http = new HttpClient();
        var url = new Uri("http://127.0.0.1:9/tsa");
        var request = new SignatureRequest("Ada", SignatureMeaning.Review, TestSigners.Ecdsa) { TimestampAuthority = new HttpTimestampAuthority(url, http) };

        var error = await Assert.ThrowsAsync<SigningException>(() => PdfSigner.SignAsync(SampleReport.Pdf, request, TestSigners.Clock(), TestContext.Current.CancellationToken));

        Assert.Contains("127.0.0.1:9", error.Message, StringComparison.Ordinal);
    }
}
