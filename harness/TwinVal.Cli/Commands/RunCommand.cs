using System.CommandLine;
using TwinVal.Cli.Output;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Evidence.Credibility;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Properties;
using TwinVal.Harness.Reporting;
using TwinVal.Harness.Running;
using TwinVal.Reports;
using TwinVal.Reports.Pdf;
using TwinVal.Reports.Signing;

namespace TwinVal.Cli.Commands;

/// <summary><c>twinval run</c>: plan, execute, judge, record.</summary>
internal static class RunCommand
{
    private const double MaxTimeoutSeconds = 4_000_000;

    public static Command Create(CliContext context)
    {
        var cases = new Option<string>("--cases") { Description = "Case selection: id globs, domain:NAME, tag:NAME, tier:NAME; comma = union." };
        var caseDirs = CasesCommand.CaseDirOption();
        var solverDirs = SolverSources.FolderOption();
        var repeat = new Option<int>("--repeat")
        {
            Description = "Run every external solve N times and flag any difference between repeats (non-determinism).",
            DefaultValueFactory = _ => 1,
        };
        OptionChecks.Require(repeat, n => n is >= 1 and <= 100, "--repeat must be between 1 and 100");
        var solvers = new Option<string>("--solvers") { Description = "Comma-separated solver ids (default: every solver)." };
        var tier = new Option<string>("--tier")
        {
            Description = "Highest tier to run; tiers nest (smoke ⊂ continuous ⊂ nightly).",
            DefaultValueFactory = _ => "continuous",
        };
        tier.AcceptOnlyFromAmong("smoke", "continuous", "nightly");
        var output = new Option<string>("--out") { Description = "Folder the run record is written under.", DefaultValueFactory = _ => "runs" };
        var parallel = new Option<int>("--parallel") { Description = "Maximum concurrent runs.", DefaultValueFactory = _ => Environment.ProcessorCount };
        OptionChecks.Require(parallel, n => n >= 1, "--parallel must be at least 1");
        var timeout = new Option<double>("--timeout") { Description = "Time limit of each run, in seconds.", DefaultValueFactory = _ => 600 };
        // The upper bound is what a cancellation timer can hold (2^32 − 2 ms, about 49 days), rounded down to a round
        // number; anything longer is a typo, not a plan.
        OptionChecks.Require(timeout, s => s > 0 && s <= MaxTimeoutSeconds, $"--timeout must be a positive number of seconds, at most {MaxTimeoutSeconds}");
        var credibilityPlan = new Option<string>("--plan")
        {
            Description = "Credibility plan (YAML, ASME V&V 40 targets per factor); the run's evidence is assessed against it into credibility.json.",
        };
        var propertySamples = new Option<int>("--property-samples")
        {
            Description = "Samples per property check; 0 (default) takes the tier's: smoke 20, continuous 50, nightly 200.",
            DefaultValueFactory = _ => 0,
        };
        OptionChecks.Require(propertySamples, n => n >= 0, "--property-samples must be 0 (tier default) or more");
        var sign = new Option<bool>("--sign") { Description = "Embed run.json, results.csv, checks.csv (and credibility.json) in report.pdf and sign it as author." };
        var signing = new SigningOptions(defaultMeaning: "authorship");
        var seed = new Option<long>("--seed") { Description = "Master seed of every random choice (recorded in run.json).", DefaultValueFactory = _ => 0 };

        var command = new Command(
            "run",
            """
            Run reference cases against solvers, judge every result and write the run record
            (run.json, results.csv, checks.csv, outputs/, junit.xml, summary.md, report.pdf; credibility.json with --plan) under --out.
            Exit code 0 when everything passed, 1 when a check failed or a run errored, 2 for a usage or input error.

            Examples:
              twinval run
              twinval run --cases 'domain:cardiology,tag:analytic' --tier smoke
              twinval run --solvers windkessel2 --out /tmp/runs --parallel 2 --timeout 60
              twinval run --solver-dir partner/solvers --repeat 3
              twinval run --cases domain:cardiology --plan reference-cases/plans/cardiology.yaml
              twinval run --sign --cert author.p12 --signer "Ada Author"   (password from TWINVAL_CERT_PASSWORD)
            """)
        {
            cases, caseDirs, solvers, solverDirs, repeat, tier, output, parallel, timeout, seed, credibilityPlan, propertySamples, sign,
        };
        foreach (var option in signing.All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (!result.GetValue(sign) && (result.GetValue(signing.Certificate) is not null || result.GetValue(signing.Signer) is not null))
            {
                result.AddError("--cert and --signer only apply with --sign");
            }
        });

