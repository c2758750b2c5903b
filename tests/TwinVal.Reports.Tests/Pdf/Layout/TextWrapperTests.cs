using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Tests.Pdf.Layout;

public class TextWrapperTests
{
    // Body is 10 pt, so a character is 5 pt wide: a 50 pt box holds exactly 10 characters.
    private static readonly FixedWidthMeasurer Measurer = new();

    [Fact]
    public void Wrap_WordsWiderThanBox_BreaksBetweenWordsGreedily()
    {
        var lines = TextWrapper.Wrap("aaa bbb ccc dddd eeeeeeeeee", 50f, TextStyle.Body, Measurer);

        Assert.Equal(["aaa bbb", "ccc dddd", "eeeeeeeeee"], lines);
    }

    [Fact]
    public void Wrap_WordLongerThanLine_BreaksInsideWord()
    {
        var lines = TextWrapper.Wrap("0123456789abcdefghijKLM", 50f, TextStyle.Body, Measurer);

        Assert.Equal(["0123456789", "abcdefghij", "KLM"], lines);
    }

    [Fact]
    public void Wrap_Newline_IsHardBreak()
    {
        var lines = TextWrapper.Wrap("ab\ncd", 500f, TextStyle.Body, Measurer);

        Assert.Equal(["ab", "cd"], lines);
    }

    [Fact]
    public void Wrap_EmptyText_GivesOneEmptyLine()
    {
        Assert.Equal([""], TextWrapper.Wrap("", 50f, TextStyle.Body, Measurer));
    }

    [Property]
    public Property Wrap_AnyWords_EveryLineFitsAndWordsKeepTheirOrder()
    {
        var words = Gen.Elements("a", "bb", "ccc", "dddddd", "eeeeeeeeeeeeeeeeeeeeee").ArrayOf();
        var widths = Gen.Choose(10, 200);
        return Prop.ForAll(words.ToArbitrary(), widths.ToArbitrary(), (ws, w) =>
        {
            var text = string.Join(' ', ws);
            var lines = TextWrapper.Wrap(text, w, TextStyle.Body, Measurer);
            var fits = lines.All(l => l.Length <= 1 || Measurer.Width(l, TextStyle.Body) <= w);
            var sameCharacters = string.Concat(lines).Replace(" ", "", StringComparison.Ordinal) == text.Replace(" ", "", StringComparison.Ordinal);
            return fits && sameCharacters;
        });
    }
}
