using TwinVal.Harness.Ensembles;
using TwinVal.Harness.Evidence.Uncertainty;
using TwinVal.Harness.Evidence.Validation;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Running;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Running;

public sealed class ValidationSamplePlannerTests
{
    [Fact]
    public void Draw_SameSeed_GivesTheSameSamples()
    {
        var first = ValidationSamplePlanner.Draw(Spec(SamplingMethod.MonteCarlo, seed: 5));
        var again = ValidationSamplePlanner.Draw(Spec(SamplingMethod.MonteCarlo, seed: 5));
        var other = ValidationSamplePlanner.Draw(Spec(SamplingMethod.MonteCarlo, seed: 6));

        Assert.Equal(first.SelectMany(r => r.Select(v => v.Quantity.Value)), again.SelectMany(r => r.Select(v => v.Quantity.Value)));
        Assert.NotEqual(first.SelectMany(r => r.Select(v => v.Quantity.Value)), other.SelectMany(r => r.Select(v => v.Quantity.Value)));
    }

    [Fact]
    public void Draw_LatinHypercube_PutsOneSampleInEveryStratumOfEachParameter()
    {
        // Uniform(0, 10) in 10 samples: the strata are [0, 1), [1, 2), …, so the floors of the values are 0…9, each once.
        var rows = ValidationSamplePlanner.Draw(Spec(SamplingMethod.LatinHypercube, seed: 3));

        for (var d = 0; d < 2; d++)
        {
            Assert.Equal(Enumerable.Range(0, 10), rows.Select(r => (int)Math.Floor(r[d].Quantity.Value)).Order());
        }
    }

    [Fact]
    public void Expand_SupportedRunsOnly_ReplaceTheSampledParameters()
    {
        using var fake = new FakeSolver("fake", "test-model");
        var spec = Spec(SamplingMethod.LatinHypercube, seed: 3);
        var withValidation = ValidationJudgeTests.Case(new NumericalUncertaintySource(new Quantity(0, Unit.Parse("mmHg")), null, 1, "j"), inputs: false)
            with { Validation = new ValidationSpec([], spec) };
        var plan = new RunPlan([withValidation], [fake], [new PlannedRun(0, withValidation, fake, true), new PlannedRun(1, withValidation, fake, false)]);

        var (samplePlan, samples) = ValidationSamplePlanner.Expand(plan);

        Assert.Equal(10, samplePlan.Runs.Length);
        Assert.All(samples, s => Assert.Equal(0, s.BaseIndex));
        Assert.Equal(Enumerable.Range(0, 10), samples.Select(s => s.Run.Index));
        var drawn = ValidationSamplePlanner.Draw(spec);
        Assert.Equal(drawn[4][0].Quantity, samples[4].Run.Case.Parameters.Single(p => p.Name == "C").Quantity);
    }

    private static InputUncertaintySpec Spec(SamplingMethod method, ulong seed) =>
        new(method, 10, seed,
        [
            new SampledParameter("C", new UniformDistribution(0, 10), Unit.Parse("mL/mmHg")),
            new SampledParameter("Z", new UniformDistribution(0, 10), Unit.Parse("s")),
        ]);
}
