using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Properties;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Properties;

/// <summary>Invariance under row permutation, judged on outputs whose difference is known exactly.</summary>
public sealed class InvariancePropertyEvaluatorTests
{
    private static readonly PropertySpec RowPermutation = new()
    {
        Id = "renumbering",
        Kind = PropertyKind.Invariance,
        Transformation = InvarianceTransformation.RowPermutation,
        Atol = new Quantity(1e-6, Unit.Dimensionless),
    };

    private static SolverOutput Output(params double[] x) =>
        new(new SeriesTable(new Series("time", Unit.Parse("s"), [.. x.Select((_, i) => 0.5 * i)]), [new Series("x_A", Unit.Dimensionless, [.. x])]),
            [], SolverDiagnostics.None);

    [Fact]
    public void Variants_RowPermutation_SolvesTheCaseAndItsReversedTable()
    {
        var point = CaseVariantsTests.Network(["A", "B", "C"]);

        var variants = new InvariancePropertyEvaluator().Variants(RowPermutation, point);

        Assert.Equal(2, variants.Length);
        Assert.Equal(["A", "B", "C"], CaseVariantsTests.KeysOf(variants[0]));
        Assert.Equal(["C", "B", "A"], CaseVariantsTests.KeysOf(variants[1]));
    }

    [Fact]
    public void Evaluate_SameOutputs_Holds()
    {
        var point = CaseVariantsTests.Network(["A", "B"]);

        var outcome = new InvariancePropertyEvaluator().Evaluate(RowPermutation, [point, CaseVariants.RowsReversed(point)], [Output(1, 2, 3), Output(1, 2, 3)]);

        Assert.True(outcome.Holds, outcome.Message);
    }

    [Fact]
    public void Evaluate_OrderDependentOutput_FailsWithTheDifference()
    {
        var point = CaseVariantsTests.Network(["A", "B"]);

        var outcome = new InvariancePropertyEvaluator().Evaluate(RowPermutation, [point, CaseVariants.RowsReversed(point)], [Output(1, 2, 3), Output(1, 2.5, 3)]);

        Assert.False(outcome.Holds);
        Assert.False(outcome.Unevaluable);
        Assert.Equal(0.5, outcome.Value, 12);
        Assert.Contains("row-permutation", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoTableToPermute_IsUnevaluableNotAPass()
    {
        var plain = new CaseBuilder("plain").ForModel("m").Spanning(0, 1).SampledEvery(0.5).WithOutputs(("x_A", "1")).Build();

        var outcome = new InvariancePropertyEvaluator().Evaluate(RowPermutation, [plain, plain], [Output(1, 2, 3), Output(1, 2, 3)]);

        Assert.True(outcome.Unevaluable);
        Assert.Contains("at least two rows", outcome.Message, StringComparison.Ordinal);
    }
}
