using TwinVal.Harness.Comparison;
using static TwinVal.Harness.Tests.Comparison.ComparisonBuilders;

namespace TwinVal.Harness.Tests.Comparison;

public sealed class GridAlignerTests
{
    [Fact]
    public void TryAlign_TimesWithinMatchTolerance_TakeSamplesDirectly()
    {
        // Span 2 s → tolerance 2e-9 s; 1.0000000005 s (5e-10 off) counts as the reference time 1 s.
        var ok = GridAligner.TryAlign(
            S("t", "s", 0.0, 1.0, 2.0), S("P", "mmHg", 1, 2, 3), S("t", "s", 0.0, 1.0000000005, 2.0), S("P", "mmHg", 7, 8, 9),
            out var input, out var error);

        Assert.True(ok, error);
        Assert.Equal([7.0, 8.0, 9.0], input!.Solution.Values);
        Assert.Equal(GridAligner.OnGrid, input.Alignment);
    }

    [Fact]
    public void TryAlign_MidpointOffGrid_InterpolatesLinearly()
    {
        // Reference times 0, 0.5, 1 s; solver samples 0 and 1 s with values 2 and 4: at 0.5 s, (2 + 4)/2 = 3.
        var ok = GridAligner.TryAlign(
            S("t", "s", 0.0, 0.5, 1.0), S("P", "mmHg", 0, 0, 0), S("t", "s", 0.0, 1.0), S("P", "mmHg", 2, 4),
            out var input, out var error);

        Assert.True(ok, error);
        Assert.Equal([2.0, 3.0, 4.0], input!.Solution.Values);
    }

    [Fact]
    public void TryAlign_ReferenceStartsBeforeSolver_IsRefused()
    {
        var ok = GridAligner.TryAlign(
            S("t", "s", 0.0, 1.0), S("P", "mmHg", 0, 0), S("t", "s", 0.5, 1.0), S("P", "mmHg", 2, 4), out _, out var error);

        Assert.False(ok);
        Assert.Contains("first t = 0 s", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAlign_SolverTimeNotIncreasing_IsRefused()
    {
        var ok = GridAligner.TryAlign(
            S("t", "s", 0.0, 1.0), S("P", "mmHg", 0, 0), S("t", "s", 0.0, 1.0, 1.0), S("P", "mmHg", 2, 4, 5), out _, out var error);

        Assert.False(ok);
        Assert.Contains("not strictly increasing at row 3", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAlign_SolverTimeNotATime_IsRefused()
    {
        var ok = GridAligner.TryAlign(
            S("t", "s", 0.0, 1.0), S("P", "mmHg", 0, 0), S("t", "mL", 0.0, 1.0), S("P", "mmHg", 2, 4), out _, out var error);

        Assert.False(ok);
        Assert.Contains("time axis: solver unit 'mL'", error, StringComparison.Ordinal);
    }
}
