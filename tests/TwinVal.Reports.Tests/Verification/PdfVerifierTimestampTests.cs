using System.Security.Cryptography.X509Certificates;
using TwinVal.Reports.Verification;

namespace TwinVal.Reports.Tests.Verification;

/// <summary>RFC 3161 signature timestamps (unsigned attribute 1.2.840.113549.1.9.16.2.14) made by an in-test TSA.</summary>
public sealed class PdfVerifierTimestampTests
{
    private static readonly X509Certificate2 Ca = TestCertificates.TestCa;
    private static readonly X509Certificate2 Tsa = TestCertificates.Signer(Ca, ecdsa: true, name: "Test TSA", organisation: "TwinVal test", eku: "1.3.6.1.5.5.7.3.8", notBefore: DateTimeOffset.UtcNow.AddYears(-4));
    private static readonly DateTimeOffset Now = new(DateTimeOffset.UtcNow.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);

    [Fact]
    public void Verify_Timestamped_ValidWithGenTime()
    {
        var signer = TestCertificates.EcdsaSigner;
        var signed = TestSigner.Sign(TestPdf.Build(), signer, [Ca], Now, timestamp: new TestTimestampAuthority(Tsa).Over(Now.AddMinutes(1)));

        var report = PdfVerifier.Verify(signed, [Ca], "stamped.pdf");

        Assert.True(report.Verdict == VerificationVerdict.Valid, string.Join("\n", report.Reasons));
        Assert.Equal(Now.AddMinutes(1), report.Signatures[0].TimestampTime);
        Assert.Contains("(timestamp)", report.Signatures[0].Check("validity at signing time").Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TimestampOverOtherBytes_TimestampFails()
    {
        var signer = TestCertificates.EcdsaSigner;
        var tsa = new TestTimestampAuthority(Tsa);
        var signed = TestSigner.Sign(TestPdf.Build(), signer, [Ca], Now, timestamp: _ => tsa.Token("some other signature"u8, Now));

        var report = PdfVerifier.Verify(signed, [Ca], "stamped.pdf");

        Assert.Equal(VerificationVerdict.Invalid, report.Verdict);
        Assert.Equal(VerificationStatus.Failed, report.Signatures[0].Check("timestamp").Status);
        Assert.Null(report.Signatures[0].TimestampTime);
    }

    [Fact]
    public void Verify_CertificateExpiredSinceButTimestampedWhileValid_Valid()
    {
        using var signer = TestCertificates.Signer(Ca, ecdsa: true, notBefore: Now.AddYears(-3), notAfter: Now.AddYears(-1));
        var whileValid = Now.AddYears(-2);
        var signed = TestSigner.Sign(TestPdf.Build(), signer, [Ca], Now, timestamp: new TestTimestampAuthority(Tsa).Over(whileValid));

        var report = PdfVerifier.Verify(signed, [Ca], "stamped.pdf");

        Assert.True(report.Verdict == VerificationVerdict.Valid, string.Join("\n", report.Reasons));
        Assert.Equal(whileValid, report.Signatures[0].TimestampTime);
    }
}
