using System.Collections.Immutable;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>Shorthands for building table blocks.</summary>
internal static class Tables
{
    /// <summary>
    /// A two-column key/value table. Labels take 1/3.3 of the width, so that the value column holds a 64-digit SHA-256
    /// in 8.5 pt DejaVu Sans Mono (0.602 em per glyph: 327.5 pt) on one line of A4 text width.
    /// </summary>
    public static TableBlock KeyValue(params (string Key, TableCell Value)[] rows) =>
        new([new TableColumn("Item", 1f), new TableColumn("Value", 2.3f)], [.. rows.Select(r => ImmutableArray.Create<TableCell>(r.Key, r.Value))]);

    /// <summary>A monospaced cell for hashes, paths and ids.</summary>
    public static TableCell Mono(string text) => new(text, null, FontFace.Mono);
}
