using FsCheck;
using FsCheck.Fluent;
using TwinVal.Reports.Verification;

namespace TwinVal.Reports.Tests.Verification;

/// <summary>Bad inputs: never an exception, always Unreadable with a problem that says what was expected.</summary>
public sealed class PdfVerifierInputTests
{
    [Fact]
    public void VerifyFile_Missing_UnreadableNoSuchFile()
    {
        var report = PdfVerifier.VerifyFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pdf"), []);

        Assert.Equal(VerificationVerdict.Unreadable, report.Verdict);
        Assert.Equal("no such file", report.Problems[0].Found);
    }

    [Fact]
    public void Verify_NotPdf_UnreadableHeader()
    {
        var report = PdfVerifier.Verify("time [s],P [mmHg]\n0,80\n"u8.ToArray(), [], "data.csv");

        Assert.Equal(VerificationVerdict.Unreadable, report.Verdict);
        Assert.Equal("header", report.Problems[0].Field);
    }

    [Fact]
    public void Verify_Truncated_UnreadableWithOffset()
    {
        var pdf = TestPdf.Build();

        var report = PdfVerifier.Verify(pdf.AsMemory(0, pdf.Length / 2), [], "cut.pdf");

        Assert.Equal(VerificationVerdict.Unreadable, report.Verdict);
        Assert.NotNull(report.Problems[0].Offset);
    }

    [Fact]
    public void Verify_Unsigned_InvalidNoSignature()
    {
        var report = PdfVerifier.Verify(TestPdf.Build(), [], "plain.pdf");

        Assert.Equal(VerificationVerdict.Invalid, report.Verdict);
        Assert.Contains("no signature", report.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ArbitraryBytes_NeverThrows()
    {
        Prop.ForAll<byte[]>(bytes =>
        {
            var prefixed = "%PDF-1.7\n"u8.ToArray().Concat(bytes).Concat("\nstartxref\n9\n%%EOF\n"u8.ToArray()).ToArray();
            return PdfVerifier.Verify(prefixed, [], "random.pdf").Verdict != VerificationVerdict.Valid;
        }).QuickCheckThrowOnFailure();
    }
}
