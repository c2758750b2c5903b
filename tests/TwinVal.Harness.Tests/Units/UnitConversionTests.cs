using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Tests.Units;

public sealed class UnitConversionTests
{
    // Groups of mutually compatible units; the property converts within a group.
    private static readonly string[][] Families =
    [
        ["s", "ms", "min", "h", "day", "week", "year", "µs"],
        ["mmHg", "kPa", "Pa", "cmH2O", "MPa"],
        ["mL", "cm^3", "L", "µL", "m³", "dL"],
        ["µA/cm²", "A/m^2", "mA/cm^2", "nA/mm^2"],
        ["1/day", "1/s", "Hz", "1/h", "min^-1"],
        ["mmHg*s/mL", "kPa*s/L", "Pa*s/m^3"],
        ["mM", "mmol/L", "µM", "mol/m^3"],
        ["%", "1"],
    ];

    [Fact]
    public void Convert_MmHgToKPa_UsesConventionalFactor()
    {
        // 1 mmHg = 13.5951 g/cm³ · 9.80665 m/s² · 1 mm = 133.322387415 Pa.
        Assert.Equal(0.133322387415, Unit.Parse("mmHg").Convert(1.0, Unit.Parse("kPa")), 1e-15);
        Assert.Equal(120.0, Unit.Parse("kPa").Convert(15.998686489800, Unit.Parse("mmHg")), 1e-9);
    }

    [Fact]
    public void Convert_MilliliterToCubicCentimeter_IsIdentity()
    {
        Assert.Equal(2.5, Unit.Parse("mL").Convert(2.5, Unit.Parse("cm^3")), 1e-15);
        Assert.Equal(Unit.Parse("mL"), Unit.Parse("cm³"));
    }

    [Fact]
    public void Convert_MicroampPerSquareCentimeterToAmpPerSquareMeter_IsOneHundredth()
    {
        // 1 µA/cm² = 1e-6 A / 1e-4 m² = 1e-2 A/m².
        Assert.Equal(0.2, Unit.Parse("µA/cm²").Convert(20.0, Unit.Parse("A/m^2")), 1e-15);
        Assert.Equal(20.0, Unit.Parse("A/m^2").Convert(0.2, Unit.Parse("uA/cm^2")), 1e-12);
    }

    [Fact]
    public void Convert_PerDayToPerSecond_DividesByDayLength()
    {
        Assert.Equal(1.0 / 86400.0, Unit.Parse("1/day").Convert(1.0, Unit.Parse("1/s")), 1e-20);
        Assert.Equal(86400.0, Unit.Parse("Hz").Convert(1.0, Unit.Parse("1/day")), 1e-9);
    }

    [Fact]
    public void Convert_IncompatibleUnits_ThrowsNamingBothDimensions()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Unit.Parse("mmHg").Convert(1.0, Unit.Parse("mL")));

        Assert.Contains("'mmHg' (L^-1·M·T^-2)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'mL' (L^3)", ex.Message, StringComparison.Ordinal);
        Assert.False(Unit.Parse("s").IsCompatibleWith(Unit.Parse("Hz")));
    }

    [Fact]
    public void FactorTo_SameUnit_IsExactlyOne()
    {
        var unit = Unit.Parse("mmHg*s/mL");
        Assert.Equal(1.0, unit.FactorTo(Unit.Parse("mmHg*s/mL")));
    }

    [Property]
    public Property Convert_ThereAndBack_ReturnsTheValue()
    {
        var pairs =
            from family in Gen.Elements(Families)
            from a in Gen.Elements(family)
            from b in Gen.Elements(family)
            select (a, b);
        var values = ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get);

        return Prop.ForAll(pairs.ToArbitrary(), values.ToArbitrary(), (pair, value) =>
        {
            var a = Unit.Parse(pair.a);
            var b = Unit.Parse(pair.b);
            var back = b.Convert(a.Convert(value, b), a);

            // Two multiplications, each rounded once: far inside 1e-12 relative.
            return Math.Abs(back - value) <= 1e-12 * Math.Abs(value);
        });
    }
}
