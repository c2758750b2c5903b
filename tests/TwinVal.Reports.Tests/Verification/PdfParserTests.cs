using System.Text;
using TwinVal.Reports.Verification;

namespace TwinVal.Reports.Tests.Verification;

/// <summary>Hand-checked examples of the value reader (ISO 32000-2 §7.3).</summary>
public sealed class PdfParserTests
{
    private static PdfValue Read(string text)
    {
        var pos = 0;
        return new PdfParser(Encoding.Latin1.GetBytes(text)).ReadValue(ref pos);
    }

    [Fact]
    public void ReadValue_LiteralStringWithEscapesAndNestedParentheses_DecodesBytes()
    {
        var value = Assert.IsType<PdfString>(Read(@"(a\(b\) (c) \101\n\\)"));

        Assert.Equal("a(b) (c) A\n\\", value.Text);
    }

    [Fact]
    public void ReadValue_HexStringOddDigits_TrailingZeroAppended()
    {
        var value = Assert.IsType<PdfString>(Read("<41 42 4>"));

        Assert.Equal([0x41, 0x42, 0x40], value.Bytes);
    }

    [Fact]
    public void ReadValue_DictionaryWithReferenceAndName_ParsesEntries()
    {
        var dict = Assert.IsType<PdfDict>(Read("<< /Type /Sig /V 12 0 R /N#20x [1 2.5 -3] >>"));

        Assert.Equal("Sig", dict.Name("Type"));
        Assert.Equal(new PdfRef(12, 0), dict["V"]);
        Assert.Equal(3, Assert.IsType<PdfArray>(dict["N x"]).Items.Length);
    }

    [Fact]
    public void ReadValue_NestingBeyondLimit_FormatProblemNotStackOverflow()
    {
        var e = Assert.Throws<PdfFormatException>(() => Read(new string('[', 10_000)));

        Assert.Equal("object nesting", e.Problem.Field);
    }

    [Fact]
    public void ReadValue_UnterminatedDictionary_ProblemNamesOffset()
    {
        var e = Assert.Throws<PdfFormatException>(() => Read("<< /A 1"));

        Assert.Equal((0L, "dictionary"), (e.Problem.Offset!.Value, e.Problem.Field));
    }

    [Theory]
    [InlineData("D:20260314092653+01'00'", "2026-03-14T09:26:53+01:00")]
    [InlineData("D:20260314092653Z", "2026-03-14T09:26:53+00:00")]
    [InlineData("D:20260314092653-05'30'", "2026-03-14T09:26:53-05:30")]
    public void PdfDate_Parse_ReadsZone(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PdfDate.Parse(text));
    }

    [Fact]
    public void PdfDate_ZoneBeyondFourteenHours_Null()
    {
        Assert.Null(PdfDate.Parse("D:20260314092653+99'00'"));
    }
}
