using System.Collections.Immutable;
using TwinVal.Harness.Reporting;

namespace TwinVal.Reports;

/// <summary>The exporters every run writes.</summary>
public static class ReportExporters
{
    /// <summary>run.json, results.csv, checks.csv, junit.xml and summary.md, in that order.</summary>
    public static ImmutableArray<IReportExporter> Default { get; } =
        [new RunJsonExporter(), new ResultsCsvExporter(), new ChecksCsvExporter(), new JUnitExporter(), new MarkdownSummaryExporter()];
}