        command.SetAction((parse, token) => ExecuteAsync(context, parse, parse.GetValue(sign) ? signing : null, new RunOptions(
            parse.GetValue(cases),
            [.. parse.GetValue(caseDirs) ?? []],
            [.. (parse.GetValue(solvers) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            [.. parse.GetValue(solverDirs) ?? []],
            parse.GetValue(repeat),
            KebabCase.TryParse<Tier>(parse.GetValue(tier), out var t) ? t : Tier.Continuous,
            parse.GetValue(output)!,
            parse.GetValue(parallel),
            TimeSpan.FromSeconds(parse.GetValue(timeout)),
            parse.GetValue(seed),
            parse.GetValue(credibilityPlan),
            parse.GetValue(propertySamples) is > 0 and var n ? n : null), token));
        return command;
    }

    private static async Task<int> ExecuteAsync(CliContext context, ParseResult parse, SigningOptions? signing, RunOptions options, CancellationToken token)
    {
        // The certificate and password are checked before anything runs, so a signing mistake costs no run time.
        using var http = new HttpClient();
        SignatureRequest? signature = null;
        if (signing is not null && (signature = await signing.RequestAsync(context, parse, http)) is null)
        {
            return ExitCodes.UsageOrInput;
        }

        using var signingCertificate = signature?.Certificate;
        CredibilityPlan? credibilityPlan = null;
        if (options.CredibilityPlanFile is { } planFile)
        {
            var loaded = CredibilityPlanLoader.Load(context.Resolve(planFile));
            if (await CaseSources.ReportAsync(context, loaded.Problems) || loaded.Plan is null)
            {
                return ExitCodes.UsageOrInput;
            }

            credibilityPlan = loaded.Plan;
        }

        var catalog = CaseSources.Load(context, options.CaseDirectories);
        await CaseSources.ReportAsync(context, catalog.Problems);

        using var solvers = SolverSources.Load(context, options.SolverDirectories, options.Repeat);
        if (await CaseSources.ReportAsync(context, solvers.Problems))
        {
            return ExitCodes.UsageOrInput;
        }

        var planning = Planner.Plan(
            catalog.Cases, solvers.Solvers, new PlanOptions(options.CasePattern, options.SolverIds, options.Tier));
        if (await CaseSources.ReportAsync(context, planning.Problems))
        {
            return ExitCodes.UsageOrInput;
        }

        if (planning.Plan.Runs.IsEmpty)
        {
            await context.Error.WriteLineAsync("error: no case × solver run matches the selection; see 'twinval cases list'");
            return ExitCodes.UsageOrInput;
        }

        var settings = new ValidationRunSettings(
            planning.Plan,
            [.. catalog.Problems, .. planning.Problems],
            context.Resolve(options.OutputDirectory),
            new ExecutorOptions(options.Parallelism, options.Timeout, options.Seed),
            ReportExporters.Default,
            options.Tier,
            [.. parse.Tokens.Select(t => t.Value)],
            context.WorkingDirectory,
            folder => [new PdfReportExporter(folder)],
            credibilityPlan,
            new PropertySettings(options.PropertySamples));
        using var progress = new ProgressReporter(context);
        var (summary, folder) = await new ValidationRunner(context.Clock).RunAsync(settings, progress, token);
        progress.Finish();

        await context.Out.WriteAsync(VerdictTable.Render(summary));
        await context.Out.WriteLineAsync($"run record: {CasesCommand.RelativePath(context, folder)}");
        if (credibilityPlan is not null)
        {
            await context.Out.WriteLineAsync($"credibility assessment: {CasesCommand.RelativePath(context, Path.Combine(folder, ValidationRunner.CredibilityFileName))}");
        }
        if (signature is not null && !await SignReportAsync(context, signature, summary, folder, token))
        {
            return ExitCodes.UsageOrInput;
        }

        if (summary.Info.Status == RunStatus.Cancelled)
        {
            await context.Error.WriteLineAsync("cancelled: the record keeps every run finished before cancellation");
        }

        return OverallVerdict.Of(summary) == Verdict.Pass && summary.Info.Status == RunStatus.Completed
            ? ExitCodes.Success
            : ExitCodes.Failure;
    }

    private static async Task<bool> SignReportAsync(CliContext context, SignatureRequest signature, RunSummary summary, string folder, CancellationToken token)
    {
        var report = Path.Combine(folder, "report.pdf");
        try
        {
            // Evidence dates come from the run record, never the clock, so the embedded files describe the run.
            var evidence = (RunEvidence.Collect(folder), summary.Info.FinishedUtc ?? summary.Info.StartedUtc);
            await ReportSigning.SignFileAsync(report, report, signature, context.Clock, evidence, token);
        }
        catch (SigningException e)
        {
            await context.Error.WriteLineAsync($"error: the run record is complete but report.pdf is not signed: {e.Message}");
            return false;
        }

        await context.Out.WriteLineAsync($"signed: {CasesCommand.RelativePath(context, report)} ({signature.MeaningText} by {signature.PrintedName}, evidence embedded)");
        return true;
    }
}
