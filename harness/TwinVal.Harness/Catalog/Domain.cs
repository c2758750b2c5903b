namespace TwinVal.Harness.Catalog;

/// <summary>Clinical domain a case belongs to (YAML: lower case).</summary>
public enum Domain
{
    /// <summary>Heart and circulation.</summary>
    Cardiology,

    /// <summary>Brain and nerve.</summary>
    Neurology,

    /// <summary>Tumours and their treatment.</summary>
    Oncology,

    /// <summary>Numerical verification problems not tied to an organ.</summary>
    Verification,
}
