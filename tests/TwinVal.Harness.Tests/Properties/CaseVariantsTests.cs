using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Properties;
using TwinVal.Harness.Units;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Properties;

/// <summary>The transformed copies of a case that invariance properties solve.</summary>
public sealed class CaseVariantsTests
{
    private static ReferenceCase WithTable(string[] keys, double[] x0, double[] w) =>
        new CaseBuilder("net").ForModel("net").Spanning(0, 1).SampledEvery(0.5).WithOutputs(("x_A", "1")).Build() with
        {
            DataTables =
            [
                new ModelDataTable("connectivity", "connectivity.csv", new string('0', 64), "region", [.. keys],
                    [new DataColumn("x0", Unit.Dimensionless, [.. x0]), new DataColumn("w", Unit.Dimensionless, [.. w])]),
            ],
        };

    [Fact]
    public void RowsReversed_ThreeRows_ReversesKeysAndEveryColumnTogether()
    {
        var reversed = CaseVariants.RowsReversed(WithTable(["A", "B", "C"], [-1.6, -2.0, -2.4], [0.1, 0.2, 0.3]));

        var table = Assert.Single(reversed.DataTables);
        Assert.Equal(["C", "B", "A"], table.Keys);
        Assert.Equal([-2.4, -2.0, -1.6], table.Column("x0").Values);
        Assert.Equal([0.3, 0.2, 0.1], table.Column("w").Values);
        Assert.Equal("region", table.KeyHeader);
    }

    [Property]
    public Property RowsReversed_Twice_GivesTheOriginalRows(NormalFloat[] values)
    {
        var x = values.Select(v => v.Get).ToArray();
        var keys = x.Select((_, i) => "R" + i).ToArray();
        var original = WithTable(keys, x, [.. x.Select(v => 2 * v)]);

        var back = CaseVariants.RowsReversed(CaseVariants.RowsReversed(original)).DataTables[0];

        var first = original.DataTables[0];
        return (back.Keys.SequenceEqual(first.Keys) && back.Column("x0").Values.SequenceEqual(first.Column("x0").Values)
            && back.Column("w").Values.SequenceEqual(first.Column("w").Values)).ToProperty();
    }

    [Property]
    public Property RowsReversed_KeepsEachRowsValuesUnderItsKey(NormalFloat[] values)
    {
        var x = values.Select(v => v.Get).ToArray();
        var keys = x.Select((_, i) => "R" + i).ToArray();
        var reversed = CaseVariants.RowsReversed(WithTable(keys, x, x)).DataTables[0];

        // A model that looks values up by key must see the same network after the permutation.
        return reversed.Keys.Select((k, i) => reversed.Column("x0").Values[i] == x[int.Parse(k[1..], System.Globalization.CultureInfo.InvariantCulture)])
            .All(same => same).ToProperty();
    }

    [Fact]
    public void RowsReversed_NoTables_LeavesTheCaseUnchanged()
    {
        var plain = new CaseBuilder("plain").ForModel("m").Spanning(0, 1).SampledEvery(0.5).WithOutputs(("x", "1")).Build();

        Assert.Empty(CaseVariants.RowsReversed(plain).DataTables);
    }

    internal static ReferenceCase Network(string[] keys) => WithTable(keys, [.. keys.Select(_ => -2.0)], [.. keys.Select(_ => 1.0)]);

    internal static ImmutableArray<string> KeysOf(ReferenceCase referenceCase) => referenceCase.DataTables[0].Keys;
}
