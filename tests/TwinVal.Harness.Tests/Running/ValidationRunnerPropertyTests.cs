using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Planning;
using TwinVal.Harness.Properties;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Running;

/// <summary>Property checks through the whole pipeline: they land in the judged run, checks.csv and run.json.</summary>
public sealed class ValidationRunnerPropertyTests
{
    // y(t) = 1 everywhere except where p ≥ 0.9, where the faulty solver returns 2: the golden run (p = 0.5) passes and
    // only the property, sampled over p ∈ [0, 1], can see the corner.
    private static FakeSolver Solver(string id, double corner) =>
        new FakeSolver(id, "test-model").Otherwise(FakeBehaviour.Computes(request =>
            FakeBehaviour.TableFor(request, (_, _) => request.Parameter("p").Quantity.Value >= corner ? 2.0 : 1.0)));

    private static ReferenceCase Case() =>
        new CaseBuilder("a").WithParameter("p", 0.5, "1").Build() with
        {
            ParameterRanges = [new ParameterRange("p", 0.0, 1.0, Unit.Dimensionless, RangeScale.Linear)],
            Properties = [new PropertySpec { Id = "y-bounded", Kind = PropertyKind.Bounds, Variable = "y", Max = new Quantity(1.5, Unit.Dimensionless) }],
        };

    [Fact]
    public async Task RunAsync_CaseWithProperty_PropertyRowLandsInChecksCsvAndRunJson()
    {
        using var sandbox = new RunnerSandbox();
        using var faulty = Solver("faulty", 0.9);
        using var correct = Solver("correct", double.PositiveInfinity);
        var planning = Planner.Plan([Case()], [correct, faulty], PlanOptions.Everything);
        var settings = sandbox.Settings(planning.Plan) with { Properties = new PropertySettings(Samples: 40) };

        var (summary, _) = await sandbox.StartAsync(settings, null, TestContext.Current.CancellationToken);

        Assert.Equal([("correct", Verdict.Pass), ("faulty", Verdict.Fail)], summary.Results.Select(r => (r.SolverId, r.Verdict)));
        var failed = summary.Results[1].Checks.Single(c => c.CheckId == "y-bounded");
        Assert.Equal(("property:bounds", Verdict.Fail), (failed.Metric, failed.Verdict));
        Assert.InRange(failed.Property!.Counterexample.Single().Quantity.Value, 0.9, 0.91);

        var rows = File.ReadAllLines(Path.Combine(sandbox.RecordFolder(), "checks.csv"));
        Assert.Equal("seed,samples,counterexample", string.Join(',', rows[0].Split(',')[^3..]));
        var row = Assert.Single(rows, r => r.StartsWith("a,faulty,y-bounded,property:bounds,y,2,1.5,-0.5,1,fail,", StringComparison.Ordinal));
        Assert.EndsWith($",{failed.Property.Seed},40,{failed.Property.CounterexampleText}", row, StringComparison.Ordinal);
        Assert.Contains(rows, r => r.StartsWith("a,correct,y-bounded,property:bounds,y,1,1.5,0.5,1,pass,", StringComparison.Ordinal));

        var read = await sandbox.ReadRunJsonAsync();
        var back = read.Results[1].Checks.Single(c => c.CheckId == "y-bounded").Property!;
        Assert.Equal((failed.Property.Seed, failed.Property.Samples, failed.Property.CounterexampleText), (back.Seed, back.Samples, back.CounterexampleText));
    }

    [Fact]
    public async Task RunAsync_PropertyOfMissingColumn_IsAnErrorNotAFail()
    {
        using var sandbox = new RunnerSandbox();
        using var solver = Solver("correct", double.PositiveInfinity);
        var broken = Case() with { Properties = [Case().Properties[0] with { Variable = "absent" }] };
        var planning = Planner.Plan([broken], [solver], PlanOptions.Everything);
        var settings = sandbox.Settings(planning.Plan) with { Properties = new PropertySettings(Samples: 5) };

        var (summary, _) = await sandbox.StartAsync(settings, null, TestContext.Current.CancellationToken);

        var check = summary.Results[0].Checks.Single(c => c.CheckId == "y-bounded");
        Assert.True(check.Verdict == Verdict.Error, check.Message);
        Assert.Contains("could not be evaluated: the output has no column 'absent'", check.Message, StringComparison.Ordinal);
        Assert.Equal(Verdict.Error, summary.Results[0].Verdict);
    }
}
