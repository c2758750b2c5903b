using System.Collections.Immutable;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;

namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>
/// The credibility factors that a run's individual evidence checks speak for, whatever factors the case's
/// <c>credibility</c> block claims as a whole (ASME V&amp;V 40-2018 §5):
/// a convergence study (a refinement ladder with its observed order and GCI) is calculation verification of the
/// discretization error; a V&amp;V 20 comparison with cited data is the output comparison of validation and, as it
/// bounds the model error δ_model, evidence on the model form; a property check that held at every sampled point of
/// the domain of use shows the solves there finished and respected the model's laws, evidence on numerical solver error.
/// </summary>
public static class CheckEvidence
{
    /// <summary>Groups of checks of <paramref name="run"/> that are evidence of their own: (kind:check id, factors, verdict).</summary>
    public static ImmutableArray<(string Id, ImmutableArray<CredibilityFactor> Factors, Verdict Verdict)> Of(JudgedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return
        [
            .. run.Checks
                .Select(c => (Check: c, Kind: KindOf(c)))
                .Where(x => x.Kind is not null)
                .GroupBy(x => (x.Kind!.Value.Name, x.Check.CheckId))
                .Select(g => (
                    $"{g.Key.Name}:{g.Key.CheckId}",
                    g.First().Kind!.Value.Factors,
                    VerdictRollup.Combine([.. g.Select(x => x.Check.Verdict)]))),
        ];
    }

    private static (string Name, ImmutableArray<CredibilityFactor> Factors)? KindOf(CheckResult check) =>
        check.Metric switch
        {
            Running.ValidationJudge.Metric => ("validation", [CredibilityFactor.OutputComparison, CredibilityFactor.ModelForm]),
            var m when m == "convergence" || m.StartsWith("convergence:", StringComparison.Ordinal) => ("convergence", [CredibilityFactor.DiscretizationError]),
            var m when m.StartsWith("property:", StringComparison.Ordinal) || check.Property is not null => ("property", [CredibilityFactor.NumericalSolverError]),
            _ => null,
        };
}
