using System.Text.Json;
using TwinVal.Reports.Tests.Verification;

namespace TwinVal.Cli.Tests.Commands;

public sealed class VerifyCommandTests
{
    [Fact]
    public async Task Verify_SignedWithTrust_Exit0TableWithManifestation()
    {
        using var sandbox = new CliSandbox();
        var signed = TestSigner.Sign(TestPdf.Build(), TestCertificates.EcdsaSigner, [TestCertificates.TestCa], DateTimeOffset.UtcNow, reason: "Approved: results reviewed");
        await File.WriteAllBytesAsync(Path.Combine(sandbox.Root, "signed.pdf"), signed, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "ca.pem"), TestCertificates.TestCa.ExportCertificatePem(), TestContext.Current.CancellationToken);

        var run = (await sandbox.RunAsync("verify", "signed.pdf", "--trust", "ca.pem")).AssertExit(ExitCodes.Success);

        Assert.Contains("verdict: VALID", run.Out, StringComparison.Ordinal);
        Assert.Contains("Jane Doe [DEVELOPMENT SIGNER]", run.Out, StringComparison.Ordinal);
        Assert.Contains("Approved: results reviewed", run.Out, StringComparison.Ordinal);
        Assert.Contains("ETSI.CAdES.detached", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_SignedWithoutTrust_Exit1Untrusted()
    {
        using var sandbox = new CliSandbox();
        var signed = TestSigner.Sign(TestPdf.Build(), TestCertificates.EcdsaSigner, [TestCertificates.TestCa], DateTimeOffset.UtcNow);
        await File.WriteAllBytesAsync(Path.Combine(sandbox.Root, "signed.pdf"), signed, TestContext.Current.CancellationToken);

        var run = (await sandbox.RunAsync("verify", "signed.pdf")).AssertExit(ExitCodes.Failure);

        Assert.Contains("untrusted: no anchors given", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_MissingFile_Exit2NamesFile()
    {
        using var sandbox = new CliSandbox();

        var run = (await sandbox.RunAsync("verify", "nowhere.pdf")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("nowhere.pdf: error:", run.Error, StringComparison.Ordinal);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NotPdf_Exit2SaysNotAPdf()
    {
        using var sandbox = new CliSandbox();
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "data.pdf"), "time [s],P [mmHg]\n0,80\n", TestContext.Current.CancellationToken);

        var run = (await sandbox.RunAsync("verify", "data.pdf")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("the file is not a PDF", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_MissingTrustFile_Exit2()
    {
        using var sandbox = new CliSandbox();
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "x.pdf"), "%PDF-1.7\n", TestContext.Current.CancellationToken);

        var run = (await sandbox.RunAsync("verify", "x.pdf", "--trust", "ca.pem")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("trust anchor file not found", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_UnsignedPdf_Exit1WithReason()
    {
        using var sandbox = new CliSandbox();
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "plain.pdf"), UnsignedPdf, TestContext.Current.CancellationToken);

        var run = (await sandbox.RunAsync("verify", "plain.pdf")).AssertExit(ExitCodes.Failure);

        Assert.Contains("verdict: INVALID", run.Out, StringComparison.Ordinal);
        Assert.Contains("no signature dictionary", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_Json_VerdictAndReasonsAsWords()
    {
        using var sandbox = new CliSandbox();
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "plain.pdf"), UnsignedPdf, TestContext.Current.CancellationToken);

        var run = (await sandbox.RunAsync("verify", "plain.pdf", "--json")).AssertExit(ExitCodes.Failure);

        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal("invalid", document.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(0, document.RootElement.GetProperty("signatures").GetArrayLength());
        Assert.Contains("no signature dictionary", document.RootElement.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }

    private const string UnsignedPdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n45\n%%EOF\n";
}
