using System.Text;
using TwinVal.Reports.PdfFile;
using TwinVal.Reports.Tests.Pdf;
using Xunit;

namespace TwinVal.Reports.Tests.PdfFile;

public class PdfRevisionTests
{
    [Fact]
    public void Read_SkiaReport_FindsCatalogAndEveryPage()
    {
        var revision = PdfRevision.Read(SampleReport.Pdf);

        Assert.Equal("Catalog", revision.Catalog.NameOf("Type"));
        Assert.Equal(SampleReport.Pages.Count, revision.Pages().Length);
    }

    [Fact]
    public void Read_NotAPdf_SaysSo()
    {
        var error = Assert.Throws<PdfFormatException>(() => PdfRevision.Read(Encoding.ASCII.GetBytes("{\"not\": \"pdf\"}")));

        Assert.Contains("not a PDF", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public void Read_Truncated_SaysTruncated(double fraction)
    {
        var cut = SampleReport.Pdf[..(int)(SampleReport.Pdf.Length * fraction)];

        var error = Assert.Throws<PdfFormatException>(() => PdfRevision.Read(cut));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_XrefStream_RefusesAsUnsupportedStructure()
    {
        // A minimal file whose startxref points at an object (a cross-reference stream), not at "xref".
        var text = "%PDF-1.5\n1 0 obj\n<</Type /XRef /Size 2 /W [1 2 1]>>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n";

        var error = Assert.Throws<PdfFormatException>(() => PdfRevision.Read(Encoding.ASCII.GetBytes(text)));

        Assert.Contains("unsupported PDF structure", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StartxrefOutsideFile_NamesDamage()
    {
        var text = "%PDF-1.4\nstartxref\n999999\n%%EOF\n";

        var error = Assert.Throws<PdfFormatException>(() => PdfRevision.Read(Encoding.ASCII.GetBytes(text)));

        Assert.Contains("not inside the file", error.Message, StringComparison.Ordinal);
    }
}
