using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Evidence.Validation;

/// <summary>One V&amp;V 20 comparison of a case: a simulation QoI S against a cited datum D.</summary>
/// <param name="Id">Check id, unique among the case's checks.</param>
/// <param name="Variable">Output variable the QoI is extracted from.</param>
/// <param name="Qoi">How S is extracted (the acceptance QoI spec).</param>
/// <param name="Datum">D, the experimental or clinical value.</param>
/// <param name="DatumUncertainty">u_D, the standard uncertainty of D, in a unit compatible with D.</param>
/// <param name="DatumCitation">Where D and u_D come from (and how u_D was derived).</param>
/// <param name="Numerical">Where u_num comes from.</param>
/// <param name="CoverageFactor">k of the criterion.</param>
/// <param name="ClinicalTolerance">When given, the clinically acceptable model error T (|E| + k·u_val ≤ T).</param>
/// <param name="Description">Why the comparison exists, for the report.</param>
public sealed record ValidationComparisonSpec(
    string Id,
    string Variable,
    QoiSpec Qoi,
    Quantity Datum,
    Quantity DatumUncertainty,
    string DatumCitation,
    NumericalUncertaintySource Numerical,
    double CoverageFactor,
    Quantity? ClinicalTolerance,
    string? Description);
