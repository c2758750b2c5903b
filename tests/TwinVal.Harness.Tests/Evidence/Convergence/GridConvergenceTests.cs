using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Evidence.Convergence;
using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Tests.Evidence.Convergence;

public sealed class GridConvergenceTests
{
    private static readonly ConvergenceCriterion GciOnly = new(GciLimit: 0.05);

    /// <summary>
    /// Celik et al. 2008 (doi:10.1115/1.2960953), Table 1, first column (dimensionless reattachment length, monotonic):
    /// N1, N2, N3 = 18000, 8000, 4500 cells of a 2-D grid, so r21 = √(18000/8000) = 1.5 and r32 = √(8000/4500) ≈ 1.333;
    /// φ1, φ2, φ3 = 6.063, 5.972, 5.863; printed p = 1.53, φ_ext21 = 6.1685, e_a21 = 1.5 %, e_ext21 = 1.7 %, GCI_fine21 = 2.2 %.
    /// Asserted to the printed precision (half a unit of the last printed digit).
    /// </summary>
    [Fact]
    public void Analyze_CelikTable1ReattachmentLength_MatchesPrintedValues()
    {
        var h = CelikSizes();
        RefinementLevel[] levels = [new(h[0], 6.063), new(h[1], 5.972), new(h[2], 5.863)];

        var study = GridConvergence.Analyze(levels, GciOnly);

        Assert.Equal(1.5, study.R21, 12);
        Assert.Equal(1.333, study.R32, 3);
        Assert.Equal(ConvergenceBehaviour.MonotonicConvergence, study.Behaviour);
        Assert.InRange(study.ObservedOrder, 1.525, 1.535);
        Assert.InRange(study.ExtrapolatedValue, 6.16845, 6.16855);
        Assert.InRange(study.ApproximateRelativeError, 0.0145, 0.0155);
        Assert.InRange(study.ExtrapolatedRelativeError, 0.0165, 0.0175);
        Assert.InRange(study.GciFine, 0.0215, 0.0225);
        Assert.Equal(1.25, study.SafetyFactor);
        Assert.Equal(Verdict.Pass, study.Verdict);
    }

    [Fact]
    public void Analyze_InputOrder_DoesNotMatter()
    {
        var h = CelikSizes();
        var forward = GridConvergence.Analyze([new(h[0], 6.063), new(h[1], 5.972), new(h[2], 5.863)], GciOnly);
        var shuffled = GridConvergence.Analyze([new(h[2], 5.863), new(h[0], 6.063), new(h[1], 5.972)], GciOnly);

        Assert.Equal(forward.ObservedOrder, shuffled.ObservedOrder);
        Assert.Equal(forward.GciFine, shuffled.GciFine);
    }

    [Theory]
    [InlineData(2.0, new[] { 0.1, 0.2, 0.4 })]
    [InlineData(1.0, new[] { 0.01, 0.03, 0.04 })]
    [InlineData(4.0, new[] { 0.05, 0.065, 0.2 })]
    [InlineData(0.5, new[] { 1.0, 1.3, 1.69, 2.197 })]
    public void Analyze_ExactPowerLaw_RecoversOrderAndLimit(double p, double[] sizes)
    {
        const double phi0 = 3.0, c = 0.7;
        var levels = sizes.Select(h => new RefinementLevel(h, phi0 + (c * Math.Pow(h, p)))).ToArray();

        var study = GridConvergence.Analyze(levels, new ConvergenceCriterion(ExpectedOrder: p, OrderTolerance: 1e-6, GciLimit: 10));

        Assert.Equal(p, study.ObservedOrder, 8);
        Assert.Equal(phi0, study.ExtrapolatedValue, 9);
        Assert.Equal(phi0, study.ExtrapolatedValue32, 9);
        Assert.Equal(Verdict.Pass, study.Verdict);
        Assert.Equal(Math.Abs(phi0 + (c * Math.Pow(sizes[0], p))) / Math.Abs(phi0 + (c * Math.Pow(sizes[1], p))), study.AsymptoticRatio, 9);
    }

    [Fact]
    public void Analyze_NonConstantRatio_UsesFixedPointIteration()
    {
        RefinementLevel[] levels = [new(1.0, 1 + 1.0), new(1.5, 1 + Math.Pow(1.5, 2)), new(2.7, 1 + Math.Pow(2.7, 2))];

        var study = GridConvergence.Analyze(levels, new ConvergenceCriterion(ExpectedOrder: 2, OrderTolerance: 1e-9));

        Assert.True(study.OrderIterations > 1);
        Assert.Equal(2.0, study.ObservedOrder, 10);
    }

