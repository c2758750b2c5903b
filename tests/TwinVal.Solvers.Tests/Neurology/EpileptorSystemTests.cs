using TwinVal.Solvers.Neurology;

namespace TwinVal.Solvers.Tests.Neurology;

public class EpileptorSystemTests
{
    private static readonly EpileptorParameters Defaults = new(X0: -1.6, Iext1: 3.1, Iext2: 0.45, R: 0.00035, Slope: 0, Tau2: 10);

    private static double[] Derivative(double[] y, EpileptorParameters? parameters = null)
    {
        var system = new EpileptorSystem(parameters ?? Defaults);
        var dydt = new double[6];
        system.Evaluate(0, y, dydt);
        return dydt;
    }

    [Fact]
    public void Evaluate_InterictalBranches_MatchesHandComputedDerivative()
    {
        // x1 < 0, z > 0, x2 < −0.25: by hand (and Python decimal) from TVB's Epileptor equations at default parameters:
        // x1′ = −6 − 3.2 + 3.1 − (−1.728 − 4.32) = −0.052; y1′ = 1 − 7.2 + 6 = −0.2; z′ = 0.00035·(1.6 − 3.2) = −0.00056;
        // x2′ = −0.1 − 0.9 + 0.729 + 0.45 − 0.1 + 0.09 = 0.169; y2′ = −0.1/10; g′ = −0.01·(−0.05 + 0.12) = −0.0007.
        var dydt = Derivative([-1.2, -6, 3.2, -0.9, 0.1, -0.05]);

        double[] expected = [-0.052, -0.2, -0.00056, 0.169, -0.01, -0.0007];
        Assert.All(Enumerable.Range(0, 6), i => Assert.Equal(expected[i], dydt[i], 1e-14));
    }

    [Fact]
    public void Evaluate_IctalBranchesAndNegativeZ_MatchesHandComputedDerivative()
    {
        // x1 ≥ 0, z < 0 (z⁷ term on), x2 ≥ −0.25: x1′ = 0.5 + 0.5 + 3.1 + (−0.2 + 0.6·20.25)·0.3 = 7.685;
        // z′ = 0.00035·(4·1.9 + 0.5 + 0.1·0.5⁷) = 0.0028352734375; x2′ = −1.1 + 0.2 − 0.008 + 0.45 + 0.04 + 1.2 = 0.782;
        // y2′ = (−1.1 + 2.7)/10 = 0.16; g′ = −0.01·(0.02 − 0.03) = 0.0001.
        var dydt = Derivative([0.3, 0.5, -0.5, 0.2, 1.1, 0.02]);

        double[] expected = [7.685, 0.05, 0.0028352734375, 0.782, 0.16, 0.0001];
        Assert.All(Enumerable.Range(0, 6), i => Assert.Equal(expected[i], dydt[i], 1e-14));
    }

    [Fact]
    public void Evaluate_AcrossXOneEqualsZero_ContinuousInX1()
    {
        // Both branches of f1 vanish at x1 = 0, so x1′ is continuous there: the step-size controller sees no jump.
        var below = Derivative([-1e-12, 0, 3, -1, 0, 0]);
        var above = Derivative([1e-12, 0, 3, -1, 0, 0]);

        Assert.Equal(below[0], above[0], 1e-10);
    }

    [Fact]
    public void Evaluate_SlowVariable_ScalesWithR()
    {
        var y = new[] { -1.2, -6, 3.2, -0.9, 0.1, -0.05 };
        var slow = Derivative(y);
        var faster = Derivative(y, Defaults with { R = 0.0007 });

        Assert.Equal(2 * slow[2], faster[2], 1e-16);
        Assert.Equal(slow[0], faster[0]);
    }
}
