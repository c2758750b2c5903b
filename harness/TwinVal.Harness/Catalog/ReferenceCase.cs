using System.Collections.Immutable;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// A validated reference case: everything in its case.yaml, its golden data, and where it came from.
/// Instances exist only after schema and semantic checks have passed, so consumers need not re-check.
/// </summary>
public sealed record ReferenceCase
{
    /// <summary>Unique case identifier (the folder name).</summary>
    public required string Id { get; init; }

    /// <summary>Human-readable title.</summary>
    public required string Title { get; init; }

    /// <summary>Clinical domain.</summary>
    public required Domain Domain { get; init; }

    /// <summary>Kind of evidence.</summary>
    public required CaseKind Kind { get; init; }

    /// <summary>Cost tier.</summary>
    public required Tier Tier { get; init; }

    /// <summary>Free tags for selection (<c>--cases tag:NAME</c>).</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>The model exercised.</summary>
    public required ModelRef Model { get; init; }

    /// <summary>Why the case exists: what it shows about a solver.</summary>
    public required string Purpose { get; init; }

    /// <summary>Context of use the case gives evidence for.</summary>
    public string? ContextOfUse { get; init; }

    /// <summary>Model parameters, in declaration order.</summary>
    public ImmutableArray<NamedQuantity> Parameters { get; init; } = [];

    /// <summary>Initial state, in declaration order.</summary>
    public ImmutableArray<NamedQuantity> InitialState { get; init; } = [];

    /// <summary>Time span and prescribed inputs.</summary>
    public required CaseProtocol Protocol { get; init; }

    /// <summary>Requested outputs and sampling.</summary>
    public required OutputSpec Outputs { get; init; }

    /// <summary>Numerical settings asked of solvers.</summary>
    public NumericsSettings Numerics { get; init; } = NumericsSettings.Default;

    /// <summary>What a passing run of the case is credibility evidence for; null when the case claims nothing.</summary>
    public CaseCredibility? Credibility { get; init; }

    /// <summary>Refinement ladder of the case's convergence checks; null when it has none.</summary>
    public RefinementLadder? Refinement { get; init; }

    /// <summary>Extra x–y plots of the solver output the report draws (case.yaml <c>report.plots</c>); empty when none.</summary>
    public ImmutableArray<ReportPlot> ReportPlots { get; init; } = [];

    /// <summary>The domain of use the case's properties are sampled over, in declaration order; empty when none.</summary>
    public ImmutableArray<Properties.ParameterRange> ParameterRanges { get; init; } = [];

    /// <summary>Declared properties, in declaration order; empty when none.</summary>
    public ImmutableArray<Properties.PropertySpec> Properties { get; init; } = [];

    /// <summary>Seeded ensemble and its statistical checks; null when the case has none.</summary>
    public Ensembles.EnsembleSpec? Ensemble { get; init; }

    /// <summary>V&amp;V 20 comparisons with cited data and the declared input uncertainty; null when the case has none.</summary>
    public Evidence.Validation.ValidationSpec? Validation { get; init; }

    /// <summary>Model data tables (connectomes, tissue maps) the solver receives, in declaration order.</summary>
    public ImmutableArray<ModelDataTable> DataTables { get; init; } = [];

    /// <summary>Golden data and its provenance (class <see cref="ReferenceClass.None"/> with no tables for a property-only case).</summary>
    public required ReferenceData Reference { get; init; }

    /// <summary>Acceptance criteria, in declaration order.</summary>
    public required ImmutableArray<AcceptanceCheck> Acceptance { get; init; }

    /// <summary>Absolute path of the case folder.</summary>
    public required string FolderPath { get; init; }

    /// <summary>
    /// SHA-256 (lower-case hex) over the case's files (case.yaml, reference CSVs, provenance.md), recorded in run.json
    /// so that a result can be traced to the exact case content.
    /// </summary>
    public required string ContentHash { get; init; }
}
