using System.Globalization;

namespace TwinVal.Reports.PdfFile;

/// <summary>An integer or real number; the source text is kept so rewritten objects keep their exact digits.</summary>
/// <param name="Text">The number as written in the file.</param>
internal sealed record PdfNumber(string Text) : PdfObject
{
    /// <summary>An integer number.</summary>
    public PdfNumber(long value)
        : this(value.ToString(CultureInfo.InvariantCulture))
    {
    }

    /// <summary>A real number written with at most three decimals (1/1000 pt is far below any visible size).</summary>
    public static PdfNumber Real(double value) => new(value.ToString("0.###", CultureInfo.InvariantCulture));

    /// <summary>The value as a double.</summary>
    public double Value => double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The value as an integer, or a format error when it is not one.</summary>
    public long AsInteger() =>
        long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new PdfFormatException($"expected an integer, found '{Text}'");
}
