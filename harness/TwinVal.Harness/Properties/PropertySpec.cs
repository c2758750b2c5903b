using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Properties;

/// <summary>
/// One declared property of a case (<c>properties[]</c> in case.yaml). Which fields are set depends on
/// <see cref="Kind"/>; the schema and the catalogue's checks guarantee that the ones a kind needs are present.
/// </summary>
public sealed record PropertySpec
{
    /// <summary>Identifier, unique among the case's checks; the check id in checks.csv.</summary>
    public required string Id { get; init; }

    /// <summary>What is asserted.</summary>
    public required PropertyKind Kind { get; init; }

    /// <summary>Why it holds, for the report.</summary>
    public string? Description { get; init; }

    /// <summary>Output variable read (all kinds but conservation, invariance, no-error and model).</summary>
    public string? Variable { get; init; }

    /// <summary>bounds: lowest allowed value.</summary>
    public Quantity? Min { get; init; }

    /// <summary>bounds: highest allowed value.</summary>
    public Quantity? Max { get; init; }

    /// <summary>Absolute tolerance in the variable's (or QoI's) unit; zero when absent.</summary>
    public Quantity? Atol { get; init; }

    /// <summary>Relative tolerance (pure number).</summary>
    public double Rtol { get; init; }

    /// <summary>monotone-in-time, monotone-response: direction.</summary>
    public MonotoneDirection Direction { get; init; }

    /// <summary>periodic: the period.</summary>
    public Quantity? Period { get; init; }

    /// <summary>steady-state: the final window.</summary>
    public Quantity? Window { get; init; }

    /// <summary>monotone-in-time: start of the checked span.</summary>
    public Quantity? From { get; init; }

    /// <summary>monotone-response, metamorphic: the scaled parameter or initial value.</summary>
    public string? Parameter { get; init; }

    /// <summary>monotone-response, metamorphic: the scale factor k.</summary>
    public double Factor { get; init; } = 1.0;

    /// <summary>metamorphic: the QoI scales by factor^exponent.</summary>
    public double Exponent { get; init; }

    /// <summary>monotone-response, metamorphic: the QoI compared.</summary>
    public QoiSpec? Qoi { get; init; }

    /// <summary>invariance: the transformation.</summary>
    public InvarianceTransformation Transformation { get; init; }

    /// <summary>invariance time-translation: the shift.</summary>
    public Quantity? Shift { get; init; }

    /// <summary>invariance relabelling: the exchanged name pairs.</summary>
    public ImmutableArray<(string A, string B)> Swap { get; init; } = [];

    /// <summary>conservation: the conserved sum's terms.</summary>
    public ImmutableArray<ConservationTerm> Terms { get; init; } = [];

    /// <summary>conservation: unit the terms are summed in.</summary>
    public Unit? SumUnit { get; init; }

    /// <summary>model: the registered name.</summary>
    public string? ModelPropertyName { get; init; }

    /// <summary>End time of the property's solves; null for the case's end time.</summary>
    public Quantity? EndTime { get; init; }

    /// <summary>Output interval of the property's solves; null for the default.</summary>
    public Quantity? Interval { get; init; }
}
