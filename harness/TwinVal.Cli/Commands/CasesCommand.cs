using System.CommandLine;
using TwinVal.Cli.Output;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Reporting;

namespace TwinVal.Cli.Commands;

/// <summary><c>twinval cases list [--json] | show ID | validate [PATHS] | add-counterexample RUN_DIR CHECK_ID</c>.</summary>
internal static class CasesCommand
{
    public static Command Create(CliContext context) =>
        new("cases",
            """
            Inspect and check the reference-case library.

            Examples:
              twinval cases list
              twinval cases show wk2-diastolic-decay
              twinval cases validate reference-cases/cardiology/wk2-diastolic-decay
              twinval cases add-counterexample out/20260314-092653-1 P-bounded
            """)
        {
            List(context), Show(context), Validate(context), AddCounterexampleCommand.Create(context),
        };

    private static Command List(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON array (id, domain, kind, model, tier, path) for scripts." };
        var caseDirs = CaseDirOption();
        var command = new Command(
            "list",
            """
            List the cases of the bundled library (and of --case-dir folders). Broken cases are reported on standard
            error and make the exit code 2; the valid ones are still listed.

            Examples:
              twinval cases list
              twinval cases list --json --case-dir ../partner-cases
            """)
        {
            json, caseDirs,
        };
        command.SetAction(async (parse, _) =>
        {
            var catalog = CaseSources.Load(context, parse.GetValue(caseDirs) ?? []);
            var hasErrors = await CaseSources.ReportAsync(context, catalog.Problems);
            await context.Out.WriteAsync(parse.GetValue(json)
                ? JsonOutput.Serialize(catalog.Cases.Select(c => Describe(context, c))) + "\n"
                : Table(context, catalog.Cases));
            return hasErrors ? ExitCodes.UsageOrInput : ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "Case id, as listed by 'twinval cases list'." };
        var caseDirs = CaseDirOption();
        var command = new Command(
            "show",
            """
            Show one case: classification, model, parameters, protocol, reference provenance and acceptance checks.

            Examples:
              twinval cases show wk2-diastolic-decay
            """)
        {
            id, caseDirs,
        };
        command.SetAction(async (parse, _) =>
        {
            var catalog = CaseSources.Load(context, parse.GetValue(caseDirs) ?? []);
            var wanted = parse.GetValue(id)!;
            var found = catalog.Cases.FirstOrDefault(c => c.Id == wanted);
            if (found is null)
            {
                await CaseSources.ReportAsync(context, catalog.Problems);
                await context.Error.WriteLineAsync(
                    $"error: no valid case '{wanted}'; known cases: {string.Join(", ", catalog.Cases.Select(c => c.Id))}");
                return ExitCodes.UsageOrInput;
            }

            await context.Out.WriteAsync(CaseText.Render(found, context.WorkingDirectory));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Validate(CliContext context)
    {
        var paths = new Argument<string[]>("PATHS")
        {
            Description = "Case folders, case.yaml files or library roots; default: the bundled library.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command(
            "validate",
            """
            Check case files against the schema and the semantic rules (units, hashes, reference CSVs, paths) and report
            every problem with file, line, column and field. Exit code 0 when every case is valid, 2 otherwise.

            Examples:
              twinval cases validate
              twinval cases validate reference-cases/cardiology/wk2-diastolic-decay
              twinval cases validate my-cases/new-case/case.yaml
            """)
        {
            paths,
        };
        command.SetAction(async (parse, _) =>
        {
            var given = parse.GetValue(paths) ?? [];
            var catalog = given.Length == 0
                ? CaseSources.Load(context, [])
                : CaseSources.Load(context, given, includeBundled: false);
            var hasErrors = await CaseSources.ReportAsync(context, catalog.Problems);
            var checkedCount = catalog.Cases.Length + catalog.RejectedFolders.Length;
            await context.Out.WriteLineAsync(
                $"{checkedCount} case(s) checked: {catalog.Cases.Length} valid, {catalog.RejectedFolders.Length} with errors");
            return hasErrors ? ExitCodes.UsageOrInput : ExitCodes.Success;
        });
        return command;
    }

    internal static Option<string[]> CaseDirOption() => new("--case-dir")
    {
        Description = "Add cases from this folder (a library root, a case folder or a case.yaml); repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    private static object Describe(CliContext context, ReferenceCase c) => new
    {
        id = c.Id,
        title = c.Title,
        domain = KebabCase.Of(c.Domain),
        kind = KebabCase.Of(c.Kind),
        model = c.Model.Id,
        modelVersion = c.Model.Version,
        tier = KebabCase.Of(c.Tier),
        tags = c.Tags,
        path = RelativePath(context, c.FolderPath),
        sha256 = c.ContentHash,
    };

    private static string Table(CliContext context, IEnumerable<ReferenceCase> cases)
    {
        var table = new TextTable("ID", "DOMAIN", "KIND", "MODEL", "TIER", "PATH");
        foreach (var c in cases)
        {
            table.Add(c.Id, KebabCase.Of(c.Domain), KebabCase.Of(c.Kind), c.Model.Id, KebabCase.Of(c.Tier), RelativePath(context, c.FolderPath));
        }

        return table.ToString();
    }

    internal static string RelativePath(CliContext context, string path) =>
        Path.GetRelativePath(context.WorkingDirectory, path).Replace('\\', '/');
}
