using TwinVal.Harness.Comparison;

namespace TwinVal.Harness.Tests.Comparison;

public sealed class ErrorNormsTests
{
    [Fact]
    public void Euclidean_ManyTinyTermsAfterLargeOne_AreNotLost()
    {
        // x = (1, 1e-9 × 10⁶): Σx² = 1 + 10⁶·1e-18 = 1 + 1e-12, so ‖x‖₂ = sqrt(1 + 1e-12) ≈ 1 + 5e-13.
        // A plain sum drops every 1e-18 (below half an ulp of 1, 1.1e-16) and returns exactly 1; the compensated sum keeps them.
        var x = new double[1_000_001];
        x[0] = 1.0;
        Array.Fill(x, 1e-9, 1, x.Length - 1);

        var norm = ErrorNorms.Euclidean(x);

        Assert.Equal(1.0 + 5e-13, norm, 1e-16);
    }

    [Fact]
    public void MaxAbs_Ties_ReportFirstIndex()
    {
        var max = ErrorNorms.MaxAbs([1.0, -3.0, 3.0], out var index);

        Assert.Equal(3.0, max);
        Assert.Equal(1, index);
    }

    [Fact]
    public void RootMeanSquare_Zeros_IsZero()
    {
        Assert.Equal(0.0, ErrorNorms.RootMeanSquare([0.0, 0.0]));
    }
}
