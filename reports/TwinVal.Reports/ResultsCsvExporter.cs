using System.Globalization;
using TwinVal.Harness.Reporting;

namespace TwinVal.Reports;

/// <summary>Writes results.csv: one row per case × solver in plan order.</summary>
public sealed class ResultsCsvExporter : IReportExporter
{
    /// <inheritdoc/>
    public string FileName => "results.csv";

    /// <inheritdoc/>
    public async Task ExportAsync(RunSummary summary, Stream destination, CancellationToken cancellationToken)
    {
        var csv = Csv.Open(destination);
        await using (csv.ConfigureAwait(false))
        {
            Csv.Row(csv, "case", "solver", "verdict", "checks_passed", "checks_failed", "wall_ms", "message");
            foreach (var r in summary.Results)
            {
                Csv.Row(csv, r.CaseId, r.SolverId, ReportText.Word(r.Verdict),
                    r.ChecksPassed.ToString(CultureInfo.InvariantCulture), r.ChecksFailed.ToString(CultureInfo.InvariantCulture),
                    ReportText.Exact(r.WallTime.TotalMilliseconds), r.Message);
            }

            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
