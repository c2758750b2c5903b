using SkiaSharp;
using TwinVal.Reports.Pdf;

namespace TwinVal.Reports.Tests.Pdf;

/// <summary>
/// report.pdf is a function of the run record. Everything Skia takes from <see cref="SKDocumentPdfMetadata"/> comes
/// from the record (title, author, subject, keywords, creator, producer, creation and modification dates), and the
/// page content is a function of the record alone. Skia's document UUID (XMP DocumentID/InstanceID and the trailer
/// /ID) comes from the clock and a memory address and cannot be set; <see cref="DocumentIdentity"/> overwrites it in
/// place with one derived from the run id and run.json, so the same record gives byte-identical PDFs.
/// </summary>
public class PdfDeterminismTests
{
    [Fact]
    public void SKDocumentPdfMetadata_OffersNoDocumentIdField()
    {
        var members = typeof(SKDocumentPdfMetadata).GetProperties().Select(p => p.Name)
            .Concat(typeof(SKDocumentPdfMetadata).GetFields().Select(f => f.Name)).ToList();

        // When SkiaSharp adds such a field, this fails: set it from the run id and record hash, and tighten the byte test.
        Assert.DoesNotContain(members, m => (m.Contains("Id", StringComparison.OrdinalIgnoreCase) && m != "RasterDpi") || m.Contains("Uuid", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Creation", members);
        Assert.Contains("Modified", members);
    }

    [Fact]
    public void RenderAsync_SameRecordTwice_ByteIdentical()
    {
        var again = SampleReport.RenderBytes(SampleReport.Summary, SampleReport.RecordFolder);

        Assert.Equal(SampleReport.Pdf.Length, again.Length);
        var first = Enumerable.Range(0, again.Length).FirstOrDefault(i => again[i] != SampleReport.Pdf[i], -1);
        Assert.True(first < 0, $"the second rendering differs first at byte {first}");
    }

    [Fact]
    public void RenderAsync_RunJsonDiffers_DocumentIdDiffers()
    {
        var changed = SampleReport.Summary with { Solvers = [.. SampleReport.Summary.Solvers.Select(s => s with { Version = s.Version + "-b" })] };

        var other = SampleReport.RenderBytes(changed, SampleReport.RecordFolder);

        Assert.NotEqual(DocumentIdentityTests.TrailerIds(SampleReport.Pdf)[0], DocumentIdentityTests.TrailerIds(other)[0]);
    }
}
