namespace TwinVal.Reports.Pdf.Layout;

/// <summary>The three faces the report uses; each maps to one shipped DejaVu TTF.</summary>
internal enum FontFace
{
    /// <summary>DejaVu Sans: body text.</summary>
    Sans,

    /// <summary>DejaVu Sans Bold: headings, table headers, verdicts.</summary>
    SansBold,

    /// <summary>DejaVu Sans Mono: hashes, paths, formulas.</summary>
    Mono,
}
