using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Ensembles;

/// <summary>One ensemble acceptance check of a case: a QoI extracted from every member's output, judged as a sample.</summary>
/// <param name="Id">Identifier, unique among the case's acceptance and ensemble checks.</param>
/// <param name="Test">Statistic applied.</param>
/// <param name="Variable">Output variable the QoI is read from.</param>
/// <param name="Qoi">Extraction rule, as for acceptance checks.</param>
/// <param name="ExpectedMean">Moments: reference mean μ of the QoI.</param>
/// <param name="ExpectedStandardDeviation">Moments: reference standard deviation σ of the QoI.</param>
/// <param name="MeanBound">Moments: bound on |Z|.</param>
/// <param name="VarianceBound">Moments: bound on |Y|.</param>
/// <param name="ExpectedFraction">Fraction: reference probability p that a member has the QoI.</param>
/// <param name="Z">Fraction: standard-normal quantile of the score test.</param>
/// <param name="Description">Why the check exists, for the report.</param>
public sealed record EnsembleCheck(
    string Id,
    EnsembleTest Test,
    string Variable,
    QoiSpec Qoi,
    Quantity? ExpectedMean = null,
    Quantity? ExpectedStandardDeviation = null,
    double MeanBound = EnsembleCheck.DefaultMeanBound,
    double VarianceBound = EnsembleCheck.DefaultVarianceBound,
    double? ExpectedFraction = null,
    double Z = EnsembleCheck.DefaultZ,
    string? Description = null)
{
    /// <summary>Default |Z| bound, the SBML stochastic test suite's (doi:10.1093/bioinformatics/btm566).</summary>
    public const double DefaultMeanBound = 3.0;

    /// <summary>Default |Y| bound, the SBML stochastic test suite's.</summary>
    public const double DefaultVarianceBound = 5.0;

    /// <summary>Default score-test quantile: 3, a two-sided false-alarm rate of about 0.27 % for a correct solver.</summary>
    public const double DefaultZ = 3.0;
}
