using System.Collections.Immutable;
using System.CommandLine;
using TwinVal.Reports.Signing;

namespace TwinVal.Cli.Commands;

/// <summary><c>twinval sign</c>: add a review, approval or other signature to a report, keeping earlier signatures valid.</summary>
internal static class SignCommand
{
    public static Command Create(CliContext context)
    {
        var pdf = new Argument<string>("PDF") { Description = "The report to sign." };
        var output = new Option<string>("--out") { Description = "Write the signed report here (default: replace PDF atomically)." };
        var signing = new SigningOptions(defaultMeaning: null);
        signing.Certificate.Required = true;
        signing.Signer.Required = true;
        signing.Meaning.Required = true;
        var command = new Command(
            "sign",
            """
            Sign a report (PAdES, ETSI.CAdES.detached) as an incremental update: earlier signatures stay valid.
            The signer's printed name, the date and time (UTC) and the meaning are shown on the signature page.
            The certificate password comes from TWINVAL_CERT_PASSWORD, else a prompt on a terminal.
            Exit code 0 when signed, 2 for any usage or input error (nothing is written then).

            Examples:
              twinval sign runs/20260314-092653-1/report.pdf --cert reviewer.p12 --signer "Ada Reviewer" --meaning review
              twinval sign report.pdf --cert qa.pem --signer "Q. A. Lead" --meaning approval --tsa http://tsa.example/tsr --out approved.pdf
            """)
        {
            pdf, output,
        };
        foreach (var option in signing.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, token) => ExecuteAsync(context, parse, signing, parse.GetValue(pdf)!, parse.GetValue(output), token));
        return command;
    }

    private static async Task<int> ExecuteAsync(CliContext context, ParseResult parse, SigningOptions signing, string pdf, string? output, CancellationToken token)
    {
        using var http = new HttpClient();
        var request = await signing.RequestAsync(context, parse, http);
        if (request is null)
        {
            return ExitCodes.UsageOrInput;
        }

        using (request.Certificate)
        {
            var input = context.Resolve(pdf);
            var target = context.Resolve(output ?? pdf);
            try
            {
                await ReportSigning.SignFileAsync(input, target, request, context.Clock, (ImmutableArray<EvidenceFile>.Empty, default), token);
            }
            catch (SigningException e)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.UsageOrInput;
            }

            await context.Out.WriteLineAsync($"signed: {CasesCommand.RelativePath(context, target)} ({request.MeaningText} by {request.PrintedName})");
            if (DevelopmentCertificate.IsDevelopment(request.Certificate))
            {
                await context.Error.WriteLineAsync("warning: development certificate: the report now carries a 'not for submission' banner");
            }

            return ExitCodes.Success;
        }
    }
}
