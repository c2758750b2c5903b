using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Solvers.Neurology;

namespace TwinVal.Solvers.Tests.Neurology;

public class HodgkinHuxleyRatesTests
{
    // Reference values of x/(1 − e^(−x)) from Python's decimal module at 40 digits (independent of the C# code).
    [Theory]
    [InlineData(0.5, 1.270747041268399142065551722236257319170)]
    [InlineData(0.999, 1.581315479235391380775445152984273162630)]
    [InlineData(1e-8, 1.000000005000000008333333333333333402778)]
    [InlineData(-1e-12, 0.9999999999995000000000000830000000000420)]
    [InlineData(-3.0, 0.1571870894737678559159981837992651656117)]
    public void RelativeRate_KnownArguments_AccurateToAFewUlps(double x, double expected) =>
        Assert.Equal(expected, HodgkinHuxleyRates.RelativeRate(x), 4e-16 * expected);

    [Fact]
    public void RelativeRate_AtZero_IsTheLimitOne() => Assert.Equal(1.0, HodgkinHuxleyRates.RelativeRate(0.0));

    [Fact]
    public void AlphaM_AtMinus40_IsTheLimitOne() => Assert.Equal(1.0, HodgkinHuxleyRates.AlphaM(-40.0));

    [Fact]
    public void AlphaN_AtMinus55_IsTheLimitPointOne() => Assert.Equal(0.1, HodgkinHuxleyRates.AlphaN(-55.0), 1e-17);

    [Theory]
    [InlineData(-40.0)]
    [InlineData(-55.0)]
    public void Rates_AroundRemovableSingularity_ContinuousWithSlopeOneTwentieth(double singular)
    {
        // Near x = 0, x/(1 − e^(−x)) = 1 + x/2 + O(x²) with x = (V − V_s)/10: slope 1/20 per mV for α_m, 1/200 for α_n.
        Func<double, double> rate = singular == -40.0 ? HodgkinHuxleyRates.AlphaM : HodgkinHuxleyRates.AlphaN;
        var scale = singular == -40.0 ? 1.0 : 0.1;
        foreach (var dv in new[] { 1e-12, 1e-9, 1e-6, 1e-3 })
        {
            var expected = scale * (1 + (dv / 20) + (dv * dv / 1200));
            Assert.Equal(expected, rate(singular + dv), 1e-15);
            Assert.Equal(scale * (1 - (dv / 20) + (dv * dv / 1200)), rate(singular - dv), 1e-15);
        }
    }

    [Fact]
    public void Rates_ReferenceVoltage_MatchHandComputedValues()
    {
        // At V = −52.5 mV, by Python decimal (40 digits) from the formulas of Hodgkin & Huxley 1952, modern convention.
        const double v = -52.5;
        Assert.Equal(0.5019388981162660997, HodgkinHuxleyRates.AlphaM(v), 1e-15);
        Assert.Equal(1.997407154397104682, HodgkinHuxleyRates.BetaM(v), 1e-15);
        Assert.Equal(0.03746829999632931694, HodgkinHuxleyRates.AlphaH(v), 1e-16);
        Assert.Equal(0.1480471980316894697, HodgkinHuxleyRates.BetaH(v), 1e-16);
        Assert.Equal(0.1130202916046949616, HodgkinHuxleyRates.AlphaN(v), 1e-16);
        Assert.Equal(0.1069181659134278172, HodgkinHuxleyRates.BetaN(v), 1e-16);
    }

    [Theory]
    [InlineData(-1e5)]
    [InlineData(-8000.0)]
    [InlineData(8000.0)]
    [InlineData(1e5)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    public void Rates_AbsurdTrialVoltage_DoNotThrowAndAreNeverNegative(double v)
    {
        double[] rates =
        [
            HodgkinHuxleyRates.AlphaM(v), HodgkinHuxleyRates.BetaM(v), HodgkinHuxleyRates.AlphaH(v),
            HodgkinHuxleyRates.BetaH(v), HodgkinHuxleyRates.AlphaN(v), HodgkinHuxleyRates.BetaN(v),
        ];

        Assert.All(rates, r => Assert.True(double.IsNaN(r) || r >= 0, $"rate {r} at V = {v}"));
    }

    [Property]
    public Property RelativeRate_AnyArgument_SatisfiesReflectionLaw(NormalFloat value)
    {
        // x/(1 − e^(−x)) − (−x)/(1 − e^(x)) = x for every x (put both over 1 − e^(−x)).
        var x = Math.Clamp(value.Get, -700, 700) / 10;
        var difference = HodgkinHuxleyRates.RelativeRate(x) - HodgkinHuxleyRates.RelativeRate(-x);
        return (Math.Abs(difference - x) <= 1e-14 * Math.Max(1, Math.Abs(x))).Label($"x = {x:R}: f(x) − f(−x) = {difference:R}");
    }

    [Property]
    public Property RelativeRate_AnyArgument_PositiveAndIncreasing(NormalFloat value)
    {
        var x = Math.Clamp(value.Get, -700, 700);
        var step = Math.Max(1e-6, Math.Abs(x) * 1e-6);
        var here = HodgkinHuxleyRates.RelativeRate(x);
        return (here >= 0 && HodgkinHuxleyRates.RelativeRate(x + step) >= here).Label($"x = {x:R}");
    }
}
