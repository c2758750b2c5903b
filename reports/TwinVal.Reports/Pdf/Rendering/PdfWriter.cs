using SkiaSharp;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Rendering;

/// <summary>
/// Lays out blocks and writes them as a PDF through SkiaSharp's PDF backend. The bytes Skia produces are left exactly as
/// they are, so that signatures and embedded files can later be appended as incremental updates.
/// </summary>
internal static class PdfWriter
{
    /// <summary>Writes <paramref name="blocks"/> to <paramref name="destination"/> and returns the layout used.</summary>
    public static LayoutResult Write(IReadOnlyList<LayoutBlock> blocks, PageSetup setup, SKDocumentPdfMetadata metadata, Stream destination)
    {
        using var fonts = ReportFonts.Load();
        var layout = DocumentLayout.Layout(blocks, setup, new SkiaTextMeasurer(fonts));
        using (var document = SKDocument.CreatePdf(destination, metadata))
        {
            foreach (var page in layout.Pages)
            {
                var canvas = document.BeginPage(setup.Width, setup.Height);
                PagePainter.Paint(canvas, page, fonts);
                document.EndPage();
            }

            document.Close();
        }

        return layout;
    }
}
