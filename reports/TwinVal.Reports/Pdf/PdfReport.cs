using SkiaSharp;
using TwinVal.Harness.Reporting;
using TwinVal.Reports.Pdf.Content;
using TwinVal.Reports.Pdf.Layout;
using TwinVal.Reports.Pdf.Rendering;

namespace TwinVal.Reports.Pdf;

/// <summary>
/// Renders the validation report (report.pdf) of a run: cover, summary verdict matrix, one section per case with
/// acceptance formulas, metrics and overlay and error plots, environment and provenance, and the signature page.
/// Everything printed comes from the run summary and the run record folder (solver outputs) plus the case folders the
/// record names, and every date from the record (never the clock), and the document identifier from the run id and
/// run.json (<see cref="DocumentIdentity"/>), so the same record gives a byte-identical report.
/// </summary>
public static class PdfReport
{
    /// <summary>Writes the report for <paramref name="summary"/> to <paramref name="destination"/>.</summary>
    /// <param name="summary">The run.</param>
    /// <param name="recordFolder">The run record folder holding <c>outputs/&lt;case&gt;/&lt;solver&gt;.csv</c>.</param>
    /// <param name="destination">Where the PDF bytes go; not closed.</param>
    /// <param name="cancellationToken">Cancels before rendering starts.</param>
    public static async Task RenderAsync(RunSummary summary, string recordFolder, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(recordFolder);
        ArgumentNullException.ThrowIfNull(destination);
        cancellationToken.ThrowIfCancellationRequested();

        // The document identifier comes from the run (its id and its run.json), so the same record gives the same bytes.
        using var json = new MemoryStream();
        await new RunJsonExporter().ExportAsync(summary, json, cancellationToken).ConfigureAwait(false);
        var seed = DocumentIdentity.Seed(summary.Info.RunId, json.GetBuffer().AsSpan(0, (int)json.Length));

        // Skia writes synchronously; render into memory, fix the identifier before anything is appended (no object
        // moves), then copy asynchronously to the caller's stream.
        using var buffer = new MemoryStream();
        Render(summary, recordFolder, buffer);
        var pdf = DocumentIdentity.Apply(buffer.ToArray(), seed);
        await destination.WriteAsync(pdf, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Synchronous core of <see cref="RenderAsync"/>; returns the page count.</summary>
    internal static int Render(RunSummary summary, string recordFolder, Stream destination)
    {
        var blocks = ReportComposer.Compose(summary, recordFolder);
        var setup = PageSetup.A4("TwinVal validation report", $"run {summary.Info.RunId}");
        var layout = PdfWriter.Write(blocks, setup, Metadata(summary), destination);
        return layout.Pages.Length;
    }

    /// <summary>Document information of the report: identity from the run, dates from the run record.</summary>
    internal static SKDocumentPdfMetadata Metadata(RunSummary summary)
    {
        var info = summary.Info;
        var producer = $"TwinVal {info.HarnessVersion}";
        return new SKDocumentPdfMetadata
        {
            Title = $"TwinVal validation report, run {info.RunId}",
            Author = "TwinVal",
            Subject = $"Validation of {summary.Cases.Length} case(s) × {summary.Solvers.Length} solver(s): {ReportText.Word(OverallVerdict.Of(summary))}",
            Keywords = "TwinVal; validation; ASME V&V 40; FDA credibility",
            Creator = producer,
            Producer = producer,
            Creation = info.StartedUtc.UtcDateTime,
            Modified = (info.FinishedUtc ?? info.StartedUtc).UtcDateTime,

            // PDF/A embeds every font and an XMP packet, as archival of regulatory records needs; effects Skia cannot
            // express as vectors are rasterised at 300 dpi (print quality) and stored losslessly (quality 101).
            PdfA = true,
            RasterDpi = 300f,
            EncodingQuality = 101,
        };
    }
}
