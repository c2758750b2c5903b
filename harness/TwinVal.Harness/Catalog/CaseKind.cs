namespace TwinVal.Harness.Catalog;

/// <summary>What kind of evidence a case gives (YAML: kebab case, for example <c>code-verification</c>).</summary>
public enum CaseKind
{
    /// <summary>The code solves its equations right: compared with an exact or manufactured solution.</summary>
    CodeVerification,

    /// <summary>The numerical error of one solution is estimated (refinement, GCI).</summary>
    SolutionVerification,

    /// <summary>Compared with a published benchmark or other codes.</summary>
    Benchmark,

    /// <summary>Compared with clinical or experimental reference ranges.</summary>
    ClinicalReference,
}
