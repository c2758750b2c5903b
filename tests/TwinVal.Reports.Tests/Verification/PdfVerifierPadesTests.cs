using System.Security.Cryptography.X509Certificates;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TwinVal.Reports.Verification;

namespace TwinVal.Reports.Tests.Verification;

/// <summary>PAdES-style signatures (ETSI.CAdES.detached, signing-certificate-v2) made by the test's own signer.</summary>
public sealed class PdfVerifierPadesTests
{
    private static readonly X509Certificate2 Ca = TestCertificates.TestCa;
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Verify_PadesSignature_RsaAndEcdsa_Valid(bool ecdsa)
    {
        var signer = ecdsa ? TestCertificates.EcdsaSigner : TestCertificates.RsaSigner;
        var signed = TestSigner.Sign(TestPdf.Build(), signer, [Ca], Now);

        var report = PdfVerifier.Verify(signed, [Ca], "pades.pdf");

        Assert.True(report.Verdict == VerificationVerdict.Valid, string.Join("\n", report.Reasons));
        Assert.Equal("ETSI.CAdES.detached", report.Signatures[0].SubFilter);
        Assert.Equal("Approval", report.Signatures[0].FieldName);
    }

    [Fact]
    public void Verify_OneByteFlippedAnywhereInsideSignedRanges_Invalid()
    {
        var signer = TestCertificates.EcdsaSigner;
        var signed = TestSigner.Sign(TestPdf.Build("evidence"u8.ToArray()), signer, [Ca], Now);
        var range = PdfVerifier.Verify(signed, [Ca], "signed.pdf").Signatures[0].ByteRange;
        var positions = Gen.Choose(0, (int)(range[1] + range[3] - 1)).Select(i => i < range[1] ? i : i - (int)range[1] + (int)range[2]);

        Prop.ForAll(positions.ToArbitrary(), position =>
        {
            var tampered = (byte[])signed.Clone();
            tampered[position] ^= 0x01;
            return PdfVerifier.Verify(tampered, [Ca], "tampered.pdf").Verdict != VerificationVerdict.Valid;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Verify_CertificateExpiredAtSigningTime_ValidityFails()
    {
        using var signer = TestCertificates.Signer(Ca, ecdsa: true, notBefore: Now.AddYears(-3), notAfter: Now.AddYears(-1));
        var signed = TestSigner.Sign(TestPdf.Build(), signer, [Ca], Now);

        var report = PdfVerifier.Verify(signed, [Ca], "expired.pdf");

        Assert.Equal(VerificationVerdict.Invalid, report.Verdict);
        var validity = report.Signatures[0].Check("validity at signing time");
        Assert.Equal(VerificationStatus.Failed, validity.Status);
        Assert.Contains("/M, claimed by the signer", validity.Found, StringComparison.Ordinal);
        Assert.Equal(VerificationStatus.Ok, report.Signatures[0].Check("CMS signature").Status);
    }

    [Fact]
    public void Verify_KeyWithoutSigningUsage_KeyUsageFails()
    {
        using var signer = TestCertificates.Signer(Ca, ecdsa: true, usage: X509KeyUsageFlags.KeyEncipherment);
        var signed = TestSigner.Sign(TestPdf.Build(), signer, [Ca], Now);

        var report = PdfVerifier.Verify(signed, [Ca], "usage.pdf");

        Assert.Equal(VerificationStatus.Failed, report.Signatures[0].Check("key usage").Status);
    }

    [Fact]
    public void Verify_SignedAttachment_ReportedWithHashAndSignedRange()
    {
        var evidence = Encoding.UTF8.GetBytes("{\"run\":\"20260314-092653-1\"}");
        var signer = TestCertificates.EcdsaSigner;
        var signed = TestSigner.Sign(TestPdf.Build(evidence), signer, [Ca], Now);

        var report = PdfVerifier.Verify(signed, [Ca], "attached.pdf");

        Assert.True(report.Verdict == VerificationVerdict.Valid, string.Join("\n", report.Reasons));
        var a = Assert.Single(report.Attachments);
        Assert.Equal(("run.json", evidence.Length, 1), (a.Name, (int)a.Size, a.SignedBy));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(evidence)), a.Sha256);
        Assert.Equal(["signed", "/TwinValSha256", "/CheckSum", "/Size"], a.Checks.Select(c => c.Name));
    }

    [Fact]
    public void Verify_AttachmentRemovedAfterSigning_Invalid()
    {
        var signer = TestCertificates.EcdsaSigner;
        var signed = TestSigner.Sign(TestPdf.Build("evidence"u8.ToArray()), signer, [Ca], Now);

        var report = PdfVerifier.Verify(IncrementalUpdate.RemoveAttachments(signed), [Ca], "removed.pdf");

        Assert.Equal(VerificationVerdict.Invalid, report.Verdict);
        Assert.Empty(report.Attachments);
        Assert.Contains("object 1 (catalog) changed /AF, /AcroForm, /Names", report.Signatures[0].Check("modifications after signing").Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_AttachmentWrongDeclaredHashUnsigned_Invalid()
    {
        var signer = TestCertificates.EcdsaSigner;
        var pdf = TestPdf.Build("evidence"u8.ToArray());
        var text = Encoding.Latin1.GetString(pdf).Replace("/TwinValSha256 (", "/TwinValSha256 (0", StringComparison.Ordinal);
        var signed = TestSigner.Sign(Encoding.Latin1.GetBytes(text.Remove(text.IndexOf("/TwinValSha256 (0", StringComparison.Ordinal) + 80, 1)), signer, [Ca], Now);

        var report = PdfVerifier.Verify(signed, [Ca], "badhash.pdf");

        var a = Assert.Single(report.Attachments);
        Assert.Equal(VerificationStatus.Failed, a.Checks.Single(c => c.Name == "/TwinValSha256").Status);
        Assert.Equal(VerificationVerdict.Invalid, report.Verdict);
    }
}
