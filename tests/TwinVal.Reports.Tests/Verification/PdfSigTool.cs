using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Tests.Verification;

/// <summary>
/// poppler's pdfsig (22.12) as an independent signer and verifier: a temporary NSS database holding the signer's key,
/// <c>pdfsig -add-signature</c> to sign, plain <c>pdfsig</c> to read signatures back. Tests skip when the tools are absent.
/// </summary>
internal sealed class PdfSigTool : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "twinval-pdfsig", Guid.NewGuid().ToString("N"));

    public PdfSigTool(X509Certificate2 signer, X509Certificate2 ca)
    {
        if (!OnPath("pdfsig") || !OnPath("certutil") || !OnPath("pk12util") || !OnPath("openssl"))
        {
            Assert.Skip("pdfsig, certutil, pk12util or openssl not installed (apt-get install poppler-utils libnss3-tools openssl)");
        }

        Directory.CreateDirectory(Path.Combine(folder, "nss"));
        File.WriteAllText(Path.Combine(folder, "s.crt"), signer.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "s.key"), signer.GetRSAPrivateKey()?.ExportPkcs8PrivateKeyPem() ?? signer.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(Path.Combine(folder, "ca.crt"), ca.ExportCertificatePem());
        Run("openssl", "pkcs12 -export -inkey s.key -in s.crt -certfile ca.crt -name signer -out s.p12 -passout pass:pw");
        Run("certutil", "-N -d sql:nss --empty-password");
        Run("pk12util", "-i s.p12 -d sql:nss -W pw");
    }

    /// <summary>Signs <paramref name="pdf"/> with a new signature field, as an incremental update.</summary>
    public byte[] Sign(byte[] pdf, string field, string reason)
    {
        var input = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(input, pdf);
        Run("pdfsig", $"-nssdir sql:nss -add-signature -nick signer -reason \"{reason}\" -new-signature-field-name {field} {input} {input}.signed");
        return File.ReadAllBytes(input + ".signed");
    }

    /// <summary>pdfsig's own verdict text for <paramref name="pdf"/> (certificate validation off: only the signatures).</summary>
    public string Check(byte[] pdf)
    {
        var input = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(input, pdf);
        return Run("pdfsig", $"-nssdir sql:nss -nocert {input}", allowFailure: true);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Run(string tool, string arguments, bool allowFailure = false)
    {
        var start = new ProcessStartInfo(tool, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            Assert.Fail($"{tool} {arguments}: timed out");
        }

        if (process.ExitCode != 0 && !allowFailure)
        {
            Assert.Fail($"{tool} {arguments}: exit {process.ExitCode}\n{output.Result}\n{error.Result}");
        }

        return output.Result + error.Result;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));
}
