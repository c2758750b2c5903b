using System.Collections.Immutable;

namespace TwinVal.Reports.Pdf.Layout;

/// <summary>
/// A table that breaks across pages between rows, repeating its header row on every page. A row taller than a whole
/// page is split between lines.
/// </summary>
/// <param name="Columns">Columns.</param>
/// <param name="Rows">Rows; each has one cell per column.</param>
internal sealed record TableBlock(ImmutableArray<TableColumn> Columns, ImmutableArray<ImmutableArray<TableCell>> Rows) : LayoutBlock
{
    /// <summary>Padding inside each cell: 3 pt keeps wrapped lines of neighbouring cells visibly apart.</summary>
    public const float Padding = 3f;
}
