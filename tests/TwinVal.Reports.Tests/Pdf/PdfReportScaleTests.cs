using System.Diagnostics;
using System.Globalization;
using TwinVal.Testing;

namespace TwinVal.Reports.Tests.Pdf;

/// <summary>A synthetic 100-case run: the report must hold every case; its render time is printed, never asserted.</summary>
public class PdfReportScaleTests
{
    private const int Cases = 100;

    [NightlyFact]
    [Trait("Tier", "nightly")]
    public void RenderAsync_HundredCases_ListsEveryCaseAndPrintsRenderTime()
    {
        var folder = Directory.CreateTempSubdirectory("twinval-pdf-scale-").FullName;
        var summary = SampleReport.Build(folder, extraCases: Cases - 3);
        SampleReport.RenderBytes(summary, folder);

        var watch = Stopwatch.StartNew();
        var pdf = SampleReport.RenderBytes(summary, folder);
        watch.Stop();

        var text = string.Join('\n', PdfText.Pages(pdf));
        Assert.Equal(Cases, summary.Cases.Length);
        foreach (var record in summary.Cases)
        {
            Assert.Contains($"{record.Id}: {record.Title}", text, StringComparison.Ordinal);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Cases}-case report: {PdfText.Pages(pdf).Count} pages, {pdf.Length / 1024.0:F0} KiB, rendered in {watch.Elapsed.TotalMilliseconds:F0} ms (warm)"));
        File.WriteAllText(Path.Combine(folder, "timing.txt"), $"{watch.Elapsed.TotalMilliseconds:F0} ms, {pdf.Length} bytes");
    }
}
