using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Cli.Tests.Commands;

/// <summary>
/// One signed run shared by the end-to-end signing tests (keygen and a run are the slow steps, done once): an RSA
/// author key and an ECDSA reviewer key made by <c>twinval keygen</c>, <c>twinval run --sign</c> on two bundled cases
/// (the author's signature over the report with the evidence embedded), and a copy of that report countersigned by the
/// reviewer with <c>twinval sign</c>. Tests copy the bytes before changing them.
/// </summary>
public sealed class SignedRunFixture : IAsyncLifetime
{
    internal CliSandbox Sandbox { get; } = new();

    /// <summary>The run record folder written by <c>run --sign</c>.</summary>
    public string Record { get; private set; } = "";

    /// <summary>report.pdf as <c>run --sign</c> left it: one author signature over the whole file.</summary>
    public byte[] AuthorSigned { get; private set; } = [];

    /// <summary>The same report after the reviewer's <c>sign</c>: two signatures.</summary>
    public byte[] Reviewed { get; private set; } = [];

    /// <summary>Standard output of <c>run --sign</c>.</summary>
    public string RunOutput { get; private set; } = "";

    /// <summary>Trust options naming both signers' certificates (PEM, exported from the PKCS#12 files).</summary>
    public string[] Trust { get; } = ["--trust", "author.pem", "--trust", "reviewer.pem"];

    public async ValueTask InitializeAsync()
    {
        var author = await SigningCli.KeygenAsync(Sandbox, "Ada Author", "rsa");
        var reviewer = await SigningCli.KeygenAsync(Sandbox, "Eve Reviewer", "ecdsa");
        ExportPem(author, "author.pem");
        ExportPem(reviewer, "reviewer.pem");

        var run = (await SigningCli.RunAsync(Sandbox, SigningCli.Password, "run", "--cases", "wk2-diastolic-decay,gompertz-growth", "--sign", "--cert", author, "--signer", "Ada Author"))
            .AssertExit(ExitCodes.Success);
        RunOutput = run.Out;
        Record = Sandbox.SingleRecord();
        AuthorSigned = await File.ReadAllBytesAsync(Path.Combine(Record, "report.pdf"));

        await File.WriteAllBytesAsync(Path.Combine(Sandbox.Root, "reviewed.pdf"), AuthorSigned);
        (await SigningCli.RunAsync(Sandbox, SigningCli.Password, "sign", "reviewed.pdf", "--cert", reviewer, "--signer", "Eve Reviewer", "--meaning", "review"))
            .AssertExit(ExitCodes.Success);
        Reviewed = await File.ReadAllBytesAsync(Path.Combine(Sandbox.Root, "reviewed.pdf"));
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="name"/> in the sandbox and returns the full path.</summary>
    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Sandbox.Root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary><c>twinval verify</c> of sandbox file <paramref name="name"/> trusting both signers.</summary>
    internal Task<CliRun> VerifyAsync(string name, params string[] extra) => Sandbox.RunAsync(["verify", name, .. Trust, .. extra]);

    public ValueTask DisposeAsync()
    {
        Sandbox.Dispose();
        return ValueTask.CompletedTask;
    }

    private void ExportPem(string pkcs12, string pem)
    {
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(Sandbox.Root, pkcs12), SigningCli.Password);
        File.WriteAllText(Path.Combine(Sandbox.Root, pem), certificate.ExportCertificatePem());
    }
}
