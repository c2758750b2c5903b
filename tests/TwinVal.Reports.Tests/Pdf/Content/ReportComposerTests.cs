using TwinVal.Reports.Pdf;
using TwinVal.Reports.Pdf.Content;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Tests.Pdf.Content;

public class ReportComposerTests
{
    [Fact]
    public void Compose_SampleRun_OrdersSectionsCoverSummaryCasesProvenanceSignatures()
    {
        var blocks = ReportComposer.Compose(SampleReport.Summary, SampleReport.RecordFolder);

        var chapters = blocks.OfType<HeadingBlock>().Where(h => h.Level == 1).Select(h => h.Text);
        Assert.Equal(["Summary", "Cases", "Environment and provenance", "Signatures"], chapters);
        Assert.IsType<TableOfContentsBlock>(blocks.Single(b => b is TableOfContentsBlock));
    }

    [Fact]
    public void Compose_RunWithOutputAndReference_AddsOverlayAndErrorFigure()
    {
        var blocks = ReportComposer.Compose(SampleReport.Summary, SampleReport.RecordFolder);

        var captions = blocks.OfType<FigureBlock>().Select(f => f.Caption).ToList();
        Assert.Equal(2, captions.Count);
        Assert.StartsWith("wk2-diastolic-decay × wk-test: P, reference and solver", captions[0], StringComparison.Ordinal);
        Assert.StartsWith("wk2-diastolic-decay × wk-test: error of P", captions[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_RecordFolderWithoutOutputs_SaysWhichFileIsMissing()
    {
        var empty = Directory.CreateTempSubdirectory("twinval-pdf-empty-").FullName;

        var blocks = ReportComposer.Compose(SampleReport.Summary, empty);

        Assert.Empty(blocks.OfType<FigureBlock>());
        Assert.Contains(blocks.OfType<ParagraphBlock>(), p => p.Text == "No plots: the run record holds no solver output at outputs/wk2-diastolic-decay/wk-test.csv.");
    }

    [Fact]
    public async Task RenderAsync_CancelledToken_ThrowsBeforeWriting()
    {
        using var stream = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PdfReport.RenderAsync(SampleReport.Summary, SampleReport.RecordFolder, stream, new CancellationToken(true)));
        Assert.Equal(0, stream.Length);
    }
}
