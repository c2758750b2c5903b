namespace TwinVal.Numerics.Tests;

public class ButcherTableauTests
{
    public static TheoryData<string> Names => new() { "euler", "heun", "rk4", "dopri5-fixed" };

    private static ButcherTableau Tableau(string name) =>
        new[] { ButcherTableau.ExplicitEuler, ButcherTableau.Heun, ButcherTableau.ClassicRk4, ButcherTableau.DormandPrince5 }
            .Single(t => t.Name == name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Tableau_OrderConditionsUpToFour_HoldForItsOrder(string name)
    {
        var t = Tableau(name);
        var s = t.Stages;
        double A(int i, int j) => t.A[(i * s) + j];
        double Sum(Func<int, double> f) => Enumerable.Range(0, s).Sum(f);
        var ac = Enumerable.Range(0, s).Select(i => Enumerable.Range(0, s).Sum(j => A(i, j) * t.C[j])).ToArray();

        // The rooted-tree conditions of orders 1 to 4 (Butcher; Hairer, Nørsett & Wanner, Solving ODEs I, table II.2.1).
        var conditions = new List<(int Order, double Value, double Expected)>
        {
            (1, Sum(i => t.B[i]), 1.0),
            (2, Sum(i => t.B[i] * t.C[i]), 1.0 / 2),
            (3, Sum(i => t.B[i] * t.C[i] * t.C[i]), 1.0 / 3),
            (3, Sum(i => t.B[i] * ac[i]), 1.0 / 6),
            (4, Sum(i => t.B[i] * Math.Pow(t.C[i], 3)), 1.0 / 4),
            (4, Sum(i => t.B[i] * t.C[i] * ac[i]), 1.0 / 8),
            (4, Sum(i => t.B[i] * Enumerable.Range(0, s).Sum(j => A(i, j) * t.C[j] * t.C[j])), 1.0 / 12),
            (4, Sum(i => t.B[i] * Enumerable.Range(0, s).Sum(j => A(i, j) * ac[j])), 1.0 / 24),
        };

        foreach (var (order, value, expected) in conditions.Where(c => c.Order <= t.Order))
        {
            Assert.True(Math.Abs(value - expected) < 1e-14, $"{name}: order-{order} condition gives {value}, expected {expected}");
        }
    }

    [Fact]
    public void Constructor_RowSumDiffersFromNode_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => new ButcherTableau("bad", 2, [[], [0.5]], [0.5, 0.5], [0.0, 1.0]));
        Assert.Contains("row 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Heun_SecondConditionOnly_FailsThirdOrderCondition()
    {
        // Hand check that the order conditions discriminate: Heun's Σ b c² = ½ ≠ ⅓.
        var t = ButcherTableau.Heun;
        Assert.Equal(0.5, (t.B[0] * t.C[0] * t.C[0]) + (t.B[1] * t.C[1] * t.C[1]));
    }
}
