using TwinVal.Harness.Execution;

namespace TwinVal.Solvers.Tests;

public class BuiltInSolversTests
{
    [Fact]
    public void All_Default_ReturnsEveryModelOrderedByIdWithVersion()
    {
        var solvers = BuiltInSolvers.All();
        var ids = solvers.Select(s => s.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Distinct(), ids);
        string[] known =
        [
            "aliev-panfilov", "closed-loop-circulation", "epileptor", "epileptor-network", "exponential-growth", "exponential-lq", "fisher-kpp", "fisher-kpp-radial", "fitzhugh-nagumo", "forced-linear",
            "gompertz", "hodgkin-huxley", "jansen-rit", "logistic-growth", "mitchell-schaeffer", "monodomain-tp06-epi", "nagumo-cable", "no-flux-diffusion", "passive-cable", "passive-membrane", "pk-1c-iv", "pk-1c-oral", "rd-manufactured", "simeoni-tgi", "stiff-hires", "stiff-rober", "stiff-vdpol", "ten-tusscher-2006-epi",
            "von-bertalanffy-growth", "windkessel2", "windkessel3", "windkessel4",
        ];
        Assert.Empty(known.Except(ids));
        Assert.All(solvers, s =>
        {
            Assert.Equal("0.1.0", s.Version);
            Assert.Equal(SolverKind.BuiltIn, s.Kind);
            Assert.Equal([s.Id], s.SupportedModels);
        });
    }
}
