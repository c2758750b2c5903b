using System.Collections.Immutable;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>Shorthands for building table blocks.</summary>
internal static class Tables
{
    /// <summary>A two-column key/value table (labels take a third of the width).</summary>
    public static TableBlock KeyValue(params (string Key, TableCell Value)[] rows) =>
        new([new TableColumn("Item", 1f), new TableColumn("Value", 2f)], [.. rows.Select(r => ImmutableArray.Create<TableCell>(r.Key, r.Value))]);

    /// <summary>A monospaced cell for hashes, paths and ids.</summary>
    public static TableCell Mono(string text) => new(text, null, FontFace.Mono);
}
