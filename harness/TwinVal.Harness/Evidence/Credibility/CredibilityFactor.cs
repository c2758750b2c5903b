namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>The thirteen credibility factors of ASME V&amp;V 40-2018, grouped as verification, validation and applicability.</summary>
public enum CredibilityFactor
{
    /// <summary>Verification, code: software quality assurance.</summary>
    SoftwareQualityAssurance,

    /// <summary>Verification, code: numerical code verification.</summary>
    NumericalCodeVerification,

    /// <summary>Verification, calculation: discretization error.</summary>
    DiscretizationError,

    /// <summary>Verification, calculation: numerical solver error.</summary>
    NumericalSolverError,

    /// <summary>Verification, calculation: use error.</summary>
    UseError,

    /// <summary>Validation, computational model: model form.</summary>
    ModelForm,

    /// <summary>Validation, computational model: model inputs.</summary>
    ModelInputs,

    /// <summary>Validation, comparator: test samples.</summary>
    TestSamples,

    /// <summary>Validation, comparator: test conditions.</summary>
    TestConditions,

    /// <summary>Validation, assessment: equivalency of input parameters.</summary>
    EquivalencyOfInputParameters,

    /// <summary>Validation, assessment: output comparison.</summary>
    OutputComparison,

    /// <summary>Applicability: relevance of the quantities of interest.</summary>
    RelevanceOfQuantitiesOfInterest,

    /// <summary>Applicability: relevance of the validation activities to the context of use.</summary>
    RelevanceOfValidationActivities,
}
