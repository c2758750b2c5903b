namespace TwinVal.Harness.Evidence.Validation;

/// <summary>What a V&amp;V 20 comparison is judged against.</summary>
/// <param name="CoverageFactor">k: the comparison passes when |E| ≤ k·u_val (k = 2 ≈ 95 % for a normal total error).</param>
/// <param name="ClinicalTolerance">
/// When given, a clinically acceptable model error T: the whole interval E ± k·u_val, within which the model error
/// δ_model lies, must fit inside ±T, that is |E| + k·u_val ≤ T.
/// </param>
/// <param name="Unit">Unit of S, D, the uncertainties and the tolerance, as reported in the check.</param>
public sealed record ValidationCriterion(double CoverageFactor = 2.0, double? ClinicalTolerance = null, string Unit = "1");
