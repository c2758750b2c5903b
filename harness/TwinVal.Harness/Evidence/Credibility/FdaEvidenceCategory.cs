namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>
/// The categories of credibility evidence of the FDA guidance "Assessing the Credibility of Computational Modeling and
/// Simulation in Medical Device Submissions" (November 2023, section V.A). YAML spells them in kebab case.
/// </summary>
public enum FdaEvidenceCategory
{
    /// <summary>Code verification results: the software solves its equations right.</summary>
    CodeVerification,

    /// <summary>Model calibration evidence: agreement with the data the model was calibrated to.</summary>
    ModelCalibration,

    /// <summary>Bench test validation results.</summary>
    BenchValidation,

    /// <summary>In vivo validation results.</summary>
    InVivoValidation,

    /// <summary>Population-based validation results.</summary>
    PopulationBasedValidation,

    /// <summary>Emergent model behavior: the model reproduces phenomena it was not built to reproduce.</summary>
    EmergentModelBehavior,

    /// <summary>Model plausibility: the rationale for the model form, equations and inputs.</summary>
    ModelPlausibility,

    /// <summary>Calculation verification (numerical error of the calculations used as evidence).</summary>
    CalculationVerification,
}
