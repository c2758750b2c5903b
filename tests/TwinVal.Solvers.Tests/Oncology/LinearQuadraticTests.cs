using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Solvers.Oncology;

namespace TwinVal.Solvers.Tests.Oncology;

public class LinearQuadraticTests
{
    [Fact]
    public void BiologicallyEffectiveDose_30x2GyAlphaBeta10_Is72Gy() =>
        Assert.Equal(72.0, LinearQuadratic.BiologicallyEffectiveDose(30, 2.0, 10.0), 1e-12);

    [Fact]
    public void EquivalentDoseIn2GyFractions_30x2GyAlphaBeta10_Is60Gy() =>
        Assert.Equal(60.0, LinearQuadratic.EquivalentDoseIn2GyFractions(30, 2.0, 10.0), 1e-12);

    [Fact]
    public void BiologicallyEffectiveDose_Sbrt3x18GyAlphaBeta10_Is151Point2Gy()
    {
        // Lung SBRT 54 Gy in 3 fractions: BED10 = 54·(1 + 18/10) = 151.2 Gy, EQD2 = 151.2/1.2 = 126 Gy.
        Assert.Equal(151.2, LinearQuadratic.BiologicallyEffectiveDose(3, 18.0, 10.0), 1e-12);
        Assert.Equal(126.0, LinearQuadratic.EquivalentDoseIn2GyFractions(3, 18.0, 10.0), 1e-12);
    }

    [Fact]
    public void BiologicallyEffectiveDose_25x2GyAlphaBeta3_IsLateEffectsValue()
    {
        // Late-responding tissue, α/β = 3 Gy: BED3 = 50·(1 + 2/3) = 83.33 Gy, and EQD2 of a 2-Gy schedule is its dose.
        Assert.Equal(250.0 / 3, LinearQuadratic.BiologicallyEffectiveDose(25, 2.0, 3.0), 1e-12);
        Assert.Equal(50.0, LinearQuadratic.EquivalentDoseIn2GyFractions(25, 2.0, 3.0), 1e-12);
    }

    [Fact]
    public void BiologicallyEffectiveDose_30x2GyAlphaBeta3_Is100Gy() =>
        Assert.Equal(100.0, LinearQuadratic.BiologicallyEffectiveDose(30, 2.0, 3.0), 1e-12); // 60·(1 + 2/3)

    [Fact]
    public void BiologicallyEffectiveDose_Hypofractionated5x8GyAlphaBeta10_Is72Gy()
    {
        // 40 Gy in 5 fractions: BED10 = 40·(1 + 8/10) = 72 Gy, the same as 30 × 2 Gy; EQD2 = 72/1.2 = 60 Gy.
        Assert.Equal(72.0, LinearQuadratic.BiologicallyEffectiveDose(5, 8.0, 10.0), 1e-12);
        Assert.Equal(60.0, LinearQuadratic.EquivalentDoseIn2GyFractions(5, 8.0, 10.0), 1e-12);
    }

    [Fact]
    public void SurvivingFraction_OneFractionOf2Gy_IsExpOfMinusAlphaDMinusBetaDSquared() =>
        Assert.Equal(Math.Exp(-((0.15 * 2) + (0.015 * 4))), LinearQuadratic.SurvivingFraction(0.15, 0.015, 2.0), 1e-15);

    [Fact]
    public void LogSurvivingFraction_30Fractions_IsThirtyTimesOne() =>
        Assert.Equal(-10.8, LinearQuadratic.LogSurvivingFraction(0.15, 0.015, 2.0, 30), 1e-12);

    [Fact]
    public void BiologicallyEffectiveDose_NonPositiveAlphaBeta_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearQuadratic.BiologicallyEffectiveDose(30, 2.0, 0.0));

    [Fact]
    public void SurvivingFraction_NegativeDose_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearQuadratic.SurvivingFraction(0.15, 0.015, -2.0));

    [Fact]
    public void SurvivingFraction_NaNAlpha_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearQuadratic.SurvivingFraction(double.NaN, 0.015, 2.0));

    // EQD2 of any schedule of 2-Gy fractions is its physical dose, whatever α/β.
    [Property]
    public bool EquivalentDoseIn2GyFractions_TwoGyFractions_IsPhysicalDose(PositiveInt fractions, PositiveInt alphaBetaTenths)
    {
        var n = fractions.Get % 60;
        var alphaBeta = (1 + (alphaBetaTenths.Get % 300)) / 10.0;
        return Math.Abs(LinearQuadratic.EquivalentDoseIn2GyFractions(n, 2.0, alphaBeta) - (2.0 * n)) <= 1e-12 * Math.Max(1, n);
    }

    // More dose never means more survival (monotone dose–response).
    [Property]
    public bool SurvivingFraction_LargerDose_NeverLarger(PositiveInt doseCentigray, PositiveInt extraCentigray)
    {
        var d = (doseCentigray.Get % 2000) / 100.0;
        var more = d + ((extraCentigray.Get % 500) / 100.0);
        return LinearQuadratic.SurvivingFraction(0.15, 0.015, more) <= LinearQuadratic.SurvivingFraction(0.15, 0.015, d);
    }
}
