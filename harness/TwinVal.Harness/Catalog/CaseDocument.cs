using System.Collections.Immutable;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// The content of a schema-valid case.yaml in model types, before its reference files are read. Positions of its
/// parts are known through JSON pointers that follow the file's structure (<c>/acceptance/1/atol</c>).
/// </summary>
internal sealed record CaseDocument(
    string Id,
    string Title,
    Domain Domain,
    CaseKind Kind,
    Tier Tier,
    ImmutableArray<string> Tags,
    ModelRef Model,
    string Purpose,
    string? ContextOfUse,
    ImmutableArray<NamedQuantity> Parameters,
    ImmutableArray<NamedQuantity> InitialState,
    CaseProtocol Protocol,
    OutputSpec Outputs,
    NumericsSettings Numerics,
    ReferenceClass ReferenceClass,
    string Citation,
    ImmutableArray<ReferenceFileEntry> ReferenceFiles,
    ImmutableArray<AcceptanceCheck> Acceptance,
    CaseCredibility? Credibility = null,
    RefinementLadder? Refinement = null,
    ImmutableArray<ReportPlot> ReportPlots = default,
    Ensembles.EnsembleSpec? Ensemble = null,
    ImmutableArray<DataTableEntry> DataTables = default)
{
    /// <summary>The domain of use properties are sampled over.</summary>
    public ImmutableArray<Properties.ParameterRange> ParameterRanges { get; init; } = [];

    /// <summary>Declared properties.</summary>
    public ImmutableArray<Properties.PropertySpec> Properties { get; init; } = [];

    /// <summary>The V&amp;V 20 validation block.</summary>
    public Evidence.Validation.ValidationSpec? Validation { get; init; }
}
