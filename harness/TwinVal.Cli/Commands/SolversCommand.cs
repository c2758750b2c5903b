using System.CommandLine;
using TwinVal.Cli.Output;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Reporting;
using TwinVal.Solvers;

namespace TwinVal.Cli.Commands;

/// <summary><c>twinval solvers list [--json]</c>.</summary>
internal static class SolversCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON array (id, version, kind, models) for scripts." };
        var list = new Command(
            "list",
            """
            List the solvers TwinVal can run and the models each implements.

            Examples:
              twinval solvers list
              twinval solvers list --json
            """)
        {
            json,
        };
        list.SetAction(async (parse, _) =>
        {
            var solvers = BuiltInSolvers.All(context.Clock).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
            await context.Out.WriteAsync(parse.GetValue(json) ? ToJson(solvers) + "\n" : ToTable(solvers));
            return ExitCodes.Success;
        });

        return new Command(
            "solvers",
            """
            Inspect the solvers TwinVal can run.

            Examples:
              twinval solvers list
              twinval solvers list --json
            """)
        {
            list,
        };
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
