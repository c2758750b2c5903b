using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using TwinVal.Cli.Output;
using TwinVal.Reports.Verification;

namespace TwinVal.Cli.Commands;

/// <summary><c>twinval verify PDF [--trust FILE]…</c>: checks every signature and attachment of a signed report offline.</summary>
internal static class VerifyCommand
{
    // Statuses and verdicts as words ("failed", "valid"), not numbers: the JSON is read by people and scripts.
    private static readonly JsonSerializerOptions Json = new(JsonOutput.Options) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    public static Command Create(CliContext context)
    {
        var pdf = new Argument<string>("PDF") { Description = "The signed report to verify." };
        var trust = new Option<string[]>("--trust")
        {
            Description = "PEM or DER file(s) with the CA or self-signed certificates to trust. Without it no signer is trusted.",
            AllowMultipleArgumentsPerToken = false,
        };
        var json = new Option<bool>("--json") { Description = "Print the full verification report as JSON." };
        var command = new Command(
            "verify",
            """
            Verify every signature of a signed report offline: byte range, digest, CMS signature, chain to the --trust
            anchors, key usage, validity at signing time, RFC 3161 timestamp, modifications after signing, and the
            embedded evidence files. Exit code 0 when valid, 1 when any check fails (including an untrusted signer),
            2 when the file is missing or not a readable PDF.

            Examples:
              twinval verify runs/20261124-214138-1/report.signed.pdf --trust ca.pem
              twinval verify report.pdf --trust ca.pem --json
            """)
        {
            pdf,
            trust,
            json,
        };
        command.SetAction(async (parse, token) =>
        {
            var (anchors, problems) = TrustAnchors.Load((parse.GetValue(trust) ?? []).Select(context.Resolve));
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await context.Error.WriteLineAsync(problem);
                }

                return ExitCodes.UsageOrInput;
            }

            var path = context.Resolve(parse.GetValue(pdf)!);
            var report = PdfVerifier.VerifyFile(path, anchors);
            if (parse.GetValue(json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(report, Json));
            }
            else if (report.Verdict == VerificationVerdict.Unreadable)
            {
                await context.Error.WriteLineAsync($"{path}: error: {report.Problems[0]}");
            }
            else
            {
                await context.Out.WriteAsync(VerificationText.Render(report));
            }

            return report.Verdict switch
            {
                VerificationVerdict.Valid => ExitCodes.Success,
                VerificationVerdict.Invalid => ExitCodes.Failure,
                _ => ExitCodes.UsageOrInput,
            };
        });
        return command;
    }
}
