using TwinVal.Harness.Reporting;

namespace TwinVal.Reports.Pdf;

/// <summary>
/// Writes report.pdf. Exporters receive only the run summary, so the record folder (for the solver outputs plotted in
/// the report) is given at construction.
/// </summary>
/// <param name="recordFolder">The run record folder the report is written into.</param>
public sealed class PdfReportExporter(string recordFolder) : IReportExporter
{
    /// <inheritdoc/>
    public string FileName => "report.pdf";

    /// <summary>The run record folder.</summary>
    public string RecordFolder { get; } = recordFolder ?? throw new ArgumentNullException(nameof(recordFolder));

    /// <inheritdoc/>
    public Task ExportAsync(RunSummary summary, Stream destination, CancellationToken cancellationToken) =>
        PdfReport.RenderAsync(summary, RecordFolder, destination, cancellationToken);
}
