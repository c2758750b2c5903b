using System.CommandLine;
using TwinVal.Reports.Signing;

namespace TwinVal.Cli.Commands;

/// <summary>
/// The options shared by <c>twinval sign</c> and <c>twinval run --sign</c>, and the certificate password rule:
/// environment variable <see cref="PasswordVariable"/>, else a prompt without echo on a terminal, else an error —
/// never a command-line argument, never logged.
/// </summary>
internal sealed class SigningOptions
{
    public const string PasswordVariable = "TWINVAL_CERT_PASSWORD";

    public Option<string> Certificate { get; } = new("--cert") { Description = "Signer's certificate and private key: PKCS#12 (.p12) or PEM. Password from TWINVAL_CERT_PASSWORD or a prompt." };

    public Option<string> Signer { get; } = new("--signer") { Description = "Signer's printed name, shown with the signature (21 CFR 11.50)." };

    public Option<string> Meaning { get; } = new("--meaning") { Description = "Meaning of the signature: authorship, review, approval or responsibility." };

    public Option<string> TimestampAuthority { get; } = new("--tsa") { Description = "RFC 3161 time-stamp authority URL (PAdES B-T)." };

    public SigningOptions(string? defaultMeaning)
    {
        Meaning.AcceptOnlyFromAmong("authorship", "review", "approval", "responsibility");
        if (defaultMeaning is not null)
        {
            Meaning.DefaultValueFactory = _ => defaultMeaning;
        }

        TimestampAuthority.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                result.AddError($"--tsa must be an http or https URL, got '{value}'");
            }
        });
    }

    public IEnumerable<Option> All => [Certificate, Signer, Meaning, TimestampAuthority];

    /// <summary>Reads the certificate and builds the request; writes the error and returns null on any problem.</summary>
    public async Task<SignatureRequest?> RequestAsync(CliContext context, ParseResult parse, HttpClient http)
    {
        var certPath = parse.GetValue(Certificate);
        var signer = parse.GetValue(Signer);
        var meaning = parse.GetValue(Meaning);
        if (string.IsNullOrWhiteSpace(certPath) || string.IsNullOrWhiteSpace(signer) || meaning is null)
        {
            await context.Error.WriteLineAsync("error: signing needs --cert FILE, --signer NAME and --meaning M");
            return null;
        }

        var password = await PasswordAsync(context, $"Password for {certPath}: ");
        if (password is null)
        {
            return null;
        }

        try
        {
            var certificate = SignerCertificate.Load(context.Resolve(certPath), password);
            var tsa = parse.GetValue(TimestampAuthority) is { } url ? new HttpTimestampAuthority(new Uri(url), http) : null;
            return new SignatureRequest(signer.Trim(), Enum.Parse<SignatureMeaning>(meaning, ignoreCase: true), certificate) { TimestampAuthority = tsa };
        }
        catch (SigningException e)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}");
            return null;
        }
    }

    /// <summary>The certificate password, or null after writing why there is none.</summary>
    public static async Task<string?> PasswordAsync(CliContext context, string prompt)
    {
        if (context.GetEnvironmentVariable(PasswordVariable) is { } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (context.PromptSecret is { } ask && ask(prompt) is { } typed)
        {
            return typed;
        }

        await context.Error.WriteLineAsync($"error: no certificate password: set {PasswordVariable} or run on a terminal to be prompted (passwords are never taken as arguments)");
        return null;
    }
}
