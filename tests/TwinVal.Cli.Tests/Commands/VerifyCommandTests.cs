namespace TwinVal.Cli.Tests.Commands;

public sealed class VerifyCommandTests
{
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
        const string Pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n45\n%%EOF\n";
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "plain.pdf"), Pdf, TestContext.Current.CancellationToken);

        var run = (await sandbox.RunAsync("verify", "plain.pdf")).AssertExit(ExitCodes.Failure);

        Assert.Contains("verdict: INVALID", run.Out, StringComparison.Ordinal);
        Assert.Contains("no signature dictionary", run.Out, StringComparison.Ordinal);
    }
}
