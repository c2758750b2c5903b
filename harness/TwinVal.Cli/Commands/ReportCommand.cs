using System.CommandLine;
using TwinVal.Harness.Reporting;
using TwinVal.Reports;
using TwinVal.Reports.Pdf;

namespace TwinVal.Cli.Commands;

/// <summary><c>twinval report RUN_DIR</c>: re-renders report.pdf from a run record alone.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("RUN_DIR") { Description = "A run record folder (holding run.json)." };
        var command = new Command(
            "report",
            """
            Re-render report.pdf of a run record from its run.json, outputs/ and the cases it names. The same record
            always gives the same report text. Exit code 0 on success, 2 when the record is missing or unreadable.

            Examples:
              twinval report runs/20261124-214138-1
            """)
        {
            folder,
        };
        command.SetAction(async (parse, token) =>
        {
            var record = context.Resolve(parse.GetValue(folder)!);
            var runJson = Path.Combine(record, "run.json");
            if (!File.Exists(runJson))
            {
                await context.Error.WriteLineAsync($"{runJson}: error: no run.json; expected a run record folder written by 'twinval run'");
                return ExitCodes.UsageOrInput;
            }

            var (summary, problems) = await RunJsonReader.ReadFileAsync(runJson, token);
            if (summary is null)
            {
                await CaseSources.ReportAsync(context, problems);
                return ExitCodes.UsageOrInput;
            }

            // Case paths in run.json are relative to the folder the run started in; reports are rendered from there.
            var exporter = new PdfReportExporter(record);
            var target = Path.Combine(record, exporter.FileName);
            await AtomicFile.WriteAsync(target, (stream, t) => exporter.ExportAsync(summary, stream, t), token);
            await context.Out.WriteLineAsync($"report: {CasesCommand.RelativePath(context, target)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
