using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Tests.Pdf.Layout;

/// <summary>Every character is half an em wide, so expected line breaks can be worked out by hand.</summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public float Width(string text, TextStyle style) => text.Length * style.Size * 0.5f;
}
