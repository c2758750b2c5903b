using SkiaSharp;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Rendering;

/// <summary>
/// The shipped DejaVu typefaces (reports/fonts, copied next to the assemblies). Loaded from files, never looked up among
/// system fonts: a machine without them would otherwise draw text in a fallback face or, in ScottPlot, not at all.
/// </summary>
internal sealed class ReportFonts : IDisposable
{
    /// <summary>Family name under which the sans face is registered with ScottPlot.</summary>
    public const string PlotFamily = "DejaVu Sans";

    private static readonly Lock PlotRegistration = new();
    private static bool plotFontsRegistered;
    private readonly Dictionary<FontFace, SKTypeface> faces;

    private ReportFonts(Dictionary<FontFace, SKTypeface> faces) => this.faces = faces;

    /// <summary>Folder holding the TTFs: <c>fonts/</c> next to this assembly.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "fonts");

    /// <summary>Loads the three faces; fails with the missing file's path when the fonts were not deployed.</summary>
    public static ReportFonts Load()
    {
        var faces = new Dictionary<FontFace, SKTypeface>
        {
            [FontFace.Sans] = FromFile("DejaVuSans.ttf"),
            [FontFace.SansBold] = FromFile("DejaVuSans-Bold.ttf"),
            [FontFace.Mono] = FromFile("DejaVuSansMono.ttf"),
        };
        RegisterWithScottPlot();
        return new ReportFonts(faces);
    }

    /// <summary>The typeface of <paramref name="face"/>.</summary>
    public SKTypeface this[FontFace face] => faces[face];

    /// <summary>A font object for <paramref name="style"/>; the caller disposes it.</summary>
    public SKFont Font(TextStyle style) => new(faces[style.Face], style.Size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var face in faces.Values)
        {
            face.Dispose();
        }
    }

    private static SKTypeface FromFile(string name)
    {
        var path = Path.Combine(Folder, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"report font '{path}' is missing: the DejaVu TTFs from reports/fonts must be deployed next to TwinVal.Reports.dll", path);
        }

        return SKTypeface.FromFile(path) ?? throw new InvalidDataException($"report font '{path}' could not be read as a TrueType font");
    }

    // ScottPlot's font registry is process-wide; registering twice would only add duplicate resolvers.
    private static void RegisterWithScottPlot()
    {
        lock (PlotRegistration)
        {
            if (plotFontsRegistered)
            {
                return;
            }

            ScottPlot.Fonts.AddFontFile(PlotFamily, Path.Combine(Folder, "DejaVuSans.ttf"), bold: false, italic: false);
            ScottPlot.Fonts.AddFontFile(PlotFamily, Path.Combine(Folder, "DejaVuSans-Bold.ttf"), bold: true, italic: false);
            ScottPlot.Fonts.Default = PlotFamily;
            plotFontsRegistered = true;
        }
    }
}
