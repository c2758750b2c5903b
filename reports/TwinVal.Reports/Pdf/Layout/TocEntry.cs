namespace TwinVal.Reports.Pdf.Layout;

/// <summary>A heading as the table of contents lists it.</summary>
/// <param name="Level">Heading level.</param>
/// <param name="Number">Section number, for example <c>2.3</c>.</param>
/// <param name="Title">Heading text.</param>
/// <param name="Page">Page the heading is on.</param>
internal sealed record TocEntry(int Level, string Number, string Title, int Page)
{
    /// <summary>Number and title as printed in the heading.</summary>
    public string Label => $"{Number} {Title}";
}
