using System.CommandLine;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TwinVal.Harness.Reporting;
using TwinVal.Reports.Signing;

namespace TwinVal.Cli.Commands;

/// <summary><c>twinval keygen</c>: a self-signed development signer (PKCS#12) for trying out signing.</summary>
internal static class KeygenCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "Signer's name (certificate CN).", Required = true };
        var output = new Option<string>("--out") { Description = "PKCS#12 file to create (must not exist).", Required = true };
        var algorithm = new Option<string>("--algorithm") { Description = "Key algorithm.", DefaultValueFactory = _ => "rsa" };
        algorithm.AcceptOnlyFromAmong("rsa", "ecdsa");
        var command = new Command(
            "keygen",
            """
            Create a development signer: a self-signed certificate (O=TwinVal development signer, valid two years) and
            its private key in a PKCS#12 file protected by TWINVAL_CERT_PASSWORD (or a prompt on a terminal).
            Reports signed with it carry a visible "DEVELOPMENT SIGNATURE — NOT FOR SUBMISSION" banner.

            Examples:
              TWINVAL_CERT_PASSWORD=dev twinval keygen --name "Ada Author" --out ada.p12
              twinval keygen --name "Eve Approver" --out eve.p12 --algorithm ecdsa
            """)
        {
            name, output, algorithm,
        };
        command.SetAction((parse, token) => ExecuteAsync(
            context, parse.GetValue(name)!, parse.GetValue(output)!, parse.GetValue(algorithm) == "ecdsa" ? KeyAlgorithm.Ecdsa : KeyAlgorithm.Rsa, token));
        return command;
    }

    private static async Task<int> ExecuteAsync(CliContext context, string name, string output, KeyAlgorithm algorithm, CancellationToken token)
    {
        var target = context.Resolve(output);
        if (string.IsNullOrWhiteSpace(name))
        {
            await context.Error.WriteLineAsync("error: --name must not be empty");
            return ExitCodes.UsageOrInput;
        }

        if (File.Exists(target) || Directory.Exists(target))
        {
            await context.Error.WriteLineAsync($"error: {output}: exists already; keygen never overwrites a key file");
            return ExitCodes.UsageOrInput;
        }

        var password = await SigningOptions.PasswordAsync(context, $"Password for {output}: ");
        if (password is null)
        {
            return ExitCodes.UsageOrInput;
        }

        if (password.Length == 0)
        {
            await context.Error.WriteLineAsync("error: the password is empty; expected a non-empty password to protect the private key");
            return ExitCodes.UsageOrInput;
        }

        using var certificate = DevelopmentCertificate.Create(name.Trim(), algorithm, context.Clock);
        // PBES2 with AES-256 and SHA-256 (not the legacy 3DES/RC2 PKCS#12 defaults).
        var pkcs12 = certificate.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password);
        await AtomicFile.WriteAsync(target, (stream, t) => stream.WriteAsync(pkcs12, t).AsTask(), token);
        await context.Out.WriteLineAsync($"development signer: {certificate.Subject}");
        await context.Out.WriteLineAsync($"valid: {certificate.NotBefore.ToUniversalTime():yyyy-MM-dd} to {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd} (UTC)");
        await context.Out.WriteLineAsync($"SHA-256: {Convert.ToHexString(SHA256.HashData(certificate.RawData))}");
        await context.Out.WriteLineAsync($"written: {CasesCommand.RelativePath(context, target)}");
        await context.Error.WriteLineAsync("warning: for development only; reports signed with it say NOT FOR SUBMISSION");
        return ExitCodes.Success;
    }
}
