using System.Collections.Immutable;
using TwinVal.Harness.Ensembles;
using TwinVal.Harness.Evidence.Uncertainty;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Ensembles;

/// <summary>Ensemble expansion: N members per supported run, seeds base + i, parameters drawn per member and reproducibly.</summary>
public sealed class EnsemblePlannerTests
{
    private static readonly EnsembleSpec Spec = new(
        12, 500, [new SampledParameter("k", new UniformDistribution(2.0, 3.0), SiUnits.Hertz)],
        [new EnsembleCheck("y-end", EnsembleTest.Fraction, "y", new(Harness.Catalog.QoiKind.FinalValue), ExpectedFraction: 1.0)]);

    [Fact]
    public void Expand_SupportedRunsOnly_OneMemberPerRunWithSeedBasePlusI()
    {
        using var fake = new FakeSolver("fake", "test-model");
        using var other = new FakeSolver("other", "other-model");
        var ensembleCase = new CaseBuilder("ens").WithParameter("k", 2.5, "Hz").Build() with { Ensemble = Spec };
        var plan = Planner.Plan([ensembleCase, new CaseBuilder("plain").Build()], [fake, other], PlanOptions.Everything).Plan;

        var (memberPlan, members) = EnsemblePlanner.Expand(plan);

        Assert.Equal(12, members.Length);
        Assert.All(members, m => Assert.Equal(("ens", "fake"), (m.Run.Case.Id, m.Run.Solver.Id)));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => 500L + i), members.Select(m => m.Seed));
        Assert.Equal(members.Select(m => (long?)m.Seed), members.Select(m => m.Run.Seed));
        Assert.Equal(Enumerable.Range(0, 12), memberPlan.Runs.Select(r => r.Index));
    }

    [Fact]
    public void Expand_SampledParameter_ReplacesTheCaseParameterWithinItsSupport()
    {
        using var fake = new FakeSolver("fake", "test-model");
        var ensembleCase = new CaseBuilder("ens").WithParameter("k", 2.5, "Hz").WithParameter("m", 1.0, "1").Build() with { Ensemble = Spec };
        var plan = Planner.Plan([ensembleCase], [fake], PlanOptions.Everything).Plan;

        var members = EnsemblePlanner.Expand(plan).Members;

        var drawn = members.Select(m => m.Run.Case.Parameters.Single(p => p.Name == "k").Quantity.Value).ToList();
        Assert.All(drawn, k => Assert.InRange(k, 2.0, 3.0));
        Assert.True(drawn.Distinct().Count() == drawn.Count, "every member draws its own value");
        Assert.All(members, m => Assert.Equal(1.0, m.Run.Case.Parameters.Single(p => p.Name == "m").Quantity.Value));
        Assert.Equal(drawn, members.Select(m => m.Sampled.Single().Quantity.Value));
    }

    [Fact]
    public void Draw_SameSeed_SameValues_DifferentSeed_DifferentValues()
    {
        var first = EnsemblePlanner.Draw(Spec.Sample, 42);
        var again = EnsemblePlanner.Draw(Spec.Sample, 42);
        var other = EnsemblePlanner.Draw(Spec.Sample, 43);

        Assert.Equal(first.Single().Quantity, again.Single().Quantity);
        Assert.NotEqual(first.Single().Quantity, other.Single().Quantity);
        Assert.Empty(EnsemblePlanner.Draw(ImmutableArray<SampledParameter>.Empty, 42));
    }

    [Fact]
    public void Draw_ManyMembers_SampleMeanNearTheDistributionMean()
    {
        var sample = ImmutableArray.Create(new SampledParameter("x", new NormalDistribution(10.0, 2.0), Unit.Dimensionless));
        var values = Enumerable.Range(0, 4000).Select(i => EnsemblePlanner.Draw(sample, i).Single().Quantity.Value).ToList();

        // Standard error of the mean 2/√4000 ≈ 0.032: a 5-σ band is ±0.16.
        Assert.InRange(values.Average(), 9.84, 10.16);
    }
}
