using TwinVal.Reports.Signing;
using UglyToad.PdfPig;
using TwinVal.Reports.Tests.Pdf;
using Xunit;

namespace TwinVal.Reports.Tests.Signing;

public class PdfSignerTests
{
    [Fact]
    public async Task SignAsync_RsaAuthor_PdfsigReportsValidWholeDocumentSignature()
    {
        var signed = await PdfSigner.SignAsync(SampleReport.Pdf, new SignatureRequest("Ada Reviewer", SignatureMeaning.Authorship, TestSigners.Rsa), TestSigners.Clock(), TestContext.Current.CancellationToken);

        var report = PdfSig.Report(signed);
        Assert.Equal(1, PdfSig.ValidCount(report));
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        Assert.Contains("ETSI.CAdES.detached", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignAsync_EcdsaReviewAfterRsaAuthor_BothValidOriginalPrefixIntact()
    {
        var token = TestContext.Current.CancellationToken;
        var first = await PdfSigner.SignAsync(SampleReport.Pdf, new SignatureRequest("Ada Reviewer", SignatureMeaning.Authorship, TestSigners.Rsa), TestSigners.Clock(), token);
        var second = await PdfSigner.SignAsync(first, new SignatureRequest("Eve Approver", SignatureMeaning.Review, TestSigners.Ecdsa), TestSigners.Clock(), token);

        var report = PdfSig.Report(second);
        Assert.Equal(2, PdfSig.ValidCount(report));
        Assert.Contains("Signature #2", report, StringComparison.Ordinal);
        // The first signature covers only its own revision; the last one covers the whole file.
        Assert.Contains("Not total document signed", report, StringComparison.Ordinal);
        Assert.EndsWith("Total document signed", report.Split("Signature #2")[1].Split('\n').Select(l => l.Trim()).First(l => l.Contains("document signed", StringComparison.Ordinal)).TrimStart('-', ' '), StringComparison.Ordinal);
        Assert.True(second.AsSpan(0, first.Length).SequenceEqual(first));
        Assert.True(second.AsSpan(0, SampleReport.Pdf.Length).SequenceEqual(SampleReport.Pdf));
    }

    [Fact]
    public async Task SignAsync_TwoSignatures_WidgetsDoNotOverlapAndCarryManifestationText()
    {
        var token = TestContext.Current.CancellationToken;
        var first = await PdfSigner.SignAsync(SampleReport.Pdf, new SignatureRequest("Ada Reviewer", SignatureMeaning.Authorship, TestSigners.Rsa), TestSigners.Clock(), token);
        var second = await PdfSigner.SignAsync(first, new SignatureRequest("Eve Approver", SignatureMeaning.Approval, TestSigners.Ecdsa), TestSigners.Clock(), token);

        using var document = PdfDocument.Open(second);
        var last = document.GetPage(document.NumberOfPages);
        var widgets = last.GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Widget).ToList();
        Assert.Equal(2, widgets.Count);
        Assert.Equal(2, PdfSig.ValidCount(PdfSig.Report(second)));
        var (r0, r1) = (widgets[0].Rectangle, widgets[1].Rectangle);
        Assert.True(r0.Right <= r1.Left || r1.Right <= r0.Left || r0.Top <= r1.Bottom || r1.Top <= r0.Bottom, $"{r0} overlaps {r1}");
        Assert.Contains("Signed by Ada Reviewer", widgets[0].Content, StringComparison.Ordinal);
        Assert.Contains("2026-03-14 10:26:53 UTC", widgets[0].Content, StringComparison.Ordinal);
        Assert.Contains("Meaning: authorship", widgets[0].Content, StringComparison.Ordinal);
        Assert.Contains("Meaning: approval", widgets[1].Content, StringComparison.Ordinal);
        Assert.Contains("SHA-256: " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(TestSigners.Ecdsa.RawData)), widgets[1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignAsync_DevelopmentCertificate_BannerOnEveryPage()
    {
        var signed = await PdfSigner.SignAsync(SampleReport.Pdf, new SignatureRequest("Ada Reviewer", SignatureMeaning.Authorship, TestSigners.Rsa), TestSigners.Clock(), TestContext.Current.CancellationToken);

        using var document = PdfDocument.Open(signed);
        Assert.All(document.GetPages(), page => Assert.Contains(page.GetAnnotations(), a => a.Content == DevelopmentCertificate.Banner));
    }

    [Fact]
    public async Task SignAsync_SameClockAndRsaKey_SameBytes()
    {
        var token = TestContext.Current.CancellationToken;
        var request = new SignatureRequest("Ada Reviewer", SignatureMeaning.Authorship, TestSigners.Rsa);

        var a = await PdfSigner.SignAsync(SampleReport.Pdf, request, TestSigners.Clock(), token);
        var b = await PdfSigner.SignAsync(SampleReport.Pdf, request, TestSigners.Clock(), token);

        // PKCS#1 v1.5 RSA signatures are deterministic, so the whole file repeats.
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task SignAsync_ExpiredCertificate_ThrowsNamingValidity()
    {
        var late = TwinVal.Testing.TestClock.At(TwinVal.Testing.TestClock.Epoch.AddDays(800));

        var error = await Assert.ThrowsAsync<SigningException>(() => PdfSigner.SignAsync(SampleReport.Pdf, new SignatureRequest("Ada", SignatureMeaning.Review, TestSigners.Rsa), late, TestContext.Current.CancellationToken));

        Assert.Contains("expired or not yet valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignAsync_CertificateWithoutPrivateKey_Throws()
    {
        using var publicOnly = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(TestSigners.Rsa.RawData);

        var error = await Assert.ThrowsAsync<SigningException>(() => PdfSigner.SignAsync(SampleReport.Pdf, new SignatureRequest("Ada", SignatureMeaning.Review, publicOnly), TestSigners.Clock(), TestContext.Current.CancellationToken));

        Assert.Contains("no private key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignAsync_SameClockAndEcdsaKey_SameBytesOutsideContents()
    {
        var token = TestContext.Current.CancellationToken;
        var request = new SignatureRequest("Eve Approver", SignatureMeaning.Approval, TestSigners.Ecdsa);

        var a = await PdfSigner.SignAsync(SampleReport.Pdf, request, TestSigners.Clock(), token);
        var b = await PdfSigner.SignAsync(SampleReport.Pdf, request, TestSigners.Clock(), token);

        // ECDSA signatures are randomised: only the /Contents hex string may differ.
        Assert.Equal(a.Length, b.Length);
        // The gap between the two signed byte ranges is exactly the signature's /Contents string.
        var text = System.Text.Encoding.Latin1.GetString(a);
        var at = text.LastIndexOf("/ByteRange [", StringComparison.Ordinal) + "/ByteRange [".Length;
        var range = text[at..text.IndexOf(']', at)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
        var (start, end) = (range[1], range[2]);
        Assert.True(a.AsSpan(0, start).SequenceEqual(b.AsSpan(0, start)));
        Assert.True(a.AsSpan(end).SequenceEqual(b.AsSpan(end)));
        Assert.False(a.AsSpan(start, end - start).SequenceEqual(b.AsSpan(start, end - start)));
    }
}
