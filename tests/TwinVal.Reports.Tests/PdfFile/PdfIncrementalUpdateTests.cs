using TwinVal.Reports.PdfFile;
using TwinVal.Reports.Tests.Pdf;
using UglyToad.PdfPig;
using Xunit;

namespace TwinVal.Reports.Tests.PdfFile;

public class PdfIncrementalUpdateTests
{
    [Fact]
    public void AppendTo_ChangedCatalogAndNewObject_PrefixIntactAndLatestRevisionSeesBoth()
    {
        var revision = PdfRevision.Read(SampleReport.Pdf);
        var update = new PdfIncrementalUpdate(revision);
        var added = update.Add(PdfDictionary.Of(("Marker", PdfString.Text("twinval"))));
        update.Set(revision.Root, revision.Catalog.With("TwinValTest", added));

        var bytes = update.AppendTo(SampleReport.Pdf).Bytes;

        Assert.True(bytes.AsSpan(0, SampleReport.Pdf.Length).SequenceEqual(SampleReport.Pdf));
        var next = PdfRevision.Read(bytes);
        Assert.Equal(revision.Size + 1, next.Size);
        Assert.Equal(revision.StartXref, Assert.IsType<PdfNumber>(next.Trailer["Prev"]).AsInteger());
        var marker = next.GetDictionary(Assert.IsType<PdfReference>(next.Catalog["TwinValTest"]));
        Assert.Equal("twinval", Assert.IsType<PdfString>(marker["Marker"]).DecodeText());
        // An independent reader still opens the updated file with every page.
        using var document = PdfDocument.Open(bytes);
        Assert.Equal(revision.Pages().Length, document.NumberOfPages);
    }

    [Fact]
    public void AppendTo_TwoUpdates_SecondReadsThroughPrevChain()
    {
        var first = new PdfIncrementalUpdate(PdfRevision.Read(SampleReport.Pdf));
        var a = first.Add(new PdfNumber(1));
        var once = first.AppendTo(SampleReport.Pdf).Bytes;
        var second = new PdfIncrementalUpdate(PdfRevision.Read(once));
        var b = second.Add(new PdfNumber(2));

        var twice = PdfRevision.Read(second.AppendTo(once).Bytes);

        Assert.Equal(new PdfNumber(1), twice.Get(a));
        Assert.Equal(new PdfNumber(2), twice.Get(b));
        Assert.Equal("Catalog", twice.Catalog.NameOf("Type"));
    }

    [Fact]
    public void AppendTo_SameChanges_SameBytes()
    {
        byte[] Once()
        {
            var update = new PdfIncrementalUpdate(PdfRevision.Read(SampleReport.Pdf));
            update.Add(PdfDictionary.Of(("K", new PdfName("V"))));
            return update.AppendTo(SampleReport.Pdf).Bytes;
        }

        Assert.Equal(Once(), Once());
    }
}
