using System.Globalization;
using TwinVal.Harness.Reporting;

namespace TwinVal.Reports;

/// <summary>Writes checks.csv: one row per check of every run, numbers in round-trip form;
/// property checks also fill seed, samples and the shrunk counterexample.</summary>
public sealed class ChecksCsvExporter : IReportExporter
{
    /// <inheritdoc/>
    public string FileName => "checks.csv";

    /// <inheritdoc/>
    public async Task ExportAsync(RunSummary summary, Stream destination, CancellationToken cancellationToken)
    {
        var csv = Csv.Open(destination);
        await using (csv.ConfigureAwait(false))
        {
            Csv.Row(csv, "case", "solver", "check", "metric", "variable", "value", "limit", "margin", "unit", "verdict", "message", "seed", "samples", "counterexample");
            foreach (var r in summary.Results)
            {
                foreach (var c in r.Checks)
                {
                    Csv.Row(csv, r.CaseId, r.SolverId, c.CheckId, c.Metric, c.Variable, ReportText.Exact(c.Value),
                        ReportText.Exact(c.Limit), ReportText.Exact(c.Margin), c.Unit, ReportText.Word(c.Verdict), c.Message,
                        c.Property?.Seed.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                        c.Property?.Samples.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                        c.Property?.CounterexampleText ?? string.Empty);
                }
            }

            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
