using System.Collections.Immutable;

namespace TwinVal.Reports.Pdf.Layout;

/// <summary>
/// Places a table: the header row and the first row are kept together; rows move whole to the next page when they do
/// not fit, and the header row is repeated on every page the table continues on. A row taller than an empty page is
/// split between lines so that nothing is ever clipped.
/// </summary>
internal static class TableLayout
{
    /// <summary>Places <paramref name="table"/> at the cursor of <paramref name="flow"/>.</summary>
    public static void Place(TableBlock table, PageFlow flow)
    {
        var widths = ColumnWidths(table, flow.Content.Width);
        var header = Wrap([.. table.Columns.Select(c => (TableCell)c.Header)], widths, TextStyle.TableHeader, flow.Measurer);
        var rows = table.Rows.Select(r => Wrap(r, widths, TextStyle.Table, flow.Measurer)).ToList();
        var firstRow = rows.Count > 0 ? Height(rows[0], TextStyle.Table) : 0f;
        flow.EnsureSpace(Height(header, TextStyle.TableHeader) + firstRow);
        PlaceRow(table, header, 0, Lines(header), TextStyle.TableHeader, LayoutColor.LightGrey, widths, flow);
        var headerHeight = Height(header, TextStyle.TableHeader);
        foreach (var row in rows)
        {
            var (from, total, freshPage) = (0, Lines(row), false);
            while (from < total)
            {
                var rest = total - from;
                var fitting = (int)Math.Floor((flow.Remaining - (2 * TableBlock.Padding) + 0.01f) / TextStyle.Table.LineHeight);
                var freshPageHoldsRest = headerHeight + RowHeight(rest) <= flow.Content.Height;
                if (fitting < rest && (freshPageHoldsRest || fitting < 1) && !freshPage)
                {
                    // Move the row to a fresh page under a repeated header; a row taller than any page continues there.
                    flow.NewPage();
                    PlaceRow(table, header, 0, Lines(header), TextStyle.TableHeader, LayoutColor.LightGrey, widths, flow);
                    freshPage = true;
                    continue;
                }

                // At least one line per page, so that a page too small for a single line still makes progress.
                var take = Math.Clamp(fitting, 1, rest);
                PlaceRow(table, row, from, take, TextStyle.Table, null, widths, flow);
                (from, freshPage) = (from + take, false);
            }
        }
    }

    private static float RowHeight(int lines) => (2 * TableBlock.Padding) + (lines * TextStyle.Table.LineHeight);

    /// <summary>Column widths in proportion to the columns' weights.</summary>
    public static float[] ColumnWidths(TableBlock table, float width)
    {
        var sum = table.Columns.Sum(c => c.Weight);
        return [.. table.Columns.Select(c => width * c.Weight / sum)];
    }

    private static (TableCell Cell, ImmutableArray<string> Lines)[] Wrap(ImmutableArray<TableCell> cells, float[] widths, TextStyle style, ITextMeasurer measurer)
    {
        if (cells.Length != widths.Length)
        {
            throw new ArgumentException($"table row has {cells.Length} cells but the table has {widths.Length} columns", nameof(cells));
        }

        return [.. cells.Select((c, i) => (c, TextWrapper.Wrap(c.Text, widths[i] - (2 * TableBlock.Padding), StyleOf(c, style), measurer)))];
    }

    private static TextStyle StyleOf(TableCell cell, TextStyle style) => cell.Face is { } face ? style with { Face = face } : style;

    private static int Lines((TableCell Cell, ImmutableArray<string> Lines)[] row) => row.Max(c => c.Lines.Length);

    private static float Height((TableCell Cell, ImmutableArray<string> Lines)[] row, TextStyle style) =>
        (2 * TableBlock.Padding) + (Lines(row) * style.LineHeight);

    private static void PlaceRow(
        TableBlock table, (TableCell Cell, ImmutableArray<string> Lines)[] row, int from, int count, TextStyle style, LayoutColor? rowFill, float[] widths, PageFlow flow)
    {
        var height = (2 * TableBlock.Padding) + (count * style.LineHeight);
        var x = flow.Content.X;
        for (var c = 0; c < row.Length; c++)
        {
            var (cell, lines) = row[c];
            flow.Add(new PlacedRect(new LayoutRect(x, flow.Y, widths[c], height), cell.Fill ?? rowFill, LayoutColor.LightGrey));
            var cellStyle = StyleOf(cell, style);
            for (var l = from; l < Math.Min(from + count, lines.Length); l++)
            {
                var top = flow.Y + TableBlock.Padding + ((l - from) * style.LineHeight);
                flow.Text(lines[l], cellStyle, x + TableBlock.Padding, widths[c] - (2 * TableBlock.Padding), table.Columns[c].Align, top);
            }

            x += widths[c];
        }

        flow.Advance(height);
    }
}
