using System.Security.Cryptography.X509Certificates;
using TwinVal.Reports.Signing;

namespace TwinVal.Cli.Tests.Commands;

public sealed class KeygenCommandTests
{
    [Fact]
    public async Task Keygen_NameAndPassword_WritesDevelopmentPkcs12ValidTwoYears()
    {
        using var sandbox = new CliSandbox();

        var run = (await SigningCli.RunAsync(sandbox, SigningCli.Password, "keygen", "--name", "Ada Author", "--out", "ada.p12")).AssertExit(ExitCodes.Success);

        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(sandbox.Root, "ada.p12"), SigningCli.Password);
        Assert.True(certificate.HasPrivateKey);
        Assert.True(DevelopmentCertificate.IsDevelopment(certificate));
        Assert.Contains("CN=Ada Author", certificate.Subject, StringComparison.Ordinal);
        Assert.Contains("OU=Development - not for submission", certificate.Subject, StringComparison.Ordinal);
        Assert.Equal(sandbox.Clock.GetUtcNow().AddDays(730).UtcDateTime, certificate.NotAfter.ToUniversalTime(), TimeSpan.FromSeconds(1));
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages;
        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, usage);
        Assert.Contains("NOT FOR SUBMISSION", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(SigningCli.Password, run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keygen_Ecdsa_WritesP256Key()
    {
        using var sandbox = new CliSandbox();

        (await SigningCli.RunAsync(sandbox, SigningCli.Password, "keygen", "--name", "Eve", "--out", "eve.p12", "--algorithm", "ecdsa")).AssertExit(ExitCodes.Success);

        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(sandbox.Root, "eve.p12"), SigningCli.Password);
        using var key = certificate.GetECDsaPrivateKey();
        Assert.Equal(256, key!.KeySize);
    }

    [Fact]
    public async Task Keygen_NoPasswordAnywhere_ExitsTwoWritesNothing()
    {
        using var sandbox = new CliSandbox();

        var run = (await SigningCli.RunAsync(sandbox, null, "keygen", "--name", "Ada", "--out", "ada.p12")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("TWINVAL_CERT_PASSWORD", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(sandbox.Root, "ada.p12")));
    }

    [Fact]
    public async Task Keygen_ExistingFile_ExitsTwoLeavesItUnchanged()
    {
        using var sandbox = new CliSandbox();
        var path = Path.Combine(sandbox.Root, "ada.p12");
        await File.WriteAllTextAsync(path, "keep", TestContext.Current.CancellationToken);

        var run = (await SigningCli.RunAsync(sandbox, SigningCli.Password, "keygen", "--name", "Ada", "--out", "ada.p12")).AssertExit(ExitCodes.UsageOrInput);

        Assert.Contains("exists already", run.Error, StringComparison.Ordinal);
        Assert.Equal("keep", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
    }
}
