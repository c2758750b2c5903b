namespace TwinVal.Harness.Reporting;

/// <summary>
/// One ASME V&amp;V 20-2009 comparison of a run, kept as data (not only as check-message text) so that reports can list
/// every component: S, D, E = S − D, u_num, u_input, u_D, u_val, k and the judged limit. All values are in <see cref="Unit"/>;
/// NaN where a component could not be computed (the check is then an Error that says why).
/// </summary>
/// <param name="CheckId">The comparison's id in case.yaml.</param>
/// <param name="Variable">Variable the QoI is taken from.</param>
/// <param name="Qoi">Quantity of interest, kebab case.</param>
/// <param name="Unit">Unit of every value below (the datum's unit).</param>
/// <param name="Simulation">S, the QoI of the nominal run.</param>
/// <param name="Data">D, the cited datum.</param>
/// <param name="ComparisonError">E = S − D.</param>
/// <param name="NumericalUncertainty">u_num.</param>
/// <param name="NumericalSource">Where u_num comes from (declared, or the convergence check and divisor).</param>
/// <param name="InputUncertainty">u_input, the sample SD of the QoI over the input samples (0 when none are declared).</param>
/// <param name="DataUncertainty">u_D.</param>
/// <param name="ValidationUncertainty">u_val = √(u_num² + u_input² + u_D²).</param>
/// <param name="CoverageFactor">k.</param>
/// <param name="ClinicalTolerance">The clinical tolerance T, or null when the criterion is |E| ≤ k·u_val.</param>
/// <param name="Sampling">Sampling method, kebab case, or <c>none</c>.</param>
/// <param name="Samples">Input samples solved (0 when none).</param>
/// <param name="Seed">Seed of the sample design.</param>
/// <param name="Citation">Source of D and u_D.</param>
public sealed record ValidationRecord(
    string CheckId,
    string Variable,
    string Qoi,
    string Unit,
    double Simulation,
    double Data,
    double ComparisonError,
    double NumericalUncertainty,
    string NumericalSource,
    double InputUncertainty,
    double DataUncertainty,
    double ValidationUncertainty,
    double CoverageFactor,
    double? ClinicalTolerance,
    string Sampling,
    int Samples,
    ulong Seed,
    string Citation);
