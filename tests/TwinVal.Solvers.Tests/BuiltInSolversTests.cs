using TwinVal.Harness.Execution;

namespace TwinVal.Solvers.Tests;

public class BuiltInSolversTests
{
    [Fact]
    public void All_Default_ReturnsEveryModelOrderedByIdWithVersion()
    {
        var solvers = BuiltInSolvers.All();

        Assert.Equal(
            [
                "exponential-growth", "exponential-lq", "gompertz", "logistic-growth", "passive-membrane", "pk-1c-iv", "pk-1c-oral",
                "simeoni-tgi", "von-bertalanffy-growth", "windkessel2",
            ],
            solvers.Select(s => s.Id));
        Assert.All(solvers, s =>
        {
            Assert.Equal("0.1.0", s.Version);
            Assert.Equal(SolverKind.BuiltIn, s.Kind);
            Assert.Equal([s.Id], s.SupportedModels);
        });
    }
}
