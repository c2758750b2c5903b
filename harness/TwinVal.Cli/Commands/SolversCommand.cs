using System.CommandLine;
using TwinVal.Cli.Output;
using TwinVal.External;
using TwinVal.External.Conformance;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Reporting;

namespace TwinVal.Cli.Commands;

/// <summary><c>twinval solvers list [--json] [--solver-dir DIR]... | check MANIFEST [--case-dir DIR]...</c>.</summary>
internal static class SolversCommand
{
    public static Command Create(CliContext context) => new(
        "solvers",
        """
        Inspect the solvers TwinVal can run, and certify an external solver against the protocol.

        Examples:
          twinval solvers list
          twinval solvers list --json --solver-dir partner/solvers
          twinval solvers check partner/solvers/heart/solver.yaml
        """)
    {
        List(context), Check(context),
    };

    private static Command List(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON array (id, version, kind, models) for scripts." };
        var solverDirs = SolverSources.FolderOption();
        var list = new Command(
            "list",
            """
            List the solvers TwinVal can run (built-in and external) and the models each implements.
            Manifest problems are reported on standard error and make the exit code 2.

            Examples:
              twinval solvers list
              twinval solvers list --json
              twinval solvers list --solver-dir partner/solvers
            """)
        {
            json, solverDirs,
        };
        list.SetAction(async (parse, _) =>
        {
            using var solvers = SolverSources.Load(context, parse.GetValue(solverDirs) ?? []);
            var hasErrors = await CaseSources.ReportAsync(context, solvers.Problems);
            await context.Out.WriteAsync(parse.GetValue(json) ? ToJson(solvers.Solvers) + "\n" : ToTable(solvers.Solvers));
            return hasErrors ? ExitCodes.UsageOrInput : ExitCodes.Success;
        });
        return list;
    }

    private static Command Check(CliContext context)
    {
        var manifest = new Argument<string>("MANIFEST") { Description = "Path of the external solver's solver.yaml." };
        var caseDirs = CasesCommand.CaseDirOption();
        var check = new Command(
            "check",
            """
            Certify an external solver: validate its manifest, probe its version, run the smoke tier of every case of its
            models through the full protocol, and print what to fix. Exit code 0 conformant, 1 a finding, 2 unusable
            manifest or input.

            Examples:
              twinval solvers check solvers/external/examples/python/solver.yaml
              twinval solvers check my-solver/solver.yaml --case-dir my-cases
            """)
        {
            manifest, caseDirs,
        };
        check.SetAction(async (parse, token) =>
        {
            var folders = (parse.GetValue(caseDirs) ?? []).Select(context.Resolve).ToList();
            if (folders.Count == 0)
            {
                if (CaseLibraryLocator.Find(context.WorkingDirectory) is not { } bundled)
                {
                    await context.Error.WriteLineAsync("error: the bundled case library was not found; pass --case-dir");
                    return ExitCodes.UsageOrInput;
                }

                folders.Add(bundled);
            }

            var checker = new SolverConformanceCheck(context.Clock, ExternalSolverOptions.Default);
            return await checker.RunAsync(context.Resolve(parse.GetValue(manifest)!), folders, context.Out, context.Error, token);
        });
        return check;
    }

    private static string ToJson(IEnumerable<ISolver> solvers) =>
        JsonOutput.Serialize(solvers.Select(s => new
        {
            id = s.Id,
            version = s.Version,
            kind = KebabCase.Of(s.Kind),
            models = s.SupportedModels.Order(StringComparer.Ordinal).ToArray(),
        }));

    private static string ToTable(IEnumerable<ISolver> solvers)
    {
        var table = new TextTable("ID", "VERSION", "KIND", "MODELS");
        foreach (var s in solvers)
        {
            table.Add(s.Id, s.Version, KebabCase.Of(s.Kind), string.Join(", ", s.SupportedModels.Order(StringComparer.Ordinal)));
        }

        return table.ToString();
    }
}