    [Theory]
    [InlineData(1.1, 4.0, 2.0)]
    [InlineData(1.05, 3.0, 1.0)]
    [InlineData(3.0, 1.1, 2.0)]
    public void Analyze_VeryUnequalRatios_FallsBackToBisection(double r21, double r32, double p)
    {
        // Celik's fixed point leaves p > 0 within two steps for these ratios; the monotone residual still brackets the root.
        double[] h = [0.01, 0.01 * r21, 0.01 * r21 * r32];
        var levels = h.Select(x => new RefinementLevel(x, 2 - (3 * Math.Pow(x, p)))).ToArray();

        var study = GridConvergence.Analyze(levels, new ConvergenceCriterion(ExpectedOrder: p, OrderTolerance: 1e-9));

        Assert.Equal("bisection", study.OrderMethod);
        Assert.Equal(p, study.ObservedOrder, 9);
        Assert.Equal(Verdict.Pass, study.Verdict);
    }

    [Fact]
    public void Analyze_WrongExpectedOrder_FailsWithValueLimitAndMargin()
    {
        var levels = new[] { 0.1, 0.2, 0.4 }.Select(h => new RefinementLevel(h, 1 + (h * h))).ToArray();

        var study = GridConvergence.Analyze(levels, new ConvergenceCriterion(ExpectedOrder: 4, OrderTolerance: 0.2));

        var check = Assert.Single(study.Checks);
        Assert.Equal(Verdict.Fail, study.Verdict);
        Assert.Equal(2.0, check.Value, 9);
        Assert.Equal(0.2, check.Limit);
        Assert.Equal(-1.8, check.Margin, 9);
        Assert.Contains("expected 4", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_Oscillating_IsFlaggedAndFailsOrderCheck()
    {
        RefinementLevel[] levels = [new(0.1, 1.0), new(0.2, 1.1), new(0.4, 0.7)];

        var study = GridConvergence.Analyze(levels, new ConvergenceCriterion(ExpectedOrder: 2, OrderTolerance: 5));

        Assert.Equal(ConvergenceBehaviour.OscillatoryConvergence, study.Behaviour);
        Assert.Equal(Verdict.Fail, study.Verdict);
        Assert.Contains("oscillatory", study.Checks[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_DifferencesGrowWithRefinement_IsDivergenceAndFailsGci()
    {
        RefinementLevel[] levels = [new(0.1, 2.0), new(0.2, 1.5), new(0.4, 1.3)];

        var study = GridConvergence.Analyze(levels, GciOnly);

        Assert.Equal(ConvergenceBehaviour.Divergence, study.Behaviour);
        Assert.True(study.ObservedOrder < 0);
        Assert.Equal(Math.Log(0.2 / 0.5) / Math.Log(2), study.ObservedOrder, 9);
        Assert.Equal(Verdict.Fail, study.Verdict);
    }

    [Fact]
    public void Analyze_DifferencesAtNoiseLevel_IsRoundOffFloorAndError()
    {
        RefinementLevel[] levels = [new(1e-4, 1.0), new(2e-4, 1.0 + 1e-15), new(4e-4, 1.0 + 5e-15)];

        var study = GridConvergence.Analyze(levels, new ConvergenceCriterion(ExpectedOrder: 2, NoiseLevel: 1e-13));

        Assert.Equal(ConvergenceBehaviour.RoundOffFloor, study.Behaviour);
        Assert.Equal(Verdict.Error, study.Verdict);
        Assert.Contains("round-off", study.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_TwoLevelsWithAssumedOrder_UsesSafetyFactorThree()
    {
        RefinementLevel[] levels = [new(0.1, 1.01), new(0.2, 1.04)];

        var study = GridConvergence.Analyze(levels, new ConvergenceCriterion(GciLimit: 0.1, AssumedOrder: 2));

        // Hand computation: e_a = 0.03/1.01, r^p − 1 = 3, GCI = 3.0·e_a/3 = 0.0297…; φ_ext = (4·1.01 − 1.04)/3 = 1.0.
        Assert.Equal(3.0, study.SafetyFactor);
        Assert.Equal(0.03 / 1.01, study.GciFine, 12);
        Assert.Equal(1.0, study.ExtrapolatedValue, 12);
        Assert.Equal(Verdict.Pass, study.Verdict);
    }

    [Theory]
    [InlineData(new[] { 0.1 }, new[] { 1.0 })]
    [InlineData(new[] { 0.1, 0.2 }, new[] { 1.0, 1.1 })]
    [InlineData(new[] { 0.1, 0.1, 0.2 }, new[] { 1.0, 1.1, 1.2 })]
    [InlineData(new[] { -0.1, 0.2, 0.4 }, new[] { 1.0, 1.1, 1.2 })]
    [InlineData(new[] { 0.1, 0.2, 0.4 }, new[] { 1.0, double.NaN, 1.2 })]
    public void Analyze_BadLadder_IsErrorNotException(double[] sizes, double[] values)
    {
        var levels = sizes.Zip(values, (h, phi) => new RefinementLevel(h, phi)).ToArray();

        var study = GridConvergence.Analyze(levels, new ConvergenceCriterion(ExpectedOrder: 2, GciLimit: 0.1));

        Assert.Equal(Verdict.Error, study.Verdict);
        Assert.False(string.IsNullOrWhiteSpace(study.Message));
    }

    [Fact]
    public void Analyze_NoCriterion_IsError()
    {
        var study = GridConvergence.Analyze([new(0.1, 1.01), new(0.2, 1.04), new(0.4, 1.16)], new ConvergenceCriterion());

        Assert.Equal(Verdict.Error, study.Verdict);
    }

    [Fact]
    public void Analyze_FiveLevelsWithExactValue_JudgesLeastSquaresOrder()
    {
        // Second order plus a small third-order term: the three-grid order drifts, the fit over five levels stays near 2.
        var levels = new[] { 0.025, 0.05, 0.1, 0.2, 0.4 }.Select(h => new RefinementLevel(h, 1 + (h * h) + (0.1 * h * h * h))).ToArray();

        var study = GridConvergence.Analyze(levels, new ConvergenceCriterion(ExpectedOrder: 2, OrderTolerance: 0.1, ExactValue: 1));

        Assert.NotNull(study.LeastSquares);
        Assert.Equal("error-vs-exact", study.LeastSquares.Source);
        Assert.Equal(5, study.LeastSquares.Points);
        Assert.InRange(study.LeastSquares.Order, 2.0, 2.1);
        Assert.Equal(Verdict.Pass, study.Verdict);
    }

    [Property(MaxTest = 200)]
    public Property Analyze_RandomPowerLaw_RecoversOrder()
    {
        var gen =
            from p in Gen.Choose(50, 600).Select(i => i / 100.0)
            from c in Gen.Elements(-5.0, -0.3, 0.01, 2.0, 40.0)
            from r21 in Gen.Choose(120, 300).Select(i => i / 100.0)
            from r32 in Gen.Choose(120, 300).Select(i => i / 100.0)
            select (p, c, r21, r32);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (p, c, r21, r32) = t;
            double[] h = [0.1, 0.1 * r21, 0.1 * r21 * r32];
            var levels = h.Select(x => new RefinementLevel(x, 10 + (c * Math.Pow(x, p)))).ToArray();
            var study = GridConvergence.Analyze(levels, new ConvergenceCriterion(ExpectedOrder: p, OrderTolerance: 1e-6));
            return study.Behaviour == ConvergenceBehaviour.MonotonicConvergence && Math.Abs(study.ObservedOrder - p) < 1e-6;
        });
    }

    [Property(MaxTest = 200)]
    public Property Analyze_ScaledAndShiftedQoi_KeepsOrder()
    {
        var gen =
            from scale in Gen.Elements(-1e6, -3.0, 1e-4, 0.5, 7.0, 1e5)
            from shift in Gen.Elements(-2.5, 0.0, 1.0)
            from p in Gen.Choose(50, 600).Select(i => i / 100.0)
            select (scale, shift, p);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (scale, shift, p) = t;
            RefinementLevel[] baseLevels = [new(0.1, 1 + Math.Pow(0.1, p) + 0.3 * Math.Pow(0.1, p + 1)), new(0.17, 1 + Math.Pow(0.17, p) + 0.3 * Math.Pow(0.17, p + 1)), new(0.4, 1 + Math.Pow(0.4, p) + 0.3 * Math.Pow(0.4, p + 1))];
            var scaled = baseLevels.Select(l => l with { Phi = (scale * l.Phi) + shift }).ToArray();
            var criterion = new ConvergenceCriterion(ExpectedOrder: p, OrderTolerance: 10);
            var a = GridConvergence.Analyze(baseLevels, criterion).ObservedOrder;
            var b = GridConvergence.Analyze(scaled, criterion).ObservedOrder;
            // A shift cancels digits in the differences (1e-9 apart at φ ≈ 2.5 for the smallest scale), hence 1e-5.
            return Math.Abs(a - b) <= 1e-5 * Math.Max(1, Math.Abs(a));
        });
    }

    [Property(MaxTest = 200)]
    public Property Analyze_AlternatingErrors_AreFlaggedOscillatory()
    {
        var gen =
            from p in Gen.Choose(50, 400).Select(i => i / 100.0)
            from r in Gen.Choose(130, 250).Select(i => i / 100.0)
            from c in Gen.Elements(-2.0, 0.5, 3.0)
            select (p, r, c);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (p, r, c) = t;

            // φ_i = 1 + (−1)^i·C·h_i^p: the error changes sign from one level to the next.
            var levels = Enumerable.Range(0, 3)
                .Select(i => new RefinementLevel(0.05 * Math.Pow(r, i), 1 + ((i % 2 == 0 ? 1 : -1) * c * Math.Pow(0.05 * Math.Pow(r, i), p))))
                .ToArray();
            var study = GridConvergence.Analyze(levels, new ConvergenceCriterion(ExpectedOrder: p, OrderTolerance: 100));
            return study.Behaviour == ConvergenceBehaviour.OscillatoryConvergence && study.Verdict == Verdict.Fail;
        });
    }

    private static double[] CelikSizes()
    {
        // Celik eq. 1 for a 2-D grid: h = (A/N)^(1/2); the area cancels in every ratio, so A = 1.
        return [Math.Sqrt(1.0 / 18000), Math.Sqrt(1.0 / 8000), Math.Sqrt(1.0 / 4500)];
    }
}
