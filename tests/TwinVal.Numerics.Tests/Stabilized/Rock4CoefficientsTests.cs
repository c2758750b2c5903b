using TwinVal.Numerics.Stabilized;

namespace TwinVal.Numerics.Tests.Stabilized;

public class Rock4CoefficientsTests
{
    public static TheoryData<int> Degrees() => [.. Enumerable.Range(1, Rock4Coefficients.MaxDegree)];

    [Theory]
    [MemberData(nameof(Degrees))]
    public void Tableau_EveryDegree_SatisfiesAllEightFourthOrderConditions(int degree)
    {
        // Butcher's order conditions for the trees up to order 4 (Hairer, Nørsett & Wanner I, Table II.2.2): they hold
        // for nonlinear problems, not only for y' = λy, so a transcription error in any table entry shows here.
        var tableau = new Rock4Tableau(degree);
        var (a, b, c) = (tableau.A, tableau.B, tableau.C);
        var ac = Multiply(a, c);
        var ac2 = Multiply(a, [.. c.Select(x => x * x)]);
        var aac = Multiply(a, ac);
        (string Tree, double Value, double Expected)[] conditions =
        [
            ("Σb", Dot(b, c.Select(_ => 1.0)), 1.0),
            ("Σbc", Dot(b, c), 1.0 / 2),
            ("Σbc²", Dot(b, c.Select(x => x * x)), 1.0 / 3),
            ("ΣbAc", Dot(b, ac), 1.0 / 6),
            ("Σbc³", Dot(b, c.Select(x => x * x * x)), 1.0 / 4),
            ("Σbc·Ac", Dot(b, c.Select((x, i) => x * ac[i])), 1.0 / 8),
            ("ΣbAc²", Dot(b, ac2), 1.0 / 12),
            ("ΣbAAc", Dot(b, aac), 1.0 / 24),
        ];

        foreach (var (tree, value, expected) in conditions)
        {
            // The tables carry 15–16 significant digits; residuals measured ≤ 1.4e-15.
            Assert.True(Math.Abs(value - expected) <= 1e-13, $"degree {degree}: {tree} = {value:R}, expected {expected:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Degrees))]
    public void EmbeddedWeights_EveryDegree_SatisfyThirdOrderConditions(int degree)
    {
        var tableau = new Rock4Tableau(degree);
        var (a, e, c) = (tableau.A, tableau.Embedded, tableau.C);
        var ac = Multiply(a, c);
        Assert.True(Math.Abs(e.Sum() - 1) <= 1e-13, $"degree {degree}: Σb̂ = {e.Sum():R}");
        Assert.True(Math.Abs(Dot(e, c) - 0.5) <= 1e-13, $"degree {degree}: Σb̂c = {Dot(e, c):R}");
        Assert.True(Math.Abs(Dot(e, c.Select(x => x * x)) - (1.0 / 3)) <= 1e-13, $"degree {degree}: Σb̂c² off");
        Assert.True(Math.Abs(Dot(e, ac) - (1.0 / 6)) <= 1e-13, $"degree {degree}: Σb̂Ac off");

        // And it is a different method: the estimate is not identically zero (it is O(h⁴), not O(h⁵)).
        var difference = tableau.B.Zip(e, (x, y) => Math.Abs(x - y)).Sum();
        Assert.True(difference > 1e-3, $"degree {degree}: embedded weights equal the main weights ({difference:E2})");
    }

    [Theory]
    [MemberData(nameof(Degrees))]
    public void StabilityPolynomial_EveryDegree_TaylorToOrderFourAndBoundedOnDeclaredInterval(int degree)
    {
        var tableau = new Rock4Tableau(degree);
        var s = tableau.Stages;

        // Taylor coefficients of R(z) = 1 + Σ_k z^k·b·A^(k−1)·1 must be 1/k! for k ≤ 4 (exp(z) to order 4).
        var v = Enumerable.Repeat(1.0, s + 1).ToArray();
        var factorial = 1.0;
        for (var k = 1; k <= 4; k++)
        {
            factorial *= k;
            var coefficient = Dot(tableau.B, v);
            Assert.True(Math.Abs((coefficient * factorial) - 1) <= 1e-12, $"degree {degree}: z^{k} coefficient {coefficient:R}, expected 1/{factorial}");
            v = Multiply(tableau.A, v);
        }

        // |R(z)| ≤ 1 on [−ℓ_s, 0], ℓ_s = 0.353s² − 3 (the stage rule Rock4 uses), sampled every ℓ_s/20 000.
        var ell = Rock4.StabilityBound(s);
        var worst = (Value: 0.0, Z: 0.0);
        for (var i = 0; i <= 20_000; i++)
        {
            var z = -ell * i / 20_000.0;
            var r = Math.Abs(tableau.Stability(z));
            worst = r > worst.Value ? (r, z) : worst;
        }

        Assert.True(worst.Value <= 1 + 1e-12, $"degree {degree} (s = {s}): |R({worst.Z:F3})| = {worst.Value:R} > 1 on [−{ell:F2}, 0]");
    }

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(5.824, 1)] // ℓ₅ = 0.353·25 − 3
    [InlineData(5.83, 2)]
    [InlineData(138.19, 16)] // just inside ℓ₂₀ = 138.2
    [InlineData(138.3, 17)] // beyond the table: Rock4Run caps it
    public void DegreeFor_StepTimesRadius_LeastStagesWhoseIntervalCoversIt(double hRho, int expected)
    {
        var degree = Rock4.DegreeFor(hRho, 1.0);
        Assert.Equal(expected, degree);
        Assert.True(Rock4.StabilityBound(degree + 4) >= hRho, $"ℓ_{degree + 4} = {Rock4.StabilityBound(degree + 4)} < {hRho}");
    }

    private static double Dot(double[] b, IEnumerable<double> x) => b.Zip(x, (p, q) => p * q).Sum();

    private static double[] Multiply(double[][] a, double[] x) => [.. a.Select(row => Dot(row, x))];
}
