using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Cli.Tests.Commands;

public sealed class SignCommandTests
{
    private static string Pdf(CliSandbox sandbox) => SigningCli.WritePdf(Path.Combine(sandbox.Root, "report.pdf"));

    [Fact]
    public async Task Sign_AuthorThenEcdsaApprovalInPlace_BothSignaturesValid()
    {
        using var sandbox = new CliSandbox();
        var pdf = Pdf(sandbox);
        var original = await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken);
        var ada = await SigningCli.KeygenAsync(sandbox);
        var eve = await SigningCli.KeygenAsync(sandbox, "Eve Approver", "ecdsa");

        (await SigningCli.RunAsync(sandbox, SigningCli.Password, "sign", "report.pdf", "--cert", ada, "--signer", "Ada Author", "--meaning", "authorship")).AssertExit(ExitCodes.Success);
        var run = (await SigningCli.RunAsync(sandbox, SigningCli.Password, "sign", "report.pdf", "--cert", eve, "--signer", "Eve Approver", "--meaning", "approval")).AssertExit(ExitCodes.Success);

        var report = SigningCli.PdfSig(pdf);
        Assert.Equal(2, SigningCli.ValidCount(report));
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        Assert.Contains("signed: report.pdf (approval by Eve Approver)", run.Out, StringComparison.Ordinal);
        Assert.True((await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken)).AsSpan(0, original.Length).SequenceEqual(original));
    }

    [Fact]
    public async Task Sign_OutOption_LeavesInputUntouched()
    {
        using var sandbox = new CliSandbox();
        var pdf = Pdf(sandbox);
        var before = await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken);
        var ada = await SigningCli.KeygenAsync(sandbox, algorithm: "ecdsa");

        (await SigningCli.RunAsync(sandbox, SigningCli.Password, "sign", "report.pdf", "--cert", ada, "--signer", "Ada", "--meaning", "review", "--out", "signed.pdf")).AssertExit(ExitCodes.Success);

        Assert.Equal(before, await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken));
        Assert.Equal(1, SigningCli.ValidCount(SigningCli.PdfSig(Path.Combine(sandbox.Root, "signed.pdf"))));
    }

    [Theory]
    [InlineData("wrong-password", "wrong password")]
    [InlineData("expired", "expired or not yet valid")]
    [InlineData("no-private-key", "has no private key")]
    [InlineData("missing-pdf", "file not found; expected a PDF report")]
    [InlineData("missing-cert", "certificate file not found")]
    [InlineData("not-a-pdf", "not a PDF")]
    [InlineData("truncated", "truncated PDF")]
    [InlineData("no-password", "TWINVAL_CERT_PASSWORD")]
    public async Task Sign_BadInput_ExitsTwoNamesProblemWritesNothing(string problem, string message)
    {
        using var sandbox = new CliSandbox();
        var pdf = Pdf(sandbox);
        // ECDSA keys are generated in milliseconds; RSA-3072 generation would dominate these eight cases.
        var cert = await SigningCli.KeygenAsync(sandbox, algorithm: "ecdsa");
        var password = SigningCli.Password;
        var input = "report.pdf";
        switch (problem)
        {
            case "wrong-password":
                password = "not the password";
                break;
            case "expired":
                sandbox.Clock.Advance(TimeSpan.FromDays(731));
                break;
            case "no-private-key":
                using (var full = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(sandbox.Root, cert), SigningCli.Password))
                {
                    await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "public.pem"), full.ExportCertificatePem(), TestContext.Current.CancellationToken);
                }

                cert = "public.pem";
                break;
            case "missing-pdf":
                input = "absent.pdf";
                break;
            case "missing-cert":
                cert = "absent.p12";
                break;
            case "not-a-pdf":
                input = "run.json";
                await File.WriteAllTextAsync(Path.Combine(sandbox.Root, input), "{}", TestContext.Current.CancellationToken);
                break;
            case "truncated":
                var bytes = await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken);
                await File.WriteAllBytesAsync(pdf, bytes[..(bytes.Length / 2)], TestContext.Current.CancellationToken);
                break;
            case "no-password":
                password = null;
                break;
        }

        var before = SigningCli.Files(sandbox.Root);
        var run = (await SigningCli.RunAsync(sandbox, password, "sign", input, "--cert", cert, "--signer", "Ada", "--meaning", "review", "--out", "signed.pdf"))
            .AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(before, SigningCli.Files(sandbox.Root));
    }

    [Fact]
    public async Task Sign_UnknownMeaning_ExitsTwo()
    {
        using var sandbox = new CliSandbox();
        Pdf(sandbox);

        var run = (await SigningCli.RunAsync(sandbox, SigningCli.Password, "sign", "report.pdf", "--cert", "x.p12", "--signer", "Ada", "--meaning", "liking")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("liking", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_TsaNotHttp_ExitsTwoNamingOption()
    {
        using var sandbox = new CliSandbox();
        Pdf(sandbox);

        var run = (await SigningCli.RunAsync(sandbox, SigningCli.Password, "sign", "report.pdf", "--cert", "x.p12", "--signer", "Ada", "--meaning", "review", "--tsa", "ftp://tsa.example")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("--tsa must be an http or https URL", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunSign_DevelopmentSigner_EmbedsEvidenceAndSignsAsAuthor()
    {
        using var sandbox = new CliSandbox();
        var ada = await SigningCli.KeygenAsync(sandbox);

        var run = (await SigningCli.RunAsync(sandbox, SigningCli.Password, "run", "--cases", "wk2-diastolic-decay", "--solvers", "windkessel2", "--sign", "--cert", ada, "--signer", "Ada Author"))
            .AssertExit(ExitCodes.Success);

        var pdf = Path.Combine(sandbox.SingleRecord(), "report.pdf");
        Assert.Contains("(authorship by Ada Author, evidence embedded)", run.Out, StringComparison.Ordinal);
        var report = SigningCli.PdfSig(pdf);
        Assert.Equal(1, SigningCli.ValidCount(report));
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        var text = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken));
        foreach (var name in new[] { "run.json", "results.csv", "checks.csv" })
        {
            Assert.Contains($"/F ({name})", text, StringComparison.Ordinal);
        }

        Assert.Contains("/NM (twinval-development-banner)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunSign_WrongPassword_ExitsTwoBeforeRunning()
    {
        using var sandbox = new CliSandbox();
        var ada = await SigningCli.KeygenAsync(sandbox, algorithm: "ecdsa");

        var run = (await SigningCli.RunAsync(sandbox, "nope", "run", "--sign", "--cert", ada, "--signer", "Ada")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("wrong password", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(sandbox.Root, "runs")));
    }

    [Fact]
    public async Task Run_CertWithoutSign_ExitsTwo()
    {
        using var sandbox = new CliSandbox();

        var run = (await SigningCli.RunAsync(sandbox, SigningCli.Password, "run", "--cert", "x.p12", "--signer", "Ada")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("only apply with --sign", run.Error, StringComparison.Ordinal);
    }
}
