using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using TwinVal.Testing;

namespace TwinVal.Cli.Tests.Commands;

/// <summary>
/// RFC 3161 at the command line (PAdES B-T): <c>sign --tsa</c> against a time-stamp authority on 127.0.0.1, read back
/// by <c>verify</c>; a TSA answering garbage or not answering is an input error with nothing written.
/// </summary>
public sealed class SignTimestampTests
{
    [Fact]
    public async Task Sign_LocalTsa_VerifyShowsTimestampTimeAndOk()
    {
        using var sandbox = new CliSandbox();
        using var tsa = new LocalTimestampAuthority(sandbox.Clock);
        SigningCli.WritePdf(Path.Combine(sandbox.Root, "report.pdf"));
        var cert = await SigningCli.KeygenAsync(sandbox, "Eve Reviewer", "ecdsa");
        Trust(sandbox, cert, tsa.Certificate);

        (await SigningCli.RunAsync(sandbox, SigningCli.Password, "sign", "report.pdf", "--cert", cert, "--signer", "Eve Reviewer", "--meaning", "review", "--tsa", tsa.Url.ToString()))
            .AssertExit(ExitCodes.Success);
        var verify = (await sandbox.RunAsync("verify", "report.pdf", "--trust", "signer.pem", "--trust", "tsa.pem")).AssertExit(ExitCodes.Success);

        Assert.Equal(1, tsa.Requests);
        Assert.Contains("timestamp 2026-03-14 09:26:53 +00:00", verify.Out, StringComparison.Ordinal);
        var json = (await sandbox.RunAsync("verify", "report.pdf", "--trust", "signer.pem", "--trust", "tsa.pem", "--json")).AssertExit(ExitCodes.Success);
        using var document = JsonDocument.Parse(json.Out);
        var signature = document.RootElement.GetProperty("signatures")[0];
        var timestamp = signature.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "timestamp");
        Assert.Equal("ok", timestamp.GetProperty("status").GetString());
        Assert.StartsWith("2026-03-14 09:26:53Z by TwinVal test TSA", timestamp.GetProperty("found").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, SigningCli.ValidCount(SigningCli.PdfSig(Path.Combine(sandbox.Root, "report.pdf"))));
    }

    [Theory]
    [InlineData(true, "is not a valid time-stamp for this signature")]
    [InlineData(false, "request failed")]
    public async Task Sign_TsaGarbageOrDown_ExitsTwoNamesTsaWritesNothing(bool running, string message)
    {
        using var sandbox = new CliSandbox();
        var pdf = SigningCli.WritePdf(Path.Combine(sandbox.Root, "report.pdf"));
        var before = await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken);
        var cert = await SigningCli.KeygenAsync(sandbox, "Eve Reviewer", "ecdsa");
        var tsa = new LocalTimestampAuthority(sandbox.Clock) { AnswerGarbage = true };
        var url = tsa.Url.ToString();
        if (!running)
        {
            tsa.Dispose();
        }

        var files = SigningCli.Files(sandbox.Root);
        var sign = (await SigningCli.RunAsync(sandbox, SigningCli.Password, "sign", "report.pdf", "--cert", cert, "--signer", "Eve", "--meaning", "review", "--tsa", url))
            .AssertExit(ExitCodes.UsageOrInput);
        if (running)
        {
            Assert.Equal(1, tsa.Requests);
            tsa.Dispose();
        }

        Assert.Contains($"time-stamp authority {url}", sign.Error, StringComparison.Ordinal);
        Assert.Contains(message, sign.Error, StringComparison.Ordinal);
        Assert.Equal(files, SigningCli.Files(sandbox.Root));
        Assert.Equal(before, await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken));
    }

    private static void Trust(CliSandbox sandbox, string pkcs12, X509Certificate2 tsa)
    {
        using var signer = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(sandbox.Root, pkcs12), SigningCli.Password);
        File.WriteAllText(Path.Combine(sandbox.Root, "signer.pem"), signer.ExportCertificatePem());
        File.WriteAllText(Path.Combine(sandbox.Root, "tsa.pem"), tsa.ExportCertificatePem());
    }
}
