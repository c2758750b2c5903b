using System.Globalization;

namespace TwinVal.Harness.Evidence.Validation;

/// <summary>
/// The validation comparison of ASME V&amp;V 20-2009, "Standard for Verification and Validation in Computational Fluid
/// Dynamics and Heat Transfer": E = S − D estimates the model error δ_model = E ± k·u_val, where
/// u_val = √(u_num² + u_input² + u_D²). Never throws for bad numbers; it returns an Error check that names them.
/// </summary>
public static class ValidationMetric
{
    /// <summary>Compares <paramref name="simulation"/> with <paramref name="data"/> under <paramref name="uncertainties"/>.</summary>
    public static ValidationAssessment Evaluate(double simulation, double data, ValidationUncertainties uncertainties, ValidationCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(uncertainties);
        ArgumentNullException.ThrowIfNull(criterion);
        var k = criterion.CoverageFactor;
        var e = simulation - data;
        var uVal = uncertainties.Combined;
        var problem = Problem(simulation, data, uncertainties, criterion);
        var check = problem is not null
            ? EvidenceCheck.Unevaluable("validation-error", criterion.ClinicalTolerance ?? double.NaN, criterion.Unit, problem)
            : criterion.ClinicalTolerance is { } tolerance
                ? EvidenceCheck.AtMost(
                    "validation-error", Math.Abs(e) + (k * uVal), tolerance, criterion.Unit,
                    Invariant($"|E| + k·u_val with E = S − D = {simulation:G6} − {data:G6} = {e:G6}, k = {k}, u_val = {uVal:G6} {Components(uncertainties)}: the model-error interval must lie within the clinical tolerance"))
                : EvidenceCheck.AtMost(
                    "validation-error", Math.Abs(e), k * uVal, criterion.Unit,
                    Invariant($"|E| against k·u_val with E = S − D = {simulation:G6} − {data:G6} = {e:G6}, k = {k}, u_val = {uVal:G6} {Components(uncertainties)}"));
        return new ValidationAssessment(simulation, data, e, uncertainties, uVal, k, e - (k * uVal), e + (k * uVal), check);
    }

    private static string? Problem(double simulation, double data, ValidationUncertainties u, ValidationCriterion criterion)
    {
        if (!double.IsFinite(simulation) || !double.IsFinite(data))
        {
            return Invariant($"simulation S = {simulation} and data D = {data} must both be finite");
        }

        if (!(u.Numerical >= 0) || !(u.Input >= 0) || !(u.Data >= 0) || !double.IsFinite(u.Numerical + u.Input + u.Data))
        {
            return Invariant($"uncertainties must be finite and ≥ 0 {Components(u)}");
        }

        if (!(criterion.CoverageFactor > 0) || !double.IsFinite(criterion.CoverageFactor))
        {
            return Invariant($"the coverage factor k must be finite and > 0; got {criterion.CoverageFactor}");
        }

        return criterion.ClinicalTolerance is { } t && !(t > 0 && double.IsFinite(t))
            ? Invariant($"the clinical tolerance must be finite and > 0; got {t}")
            : null;
    }

    private static string Components(ValidationUncertainties u) =>
        Invariant($"(u_num = {u.Numerical:G6}, u_input = {u.Input:G6}, u_D = {u.Data:G6})");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
