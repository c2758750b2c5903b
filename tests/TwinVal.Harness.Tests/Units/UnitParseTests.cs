using TwinVal.Harness.Units;

namespace TwinVal.Harness.Tests.Units;

public sealed class UnitParseTests
{
    // Hand-derived SI factors of one unit of each family physiology models use.
    [Theory]
    [InlineData("s", 1.0, 0, 0, 1, 0)]
    [InlineData("ms", 1e-3, 0, 0, 1, 0)]
    [InlineData("min", 60.0, 0, 0, 1, 0)]
    [InlineData("h", 3600.0, 0, 0, 1, 0)]
    [InlineData("day", 86400.0, 0, 0, 1, 0)]
    [InlineData("mm", 1e-3, 1, 0, 0, 0)]
    [InlineData("mL", 1e-6, 3, 0, 0, 0)]
    [InlineData("cm^3", 1e-6, 3, 0, 0, 0)]
    [InlineData("mg", 1e-6, 0, 1, 0, 0)]
    [InlineData("mmHg", 133.322387415, -1, 1, -2, 0)]
    [InlineData("kPa", 1e3, -1, 1, -2, 0)]
    [InlineData("cmH2O", 98.0665, -1, 1, -2, 0)]
    [InlineData("mV", 1e-3, 2, 1, -3, -1)]
    [InlineData("µA/cm²", 1e-2, -2, 0, 0, 1)]
    [InlineData("uA/cm^2", 1e-2, -2, 0, 0, 1)]
    [InlineData("µF/cm^2", 1e-2, -4, -1, 4, 2)]
    [InlineData("mS/cm²", 10.0, -4, -1, 3, 2)]
    [InlineData("Hz", 1.0, 0, 0, -1, 0)]
    [InlineData("1/day", 1.0 / 86400.0, 0, 0, -1, 0)]
    [InlineData("s⁻¹", 1.0, 0, 0, -1, 0)]
    [InlineData("Gy", 1.0, 2, 0, -2, 0)]
    [InlineData("mmHg*s/mL", 133.322387415 / 1e-6, -4, 1, -1, 0)]
    [InlineData("mL/(mmHg*s)", 1e-6 / 133.322387415, 4, -1, 1, 0)]
    [InlineData("mL/mmHg/s", 1e-6 / 133.322387415, 4, -1, 1, 0)]
    [InlineData("%", 0.01, 0, 0, 0, 0)]
    [InlineData("1", 1.0, 0, 0, 0, 0)]
    public void Parse_UnitOfEachFamily_HasHandDerivedFactorAndDimension(string text, double toSi, int length, int mass, int time, int current)
    {
        var unit = Unit.Parse(text);

        Assert.Equal(toSi, unit.ToSi, toSi * 1e-12);
        Assert.Equal(new Dimension(length, mass, time, current, 0, 0), unit.Dimension);
    }

    [Fact]
    public void Parse_Molarity_IsAmountPerVolume()
    {
        Assert.Equal(Unit.Parse("mmol/L"), Unit.Parse("mM"));
        Assert.Equal(Dimension.N / Dimension.L.Pow(3), Unit.Parse("mM").Dimension);
    }

    [Fact]
    public void Parse_SpacesAndAsciiMicro_AreNormalised()
    {
        Assert.Equal("µA/µF", Unit.Parse(" uA / uF ").Symbol);
    }

    [Theory]
    [InlineData("furlong", "unknown unit symbol 'furlong'")]
    [InlineData("cm2", "powers are written cm^2")]
    [InlineData("mL/", "expected a unit symbol at the end")]
    [InlineData("(mL/s", "missing ')'")]
    [InlineData("s^0", "non-zero integer")]
    [InlineData("mmHg.s", "unexpected '.'")]
    [InlineData("", "empty unit")]
    public void TryParse_BadText_SaysWhatWasExpected(string text, string expected)
    {
        Assert.False(Unit.TryParse(text, out var unit, out var error));
        Assert.Null(unit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_UnknownSymbol_ListsExamples()
    {
        Assert.False(Unit.TryParse("parsec", out _, out var error));

        Assert.Contains("known symbols include", error, StringComparison.Ordinal);
        Assert.Contains("mmHg", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadText_ThrowsFormatExceptionWithTheReason()
    {
        var ex = Assert.Throws<FormatException>(() => Unit.Parse("mL/furlong"));
        Assert.Contains("furlong", ex.Message, StringComparison.Ordinal);
    }
}
