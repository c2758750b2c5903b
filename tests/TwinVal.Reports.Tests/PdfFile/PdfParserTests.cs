using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Reports.PdfFile;
using Xunit;

namespace TwinVal.Reports.Tests.PdfFile;

public class PdfParserTests
{
    private static PdfObject Parse(string text) => new PdfParser(Encoding.Latin1.GetBytes(text)).ReadObject();

    [Fact]
    public void ReadObject_NestedDictionary_ReadsEveryKindInOrder()
    {
        var value = Assert.IsType<PdfDictionary>(Parse("<</Type /Page /Kids [3 0 R 4 0 R] /N -1.5 /S (a\\(b\\)\\n) /H <48 65 6C6> /B true /Z null /D <</X 1>>>>"));

        Assert.Equal(["Type", "Kids", "N", "S", "H", "B", "Z", "D"], value.Entries.Select(e => e.Key));
        Assert.Equal("Page", value.NameOf("Type"));
        Assert.Equal(new PdfArray([new PdfReference(3, 0), new PdfReference(4, 0)]).Items, Assert.IsType<PdfArray>(value["Kids"]).Items);
        Assert.Equal(-1.5, Assert.IsType<PdfNumber>(value["N"]).Value);
        Assert.Equal("a(b)\n", Assert.IsType<PdfString>(value["S"]).DecodeText());
        Assert.Equal("Hel`", Assert.IsType<PdfString>(value["H"]).DecodeText());
        Assert.Equal(new PdfBoolean(true), value["B"]);
        Assert.Same(PdfNull.Instance, value["Z"]);
    }

    [Fact]
    public void ReadObject_EscapedName_IsDecoded()
    {
        Assert.Equal(new PdfName("application/json"), Parse("/application#2Fjson"));
    }

    [Fact]
    public void ReadObject_TwoNumbersNotReference_ReadsFirstNumberOnly()
    {
        var parser = new PdfParser(Encoding.Latin1.GetBytes("[0 0 595 842]"));

        var array = Assert.IsType<PdfArray>(parser.ReadObject());

        Assert.Equal(["0", "0", "595", "842"], array.Items.Cast<PdfNumber>().Select(n => n.Text));
    }

    [Fact]
    public void ReadObject_UnclosedDictionary_NamesTruncation()
    {
        var error = Assert.Throws<PdfFormatException>(() => Parse("<</Type /Page /Kids [1 0 R"));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property SerializeThenParse_TextStrings_RoundTrip(NonNull<string> text)
    {
        var value = PdfString.Text(text.Get.Replace('\uFFFE', ' ').Replace('\uFFFF', ' '));

        var back = (PdfString)Parse(PdfSerializer.ToText(value));

        return value.Bytes.SequenceEqual(back.Bytes).ToProperty();
    }

    [Property]
    public Property SerializeThenParse_Names_RoundTrip(NonEmptyString name)
    {
        // Names are byte strings without NUL (ISO 32000-1 §7.3.5); lone surrogates have no UTF-8 form.
        var clean = new string([.. name.Get.Where(c => c != '\0' && !char.IsSurrogate(c))]);

        return (clean.Length == 0 || Parse(PdfSerializer.ToText(new PdfName(clean))) == new PdfName(clean)).ToProperty();
    }

    [Property]
    public Property SerializeThenParse_IntegerArrays_RoundTrip(int[] values)
    {
        var array = new PdfArray([.. values.Select(v => (PdfObject)new PdfNumber(v))]);

        var back = (PdfArray)Parse(PdfSerializer.ToText(array));

        return back.Items.Cast<PdfNumber>().Select(n => n.AsInteger()).SequenceEqual(values.Select(v => (long)v)).ToProperty();
    }
}
