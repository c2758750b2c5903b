namespace TwinVal.Harness.Catalog;

/// <summary>Where golden data comes from; every reference value declares one (YAML: kebab case).</summary>
public enum ReferenceClass
{
    /// <summary>A closed-form solution.</summary>
    Analytic,

    /// <summary>A manufactured solution with its source term.</summary>
    Manufactured,

    /// <summary>A published value (DOI and table or figure cited).</summary>
    Published,

    /// <summary>Agreement of several independent codes.</summary>
    Consensus,

    /// <summary>A high-resolution solution by an independent method whose script is committed.</summary>
    HighResolution,

    /// <summary>A clinical reference range with citation.</summary>
    ClinicalRange,

    /// <summary>No golden data: a property-only case (for example a pinned counterexample) is judged by its properties.</summary>
    None,
}
