namespace TwinVal.Harness.Evidence.Validation;

/// <summary>An ASME V&amp;V 20 comparison with every component reported.</summary>
/// <param name="Simulation">S, the simulation result.</param>
/// <param name="Data">D, the experimental or clinical value.</param>
/// <param name="ComparisonError">E = S − D.</param>
/// <param name="Uncertainties">u_num, u_input and u_D.</param>
/// <param name="ValidationUncertainty">u_val = √(u_num² + u_input² + u_D²).</param>
/// <param name="CoverageFactor">k.</param>
/// <param name="ModelErrorLow">E − k·u_val: lower end of the interval holding the model error δ_model.</param>
/// <param name="ModelErrorHigh">E + k·u_val: upper end.</param>
/// <param name="Check">The judged criterion.</param>
public sealed record ValidationAssessment(
    double Simulation,
    double Data,
    double ComparisonError,
    ValidationUncertainties Uncertainties,
    double ValidationUncertainty,
    double CoverageFactor,
    double ModelErrorLow,
    double ModelErrorHigh,
    EvidenceCheck Check);
