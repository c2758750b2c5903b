using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Properties;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Properties;

/// <summary>The property engine against solvers whose behaviour over the range is known exactly.</summary>
public sealed class PropertyEngineTests
{
    // x(t) = p at every sample; the faulty solver returns 2 when p ≥ 0.9, violating x ≤ 1 only in that corner.
    private sealed class ConstantSolver(double corner) : ISolver
    {
        public string Id => corner < 1 ? "faulty" : "correct";

        public string Version => "1";

        public SolverKind Kind => SolverKind.BuiltIn;

        public ImmutableArray<string> SupportedModels => ["const"];

        public Task<SolverOutput> SolveAsync(SolveRequest request, CancellationToken cancellationToken)
        {
            var p = request.Parameter("p").Quantity.Value;
            var x = p >= corner ? 2.0 : p;
            var times = request.Outputs.SampleTimes;
            var table = new SeriesTable(
                new Series("time", request.Outputs.TimeUnit, times),
                [new Series("x", Unit.Dimensionless, [.. times.Select(_ => x)])]);
            return Task.FromResult(new SolverOutput(table, [], SolverDiagnostics.None));
        }
    }

    private static ReferenceCase Case() =>
        new CaseBuilder("const-case").ForModel("const").WithParameter("p", 0.5, "1").Spanning(0, 1).SampledEvery(0.5)
            .WithOutputs(("x", "1")).Build() with
        {
            ParameterRanges = [new ParameterRange("p", 0.0, 1.0, Unit.Dimensionless, RangeScale.Linear)],
            Properties = [new PropertySpec { Id = "x-bounded", Kind = PropertyKind.Bounds, Variable = "x", Max = new Quantity(1.0, Unit.Dimensionless) }],
        };

    private static Task<TwinVal.Harness.Comparison.CheckResult> Check(ISolver solver, long seed) =>
        new PropertyEngine(new Executor(TimeProvider.System, new ExecutorOptions(2, TimeSpan.FromSeconds(30), seed)), ModelPropertyRegistry.Default, new PropertySettings(Samples: 60))
            .CheckAsync(Case(), solver, Case().Properties[0], seed, TestContext.Current.CancellationToken);

    [Fact]
    public async Task CheckAsync_ViolationInCorner_IsFoundAndShrunkToTheCornerEdge()
    {
        var result = await Check(new ConstantSolver(0.9), seed: 7);

        Assert.Equal(Verdict.Fail, result.Verdict);
        var p = Assert.Single(result.Property!.Counterexample).Quantity.Value;
        Assert.InRange(p, 0.9, 0.91);
        Assert.Equal(2.0, result.Value);
        Assert.Equal(-1.0, result.Margin, 12);
        Assert.Contains("counterexample p=", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_CorrectSolver_Passes()
    {
        var result = await Check(new ConstantSolver(double.PositiveInfinity), seed: 7);

        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(60, result.Property!.Samples);
        Assert.Empty(result.Property.Counterexample);
    }

    [Fact]
    public async Task CheckAsync_SameSeed_SameSamplesAndVerdict()
    {
        var first = await Check(new ConstantSolver(0.9), seed: 11);
        var second = await Check(new ConstantSolver(0.9), seed: 11);

        Assert.Equal((first.Property!.Seed, first.Property.Gamma, first.Property.Samples, first.Property.ShrinkSteps), (second.Property!.Seed, second.Property.Gamma, second.Property.Samples, second.Property.ShrinkSteps));
        Assert.Equal(first.Property.CounterexampleText, second.Property.CounterexampleText);
        Assert.Equal(first.Message, second.Message);
    }
}
