using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Solvers.Oncology.FisherKpp;

namespace TwinVal.Solvers.Tests.Oncology.FisherKpp;

public class LogisticReactionTests
{
    [Fact]
    public void Advance_HalfToEightyPercent_TakesLnFourOverRho()
    {
        // u/(1 − u) grows like e^(ρt): from 1 to 4 in ln 4/ρ.
        Assert.Equal(0.8, LogisticReaction.Advance(0.5, Math.Log(4)), 14);
    }

    [Fact]
    public void TryAdvanceExactly_AgreesWithAdvance()
    {
        Span<double> y = [0.2];
        Assert.True(new LogisticReaction(0.5).TryAdvanceExactly(0, 3.0, y));
        Assert.Equal(LogisticReaction.Advance(0.2, 1.5), y[0], 15);
    }

    // The exact flow is a semigroup: two steps equal one step of the summed length.
    [Property]
    public bool Advance_TwoSteps_EqualOneStep(PositiveInt uPercent, PositiveInt aTenths, PositiveInt bTenths)
    {
        var u = uPercent.Get % 100 / 100.0;
        var (a, b) = (aTenths.Get % 50 / 10.0, bTenths.Get % 50 / 10.0);
        return Math.Abs(LogisticReaction.Advance(LogisticReaction.Advance(u, a), b) - LogisticReaction.Advance(u, a + b)) <= 1e-13;
    }
}
