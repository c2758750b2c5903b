using System.CommandLine;
using TwinVal.Cli.Counterexamples;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using TwinVal.Reports;

namespace TwinVal.Cli.Commands;

/// <summary><c>twinval cases add-counterexample RUN_DIR CHECK_ID [--solver ID] [--out DIR]</c>.</summary>
internal static class AddCounterexampleCommand
{
    public static Command Create(CliContext context)
    {
        var runDir = new Argument<string>("RUN_DIR") { Description = "Run record folder (holding run.json)." };
        var checkId = new Argument<string>("CHECK_ID") { Description = "Id of the failed property check, as in checks.csv." };
        var solver = new Option<string?>("--solver") { Description = "Solver whose counterexample to pin when several failed the property; default the first." };
        var output = new Option<string?>("--out") { Description = "Folder of the new case; default reference-cases/<domain>/<case>-<check>-cx in the bundled library." };
        var command = new Command(
            "add-counterexample",
            """
            Turn a failed property check into a permanent regression case: the original case pinned at the shrunk
            counterexample, keeping only the violated property (no ranges, reference data or acceptance checks), with a
            provenance.md naming the run, solver and seed. The new case is checked like 'twinval cases validate'.

            Examples:
              twinval cases add-counterexample out/20260314-092653-1 P-bounded
              twinval cases add-counterexample out/20260314-092653-1 P-bounded --solver wk-rk4 --out my-cases/wk2-p-bounded-cx
            """)
        {
            runDir, checkId, solver, output,
        };
        command.SetAction((parse, token) => ExecuteAsync(
            context, context.Resolve(parse.GetValue(runDir)!), parse.GetValue(checkId)!, parse.GetValue(solver), parse.GetValue(output), token));
        return command;
    }

    private static async Task<int> ExecuteAsync(CliContext context, string runDir, string checkId, string? solverId, string? output, CancellationToken token)
    {
        var (summary, problems) = await RunJsonReader.ReadFileAsync(Path.Combine(runDir, "run.json"), token);
        if (summary is null)
        {
            await CaseSources.ReportAsync(context, problems);
            return ExitCodes.UsageOrInput;
        }

        var failed = summary.Results
            .Where(r => solverId is null || r.SolverId == solverId)
            .SelectMany(r => r.Checks.Where(c => c.CheckId == checkId && c is { Verdict: Verdict.Fail, Property.Counterexample.IsEmpty: false }).Select(c => (Run: r, Check: c)))
            .FirstOrDefault();
        if (failed.Check is null)
        {
            var known = summary.Results.SelectMany(r => r.Checks.Where(c => c is { Verdict: Verdict.Fail, Property.Counterexample.IsEmpty: false })
                .Select(c => $"{c.CheckId} ({r.CaseId} on {r.SolverId})")).Distinct().ToList();
            await context.Error.WriteLineAsync(
                $"error: {Path.Combine(runDir, "run.json")}: no failed property check '{checkId}'{(solverId is null ? string.Empty : $" on solver '{solverId}'")} with a counterexample; " +
                $"failed property checks: {(known.Count > 0 ? string.Join(", ", known) : "none")}");
            return ExitCodes.UsageOrInput;
        }

        var original = summary.Cases.First(c => c.Id == failed.Run.CaseId);
        if (OriginalFolder(context, original) is not { } folder)
        {
            await context.Error.WriteLineAsync($"error: case '{original.Id}' is neither at '{original.Path}' nor in the case library");
            return ExitCodes.UsageOrInput;
        }

        // The folder name must equal the case id: with --out the user picks the folder, so the id follows it.
        var defaultId = CounterexampleCase.IdFor(original.Id, checkId);
        var target = output is not null
            ? context.Resolve(output)
            : Path.Combine(CaseLibraryLocator.Find(context.WorkingDirectory) ?? context.WorkingDirectory, original.Domain, defaultId);
        var newId = output is null ? defaultId : Path.GetFileName(Path.TrimEndingDirectorySeparator(target));
        var yaml = CounterexampleCase.Build(await File.ReadAllTextAsync(Path.Combine(folder, "case.yaml"), token), newId, failed.Run, failed.Check, summary.Info, out var reason);
        if (yaml is null)
        {
            await context.Error.WriteLineAsync($"error: {Path.Combine(folder, "case.yaml")}: {reason}");
            return ExitCodes.UsageOrInput;
        }

        if (File.Exists(Path.Combine(target, "case.yaml")))
        {
            await context.Error.WriteLineAsync($"error: {Path.Combine(target, "case.yaml")} already exists; choose another folder with --out");
            return ExitCodes.UsageOrInput;
        }

        Directory.CreateDirectory(target);
        await File.WriteAllTextAsync(Path.Combine(target, "case.yaml"), yaml, token);
        await File.WriteAllTextAsync(Path.Combine(target, "provenance.md"), CounterexampleProvenance.Render(newId, summary, failed.Run, failed.Check, original), token);

        var loaded = new CaseLoader().Load(target);
        var hasErrors = await CaseSources.ReportAsync(context, loaded.Problems);
        await context.Out.WriteLineAsync(
            $"wrote {CasesCommand.RelativePath(context, target)} (case {newId}: {checkId} of {original.Id} pinned at {failed.Check.Property!.CounterexampleText})");
        return hasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string? OriginalFolder(CliContext context, CaseRecord original)
    {
        var recorded = context.Resolve(original.Path);
        if (File.Exists(Path.Combine(recorded, "case.yaml")))
        {
            return recorded;
        }

        return CaseSources.Load(context, []).Cases.FirstOrDefault(c => c.Id == original.Id)?.FolderPath;
    }
}
