using System.Diagnostics;

namespace TwinVal.Reports.Tests.Pdf;

/// <summary>
/// Rasterises the report with poppler's pdftoppm (an independent PDF renderer) and checks that every page carries ink.
/// Skipped, saying why, where poppler-utils is not installed (CI installs it).
/// </summary>
public class PdfRasterTests
{
    // 30 dpi is enough to see text and plot lines as grey pixels and keeps the raster small (249 × 351 for A4).
    private const int Dpi = 30;

    [Fact]
    public void Pdftoppm_EveryPage_IsNotBlank()
    {
        var tool = FindOnPath("pdftoppm");
        if (tool is null)
        {
            Assert.Skip("pdftoppm (poppler-utils) is not installed: apt-get install -y poppler-utils");
        }

        var folder = Directory.CreateTempSubdirectory("twinval-pdf-raster-").FullName;
        var pdf = Path.Combine(folder, "report.pdf");
        File.WriteAllBytes(pdf, SampleReport.Pdf);
        Run(tool, ["-r", $"{Dpi}", "-gray", pdf, Path.Combine(folder, "page")]);

        var pages = Directory.GetFiles(folder, "page-*.pgm").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(SampleReport.Pages.Count, pages.Count);
        foreach (var page in pages)
        {
            // A page holding only its header and footer has about 0.3 % ink at this resolution; the sparsest real page
            // (the signature page) has about 1.4 %.
            var ink = InkFraction(File.ReadAllBytes(page));
            Assert.True(ink > 0.01, $"{Path.GetFileName(page)} is nearly blank: {ink:P2} of its pixels are darker than 200/255, expected > 1 %");
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static void Run(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "pdftoppm did not finish within 60 s");
        Assert.True(process.ExitCode == 0, $"pdftoppm failed with exit code {process.ExitCode}: {error}");
    }

    // Binary PGM (P5): three header lines (magic, "width height", maxval 255), then one byte per pixel.
    private static double InkFraction(byte[] pgm)
    {
        var offset = 0;
        for (var lines = 0; lines < 3; offset++)
        {
            if (pgm[offset] == (byte)'\n')
            {
                lines++;
            }
        }

        var pixels = pgm.AsSpan(offset);
        var dark = 0;
        foreach (var p in pixels)
        {
            dark += p < 200 ? 1 : 0;
        }

        return (double)dark / pixels.Length;
    }
}
