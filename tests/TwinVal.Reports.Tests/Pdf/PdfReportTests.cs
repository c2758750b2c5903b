using System.Globalization;
using TwinVal.Reports.Pdf;
using UglyToad.PdfPig;

namespace TwinVal.Reports.Tests.Pdf;

public class PdfReportTests
{
    [Fact]
    public void RenderAsync_SampleRun_ContainsEverySectionHeading()
    {
        var text = string.Join('\n', SampleReport.Pages);

        foreach (var heading in new[] { "TwinVal validation report", "Contents", "1 Summary", "1.1 Verdict matrix", "1.2 Rejected cases", "2 Cases", "3 Environment and provenance", "4 Signatures" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RenderAsync_SampleRun_StatesVerdictsAndMetricCells()
    {
        var text = string.Join('\n', SampleReport.Pages);

        Assert.Contains("Overall verdict: ERROR", text, StringComparison.Ordinal);
        Assert.Contains("wk2-diastolic-decay × wk-test: fail", text, StringComparison.Ordinal);
        Assert.Contains("gone-case × wk-test: error", text, StringComparison.Ordinal);

        // Metrics row of P-pointwise: value, limit, margin as ReportText.Short prints them.
        Assert.Contains("P-pointwise pointwise P 4.5 1 -3.5 1 fail", text, StringComparison.Ordinal);
        Assert.Contains("P-rel-l2 rel-l2 P 0.00061 0.001 0.00039 1 pass", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_LoadedCase_PrintsPurposeCitationAndAcceptanceFormula()
    {
        var text = string.Join('\n', SampleReport.Pages);

        Assert.Contains("Purpose: Shows that a solver integrates the two-element Windkessel", text, StringComparison.Ordinal);
        Assert.Contains("doi:10.1007/s11517-008-0359-2", text, StringComparison.Ordinal);
        Assert.Contains($"sha256 {SampleReport.Summary.Cases[0].Sha256}\n", text, StringComparison.Ordinal);
        Assert.Contains("P-pointwise |s(t) − r(t)| ≤ atol + rtol·|r(t)| for P at every reference time t; atol = 1E-06\nmmHg, rtol = 1E-07", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_MissingCaseFolder_SaysSoInsteadOfFailing()
    {
        var text = string.Join('\n', SampleReport.Pages);

        Assert.Contains("case folder '/nonexistent/gone-case' was not found", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_SolverOutputInRecord_DrawsOverlayAndErrorPlotsWithAxisText()
    {
        var text = string.Join('\n', SampleReport.Pages);

        Assert.Contains("Figure 1. wk2-diastolic-decay × wk-test: P, reference and solver", text, StringComparison.Ordinal);
        Assert.Contains("Figure 2. wk2-diastolic-decay × wk-test: error of P", text, StringComparison.Ordinal);

        // Legends and axis labels are drawn by ScottPlot: present only when it found the shipped font.
        Assert.Contains("reference (reference.csv)\nsolver wk-test", text, StringComparison.Ordinal);
        Assert.Contains("solver − reference", text, StringComparison.Ordinal);
        Assert.Contains("0 0.2 0.4 0.6 0.8 1 1.2 1.4 1.6 1.8 2\nt [s]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_EveryPage_HasPageXOfY()
    {
        var pages = SampleReport.Pages;

        Assert.True(pages.Count >= 5, $"expected at least 5 pages, got {pages.Count}");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RenderAsync_MetricsTableAcrossPages_RepeatsItsHeaderOnEachPage()
    {
        var pages = SampleReport.Pages;
        var withRows = pages.Where(p => p.Contains("long-check-", StringComparison.Ordinal)).ToList();

        Assert.True(withRows.Count >= 2, $"the {SampleReport.LongChecks}-row table should span pages, spans {withRows.Count}");
        Assert.All(withRows, p => Assert.Contains("Check Metric Variable Value Limit Margin Unit Verdict", p, StringComparison.Ordinal));
        for (var i = 1; i <= SampleReport.LongChecks; i++)
        {
            Assert.Single(withRows, p => p.Contains($"long-check-{i:D3} ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void RenderAsync_TableOfContents_ListsPageOfEachCaseSection()
    {
        var pages = SampleReport.Pages;
        const string Heading = "2.2 gone-case: A case whose folder was deleted";
        var casePage = pages.Select((text, i) => (text, page: i + 1)).Single(p => p.text.Split('\n').Contains(Heading)).page;

        Assert.Contains($"{Heading} {casePage.ToString(CultureInfo.InvariantCulture)}\n", pages[1], StringComparison.Ordinal);
        Assert.NotEqual(2, casePage);
    }

    [Fact]
    public void RenderAsync_SignaturePage_SaysWhereSignaturesAppear()
    {
        var last = SampleReport.Pages[^1];

        Assert.Contains("4 Signatures", last, StringComparison.Ordinal);
        Assert.Contains("each appears as a signature field at the foot of this page", last.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_Metadata_ComesFromTheRunRecord()
    {
        using var document = PdfDocument.Open(SampleReport.Pdf);
        var info = document.Information;

        Assert.Equal("TwinVal validation report, run 20260314-092653-1", info.Title);
        Assert.Equal("TwinVal 0.1.0", info.Producer);
        Assert.Equal("TwinVal 0.1.0", info.Creator);
        Assert.Equal("TwinVal", info.Author);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero), info.GetCreatedDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 9, 26, 56, TimeSpan.Zero), info.GetModifiedDateTimeOffset());
    }

    [Fact]
    public void RenderAsync_AllText_UsesEmbeddedDejaVuFonts()
    {
        using var document = PdfDocument.Open(SampleReport.Pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Contains("DejaVu", f, StringComparison.Ordinal));
        var raw = System.Text.Encoding.Latin1.GetString(SampleReport.Pdf);
        Assert.Contains("/FontFile2", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_SameRecordTwice_GivesSameTextAndBytesUpToTheDocumentId()
    {
        var again = SampleReport.RenderBytes(SampleReport.Summary, SampleReport.RecordFolder);

        Assert.Equal(SampleReport.Pages, PdfText.Pages(again));

        // Skia derives the document UUID (XMP DocumentID/InstanceID, trailer /ID) from the clock and a memory address;
        // the report keeps Skia's bytes untouched, so that id is the only difference allowed.
        Assert.Equal(SampleReport.Pdf.Length, again.Length);
        Assert.Equal(WithoutDocumentId(SampleReport.Pdf), WithoutDocumentId(again));
    }

    private static string WithoutDocumentId(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        text = System.Text.RegularExpressions.Regex.Replace(text, "uuid:[0-9a-f-]{36}", "uuid:<id>");
        return System.Text.RegularExpressions.Regex.Replace(text, @"/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]", "/ID [<id> <id>]");
    }

    [Fact]
    public async Task ExportAsync_Exporter_WritesReportPdf()
    {
        var exporter = new PdfReportExporter(SampleReport.RecordFolder);
        using var stream = new MemoryStream();

        await exporter.ExportAsync(SampleReport.Summary, stream, TestContext.Current.CancellationToken);

        Assert.Equal("report.pdf", exporter.FileName);
        Assert.Equal("%PDF-"u8.ToArray(), stream.ToArray()[..5]);
        Assert.Equal(SampleReport.Pages, PdfText.Pages(stream.ToArray()));
    }
}
