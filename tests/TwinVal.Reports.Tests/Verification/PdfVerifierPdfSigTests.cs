using System.Security.Cryptography.X509Certificates;
using TwinVal.Reports.Tests.Pdf;
using TwinVal.Reports.Verification;

namespace TwinVal.Reports.Tests.Verification;

/// <summary>The verifier against signatures made by an independent implementation: poppler's pdfsig on a real TwinVal report.</summary>
public sealed class PdfVerifierPdfSigTests : IDisposable
{
    private readonly X509Certificate2 ca = TestCertificates.TestCa;
    private readonly X509Certificate2 signer = TestCertificates.RsaSigner;
    private readonly PdfSigTool tool = new(TestCertificates.RsaSigner, TestCertificates.TestCa);

    private X509Certificate2Collection Anchors => TestCertificates.Anchors(ca);

    [Fact]
    public void Verify_PdfSigSignedReport_IsValidWithManifestation()
    {
        var signed = tool.Sign(SampleReport.Pdf, "Approval", "Approved: results reviewed");

        var report = PdfVerifier.Verify(signed, Anchors, "signed.pdf");

        Assert.True(report.Verdict == VerificationVerdict.Valid, string.Join("\n", report.Reasons));
        var s = Assert.Single(report.Signatures);
        Assert.Equal(("Approval", "Jane Doe", "Approved: results reviewed", "adbe.pkcs7.detached"), (s.FieldName, s.Signer, s.Meaning, s.SubFilter));
        Assert.True(s.CoversWholeDocument);
        Assert.True(s.DevelopmentSigner);
        Assert.NotNull(s.SigningTime);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(signer.RawData)), s.CertificateSha256);
    }

    // pdfsig 22.12 cannot sign with an ECDSA key ("unable update signature"), so the ECDSA cross-check goes the other
    // way: the test's own PAdES signer signs, and both verifiers must call it valid.
    [Fact]
    public void Verify_OwnEcdsaPadesSignature_BothVerifiersValid()
    {
        var signed = TestSigner.Sign(TestPdf.Build(), TestCertificates.EcdsaSigner, [ca], DateTimeOffset.UtcNow);

        var report = PdfVerifier.Verify(signed, Anchors, "ecdsa.pdf");

        Assert.True(report.Verdict == VerificationVerdict.Valid, string.Join("\n", report.Reasons));
        Assert.Contains("ECC", report.Signatures[0].Check("CMS signature").Found, StringComparison.Ordinal);
        var pdfsig = tool.Check(signed);
        Assert.Contains("Signature Validation: Signature is Valid", pdfsig, StringComparison.Ordinal);
        Assert.Contains("ETSI.CAdES.detached", pdfsig, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TwoSequentialSignatures_FirstValidForItsRevisionSecondWhole()
    {
        var once = tool.Sign(TestPdf.Build(), "Author", "Authored");
        var twice = tool.Sign(once, "Reviewer", "Reviewed");

        var report = PdfVerifier.Verify(twice, Anchors, "twice.pdf");

        Assert.True(report.Verdict == VerificationVerdict.Valid, string.Join("\n", report.Reasons));
        Assert.Equal(2, report.Signatures.Length);
        Assert.Equal("revision 2 of 3", report.Signatures[0].Coverage);
        Assert.Equal("whole document", report.Signatures[1].Coverage);
        Assert.Equal(VerificationStatus.Ok, report.Signatures[0].Check("modifications after signing").Status);
    }

    [Fact]
    public void Verify_NoAnchors_InvalidUntrusted()
    {
        var signed = tool.Sign(TestPdf.Build(), "Approval", "Approved");

        var report = PdfVerifier.Verify(signed, [], "signed.pdf");

        Assert.Equal(VerificationVerdict.Invalid, report.Verdict);
        var chain = report.Signatures[0].Check("chain");
        Assert.Equal((VerificationStatus.Failed, "untrusted: no anchors given"), (chain.Status, chain.Found));
        Assert.Equal(VerificationStatus.Ok, report.Signatures[0].Check("digest").Status);
    }

    [Fact]
    public void Verify_WrongTrustAnchor_ChainFails()
    {
        var signed = tool.Sign(TestPdf.Build(), "Approval", "Approved");

        var report = PdfVerifier.Verify(signed, TestCertificates.Anchors(TestCertificates.Ca("Some Other CA")), "signed.pdf");

        Assert.Equal(VerificationVerdict.Invalid, report.Verdict);
        Assert.Equal(VerificationStatus.Failed, report.Signatures[0].Check("chain").Status);
        Assert.Equal(VerificationStatus.Ok, report.Signatures[0].Check("CMS signature").Status);
    }

    [Fact]
    public void Verify_AppendedBytes_ModifiedAfterSigning()
    {
        var signed = tool.Sign(TestPdf.Build(), "Approval", "Approved");
        var appended = signed.Concat("% unsigned note\n"u8.ToArray()).ToArray();

        var report = PdfVerifier.Verify(appended, Anchors, "appended.pdf");

        var check = report.Signatures[0].Check("modifications after signing");
        Assert.Equal(VerificationStatus.Failed, check.Status);
        Assert.Contains("modified after signing", check.Found, StringComparison.Ordinal);
        Assert.False(report.Signatures[0].CoversWholeDocument);
    }

    [Fact]
    public void Verify_AppendedUnsignedRevision_ModifiedAfterSigning()
    {
        var signed = tool.Sign(TestPdf.Build(), "Approval", "Approved");
        var update = IncrementalUpdate.ReplacePageContent(signed, "BT /F1 12 Tf 10 10 Td (forged) Tj ET");

        var report = PdfVerifier.Verify(update, Anchors, "forged.pdf");

        Assert.Equal(VerificationVerdict.Invalid, report.Verdict);
        Assert.Contains("revision 3 (unsigned)", report.Signatures[0].Check("modifications after signing").Found, StringComparison.Ordinal);
        Assert.Contains("Signature is Valid", tool.Check(update), StringComparison.Ordinal); // pdfsig validates the old range…
        Assert.Contains("Not total document signed", tool.Check(update), StringComparison.Ordinal); // …and also flags it
    }

    [Fact]
    public void Verify_OneByteFlipped_PdfSigAgrees()
    {
        var signed = tool.Sign(TestPdf.Build(), "Approval", "Approved");
        var range = PdfVerifier.Verify(signed, Anchors, "signed.pdf").Signatures[0].ByteRange;
        long[] positions = [20, range[1] / 2, range[1] - 40, range[2] + 5];

        foreach (var position in positions)
        {
            var tampered = (byte[])signed.Clone();
            tampered[position] ^= 0x01;
            Assert.NotEqual(VerificationVerdict.Valid, PdfVerifier.Verify(tampered, Anchors, "tampered.pdf").Verdict);
            Assert.DoesNotContain("Signature Validation: Signature is Valid", tool.Check(tampered), StringComparison.Ordinal);
        }
    }

    public void Dispose() => tool.Dispose();
}
