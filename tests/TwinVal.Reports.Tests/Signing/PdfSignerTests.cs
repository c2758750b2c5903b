using TwinVal.Reports.Signing;
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
}
